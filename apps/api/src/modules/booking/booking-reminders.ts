import { randomUUID } from 'node:crypto';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import type PgBoss from 'pg-boss';
import { DataSource, type EntityManager } from 'typeorm';
import { JobQueue, type JobContext } from '../notification/job-queue.service';
import { NotificationPreferencesService } from '../notification/notification-preferences.service';
import { QUEUES, type SessionReminderJob } from '../notification/queues';
import { BookingNotifier } from './booking-notifier';

/** A reminder job that runs this much before its time is early: the member shortened their lead time since. */
const EARLY_TOLERANCE_MS = 60_000;

interface ReminderRow {
  id: string;
  reminder_job_id: string | null;
  starts_at: Date;
  minutes: number | null;
}

/**
 * Reminders before a booked session, as pg-boss jobs due at the reminder time (the member's
 * `reminder_minutes_before`, default a day). Each confirmed booking has at most one current
 * job, `booking.reminder_job_id`; it is written in the transaction that confirms the seat,
 * replaced when the session moves or the member changes their preference, and cancelled with
 * the booking or the session. When a job runs it checks that it is still the booking's current
 * job and the session still starts when it did, and then writes the reminder to the outbox with
 * the key `reminder:<bookingId>:<startsAt>`, so a retried or duplicated job mails once.
 */
@Injectable()
export class BookingReminders implements OnModuleInit {
  constructor(
    private readonly ds: DataSource,
    private readonly jobs: JobQueue,
    private readonly prefs: NotificationPreferencesService,
    private readonly notifier: BookingNotifier,
  ) {}

  onModuleInit(): void {
    this.jobs.register<SessionReminderJob>(QUEUES.sessionReminder, (job) => this.remind(job));
    this.prefs.onReminderPreferenceChange((m, userId) => this.rescheduleMember(m, userId));
  }

  /**
   * Gives each of these bookings (those still confirmed, in sessions not cancelled) a reminder
   * job at its member's lead time before the start, replacing any earlier one. No job when the
   * member wants no reminders or the reminder time has already passed.
   */
  async schedule(m: EntityManager, bookingIds: readonly string[], now = new Date()): Promise<void> {
    if (bookingIds.length === 0) return;
    const rows: ReminderRow[] = await m.query(
      `SELECT b.id, b.reminder_job_id, s.starts_at, u.reminder_minutes_before AS minutes
         FROM booking b JOIN session s ON s.id = b.session_id JOIN app_user u ON u.id = b.user_id
        WHERE b.id = ANY($1::uuid[]) AND b.status = 'CONFIRMED' AND s.cancelled_at IS NULL
        ORDER BY b.id
          FOR UPDATE OF b`,
      [bookingIds],
    );
    if (rows.length === 0) return;
    await this.jobs.cancelInTransaction(m, QUEUES.sessionReminder, rows.flatMap((r) => (r.reminder_job_id ? [r.reminder_job_id] : [])));
    const jobs: PgBoss.JobInsert<SessionReminderJob>[] = [];
    const assigned = rows.map((r) => {
      const job = this.jobFor(r.id, r.starts_at, r.minutes, now);
      if (job) jobs.push(job);
      return job?.id ?? null;
    });
    await this.jobs.insertInTransaction(m, jobs);
    await m.query(
      `UPDATE booking b SET reminder_job_id = x.job
         FROM unnest($1::uuid[], $2::uuid[]) AS x(id, job)
        WHERE b.id = x.id AND b.reminder_job_id IS DISTINCT FROM x.job`,
      [rows.map((r) => r.id), assigned],
    );
  }

