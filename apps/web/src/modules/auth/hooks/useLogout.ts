import { useApolloClient, useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { failure, type Result } from '../../../app/result';
import { switchPerson } from '../../../app/apollo';
import { markSigningOut } from '../../../app/session';
import { LogoutMutation } from '../graphql/mutations/logout';
import { LogoutEverywhereMutation } from '../graphql/mutations/logoutEverywhere';

/** Forgets every cached answer of the previous person, then marks "signed out" (with the reason). */
function useForgetSession(reason: 'signedOut' | 'signedOutEverywhere'): () => Promise<void> {
  const client = useApolloClient();
  return useCallback(async () => {
    markSigningOut(reason);
    await switchPerson(client, null);
  }, [client, reason]);
}

/** Ends this session. */
export function useLogout(): { logout: () => Promise<Result<true>>; loading: boolean } {
  const [mutate, { loading }] = useMutation(LogoutMutation);
  const forget = useForgetSession('signedOut');
  const logout = useCallback(async (): Promise<Result<true>> => {
    try {
      await mutate();
      await forget();
      return { ok: true, value: true };
    } catch (e) {
      return failure(e);
    }
  }, [mutate, forget]);
  return { logout, loading };
}

/** Ends every session of the signed-in person, on all devices (this one too). */
export function useLogoutEverywhere(): { logoutEverywhere: () => Promise<Result<true>>; loading: boolean } {
  const [mutate, { loading }] = useMutation(LogoutEverywhereMutation);
  const forget = useForgetSession('signedOutEverywhere');
  const logoutEverywhere = useCallback(async (): Promise<Result<true>> => {
    try {
      await mutate();
      await forget();
      return { ok: true, value: true };
    } catch (e) {
      return failure(e);
    }
  }, [mutate, forget]);
  return { logoutEverywhere, loading };
}
