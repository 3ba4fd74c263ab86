import { graphql } from '../../../../generated';

export const UpdateSessionMutation = graphql(`
  mutation UpdateSession($id: ID!, $input: UpdateSessionInput!) {
    updateSession(id: $id, input: $input) {
      ...SessionFields
    }
  }
`);
