import { graphql } from '../../../../generated';

export const UpdateReflectionMutation = graphql(`
  mutation UpdateReflection($id: ID!, $input: UpdateReflectionInput!) {
    updateReflection(id: $id, input: $input) {
      ...ReflectionFields
      responses {
        ...PeerResponseFields
      }
    }
  }
`);
