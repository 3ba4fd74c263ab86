import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import type { ReflectableSessionsQuery } from '../../../generated/graphql';
import { toAppError, type AppError } from '../../../app/result';
import { ReflectableSessionsQuery as ReflectableSessionsDocument } from '../graphql/queries/reflectableSessions';

export type ReflectableSession = ReflectableSessionsQuery['myBookings'][number]['session'];

/**
 * Sessions I may reflect on and have not yet (attended ones, and SUPERVISION ones I am booked
 * on), most recent first. The API decides `canReflect`; this only leaves out what is done.
 */
export function useReflectableSessions(): {
  sessions: ReflectableSession[] | undefined;
  loading: boolean;
  error: AppError | null;
  refetch: () => void;
} {
  const { data, loading, error, refetch } = useQuery(ReflectableSessionsDocument, { fetchPolicy: 'cache-and-network' });
  const sessions = useMemo(() => {
    if (!data) return undefined;
    const open = new Map<string, ReflectableSession>();
    for (const { status, session } of data.myBookings) {
      if (status === 'CONFIRMED' && session.canReflect && !session.myReflection && !session.cancelledAt) open.set(session.id, session);
    }
    return [...open.values()].sort((a, b) => b.startsAt.localeCompare(a.startsAt));
  }, [data]);
  return {
    sessions,
    loading,
    error: error ? toAppError(error) : null,
    refetch: () => void refetch(),
  };
}
