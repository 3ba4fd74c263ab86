import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { failure, type Result } from '../../../app/result';
import { RotateCalendarFeedMutation } from '../graphql/mutations/rotateCalendarFeed';
import { MyCalendarFeedUrlQuery } from '../graphql/queries/myCalendarFeedUrl';

/** Replaces my feed address with a new one; the old one stops working at once. */
export function useRotateCalendarFeed(): { rotate: () => Promise<Result<string>>; loading: boolean } {
  const [mutate, { loading }] = useMutation(RotateCalendarFeedMutation);
  const rotate = useCallback(async (): Promise<Result<string>> => {
    try {
      const { data } = await mutate({
        update: (cache, { data: result }) => {
          if (result) cache.writeQuery({ query: MyCalendarFeedUrlQuery, data: { myCalendarFeedUrl: result.rotateCalendarFeed } });
        },
      });
      if (!data) return failure(new Error('No data'));
      return { ok: true, value: data.rotateCalendarFeed };
    } catch (e) {
      return failure(e);
    }
  }, [mutate]);
  return { rotate, loading };
}
