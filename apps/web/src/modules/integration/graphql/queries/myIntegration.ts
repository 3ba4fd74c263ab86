import { graphql } from '../../../../generated';

/** My timeline and my charts for [from, to). */
export const MyIntegrationQuery = graphql(`
  query MyIntegration($from: DateTime!, $to: DateTime!) {
    myIntegration(from: $from, to: $to) {
      from
      to
      who5 {
        date
        value
      }
      scales {
        scale
        points {
          date
          value
        }
      }
      attunement {
        date
        value
      }
      resonance {
        date
        value
      }
      chaosRigidity {
        date
        value
      }
      nineFunctions {
        asOf
        recentFrom
        earlierFrom
        functions {
          fn
          recentMean
          recentCount
          earlierMean
          earlierCount
        }
      }
      timeline {
        id
        kind
        date
        occurredAt
        value
        title {
          nl
          en
        }
        detail {
          nl
          en
        }
      }
    }
  }
`);
