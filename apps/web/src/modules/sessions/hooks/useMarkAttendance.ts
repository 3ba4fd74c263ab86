import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import type { MarkAttendanceMutation as MarkAttendanceResult } from '../../../generated/graphql';
import { failure, type Result } from '../../../app/result';
import { MarkAttendanceMutation } from '../graphql/mutations/markAttendance';

export type MarkedAttendance = MarkAttendanceResult['markAttendance'];

/** Marks whether a confirmed attendee came (facilitator or lead, once the session has started). */
export function useMarkAttendance(): {
  mark: (bookingId: string, attended: boolean) => Promise<Result<MarkedAttendance>>;
  loading: boolean;
} {
  const [mutate, { loading }] = useMutation(MarkAttendanceMutation);
  const mark = useCallback(
    async (bookingId: string, attended: boolean): Promise<Result<MarkedAttendance>> => {
      try {
        const { data } = await mutate({ variables: { bookingId, attended } });
        if (!data) return failure(new Error('No data'));
        return { ok: true, value: data.markAttendance };
      } catch (e) {
        return failure(e);
      }
    },
    [mutate],
  );
  return { mark, loading };
}
