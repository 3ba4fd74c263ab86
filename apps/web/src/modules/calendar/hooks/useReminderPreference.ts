import { useQuery } from '@apollo/client/react';
import { toAppError, type AppError } from '../../../app/result';
import { ReminderPreferenceQuery } from '../graphql/queries/reminderPreference';

/**
 * Minutes before a booked session that my reminder comes; null: no reminders; undefined while
 * not yet known.
 */
export function useReminderPreference(): { minutesBefore: number | null | undefined; loading: boolean; error: AppError | null; refetch: () => void } {
  const { data, loading, error, refetch } = useQuery(ReminderPreferenceQuery, {
    // Only this page changes it (and the answer updates the cache): no need to ask again.
    nextFetchPolicy: 'cache-only',
  });
  return {
    minutesBefore: data?.me ? data.me.reminderMinutesBefore : undefined,
    loading,
    error: error ? toAppError(error) : null,
    refetch: () => void refetch(),
  };
}
