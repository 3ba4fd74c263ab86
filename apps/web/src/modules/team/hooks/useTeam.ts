import { useQuery } from '@apollo/client/react';
import type { TeamQuery } from '../../../generated/graphql';
import { toAppError, type AppError } from '../../../app/result';
import { TeamQuery as TeamDocument } from '../graphql/queries/team';

export type TeamDetail = TeamQuery['team'];
export type TeamMember = TeamDetail['members'][number];

/** One team with its members. NOT_FOUND also covers "not yours" (the API does not tell them apart). */
export function useTeam(id: string): { team: TeamDetail | undefined; loading: boolean; error: AppError | null; refetch: () => void } {
  const { data, loading, error, refetch } = useQuery(TeamDocument, { variables: { id } });
  return {
    team: data?.team,
    loading,
    error: error ? toAppError(error) : null,
    refetch: () => void refetch(),
  };
}
