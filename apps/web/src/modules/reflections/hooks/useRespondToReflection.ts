import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import type { Reference } from '@apollo/client';
import { failure, type Result } from '../../../app/result';
import { RespondToReflectionMutation } from '../graphql/mutations/respondToReflection';
import type { PeerResponse } from './useReflection';

/** Responds to a reflection shared with me; the response joins the reflection's list at once. */
export function useRespondToReflection(): {
  respond: (reflectionId: string, text: string) => Promise<Result<PeerResponse>>;
  sending: boolean;
} {
  const [mutate, { loading }] = useMutation(RespondToReflectionMutation);
  const respond = useCallback(
    async (reflectionId: string, text: string): Promise<Result<PeerResponse>> => {
      try {
        const { data } = await mutate({
          variables: { reflectionId, text: text.trim() },
          update(cache, { data: result }) {
            const response = result?.respondToReflection;
            const id = cache.identify({ __typename: 'Reflection', id: reflectionId });
            if (!response || !id) return;
            cache.modify({
              id,
              fields: {
                responses: (current: readonly Reference[], { toReference, readField }) => {
                  if (current.some((ref) => readField('id', ref) === response.id)) return current;
                  const ref = toReference({ __typename: 'PeerResponse', id: response.id });
                  return ref ? [...current, ref] : current;
                },
              },
            });
          },
        });
        if (!data) return failure(new Error('No data'));
        return { ok: true, value: data.respondToReflection };
      } catch (e) {
        return failure(e);
      }
    },
    [mutate],
  );
  return { respond, sending: loading };
}
