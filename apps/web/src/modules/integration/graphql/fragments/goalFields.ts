import { graphql } from '../../../../generated';

export const GoalFieldsFragment = graphql(`
  fragment GoalFields on Goal {
    id
    title
    targetSteps
    status
    createdAt
    lastStepAt
    progress {
      stepsTaken
      targetSteps
      fraction
      reached
      stepsToGo
      nextTarget
    }
  }
`);
