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
