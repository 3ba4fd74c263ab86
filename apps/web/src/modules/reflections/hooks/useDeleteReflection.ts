import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { failure, type Result } from '../../../app/result';
import { DeleteReflectionMutation } from '../graphql/mutations/deleteReflection';
import { forgetReflectionLists, setMyReflectionOfSession } from './cacheUpdates';

/** Deletes my reflection (its responses go with it); the session can be reflected on again. */
export function useDeleteReflection(): {
  remove: (reflection: { id: string; session: { id: string } }) => Promise<Result<true>>;
  deleting: boolean;
} {
  const [mutate, { loading }] = useMutation(DeleteReflectionMutation);
  const remove = useCallback(
    async (reflection: { id: string; session: { id: string } }): Promise<Result<true>> => {
      try {
        await mutate({
          variables: { id: reflection.id },
          update(cache) {
            cache.evict({ id: cache.identify({ __typename: 'Reflection', id: reflection.id }) });
            setMyReflectionOfSession(cache, reflection.session.id, null);
            forgetReflectionLists(cache, reflection.session.id);
            cache.gc();
          },
        });
        return { ok: true, value: true };
      } catch (e) {
        return failure(e);
      }
    },
    [mutate],
  );
  return { remove, deleting: loading };
}
