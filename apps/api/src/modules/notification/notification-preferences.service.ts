import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { badInput } from '@attune/domain';
import type { GqlContext } from '../../common/context';
import { byKey } from '../../common/loaders';

/** Shortest and longest reminder lead time a person can choose, in minutes. */
export const REMINDER_MINUTES_MIN = 5;
export const REMINDER_MINUTES_MAX = 7 * 24 * 60;
export const REMINDER_MINUTES_DEFAULT = 24 * 60;

/** Told, inside the transaction that changed it, that a person's reminder lead time changed. */
export type ReminderPreferenceListener = (m: EntityManager, userId: string) => Promise<void>;

/** Per-person notification settings (stored on app_user). */
@Injectable()
export class NotificationPreferencesService {
  private readonly listeners: ReminderPreferenceListener[] = [];

  constructor(private readonly ds: DataSource) {}

  /** Registers what follows a change of lead time (the booking module reschedules reminders); call from `onModuleInit`. */
  onReminderPreferenceChange(listener: ReminderPreferenceListener): void {
    this.listeners.push(listener);
  }

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
    await this.ds.transaction(async (m) => {
      const changed: unknown[] = await m.query(
        `WITH u AS (
           UPDATE app_user SET reminder_minutes_before = $2 WHERE id = $1 AND reminder_minutes_before IS DISTINCT FROM $2 RETURNING id
         ) SELECT id FROM u`,
        [userId, minutes],
      );
      if (changed.length === 0) return;
      for (const listener of this.listeners) await listener(m, userId);
    });
    return minutes;
  }
}
