import { graphql } from '../../../../generated';

/** The signed-in person, or null. */
export const MeQuery = graphql(`
  query Me {
    me {
      ...MeFields
    }
  }
`);
