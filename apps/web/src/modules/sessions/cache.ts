import type { ApolloCache } from '@apollo/client';

/**
 * After a change, forget the cached answers it makes stale. Queries on screen that read them
 * fetch again by themselves (and keep showing the previous answer meanwhile); the others are
 * fetched afresh when next shown (the lists use cache-and-network).
 */
export function forgetMyBookings(cache: ApolloCache): void {
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'myBookings' });
}

/** Who attends and every booking of one session (their names and states changed). */
export function forgetSessionPeople(cache: ApolloCache, sessionId: string): void {
  const id = cache.identify({ __typename: 'Session', id: sessionId });
  if (!id) return;
  cache.evict({ id, fieldName: 'attendees' });
  cache.evict({ id, fieldName: 'bookings' });
}
