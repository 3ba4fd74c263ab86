import { useQuery } from '@apollo/client/react';
import type { SessionFieldsFragment } from '../../../generated/graphql';
import { toAppError, type AppError } from '../../../app/result';
import { SessionsQuery } from '../graphql/queries/sessions';

export type SessionSummary = SessionFieldsFragment;
export type MyBooking = NonNullable<SessionSummary['myBooking']>;

/**
 * Sessions of a team overlapping [from, to) (ISO instants), soonest first, cancelled ones
 * included. Without a range the server gives the next three months.
 */
export function useSessions(
  teamId: string | null,
  range: { from?: string; to?: string } = {},
): { sessions: SessionSummary[] | undefined; loading: boolean; error: AppError | null; refetch: () => void } {
  const { data, loading, error, refetch } = useQuery(SessionsQuery, {
    variables: { teamId: teamId ?? '', from: range.from ?? null, to: range.to ?? null },
    skip: !teamId,
    // Seats change while the page is open elsewhere: show the cache, then what the server says.
    fetchPolicy: 'cache-and-network',
  });
  return {
    sessions: data?.sessions,
    loading,
    error: error ? toAppError(error) : null,
    refetch: () => void refetch(),
  };
}
