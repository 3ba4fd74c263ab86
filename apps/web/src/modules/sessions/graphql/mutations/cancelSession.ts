import { graphql } from '../../../../generated';

export const CancelSessionMutation = graphql(`
  mutation CancelSession($id: ID!, $reason: String!) {
    cancelSession(id: $id, reason: $reason) {
      ...SessionFields
    }
  }
`);
