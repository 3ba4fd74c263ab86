import type { ApolloCache } from '@apollo/client';

/**
 * What a change to a reflection makes stale in the cache. Lists are dropped rather than patched:
 * a changed text, kind or visibility can move a reflection in or out of any filtered list.
 */
export function forgetReflectionLists(cache: ApolloCache, sessionId: string): void {
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'myReflections' });
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'sharedReflections', args: { sessionId } });
}

/** Points the session's `myReflection` at the reflection I just wrote, or at nothing after deleting it. */
export function setMyReflectionOfSession(cache: ApolloCache, sessionId: string, reflectionId: string | null): void {
  const id = cache.identify({ __typename: 'Session', id: sessionId });
  if (!id) return;
  cache.modify({
    id,
    fields: {
      myReflection: (_current, { toReference }) =>
        reflectionId ? (toReference({ __typename: 'Reflection', id: reflectionId }) ?? null) : null,
    },
  });
}
