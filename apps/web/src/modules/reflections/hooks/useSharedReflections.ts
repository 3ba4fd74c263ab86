import { useQuery } from '@apollo/client/react';
import { toAppError, type AppError } from '../../../app/result';
import { SharedReflectionsQuery } from '../graphql/queries/sharedReflections';
import type { ReflectionDetail } from './useReflection';

/** The reflections on a session shared with me (mine too, when shared), with their responses. */
export function useSharedReflections(sessionId: string): {
  reflections: ReflectionDetail[] | undefined;
  loading: boolean;
  error: AppError | null;
  refetch: () => void;
} {
  const { data, loading, error, refetch } = useQuery(SharedReflectionsQuery, {
    variables: { sessionId },
    fetchPolicy: 'cache-and-network',
  });
  return {
    reflections: data?.sharedReflections,
    loading,
    error: error ? toAppError(error) : null,
    refetch: () => void refetch(),
  };
}
