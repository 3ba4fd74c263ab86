import { graphql } from '../../../../generated';

/** Books a seat, or a waitlist place when full; brings back the session's new counts too. */
export const BookSessionMutation = graphql(`
  mutation BookSession($sessionId: ID!) {
    bookSession(sessionId: $sessionId) {
      ...BookingFields
      session {
        id
        confirmedCount
        seatsLeft
        waitlistCount
        myBooking {
          ...BookingFields
        }
      }
    }
  }
`);
