import { graphql } from '../../../../generated';

/** `acceptUrl` is only filled in when the server has no mail server: then the inviter shares it. */
export const InviteMemberMutation = graphql(`
  mutation InviteMember($teamId: ID!, $email: String!, $role: TeamRole!) {
    inviteMember(teamId: $teamId, email: $email, role: $role) {
      ...InvitationFields
      acceptUrl
    }
  }
`);
