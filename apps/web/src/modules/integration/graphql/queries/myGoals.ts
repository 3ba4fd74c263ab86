import { graphql } from '../../../../generated';

export const MyGoalsQuery = graphql(`
  query MyGoals($includeArchived: Boolean!) {
    myGoals(includeArchived: $includeArchived) {
      ...GoalFields
    }
  }
`);
