import { graphql } from '../../../../generated';

export const MyTeamsQuery = graphql(`
  query MyTeams {
    myTeams {
      ...TeamSummaryFields
    }
  }
`);
