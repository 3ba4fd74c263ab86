import { graphql } from '../../../../generated';

/** Sessions of one team overlapping [from, to), soonest first. */
export const SessionsQuery = graphql(`
  query Sessions($teamId: ID!, $from: DateTime, $to: DateTime) {
    sessions(teamId: $teamId, from: $from, to: $to) {
      ...SessionFields
    }
  }
`);
