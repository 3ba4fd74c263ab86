import { graphql } from '../../../../generated';

/** My (not cancelled) bookings with whether I may reflect on each session and whether I already did. */
export const ReflectableSessionsQuery = graphql(`
  query ReflectableSessions {
    myBookings {
      id
      status
      session {
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
  }
`);
