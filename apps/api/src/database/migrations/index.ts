import { Foundation1764000000000 } from './1764000000000-foundation';
import { NotificationDelivery1764400000000 } from './1764400000000-notification-delivery';
import { JobQueue1764400000001 } from './1764400000001-job-queue';

/** Every migration, in order. New migrations are appended here. */
export const migrations = [Foundation1764000000000, NotificationDelivery1764400000000, JobQueue1764400000001];
