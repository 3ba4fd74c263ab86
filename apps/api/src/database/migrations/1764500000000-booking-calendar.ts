import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Booking notifications, stage 2: the reminder queue and each booking's current reminder job.
 *
 * The iCalendar SEQUENCE of a session is derived from `session.revision`, which the session
 * module already raises on every change of time or place (and now on cancellation), so no new
 * session column is needed.
 */
export class BookingCalendar1764500000000 implements MigrationInterface {
  name = 'BookingCalendar1764500000000';

  async up(q: QueryRunner): Promise<void> {
    // The pg-boss job that reminds the member of this booking; replaced when the session moves
    // or the member changes their reminder preference, cancelled with the booking.
    await q.query(`ALTER TABLE booking ADD COLUMN reminder_job_id uuid`);
    // A reminder job only writes an outbox message (the mail is a job of its own), so a few
    // quick retries are enough; it expires after five minutes if its worker dies.
    await q.query(`SELECT pgboss.create_queue($1, $2)`, [
      'session-reminder',
      JSON.stringify({ policy: 'standard', retryLimit: 5, retryDelay: 30, retryBackoff: true, expireInSeconds: 300 }),
    ]);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`SELECT pgboss.delete_queue($1)`, ['session-reminder']);
    await q.query(`ALTER TABLE booking DROP COLUMN IF EXISTS reminder_job_id`);
  }
}
