import { graphql } from '../../../../generated';

export const RespondToReflectionMutation = graphql(`
  mutation RespondToReflection($reflectionId: ID!, $text: String!) {
    respondToReflection(reflectionId: $reflectionId, text: $text) {
      ...PeerResponseFields
    }
  }
`);
