import { graphql } from '../../../../generated';

/** A team with its current members (members of the team and org admins may read it). */
export const TeamQuery = graphql(`
  query Team($id: ID!) {
    team(id: $id) {
      ...TeamSummaryFields
      members {
        id
        teamId
        displayName
        role
      }
    }
  }
`);
