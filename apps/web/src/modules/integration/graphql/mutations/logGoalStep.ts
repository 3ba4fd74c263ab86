import { graphql } from '../../../../generated';

export const LogGoalStepMutation = graphql(`
  mutation LogGoalStep($goalId: ID!) {
    logGoalStep(goalId: $goalId) {
      celebration
      stepNumber
      takenAt
      message {
        nl
        en
      }
      goal {
        ...GoalFields
      }
    }
  }
`);
