import { graphql } from '../../../../generated';

/** The team in aggregate only, per fixed calendar bucket (leads of the team; every call is audited). */
export const TeamWellbeingQuery = graphql(`
  query TeamWellbeing($teamId: ID!, $granularity: WellbeingGranularity!, $from: DateTime!, $to: DateTime!) {
    teamWellbeing(teamId: $teamId, granularity: $granularity, from: $from, to: $to) {
      label
      granularity
      start
      end
      startDate
      endDate
      members
      respondents
      participationRate
      responses
      suppressed
      suppressionReason
      anonymityThreshold
      metrics {
        metric
        mean
        bands {
          band
          count
          share
        }
      }
    }
  }
`);
