import { useApolloClient, useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { failure, type Result } from '../../../app/result';
import { switchPerson } from '../../../app/apollo';
import type { Me } from '../../account/hooks/useMe';
import { AcceptInviteMutation } from '../graphql/mutations/acceptInvite';

/**
 * Takes up an invitation and signs in as that person. A new person gives name and password;
 * someone with an account gives only its password (name is then ignored).
 */
export function useAcceptInvite(): {
  accept: (input: { token: string; name: string; password: string }) => Promise<Result<Me>>;
  loading: boolean;
} {
  const client = useApolloClient();
  const [mutate, { loading }] = useMutation(AcceptInviteMutation);
  const accept = useCallback(
    async (input: { token: string; name: string; password: string }): Promise<Result<Me>> => {
      try {
        const { data } = await mutate({ variables: input });
        if (!data) return failure(new Error('No data'));
        // Whoever was signed in before, the session is now this person's: start from a clean cache.
        await switchPerson(client, data.acceptInvite);
        return { ok: true, value: data.acceptInvite };
      } catch (e) {
        return failure(e);
      }
    },
    [mutate, client],
  );
  return { accept, loading };
}
