import { graphql } from '../../../../generated';

/** Every booking of a session with attendance: facilitator and team leads only (else FORBIDDEN). */
export const SessionBookingsQuery = graphql(`
  query SessionBookings($id: ID!) {
    session(id: $id) {
      id
      bookings {
        id
        sessionId
        status
        waitlistPosition
        attended
        attendanceMarkedAt
        member {
          id
          displayName
        }
      }
    }
  }
`);
