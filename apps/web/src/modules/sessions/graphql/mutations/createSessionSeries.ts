import { graphql } from '../../../../generated';

export const CreateSessionSeriesMutation = graphql(`
  mutation CreateSessionSeries($input: CreateSessionSeriesInput!) {
    createSessionSeries(input: $input) {
      id
      teamId
      firstMonth
      months
      sessions {
        ...SessionFields
      }
    }
  }
`);
