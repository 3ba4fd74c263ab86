import { useQuery } from '@apollo/client/react';
import type { InvitationFieldsFragment } from '../../../generated/graphql';
import { toAppError, type AppError } from '../../../app/result';
import { TeamInvitationsQuery } from '../graphql/queries/teamInvitations';

export type Invitation = InvitationFieldsFragment;

/** Open invitations of a team; pass `skip` unless the reader is a lead or org admin. */
export function useTeamInvitations(
  teamId: string,
  options: { skip?: boolean } = {},
): { invitations: Invitation[] | undefined; loading: boolean; error: AppError | null; refetch: () => void } {
  const { data, loading, error, refetch } = useQuery(TeamInvitationsQuery, { variables: { id: teamId }, skip: options.skip });
  return {
    invitations: data?.team.invitations,
    loading,
    error: error ? toAppError(error) : null,
    refetch: () => void refetch(),
  };
}
