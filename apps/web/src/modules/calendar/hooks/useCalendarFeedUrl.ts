import { useQuery } from '@apollo/client/react';
import { toAppError, type AppError } from '../../../app/result';
import { MyCalendarFeedUrlQuery } from '../graphql/queries/myCalendarFeedUrl';

/** The secret address of my personal calendar feed (for Outlook / Google / Apple Calendar). */
export function useCalendarFeedUrl(): { url: string | undefined; loading: boolean; error: AppError | null; refetch: () => void } {
  const { data, loading, error, refetch } = useQuery(MyCalendarFeedUrlQuery);
  return {
    url: data?.myCalendarFeedUrl,
    loading,
    error: error ? toAppError(error) : null,
    refetch: () => void refetch(),
  };
}
