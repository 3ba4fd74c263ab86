import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { failure, type Result } from '../../../app/result';
import { WriteReflectionMutation } from '../graphql/mutations/writeReflection';
import { toWriteInput, type ReflectionValues } from '../reflectionValues';
import { forgetReflectionLists, setMyReflectionOfSession } from './cacheUpdates';
import type { ReflectionDetail } from './useReflection';

/** Writes my reflection on a session; the session then knows it as `myReflection`. */
export function useWriteReflection(): {
  write: (sessionId: string, values: ReflectionValues) => Promise<Result<ReflectionDetail>>;
  saving: boolean;
} {
  const [mutate, { loading }] = useMutation(WriteReflectionMutation);
  const write = useCallback(
    async (sessionId: string, values: ReflectionValues): Promise<Result<ReflectionDetail>> => {
      try {
        const { data } = await mutate({
          variables: { input: toWriteInput(sessionId, values) },
          update(cache, { data: result }) {
            const saved = result?.writeReflection;
            if (!saved) return;
            setMyReflectionOfSession(cache, sessionId, saved.id);
            forgetReflectionLists(cache, sessionId);
          },
        });
        if (!data) return failure(new Error('No data'));
        return { ok: true, value: data.writeReflection };
      } catch (e) {
        return failure(e);
      }
    },
    [mutate],
  );
  return { write, saving: loading };
}
