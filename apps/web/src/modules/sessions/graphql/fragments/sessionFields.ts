import { graphql } from '../../../../generated';

/**
 * What a session list and a session page show, including the reader's own booking. The booking's
 * fields are written out rather than spread from BookingFields: the API's depth limit (6) counts
 * every fragment level, and lists nest this fragment one level down already.
 */
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
  }
`);
