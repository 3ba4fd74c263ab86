import { graphql } from '../../../../generated';

/** Names of the confirmed attendees: ask only when the reader may see them (else FORBIDDEN). */
export const SessionAttendeesQuery = graphql(`
  query SessionAttendees($id: ID!) {
    session(id: $id) {
      id
      attendees {
        id
        displayName
      }
    }
  }
`);
