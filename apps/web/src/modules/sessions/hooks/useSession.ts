import { useQuery } from '@apollo/client/react';
import type { SessionQuery } from '../../../generated/graphql';
import { toAppError, type AppError } from '../../../app/result';
import { SessionQuery as SessionDocument } from '../graphql/queries/session';

export type SessionDetail = SessionQuery['session'];

/** One session with its team; NOT_FOUND also covers a session of a team the reader is not in. */
export function useSession(id: string): { session: SessionDetail | undefined; loading: boolean; error: AppError | null; refetch: () => void } {
  const { data, loading, error, refetch } = useQuery(SessionDocument, { variables: { id }, fetchPolicy: 'cache-and-network' });
  return {
    session: data?.session,
    loading,
    error: error ? toAppError(error) : null,
    refetch: () => void refetch(),
  };
}
