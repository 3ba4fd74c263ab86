import { useQuery } from '@apollo/client/react';
import type { TeamSummaryFieldsFragment } from '../../../generated/graphql';
import { toAppError, type AppError } from '../../../app/result';
import { MyTeamsQuery } from '../graphql/queries/myTeams';

export type TeamSummary = TeamSummaryFieldsFragment;

/** The teams I belong to (an org admin sees every team of the organisation). */
export function useMyTeams(options: { skip?: boolean } = {}): {
  teams: TeamSummary[] | undefined;
  loading: boolean;
  error: AppError | null;
  refetch: () => void;
} {
  const { data, loading, error, refetch } = useQuery(MyTeamsQuery, { skip: options.skip });
  return {
    teams: data?.myTeams,
    loading,
    error: error ? toAppError(error) : null,
    refetch: () => void refetch(),
  };
}
