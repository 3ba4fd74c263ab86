import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { failure, type Result } from '../../../app/result';
import { SetReminderPreferenceMutation } from '../graphql/mutations/setReminderPreference';

/** Sets how long before a booked session the reminder comes (5 minutes to 7 days), or null for none. */
export function useSetReminderPreference(): { save: (minutesBefore: number | null) => Promise<Result<number | null>>; saving: boolean } {
  const [mutate, { loading }] = useMutation(SetReminderPreferenceMutation);
  const save = useCallback(
    async (minutesBefore: number | null): Promise<Result<number | null>> => {
      try {
        const { data } = await mutate({ variables: { minutesBefore } });
        if (!data) return failure(new Error('No data'));
        return { ok: true, value: data.setReminderPreference.reminderMinutesBefore };
      } catch (e) {
        return failure(e);
      }
    },
    [mutate],
  );
  return { save, saving: loading };
}
