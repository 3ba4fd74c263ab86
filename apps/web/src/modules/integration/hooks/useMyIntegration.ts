import { useQuery } from '@apollo/client/react';
import { useMemo, useState } from 'react';
import type { MyIntegrationQuery } from '../../../generated/graphql';
import { toAppError, type AppError } from '../../../app/result';
import { MyIntegrationQuery as MyIntegrationDocument } from '../graphql/queries/myIntegration';
import { periodRange, type IntegrationPeriod } from './periods';

export type MyIntegration = MyIntegrationQuery['myIntegration'];
export type TimelineEntry = MyIntegration['timeline'][number];

/** My charts and timeline for the chosen period (ending now). */
export function useMyIntegration(period: IntegrationPeriod): {
  integration: MyIntegration | undefined;
  loading: boolean;
  error: AppError | null;
  refetch: () => void;
} {
  const [now] = useState(() => new Date());
  const variables = useMemo(() => periodRange(period, now), [period, now]);
  const { data, previousData, loading, error, refetch } = useQuery(MyIntegrationDocument, { variables });
  return {
    // While another period loads, keep showing the previous one (the page says it is loading).
    integration: (data ?? previousData)?.myIntegration,
    loading,
    error: error ? toAppError(error) : null,
    refetch: () => void refetch(),
  };
}
