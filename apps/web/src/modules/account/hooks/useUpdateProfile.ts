import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import type { UpdateProfileInput, UpdateProfileMutation as UpdateProfileResult } from '../../../generated/graphql';
import { failure, type Result } from '../../../app/result';
import { UpdateProfileMutation } from '../graphql/mutations/updateProfile';
import type { Me } from './useMe';

/** Saves display name, language and/or time zone; the cached `me` updates by itself. */
export function useUpdateProfile(): {
  updateProfile: (input: UpdateProfileInput, optimistic?: Me) => Promise<Result<Me>>;
  saving: boolean;
} {
  const [mutate, { loading }] = useMutation(UpdateProfileMutation);
  const updateProfile = useCallback(
    async (input: UpdateProfileInput, optimistic?: Me): Promise<Result<Me>> => {
      try {
        const { data } = await mutate({
          variables: { input },
          // __typename lets the cache file the optimistic answer under the same person.
          ...(optimistic ? { optimisticResponse: { updateProfile: { ...optimistic, __typename: 'Me' } } as UpdateProfileResult } : {}),
        });
        if (!data) return failure(new Error('No data'));
        return { ok: true, value: data.updateProfile };
      } catch (e) {
        return failure(e);
      }
    },
    [mutate],
  );
  return { updateProfile, saving: loading };
}
