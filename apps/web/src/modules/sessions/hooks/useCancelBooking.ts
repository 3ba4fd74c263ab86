import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import type { BookingFieldsFragment } from '../../../generated/graphql';
import { failure, type Result } from '../../../app/result';
import { CancelBookingMutation } from '../graphql/mutations/cancelBooking';
import { forgetSessionPeople } from '../cache';

/** Gives up a seat (the first on the waitlist then gets it) or a place on the waitlist. */
export function useCancelBooking(): { cancel: (bookingId: string) => Promise<Result<BookingFieldsFragment>>; loading: boolean } {
  const [mutate, { loading }] = useMutation(CancelBookingMutation);
  const cancel = useCallback(
    async (bookingId: string): Promise<Result<BookingFieldsFragment>> => {
      try {
        const { data } = await mutate({
          variables: { bookingId },
          // The booking's new status reaches every list through the cache (lists leave out
          // cancelled ones); only who attends must be asked again.
          update: (cache, { data: result }) => {
            if (result) forgetSessionPeople(cache, result.cancelBooking.sessionId);
          },
        });
        if (!data) return failure(new Error('No data'));
        return { ok: true, value: data.cancelBooking };
      } catch (e) {
        return failure(e);
      }
    },
    [mutate],
  );
  return { cancel, loading };
}
