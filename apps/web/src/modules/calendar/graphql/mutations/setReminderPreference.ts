import { graphql } from '../../../../generated';

export const SetReminderPreferenceMutation = graphql(`
  mutation SetReminderPreference($minutesBefore: Int) {
    setReminderPreference(minutesBefore: $minutesBefore) {
      id
      reminderMinutesBefore
    }
  }
`);
