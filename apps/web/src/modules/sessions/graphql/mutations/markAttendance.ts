import { graphql } from '../../../../generated';

export const MarkAttendanceMutation = graphql(`
  mutation MarkAttendance($bookingId: ID!, $attended: Boolean!) {
    markAttendance(bookingId: $bookingId, attended: $attended) {
      id
      attended
      attendanceMarkedAt
    }
  }
`);
