import { graphql } from '../../../../generated';

/** My own check-ins submitted in [from, to), newest first. */
export const MyCheckInsQuery = graphql(`
  query MyCheckIns($from: DateTime!, $to: DateTime!) {
    myCheckIns(from: $from, to: $to) {
      ...CheckInFields
    }
  }
`);
