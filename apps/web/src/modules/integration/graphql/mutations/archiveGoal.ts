import { graphql } from '../../../../generated';

export const ArchiveGoalMutation = graphql(`
  mutation ArchiveGoal($goalId: ID!) {
    archiveGoal(goalId: $goalId) {
      ...GoalFields
    }
  }
`);
