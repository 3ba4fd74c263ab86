import { graphql } from '../../../../generated';

/** Everything a reflection shows: ratings, the six texts, who wrote it, what it is about. */
export const ReflectionFieldsFragment = graphql(`
  fragment ReflectionFields on Reflection {
    id
    visibility
    attunement
    resonance
    chaosRigidity
    whatHappenedInMe
    bodySignals
    feelingsNamed
    attunementMoments
    resonanceFromOthers
    whatINeedNow
    nineFunctions {
      bodyRegulation
      attunedCommunication
      emotionalBalance
      fearModulation
      responseFlexibility
      insight
      empathy
      morality
      intuition
    }
    isMine
    canRespond
    createdAt
    updatedAt
    author {
      id
      displayName
    }
    session {
      id
      title
      kind
      startsAt
      endsAt
      teamId
    }
  }
`);
