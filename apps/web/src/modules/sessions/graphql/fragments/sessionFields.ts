import { graphql } from '../../../../generated';

/** What a session list and a session page show, including the reader's own booking. */
export const SessionFieldsFragment = graphql(`
  fragment SessionFields on Session {
    id
    teamId
    seriesId
    kind
    title
    startsAt
    endsAt
    timeZone
    location
    videoUrl
    capacity
    confirmedCount
    seatsLeft
    waitlistCount
    minNoticeMinutes
    bookingClosesAt
    cancelledAt
    cancelReason
    facilitator {
      id
      displayName
    }
    myBooking {
      ...BookingFields
    }
  }
`);
