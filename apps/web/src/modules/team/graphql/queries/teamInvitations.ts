import { graphql } from '../../../../generated';

/** Open invitations of a team (leads and org admins only: ask only when allowed). */
export const TeamInvitationsQuery = graphql(`
  query TeamInvitations($id: ID!) {
    team(id: $id) {
      id
      invitations {
        ...InvitationFields
      }
    }
  }
`);
