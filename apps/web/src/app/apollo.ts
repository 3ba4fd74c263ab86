import { ApolloClient, ApolloLink, CombinedGraphQLErrors, HttpLink, InMemoryCache } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { MeDocument, type MeFieldsFragment, type MeQuery } from '../generated/graphql';

/** The cache with the type policies the schema needs. */
export function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      // A member's id is the person's id; the same person has a role per team.
      TeamMember: { keyFields: ['teamId', 'id'] },
      // Invitation previews have no id: keep them under the query field.
      InvitationPreview: { keyFields: false },
    },
  });
}

/**
 * Someone else (or nobody) is signed in from now on: forget every cached answer and set `me`.
 * The cache is reset rather than `client.clearStore()`d so that mounted queries keep watching it
 * (RequireAuth then sees `me: null` and moves to the login page).
 */
export async function switchPerson(client: ApolloClient, me: MeFieldsFragment | null): Promise<void> {
  await client.cache.reset();
  client.cache.writeQuery({ query: MeDocument, data: { me: me ? { ...me, __typename: 'Me' } : null } as MeQuery });
}

/**
 * When the server says a signed-in person is no longer signed in (expired, or logged out on
 * all devices elsewhere), forget everything cached and mark "not signed in": the app then
 * shows the login page.
 */
export function sessionEndedLink(getClient: () => ApolloClient): ApolloLink {
  return new ErrorLink(({ error }) => {
    if (!CombinedGraphQLErrors.is(error)) return;
    if (!error.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED')) return;
    const client = getClient();
    const current = client.cache.readQuery({ query: MeDocument });
    if (!current?.me) return;
    void switchPerson(client, null);
  });
}

/** One client per page load; cookies travel because the API is on the same origin. */
export function createApolloClient(): ApolloClient {
  const http = new HttpLink({ uri: '/graphql', credentials: 'same-origin' });
  const client: ApolloClient = new ApolloClient({
    link: ApolloLink.from([sessionEndedLink(() => client), http]),
    cache: createCache(),
  });
  return client;
}
