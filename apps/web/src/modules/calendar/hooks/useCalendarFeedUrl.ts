import { useQuery } from '@apollo/client/react';
import { toAppError, type AppError } from '../../../app/result';
import { MyCalendarFeedUrlQuery } from '../graphql/queries/myCalendarFeedUrl';

/** The secret address of my personal calendar feed (for Outlook / Google / Apple Calendar). */
export function useCalendarFeedUrl(): { url: string | undefined; loading: boolean; error: AppError | null; refetch: () => void } {
  const { data, loading, error, refetch } = useQuery(MyCalendarFeedUrlQuery, {
    // Asked once per visit: only "make a new address" changes it (and writes the cache). Not asking
    // again when the cache is cleared (logging out) keeps the secret out of a signed-out page.
    nextFetchPolicy: 'cache-only',
  });
  return {
    url: data?.myCalendarFeedUrl,
    loading,
    error: error ? toAppError(error) : null,
    refetch: () => void refetch(),
  };
}
