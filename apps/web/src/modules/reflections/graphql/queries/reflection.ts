import { graphql } from '../../../../generated';

/** One reflection I may read, with the responses I may see. */
export const ReflectionQuery = graphql(`
  query Reflection($id: ID!) {
    reflection(id: $id) {
      ...ReflectionFields
      responses {
        ...PeerResponseFields
      }
    }
  }
`);
