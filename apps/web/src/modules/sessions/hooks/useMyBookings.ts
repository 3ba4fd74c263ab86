import { useQuery } from '@apollo/client/react';
import type { MyBookingsQuery } from '../../../generated/graphql';
import { toAppError, type AppError } from '../../../app/result';
import { MyBookingsQuery as MyBookingsDocument } from '../graphql/queries/myBookings';

export type BookingWithSession = MyBookingsQuery['myBookings'][number];

/** My confirmed and waitlisted bookings: upcoming (soonest first) or past (latest first). */
export function useMyBookings(
  upcoming: boolean,
  options: { skip?: boolean } = {},
): { bookings: BookingWithSession[] | undefined; loading: boolean; error: AppError | null; refetch: () => void } {
  const { data: current, previousData, loading, error, refetch } = useQuery(MyBookingsDocument, {
    variables: { upcoming },
    skip: options.skip,
    fetchPolicy: 'cache-and-network',
  });
  // While fetching again after a change (the cached list was forgotten), keep showing the last one.
  const data = current ?? previousData;
  return {
    bookings: data?.myBookings,
    loading,
    error: error ? toAppError(error) : null,
    refetch: () => void refetch(),
  };
}

/** My next confirmed booking (the soonest upcoming one with a seat), for the overview. */
export function useNextBooking(): { booking: BookingWithSession | null | undefined; loading: boolean; error: AppError | null; refetch: () => void } {
  const { bookings, loading, error, refetch } = useMyBookings(true);
  const now = Date.now();
  const booking = bookings
    ? (bookings.find((b) => b.status === 'CONFIRMED' && !b.session.cancelledAt && Date.parse(b.session.endsAt) > now) ?? null)
    : undefined;
  return { booking, loading, error, refetch };
}
