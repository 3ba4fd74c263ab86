import type { AppConfig } from '../../config/config';

/** The pg-boss schema, installed by migration 1764400000001. */
export const JOB_SCHEMA = 'pgboss';

/** Job queues. A new queue is created by a migration (`SELECT pgboss.create_queue(name, options)`). */
export const QUEUES = {
  /** Delivers one outbox message; the job id is the outbox message id. */
  outboxDelivery: 'outbox-delivery',
  /** Reminds a member of a booked session; due at the reminder time, id kept in `booking.reminder_job_id`. */
  sessionReminder: 'session-reminder',
} as const;

export interface OutboxDeliveryJob {
  readonly outboxId: string;
}

export interface SessionReminderJob {
  readonly bookingId: string;
  /** The session start the reminder was scheduled for (ISO); a moved session makes the job stale. */
  readonly startsAt: string;
}

/** Longest one delivery may take, SMTP conversation included, before it is abandoned. */
export function deliveryDeadlineMs(config: AppConfig): number {
  return config.mailTimeoutSeconds * 3 * 1000;
}

/**
 * pg-boss retry settings for one delivery job: `mailRetryLimit` retries after the first
 * attempt, backing off exponentially from `mailRetryDelaySeconds` (pg-boss waits between
 * d·2ⁿ⁻¹ and d·2ⁿ seconds before retry n). A job still active past its deadline plus a margin
 * is presumed lost with its worker; queue maintenance then puts it back for a retry.
 */
export function deliveryJobOptions(config: AppConfig, outboxId: string): {
  id: string;
  singletonKey: string;
  retryLimit: number;
  retryDelay: number;
  retryBackoff: true;
  expireInSeconds: number;
} {
  return {
    id: outboxId,
    singletonKey: outboxId,
    retryLimit: config.mailRetryLimit,
    retryDelay: config.mailRetryDelaySeconds,
    retryBackoff: true,
    expireInSeconds: Math.ceil(deliveryDeadlineMs(config) / 1000) + 5,
  };
}
