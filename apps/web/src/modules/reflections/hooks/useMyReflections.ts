import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import type { MyReflectionsFilter, ReflectionFieldsFragment, SessionKind } from '../../../generated/graphql';
import { toAppError, type AppError } from '../../../app/result';
import { MyReflectionsQuery } from '../graphql/queries/myReflections';

export type ReflectionSummary = ReflectionFieldsFragment;

/** How many of my reflections a list asks for (the API allows up to 200). */
export const MY_REFLECTIONS_LIMIT = 100;

export interface ReflectionFilter {
  teamId?: string | null;
  sessionKind?: SessionKind | null;
  /** ISO instant: sessions starting at or after it. */
  from?: string | null;
  search?: string | null;
}

/** Only the parts that narrow anything (so equal filters give equal variables). */
export function filterVariables(filter: ReflectionFilter): MyReflectionsFilter | undefined {
  const out: MyReflectionsFilter = {};
  if (filter.teamId) out.teamId = filter.teamId;
  if (filter.sessionKind) out.sessionKind = filter.sessionKind;
  if (filter.from) out.from = filter.from;
  const search = filter.search?.trim();
  if (search) out.search = search;
  return Object.keys(out).length > 0 ? out : undefined;
}

/** My own reflections, newest session first; while a new filter loads, the previous list stays. */
export function useMyReflections(filter: ReflectionFilter): {
  reflections: ReflectionSummary[] | undefined;
  loading: boolean;
  error: AppError | null;
  refetch: () => void;
} {
  const { teamId, sessionKind, from, search } = filter;
  const variables = useMemo(
    () => ({ filter: filterVariables({ teamId, sessionKind, from, search }), limit: MY_REFLECTIONS_LIMIT }),
    [teamId, sessionKind, from, search],
  );
  const { data, previousData, loading, error, refetch } = useQuery(MyReflectionsQuery, {
    variables,
    fetchPolicy: 'cache-and-network',
  });
  return {
    reflections: (data ?? previousData)?.myReflections,
    loading,
    error: error ? toAppError(error) : null,
    refetch: () => void refetch(),
  };
}
