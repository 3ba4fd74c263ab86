import { Foundation1764000000000 } from './1764000000000-foundation';

/** Every migration, in order. New migrations are appended here. */
export const migrations = [Foundation1764000000000];
