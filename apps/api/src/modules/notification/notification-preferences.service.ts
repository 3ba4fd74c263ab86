import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { badInput } from '@attune/domain';
import type { GqlContext } from '../../common/context';
import { byKey } from '../../common/loaders';

/** Shortest and longest reminder lead time a person can choose, in minutes. */
export const REMINDER_MINUTES_MIN = 5;
export const REMINDER_MINUTES_MAX = 7 * 24 * 60;
export const REMINDER_MINUTES_DEFAULT = 24 * 60;

/** Per-person notification settings (stored on app_user). */
@Injectable()
export class NotificationPreferencesService {
  constructor(private readonly ds: DataSource) {}

  /** Minutes before a booked session that its reminder goes out; null: no reminders. */
  reminderMinutesBefore(ctx: GqlContext, userId: string): Promise<number | null> {
    return ctx.loaders
      .get<string, number | null>('reminderMinutesBefore', async (ids) => {
        const rows: { id: string; reminder_minutes_before: number | null }[] = await this.ds.query(
          `SELECT id, reminder_minutes_before FROM app_user WHERE id = ANY($1::uuid[])`,
          [ids],
        );
        return byKey(ids, rows, (r) => r.id).map((r) => r?.reminder_minutes_before ?? null);
      })
      .load(userId);
  }

  async setReminderMinutesBefore(userId: string, minutes: number | null): Promise<number | null> {
    if (minutes !== null && (!Number.isInteger(minutes) || minutes < REMINDER_MINUTES_MIN || minutes > REMINDER_MINUTES_MAX)) {
      throw badInput('minutesBefore', `Choose between ${REMINDER_MINUTES_MIN} minutes and ${REMINDER_MINUTES_MAX / 60 / 24} days, or no reminders`);
    }
    await this.ds.query(`UPDATE app_user SET reminder_minutes_before = $2 WHERE id = $1`, [userId, minutes]);
    return minutes;
  }
}
