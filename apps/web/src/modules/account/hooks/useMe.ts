import { useQuery } from '@apollo/client/react';
import type { MeFieldsFragment } from '../../../generated/graphql';
import { toAppError, type AppError } from '../../../app/result';
import { MeQuery } from '../graphql/queries/me';

export type Me = MeFieldsFragment;

/** The signed-in person (null when signed out; undefined while not yet known). */
export function useMe(): { me: Me | null | undefined; loading: boolean; error: AppError | null; refetch: () => void } {
  const { data, loading, error, refetch } = useQuery(MeQuery, { fetchPolicy: 'cache-first' });
  return {
    me: data ? data.me : undefined,
    loading,
    error: error ? toAppError(error) : null,
    refetch: () => void refetch(),
  };
}
