import { graphql } from '../../../../generated';

export const RotateCalendarFeedMutation = graphql(`
  mutation RotateCalendarFeed {
    rotateCalendarFeed
  }
`);
