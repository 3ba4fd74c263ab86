import { graphql } from '../../../../generated';

export const SetGoalMutation = graphql(`
  mutation SetGoal($input: SetGoalInput!) {
    setGoal(input: $input) {
      ...GoalFields
    }
  }
`);
