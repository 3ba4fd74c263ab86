import { graphql } from '../../../../generated';

export const WriteReflectionMutation = graphql(`
  mutation WriteReflection($input: WriteReflectionInput!) {
    writeReflection(input: $input) {
      ...ReflectionFields
      responses {
        ...PeerResponseFields
      }
    }
  }
`);
