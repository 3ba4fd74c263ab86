import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import type { CreateSessionInput, SessionFieldsFragment } from '../../../generated/graphql';
import { failure, type Result } from '../../../app/result';
import { CreateSessionMutation } from '../graphql/mutations/createSession';

/** Plans a single session (team leads). Session lists fetch afresh when shown (cache-and-network). */
export function useCreateSession(): { create: (input: CreateSessionInput) => Promise<Result<SessionFieldsFragment>>; loading: boolean } {
  const [mutate, { loading }] = useMutation(CreateSessionMutation);
  const create = useCallback(
    async (input: CreateSessionInput): Promise<Result<SessionFieldsFragment>> => {
      try {
        const { data } = await mutate({ variables: { input } });
        if (!data) return failure(new Error('No data'));
        return { ok: true, value: data.createSession };
      } catch (e) {
        return failure(e);
      }
    },
    [mutate],
  );
  return { create, loading };
}
