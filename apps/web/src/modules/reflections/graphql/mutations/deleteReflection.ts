import { graphql } from '../../../../generated';

export const DeleteReflectionMutation = graphql(`
  mutation DeleteReflection($id: ID!) {
    deleteReflection(id: $id)
  }
`);
