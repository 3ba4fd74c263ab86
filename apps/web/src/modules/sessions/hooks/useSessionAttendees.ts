import { useQuery } from '@apollo/client/react';
import type { SessionAttendeesQuery } from '../../../generated/graphql';
import { toAppError, type AppError } from '../../../app/result';
import { SessionAttendeesQuery as SessionAttendeesDocument } from '../graphql/queries/sessionAttendees';

export type Attendee = NonNullable<SessionAttendeesQuery['session']['attendees']>[number];

/**
 * Names of a session's confirmed attendees. Pass `skip` unless the reader may see them
 * (`canSeeAttendees` from the domain): the server answers FORBIDDEN otherwise.
 */
export function useSessionAttendees(
  id: string,
  options: { skip?: boolean } = {},
): { attendees: Attendee[] | undefined; loading: boolean; error: AppError | null; refetch: () => void } {
  const { data: current, previousData, loading, error, refetch } = useQuery(SessionAttendeesDocument, {
    variables: { id },
    skip: options.skip,
    fetchPolicy: 'cache-and-network',
  });
  // While fetching again after a change, keep showing the last answer for this session.
  const data = current ?? (previousData?.session.id === id ? previousData : undefined);
  return {
    attendees: data?.session.attendees ?? undefined,
    loading,
    error: error ? toAppError(error) : null,
    refetch: () => void refetch(),
  };
}
