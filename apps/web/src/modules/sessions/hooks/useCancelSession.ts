import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import type { SessionFieldsFragment } from '../../../generated/graphql';
import { failure, type Result } from '../../../app/result';
import { CancelSessionMutation } from '../graphql/mutations/cancelSession';
import { forgetMyBookings, forgetSessionPeople } from '../cache';

/** Cancels a session with a reason (team leads): every booking is cancelled and told. */
export function useCancelSession(): { cancelSession: (id: string, reason: string) => Promise<Result<SessionFieldsFragment>>; loading: boolean } {
  const [mutate, { loading }] = useMutation(CancelSessionMutation);
  const cancelSession = useCallback(
    async (id: string, reason: string): Promise<Result<SessionFieldsFragment>> => {
      try {
        const { data } = await mutate({
          variables: { id, reason },
          update: (cache) => {
            forgetMyBookings(cache);
            forgetSessionPeople(cache, id);
          },
        });
        if (!data) return failure(new Error('No data'));
        return { ok: true, value: data.cancelSession };
      } catch (e) {
        return failure(e);
      }
    },
    [mutate],
  );
  return { cancelSession, loading };
}
