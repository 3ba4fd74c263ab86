import { graphql } from '../../../../generated';

/** My bookings: upcoming (soonest first) or past (latest first), each with its session. */
export const MyBookingsQuery = graphql(`
  query MyBookings($upcoming: Boolean) {
    myBookings(upcoming: $upcoming) {
      ...BookingFields
      session {
        ...SessionFields
      }
    }
  }
`);
