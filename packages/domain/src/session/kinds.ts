/** What a session is for (PRODUCT.md §2). */
export const SessionKind = { CARE: 'CARE', SUPERVISION: 'SUPERVISION', INTERVISION: 'INTERVISION' } as const;
export type SessionKind = (typeof SessionKind)[keyof typeof SessionKind];
export const SESSION_KINDS: readonly SessionKind[] = ['CARE', 'SUPERVISION', 'INTERVISION'];

export function isSessionKind(value: string): value is SessionKind {
  return (SESSION_KINDS as readonly string[]).includes(value);
}

/** Which week of the month a monthly series falls in; LAST is the last such weekday. */
export const SeriesWeek = { FIRST: 'FIRST', SECOND: 'SECOND', THIRD: 'THIRD', FOURTH: 'FOURTH', LAST: 'LAST' } as const;
export type SeriesWeek = (typeof SeriesWeek)[keyof typeof SeriesWeek];
export const SERIES_WEEKS: readonly SeriesWeek[] = ['FIRST', 'SECOND', 'THIRD', 'FOURTH', 'LAST'];

export const Weekday = {
  MONDAY: 'MONDAY',
  TUESDAY: 'TUESDAY',
  WEDNESDAY: 'WEDNESDAY',
  THURSDAY: 'THURSDAY',
  FRIDAY: 'FRIDAY',
  SATURDAY: 'SATURDAY',
  SUNDAY: 'SUNDAY',
} as const;
export type Weekday = (typeof Weekday)[keyof typeof Weekday];
/** ISO order: Monday first. */
export const WEEKDAYS: readonly Weekday[] = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];
