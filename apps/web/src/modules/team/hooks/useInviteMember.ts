import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import type { InviteMemberMutation as InviteMemberResult, TeamRole } from '../../../generated/graphql';
import { failure, type Result } from '../../../app/result';
import { InviteMemberMutation } from '../graphql/mutations/inviteMember';
import { TeamInvitationsQuery } from '../graphql/queries/teamInvitations';

export type CreatedInvitation = InviteMemberResult['inviteMember'];

/** Invites someone into a team; the open-invitations list is refreshed afterwards. */
export function useInviteMember(teamId: string): {
  invite: (email: string, role: TeamRole) => Promise<Result<CreatedInvitation>>;
  loading: boolean;
} {
  const [mutate, { loading }] = useMutation(InviteMemberMutation);
  const invite = useCallback(
    async (email: string, role: TeamRole): Promise<Result<CreatedInvitation>> => {
      try {
        const { data } = await mutate({
          variables: { teamId, email: email.trim(), role },
          refetchQueries: [{ query: TeamInvitationsQuery, variables: { id: teamId } }],
        });
        if (!data) return failure(new Error('No data'));
        return { ok: true, value: data.inviteMember };
      } catch (e) {
        return failure(e);
      }
    },
    [mutate, teamId],
  );
  return { invite, loading };
}
