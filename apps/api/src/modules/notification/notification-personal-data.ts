import type { PersonalDataSection } from '../personal-data/personal-data.registry';

/**
 * Notification settings, for "export my data". They live on the account row, so they go with
 * the profile when the account is deleted.
 */
export const notificationPreferencesSection: PersonalDataSection = {
  name: 'notificationPreferences',
  async export(m, userId) {
    const rows: { reminder_minutes_before: number | null }[] = await m.query(`SELECT reminder_minutes_before FROM app_user WHERE id = $1`, [userId]);
    return rows.map((r) => ({ reminderMinutesBefore: r.reminder_minutes_before }));
  },
};
