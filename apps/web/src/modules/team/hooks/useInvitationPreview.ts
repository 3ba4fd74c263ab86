import { useQuery } from '@apollo/client/react';
import type { InvitationPreviewQuery } from '../../../generated/graphql';
import { toAppError, type AppError } from '../../../app/result';
import { InvitationPreviewQuery as InvitationPreviewDocument } from '../graphql/queries/invitationPreview';

export type InvitationPreview = InvitationPreviewQuery['invitationPreview'];

/** What an invitation link is for; NOT_FOUND when it is unknown, used, withdrawn or expired. */
export function useInvitationPreview(token: string): {
  preview: InvitationPreview | undefined;
  loading: boolean;
  error: AppError | null;
  refetch: () => void;
} {
  const { data, loading, error, refetch } = useQuery(InvitationPreviewDocument, {
    variables: { token },
    fetchPolicy: 'network-only',
    // Asked once: accepting resets the cache, and the (then used) invitation must not be re-asked.
    nextFetchPolicy: 'cache-only',
  });
  return {
    preview: data?.invitationPreview,
    loading,
    error: error ? toAppError(error) : null,
    refetch: () => void refetch(),
  };
}
