import { useQuery } from '@apollo/client/react';
import { useMemo, useState } from 'react';
import type { TeamWellbeingQuery, WellbeingGranularity } from '../../../generated/graphql';
import { toAppError, type AppError } from '../../../app/result';
import { TeamWellbeingQuery as TeamWellbeingDocument } from '../graphql/queries/teamWellbeing';

export type WellbeingBucket = TeamWellbeingQuery['teamWellbeing'][number];
export type Granularity = WellbeingGranularity;

/** How many periods a lead can ask for at once, per granularity (the API allows at most 60). */
export const SPANS: Readonly<Record<Granularity, readonly number[]>> = {
  WEEK: [13, 26, 52],
  MONTH: [6, 12, 24],
  QUARTER: [4, 8, 12],
};
export const DEFAULT_SPAN: Readonly<Record<Granularity, number>> = { WEEK: 13, MONTH: 12, QUARTER: 8 };

/**
 * The range [from, to) that lists the last `span` periods, the current one included. Buckets
 * are fixed calendar periods in the team's time zone: the range only chooses which are listed.
 */
export function spanRange(granularity: Granularity, span: number, now: Date): { from: string; to: string } {
  const from = new Date(now);
  if (granularity === 'WEEK') from.setDate(from.getDate() - 7 * (span - 1));
  else from.setMonth(from.getMonth() - (granularity === 'MONTH' ? 1 : 3) * (span - 1));
  return { from: from.toISOString(), to: now.toISOString() };
}

/**
 * The team's wellbeing per bucket (leads of the team only). Always asked of the server, never
 * answered from the cache: every view is audited there.
 */
export function useTeamWellbeing(
  teamId: string,
  granularity: Granularity,
  span: number,
  options: { skip?: boolean } = {},
): { buckets: WellbeingBucket[] | undefined; loading: boolean; error: AppError | null; refetch: () => void } {
  const [now] = useState(() => new Date());
  const range = useMemo(() => spanRange(granularity, span, now), [granularity, span, now]);
  const { data, loading, error, refetch } = useQuery(TeamWellbeingDocument, {
    variables: { teamId, granularity, ...range },
    fetchPolicy: 'network-only',
    skip: options.skip,
  });
  const buckets = useMemo(
    () => (data ? [...data.teamWellbeing].sort((a, b) => (a.startDate < b.startDate ? -1 : a.startDate > b.startDate ? 1 : 0)) : undefined),
    [data],
  );
  return { buckets, loading, error: error ? toAppError(error) : null, refetch: () => void refetch() };
}
