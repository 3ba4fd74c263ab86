import { graphql } from '../../../../generated';

/** One session with its team (for the reader's role there). */
export const SessionQuery = graphql(`
  query Session($id: ID!) {
    session(id: $id) {
      ...SessionFields
      team {
        id
        name
        timeZone
        myRole
      }
    }
  }
`);
