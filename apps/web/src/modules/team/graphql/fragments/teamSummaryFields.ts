import { graphql } from '../../../../generated';

export const TeamSummaryFieldsFragment = graphql(`
  fragment TeamSummaryFields on Team {
    id
    name
    timeZone
    myRole
    organisation {
      id
      name
    }
  }
`);
