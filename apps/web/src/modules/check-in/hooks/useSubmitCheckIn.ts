import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import type { SubmitCheckInInput, SubmitCheckInMutation as SubmitCheckInResult } from '../../../generated/graphql';
import { failure, type Result } from '../../../app/result';
import { SubmitCheckInMutation } from '../graphql/mutations/submitCheckIn';

export type CheckInFeedback = SubmitCheckInResult['submitCheckIn'];

/**
 * Saves today's check-in (a second one the same day replaces the first) and answers with the
 * feedback that only the member sees. My charts are refreshed the next time they are opened.
 */
export function useSubmitCheckIn(): { submit: (input: SubmitCheckInInput) => Promise<Result<CheckInFeedback>>; loading: boolean } {
  const [mutate, { loading }] = useMutation(SubmitCheckInMutation);
  const submit = useCallback(
    async (input: SubmitCheckInInput): Promise<Result<CheckInFeedback>> => {
      try {
        const { data } = await mutate({
          variables: { input },
          update(cache) {
            cache.evict({ id: 'ROOT_QUERY', fieldName: 'myIntegration' });
            cache.gc();
          },
        });
        if (!data) return failure(new Error('No data'));
        return { ok: true, value: data.submitCheckIn };
      } catch (e) {
        return failure(e);
      }
    },
    [mutate],
  );
  return { submit, loading };
}
