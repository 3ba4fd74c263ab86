import { graphql } from '../../../../generated';

/** Today's check-in; the answer is feedback for me only. */
export const SubmitCheckInMutation = graphql(`
  mutation SubmitCheckIn($input: SubmitCheckInInput!) {
    submitCheckIn(input: $input) {
      score
      band
      replacedEarlierToday
      trend {
        direction
        previousMean
        change
        comparedWith
      }
      suggestion {
        key
        condition
        standingOut
        text {
          nl
          en
        }
        nextStep
        nextStepText {
          nl
          en
        }
      }
      supportResources {
        ...SupportResourceFields
      }
      checkIn {
        ...CheckInFields
      }
    }
  }
`);
