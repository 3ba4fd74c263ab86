import { graphql } from '../../../../generated';

/** One of my own check-ins (only ever returned to me). */
export const CheckInFieldsFragment = graphql(`
  fragment CheckInFields on CheckIn {
    id
    localDate
    submittedAt
    who5
    who5Score
    who5Band
    stressLoad
    sleepQuality
    bodyTension
    safety
    connection
    clientMaterial
    note
  }
`);
