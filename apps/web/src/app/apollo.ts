import { ApolloClient, ApolloLink, CombinedGraphQLErrors, HttpLink, InMemoryCache } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { MeDocument } from '../generated/graphql';

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
    void client.clearStore().then(() => client.cache.writeQuery({ query: MeDocument, data: { me: null } }));
  });
}

/** One client per page load; cookies travel because the API is on the same origin. */
export function createApolloClient(): ApolloClient {
  let client: ApolloClient | undefined;
  const http = new HttpLink({ uri: '/graphql', credentials: 'same-origin' });
  client = new ApolloClient({
    link: ApolloLink.from([sessionEndedLink(() => client as ApolloClient), http]),
    cache: createCache(),
  });
  return client;
}
