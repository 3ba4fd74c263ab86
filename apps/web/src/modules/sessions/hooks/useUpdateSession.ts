import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import type { SessionFieldsFragment, UpdateSessionInput } from '../../../generated/graphql';
import { failure, type Result } from '../../../app/result';
import { UpdateSessionMutation } from '../graphql/mutations/updateSession';
import { forgetMyBookings } from '../cache';

/** Changes a session that has not started (team leads); everyone booked hears of a new time or place. */
export function useUpdateSession(): {
  update: (id: string, input: UpdateSessionInput) => Promise<Result<SessionFieldsFragment>>;
  loading: boolean;
} {
  const [mutate, { loading }] = useMutation(UpdateSessionMutation);
  const update = useCallback(
    async (id: string, input: UpdateSessionInput): Promise<Result<SessionFieldsFragment>> => {
      try {
        // The session itself updates in the cache; lists are fetched afresh when next shown.
        const { data } = await mutate({ variables: { id, input }, update: (cache) => forgetMyBookings(cache) });
        if (!data) return failure(new Error('No data'));
        return { ok: true, value: data.updateSession };
      } catch (e) {
        return failure(e);
      }
    },
    [mutate],
  );
  return { update, loading };
}
