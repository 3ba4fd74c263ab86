import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import type { BookingFieldsFragment } from '../../../generated/graphql';
import { failure, type Result } from '../../../app/result';
import { BookSessionMutation } from '../graphql/mutations/bookSession';
import { forgetMyBookings, forgetSessionPeople } from '../cache';

/**
 * Books a seat. A full session is not an error: the booking comes back WAITLISTED with its
 * `waitlistPosition`. Refusals come back as CONFLICT with a `reason` (OVERLAP, CARE_MONTH_TAKEN,
 * BOOKING_CLOSED, SESSION_STARTED, SESSION_CANCELLED, ALREADY_BOOKED). The session's counts and
 * `myBooking` update in the cache; my bookings and the session's attendees are fetched again.
 */
export function useBookSession(): { book: (sessionId: string) => Promise<Result<BookingFieldsFragment>>; loading: boolean } {
  const [mutate, { loading }] = useMutation(BookSessionMutation);
  const book = useCallback(
    async (sessionId: string): Promise<Result<BookingFieldsFragment>> => {
      try {
        const { data } = await mutate({
          variables: { sessionId },
          update: (cache) => {
            forgetMyBookings(cache);
            forgetSessionPeople(cache, sessionId);
          },
        });
        if (!data) return failure(new Error('No data'));
        return { ok: true, value: data.bookSession };
      } catch (e) {
        return failure(e);
      }
    },
    [mutate],
  );
  return { book, loading };
}
