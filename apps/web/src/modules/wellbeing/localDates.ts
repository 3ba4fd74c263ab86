import type { Locale } from '@attune/domain';
import { INTL_LOCALE } from '../../app/i18n/locale';

/**
 * Calendar days ("2026-03-10") are not instants: they are formatted as that day, whatever the
 * reader's zone (noon UTC of the day, shown in UTC).
 */
export function dayOf(date: string): Date {
  return new Date(`${date}T12:00:00Z`);
}

export interface LocalDateFormat {
  /** "10 Mar 2026" / "10 mrt 2026" */
  day: (date: string) => string;
  /** "10 Mar" */
  dayShort: (date: string) => string;
  /** "March 2026" / "maart 2026" */
  month: (date: string) => string;
  /** "9–15 Mar 2026" for [first, last] */
  range: (first: string, last: string) => string;
}

export function localDateFormat(locale: Locale): LocalDateFormat {
  const tag = INTL_LOCALE[locale];
  const day = new Intl.DateTimeFormat(tag, { timeZone: 'UTC', day: 'numeric', month: 'short', year: 'numeric' });
  const dayShort = new Intl.DateTimeFormat(tag, { timeZone: 'UTC', day: 'numeric', month: 'short' });
  const month = new Intl.DateTimeFormat(tag, { timeZone: 'UTC', month: 'long', year: 'numeric' });
  return {
    day: (d) => day.format(dayOf(d)),
    dayShort: (d) => dayShort.format(dayOf(d)),
    month: (d) => month.format(dayOf(d)),
    range: (a, b) => day.formatRange(dayOf(a), dayOf(b)),
  };
}

/** The day before a calendar day ("2026-04-01" → "2026-03-31"). */
export function dayBefore(date: string): string {
  const d = dayOf(date);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}
