import { graphql } from '../../../../generated';

/** How long before a booked session my reminder comes (null: none). */
export const ReminderPreferenceQuery = graphql(`
  query ReminderPreference {
    me {
      id
      reminderMinutesBefore
    }
  }
`);
