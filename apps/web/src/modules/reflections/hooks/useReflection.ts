import { useQuery } from '@apollo/client/react';
import type { ReflectionQuery } from '../../../generated/graphql';
import { toAppError, type AppError } from '../../../app/result';
import { ReflectionQuery as ReflectionDocument } from '../graphql/queries/reflection';

export type ReflectionDetail = ReflectionQuery['reflection'];
export type PeerResponse = ReflectionDetail['responses'][number];

/** One reflection with the responses I may see. NOT_FOUND also means "not shared with you". */
export function useReflection(
  id: string,
  options: { skip?: boolean } = {},
): {
  reflection: ReflectionDetail | undefined;
  loading: boolean;
  error: AppError | null;
  refetch: () => void;
} {
  const { data, loading, error, refetch } = useQuery(ReflectionDocument, {
    variables: { id },
    skip: options.skip,
    fetchPolicy: 'cache-and-network',
  });
  return {
    reflection: data?.reflection,
    loading,
    error: error ? toAppError(error) : null,
    refetch: () => void refetch(),
  };
}
