import { useQuery } from '@apollo/client/react';
import type { SessionBookingsQuery } from '../../../generated/graphql';
import { toAppError, type AppError } from '../../../app/result';
import { SessionBookingsQuery as SessionBookingsDocument } from '../graphql/queries/sessionBookings';

export type SessionBooking = NonNullable<SessionBookingsQuery['session']['bookings']>[number];

/**
 * Every booking of a session with status and attendance. Pass `skip` unless the reader is the
 * facilitator or a team lead (`canSeeAllBookings`): the server answers FORBIDDEN otherwise.
 */
export function useSessionBookings(
  id: string,
  options: { skip?: boolean } = {},
): { bookings: SessionBooking[] | undefined; loading: boolean; error: AppError | null; refetch: () => void } {
  const { data: current, previousData, loading, error, refetch } = useQuery(SessionBookingsDocument, {
    variables: { id },
    skip: options.skip,
    fetchPolicy: 'cache-and-network',
  });
  // While fetching again after a change, keep showing the last answer for this session.
  const data = current ?? (previousData?.session.id === id ? previousData : undefined);
  return {
    bookings: data?.session.bookings ?? undefined,
    loading,
    error: error ? toAppError(error) : null,
    refetch: () => void refetch(),
  };
}
