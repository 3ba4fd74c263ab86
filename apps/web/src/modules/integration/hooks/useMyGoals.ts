import { useQuery } from '@apollo/client/react';
import type { GoalFieldsFragment } from '../../../generated/graphql';
import { toAppError, type AppError } from '../../../app/result';
import { MyGoalsQuery } from '../graphql/queries/myGoals';

export type Goal = GoalFieldsFragment;

/** My active small-steps goals. */
export function useMyGoals(): { goals: Goal[] | undefined; loading: boolean; error: AppError | null; refetch: () => void } {
  const { data, loading, error, refetch } = useQuery(MyGoalsQuery, { variables: { includeArchived: false } });
  return {
    goals: data?.myGoals,
    loading,
    error: error ? toAppError(error) : null,
    refetch: () => void refetch(),
  };
}