  /**
   * The reminder job of a confirmed booking (a new id), or null when the member wants no
   * reminders or the reminder time has passed. The caller writes it and the booking's
   * `reminder_job_id` in its transaction; `schedule` does both for existing bookings.
   */
  jobFor(
    bookingId: string,
    startsAt: Date,
    minutes: number | null,
    now: Date,
  ): (PgBoss.JobInsert<SessionReminderJob> & { id: string }) | null {
    if (minutes === null) return null;
    const at = new Date(startsAt.getTime() - minutes * 60_000);
    if (at.getTime() <= now.getTime()) return null;
    return { id: randomUUID(), name: QUEUES.sessionReminder, data: { bookingId, startsAt: startsAt.toISOString() }, startAfter: at };
  }

  /** Cancels the reminders of these bookings (given up, or their session cancelled). */
  async cancel(m: EntityManager, bookingIds: readonly string[]): Promise<void> {
    if (bookingIds.length === 0) return;
    // (A data-modifying statement is wrapped in a SELECT: TypeORM returns UPDATE results differently.)
    const rows: { job: string }[] = await m.query(
      `WITH old AS (
         SELECT id, reminder_job_id FROM booking WHERE id = ANY($1::uuid[]) AND reminder_job_id IS NOT NULL ORDER BY id FOR UPDATE
       ), cleared AS (
         UPDATE booking b SET reminder_job_id = NULL FROM old WHERE b.id = old.id RETURNING old.reminder_job_id AS job
       ) SELECT job FROM cleared`,
      [bookingIds],
    );
    await this.jobs.cancelInTransaction(m, QUEUES.sessionReminder, rows.map((r) => r.job));
  }

  /** After a session moved: every confirmed member's reminder follows the new start. */
  async rescheduleSession(m: EntityManager, sessionId: string): Promise<void> {
    const rows: { id: string }[] = await m.query(`SELECT id FROM booking WHERE session_id = $1 AND status = 'CONFIRMED'`, [sessionId]);
    await this.schedule(m, rows.map((r) => r.id));
  }

  /** After a member changed their lead time (or turned reminders off): their upcoming bookings follow. */
  async rescheduleMember(m: EntityManager, userId: string): Promise<void> {
    const rows: { id: string }[] = await m.query(
      `SELECT id FROM booking WHERE user_id = $1 AND status = 'CONFIRMED' AND lower(during) > now()`,
      [userId],
    );
    await this.schedule(m, rows.map((r) => r.id));
  }

  /** The job handler. */
  async remind(job: JobContext<SessionReminderJob>, now = new Date()): Promise<void> {
    const { bookingId, startsAt } = job.data;
    await this.ds.transaction(async (m) => {
      const rows: (ReminderRow & { status: string; cancelled_at: Date | null })[] = await m.query(
        `SELECT b.id, b.status, b.reminder_job_id, s.starts_at, s.cancelled_at, u.reminder_minutes_before AS minutes
           FROM booking b JOIN session s ON s.id = b.session_id JOIN app_user u ON u.id = b.user_id
          WHERE b.id = $1
            FOR UPDATE OF b`,
        [bookingId],
      );
      const r = rows[0];
      // Stale: the booking or session is gone or cancelled, another job replaced this one, or
      // the session moved (its own job follows the new time), or it has started already.
      if (!r || r.status !== 'CONFIRMED' || r.cancelled_at || r.reminder_job_id !== job.id) return;
      if (r.starts_at.getTime() !== Date.parse(startsAt) || r.starts_at.getTime() <= now.getTime()) return;
      if (r.minutes === null || r.starts_at.getTime() - r.minutes * 60_000 > now.getTime() + EARLY_TOLERANCE_MS) {
        // The member turned reminders off or chose a shorter lead time while this job was
        // being scheduled: follow the preference as it is now.
        await m.query(`UPDATE booking SET reminder_job_id = NULL WHERE id = $1`, [bookingId]);
        await this.schedule(m, [bookingId], now);
        return;
      }
      await this.notifier.send(m, 'REMINDER', [{ bookingId, seat: true }], (t) => `reminder:${t.bookingId}:${startsAt}`);
    });
  }
}
