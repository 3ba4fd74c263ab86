import { Foundation1764000000000 } from './1764000000000-foundation';
import { CheckInWellbeing1764300000000 } from './1764300000000-check-in-wellbeing';

/** Every migration, in order. New migrations are appended here. */
export const migrations = [Foundation1764000000000, CheckInWellbeing1764300000000];
