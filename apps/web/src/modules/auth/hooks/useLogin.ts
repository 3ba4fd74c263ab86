import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { failure, type Result } from '../../../app/result';
import { MeQuery } from '../../account/graphql/queries/me';
import type { Me } from '../../account/hooks/useMe';
import { LoginMutation } from '../graphql/mutations/login';

/** Signs in; on success the cached `me` is the new person (the session cookie is httpOnly). */
export function useLogin(): { login: (email: string, password: string) => Promise<Result<Me>>; loading: boolean } {
  const [mutate, { loading }] = useMutation(LoginMutation);
  const login = useCallback(
    async (email: string, password: string): Promise<Result<Me>> => {
      try {
        const { data } = await mutate({
          variables: { email: email.trim(), password },
          update(cache, result) {
            if (result.data) cache.writeQuery({ query: MeQuery, data: { me: result.data.login } });
          },
        });
        if (!data) return failure(new Error('No data'));
        return { ok: true, value: data.login };
      } catch (e) {
        return failure(e);
      }
    },
    [mutate],
  );
  return { login, loading };
}
