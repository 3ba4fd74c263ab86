import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Mail delivery state on the outbox, personal calendar feed tokens and the reminder preference.
 */
export class NotificationDelivery1764400000000 implements MigrationInterface {
  name = 'NotificationDelivery1764400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE outbox_message
        ADD COLUMN delivered_via text CHECK (delivered_via IN ('SMTP', 'MAILBOX')),
        ADD COLUMN message_id text,
        ADD COLUMN last_attempt_at timestamptz,
        ADD COLUMN failed_at timestamptz,
        ADD CONSTRAINT outbox_message_delivered_state_check CHECK (delivered_at IS NULL OR delivered_via IS NOT NULL),
        ADD CONSTRAINT outbox_message_final_state_check CHECK (delivered_at IS NULL OR failed_at IS NULL)`);
    // One feed per person: rotating replaces the row, so an old token stops working at once.
    // Only the SHA-256 of the token is looked up; a sealed copy lets its owner see the URL again.
    await q.query(`
      CREATE TABLE calendar_feed (
        user_id uuid PRIMARY KEY REFERENCES app_user(id) ON DELETE CASCADE,
        token_hash bytea NOT NULL UNIQUE,
        token_sealed text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_fetched_at timestamptz
      )`);
    // Minutes before a booked session that a reminder goes out; NULL: no reminders.
    await q.query(`
      ALTER TABLE app_user
        ADD COLUMN reminder_minutes_before integer DEFAULT 1440
          CONSTRAINT app_user_reminder_minutes_check CHECK (reminder_minutes_before BETWEEN 5 AND 10080)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE app_user DROP COLUMN IF EXISTS reminder_minutes_before`);
    await q.query(`DROP TABLE IF EXISTS calendar_feed`);
    await q.query(`
      ALTER TABLE outbox_message
        DROP CONSTRAINT IF EXISTS outbox_message_final_state_check,
        DROP CONSTRAINT IF EXISTS outbox_message_delivered_state_check,
        DROP COLUMN IF EXISTS failed_at,
        DROP COLUMN IF EXISTS last_attempt_at,
        DROP COLUMN IF EXISTS message_id,
        DROP COLUMN IF EXISTS delivered_via`);
  }
}
