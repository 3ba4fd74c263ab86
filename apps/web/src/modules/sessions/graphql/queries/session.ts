import { graphql } from '../../../../generated';

/** One session with its team (for the reader's role there), and whether I may reflect on it. */
export const SessionQuery = graphql(`
  query Session($id: ID!) {
    session(id: $id) {
      ...SessionFields
      canReflect
      myReflection {
        id
      }
      team {
        id
        name
        timeZone
        myRole
      }
    }
  }
`);
