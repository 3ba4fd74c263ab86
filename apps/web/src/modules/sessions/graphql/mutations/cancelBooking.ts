import { graphql } from '../../../../generated';

/** Gives up a seat or waitlist place; brings back the session's new counts. */
export const CancelBookingMutation = graphql(`
  mutation CancelBooking($bookingId: ID!) {
    cancelBooking(bookingId: $bookingId) {
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
