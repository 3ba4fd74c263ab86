import { useApolloClient, useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import type { ExportMyDataMutation as ExportResult } from '../../../generated/graphql';
import { switchPerson } from '../../../app/apollo';
import { failure, type Result } from '../../../app/result';
import { markSigningOut } from '../../../app/session';
import { DeleteMyAccountMutation } from '../graphql/mutations/deleteMyAccount';
import { ExportMyDataMutation } from '../graphql/mutations/exportMyData';

export type MyDataExport = ExportResult['exportMyData'];

/** Everything Attune holds about me, as JSON and CSV (the export is audited). */
export function useExportMyData(): { exportData: () => Promise<Result<MyDataExport>>; loading: boolean } {
  const [mutate, { loading }] = useMutation(ExportMyDataMutation);
  const exportData = useCallback(async (): Promise<Result<MyDataExport>> => {
    try {
      const { data } = await mutate();
      if (!data) return failure(new Error('No data'));
      return { ok: true, value: data.exportMyData };
    } catch (e) {
      return failure(e);
    }
  }, [mutate]);
  return { exportData, loading };
}

/**
 * Deletes my account after checking my password. The caller shows a goodbye first and then
 * calls `signOut`, which forgets everything cached (the app then shows the login page).
 */
export function useDeleteMyAccount(): {
  deleteAccount: (password: string) => Promise<Result<true>>;
  signOut: () => Promise<void>;
  loading: boolean;
} {
  const client = useApolloClient();
  const [mutate, { loading }] = useMutation(DeleteMyAccountMutation);
  const deleteAccount = useCallback(
    async (password: string): Promise<Result<true>> => {
      try {
        const { data } = await mutate({ variables: { password } });
        if (!data?.deleteMyAccount) return failure(new Error('The account was not deleted'));
        return { ok: true, value: true };
      } catch (e) {
        return failure(e);
      }
    },
    [mutate],
  );
  const signOut = useCallback(async () => {
    markSigningOut('signedOut');
    await switchPerson(client, null);
  }, [client]);
  return { deleteAccount, signOut, loading };
}
