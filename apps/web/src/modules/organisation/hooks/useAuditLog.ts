import { useQuery } from '@apollo/client/react';
import type { AuditLogQuery } from '../../../generated/graphql';
import { toAppError, type AppError } from '../../../app/result';
import { AuditLogQuery as AuditLogDocument } from '../graphql/queries/auditLog';

export type AuditEntry = AuditLogQuery['auditLog'][number];

/**
 * One page of the audit log, newest first, from `before` (an entry id) on. Asks one entry more
 * than it shows, to know whether older entries exist.
 */
export function useAuditLog(
  pageSize: number,
  before: string | null,
  options: { skip?: boolean } = {},
): { entries: AuditEntry[] | undefined; hasOlder: boolean; loading: boolean; error: AppError | null; refetch: () => void } {
  const { data, loading, error, refetch } = useQuery(AuditLogDocument, {
    variables: { limit: pageSize + 1, before },
    fetchPolicy: 'cache-and-network',
    skip: options.skip,
  });
  return {
    entries: data?.auditLog.slice(0, pageSize),
    hasOlder: (data?.auditLog.length ?? 0) > pageSize,
    loading,
    error: error ? toAppError(error) : null,
    refetch: () => void refetch(),
  };
}
