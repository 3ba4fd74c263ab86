import { graphql } from '../../../../generated';

/** A booking as the reader sees their own (status, waitlist place, attendance). */
export const BookingFieldsFragment = graphql(`
  fragment BookingFields on Booking {
    id
    sessionId
    status
    waitlistPosition
    createdAt
    confirmedAt
    cancelledAt
    attended
    icsUrl
  }
`);
