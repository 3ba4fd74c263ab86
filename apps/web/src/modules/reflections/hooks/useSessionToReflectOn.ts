import { useQuery } from '@apollo/client/react';
import type { SessionToReflectOnQuery } from '../../../generated/graphql';
import { toAppError, type AppError } from '../../../app/result';
import { SessionToReflectOnQuery as SessionToReflectOnDocument } from '../graphql/queries/sessionToReflectOn';

export type SessionToReflectOn = SessionToReflectOnQuery['session'];

/** A session as the reflection pages need it: may I reflect on it, and did I already? */
export function useSessionToReflectOn(
  id: string | null,
): { session: SessionToReflectOn | undefined; loading: boolean; error: AppError | null; refetch: () => void } {
  const { data, loading, error, refetch } = useQuery(SessionToReflectOnDocument, {
    variables: { id: id ?? '' },
    skip: !id,
    fetchPolicy: 'cache-and-network',
  });
  return {
    session: data?.session,
    loading,
    error: error ? toAppError(error) : null,
    refetch: () => void refetch(),
  };
}
