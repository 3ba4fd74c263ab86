import { useQuery } from '@apollo/client/react';
import { localDateIn } from '@attune/domain';
import { useState } from 'react';
import type { CheckInFieldsFragment } from '../../../generated/graphql';
import { toAppError, type AppError } from '../../../app/result';
import { MyCheckInsQuery } from '../graphql/queries/myCheckIns';

export type CheckIn = CheckInFieldsFragment;

const HOUR = 60 * 60 * 1000;

/**
 * My check-in of today (in my time zone), if I already made one: asks for the last day and a
 * half and picks the one whose day is today.
 */
export function useTodaysCheckIn(timeZone: string | undefined): {
  today: CheckIn | null;
  loading: boolean;
  error: AppError | null;
  refetch: () => void;
} {
  const [range] = useState(() => {
    const now = Date.now();
    return { from: new Date(now - 36 * HOUR).toISOString(), to: new Date(now + HOUR).toISOString(), now: new Date(now) };
  });
  const { data, loading, error, refetch } = useQuery(MyCheckInsQuery, {
    variables: { from: range.from, to: range.to },
    skip: !timeZone,
  });
  const todayDate = timeZone ? localDateIn(range.now, timeZone) : null;
  return {
    today: data?.myCheckIns.find((c) => c.localDate === todayDate) ?? null,
    loading,
    error: error ? toAppError(error) : null,
    refetch: () => void refetch(),
  };
}
