import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import type { UpdateReflectionInput } from '../../../generated/graphql';
import { failure, type Result } from '../../../app/result';
import { UpdateReflectionMutation } from '../graphql/mutations/updateReflection';
import { forgetReflectionLists } from './cacheUpdates';
import type { ReflectionDetail } from './useReflection';

/**
 * Changes my reflection: the whole form, or only its visibility (PRIVATE un-shares it and its
 * responses from peers again).
 */
export function useUpdateReflection(): {
  update: (id: string, input: UpdateReflectionInput) => Promise<Result<ReflectionDetail>>;
  saving: boolean;
} {
  const [mutate, { loading }] = useMutation(UpdateReflectionMutation);
  const update = useCallback(
    async (id: string, input: UpdateReflectionInput): Promise<Result<ReflectionDetail>> => {
      try {
        const { data } = await mutate({
          variables: { id, input },
          update(cache, { data: result }) {
            const saved = result?.updateReflection;
            if (saved) forgetReflectionLists(cache, saved.session.id);
          },
        });
        if (!data) return failure(new Error('No data'));
        return { ok: true, value: data.updateReflection };
      } catch (e) {
        return failure(e);
      }
    },
    [mutate],
  );
  return { update, saving: loading };
}
