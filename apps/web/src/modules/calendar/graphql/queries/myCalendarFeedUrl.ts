import { graphql } from '../../../../generated';

/** The secret address of my personal calendar feed. */
export const MyCalendarFeedUrlQuery = graphql(`
  query MyCalendarFeedUrl {
    myCalendarFeedUrl
  }
`);
