import { Foundation1764000000000 } from './1764000000000-foundation';
import { SessionsAndBooking1764100000000 } from './1764100000000-sessions-and-booking';
import { Reflections1764200000000 } from './1764200000000-reflections';
import { CheckInWellbeing1764300000000 } from './1764300000000-check-in-wellbeing';
import { NotificationDelivery1764400000000 } from './1764400000000-notification-delivery';
import { JobQueue1764400000001 } from './1764400000001-job-queue';
import { BookingCalendar1764500000000 } from './1764500000000-booking-calendar';
import { PerformanceIndexes1764600000000 } from './1764600000000-performance-indexes';
import { WellbeingPublication1764700000000 } from './1764700000000-wellbeing-publication';
import { AuthChangeNotify1764750000000 } from './1764750000000-auth-change-notify';
import { WellbeingPublicationJson1764800000000 } from './1764800000000-wellbeing-publication-json';
import { WellbeingPublicationFigures1764900000000 } from './1764900000000-wellbeing-publication-figures';

/** Every migration, in order. New migrations are appended here. */
export const migrations = [
  Foundation1764000000000,
  SessionsAndBooking1764100000000,
  Reflections1764200000000,
  CheckInWellbeing1764300000000,
  NotificationDelivery1764400000000,
  JobQueue1764400000001,
  BookingCalendar1764500000000,
  PerformanceIndexes1764600000000,
  WellbeingPublication1764700000000,
  AuthChangeNotify1764750000000,
  WellbeingPublicationJson1764800000000,
  WellbeingPublicationFigures1764900000000,
];
