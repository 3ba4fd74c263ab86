import { graphql } from '../../../../generated';

/** The session a new reflection is about: whether I may reflect on it, and my reflection if any. */
export const SessionToReflectOnQuery = graphql(`
  query SessionToReflectOn($id: ID!) {
    session(id: $id) {
      id
      title
      kind
      startsAt
      endsAt
      cancelledAt
      canReflect
      myReflection {
        id
      }
      team {
        id
        name
      }
    }
  }
`);
