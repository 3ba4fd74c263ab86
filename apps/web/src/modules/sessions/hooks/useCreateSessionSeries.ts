import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import type { CreateSessionSeriesInput, CreateSessionSeriesMutation as CreateSessionSeriesResult } from '../../../generated/graphql';
import { failure, type Result } from '../../../app/result';
import { CreateSessionSeriesMutation } from '../graphql/mutations/createSessionSeries';

export type CreatedSeries = CreateSessionSeriesResult['createSessionSeries'];

/** Plans a monthly series and its sessions months ahead (team leads). */
export function useCreateSessionSeries(): { create: (input: CreateSessionSeriesInput) => Promise<Result<CreatedSeries>>; loading: boolean } {
  const [mutate, { loading }] = useMutation(CreateSessionSeriesMutation);
  const create = useCallback(
    async (input: CreateSessionSeriesInput): Promise<Result<CreatedSeries>> => {
      try {
        const { data } = await mutate({ variables: { input } });
        if (!data) return failure(new Error('No data'));
        return { ok: true, value: data.createSessionSeries };
      } catch (e) {
        return failure(e);
      }
    },
    [mutate],
  );
  return { create, loading };
}
