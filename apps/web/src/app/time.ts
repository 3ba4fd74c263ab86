import { useMemo } from 'react';
import { DEFAULT_TIME_ZONE, isTimeZone, type Locale } from '@attune/domain';
import { useMe } from '../modules/account/hooks/useMe';
import { useI18n } from './i18n/I18nProvider';
import { INTL_LOCALE } from './i18n/locale';

type When = string | number | Date;

const toDate = (value: When): Date => (value instanceof Date ? value : new Date(value));

/** The browser's own zone, if it reports a valid one. */
export function browserTimeZone(): string | null {
  try {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    return zone && isTimeZone(zone) ? zone : null;
  } catch {
    return null;
  }
}

export interface TimeFormat {
  timeZone: string;
  /** "di 10 mrt 2026, 15:00" / "Tue 10 Mar 2026, 15:00" */
  dateTime: (value: When) => string;
  /** "dinsdag 10 maart 2026" */
  date: (value: When) => string;
  /** "15:00" */
  time: (value: When) => string;
  /** "di 10 mrt, 15:00–16:30" (one date when both ends fall on the same day) */
  range: (start: When, end: When) => string;
}

/** Formatters that show instants in a given zone and language (DST handled by Intl). */
export function timeFormat(locale: Locale, timeZone: string): TimeFormat {
  const tag = INTL_LOCALE[locale];
  const dateTime = new Intl.DateTimeFormat(tag, {
    timeZone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });
  const date = new Intl.DateTimeFormat(tag, { timeZone, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
  const time = new Intl.DateTimeFormat(tag, { timeZone, hour: '2-digit', minute: '2-digit' });
  const range = new Intl.DateTimeFormat(tag, {
    timeZone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  });
  return {
    timeZone,
    dateTime: (v) => dateTime.format(toDate(v)),
    date: (v) => date.format(toDate(v)),
    time: (v) => time.format(toDate(v)),
    range: (s, e) => range.formatRange(toDate(s), toDate(e)),
  };
}

/**
 * Formatters for the current reader: their profile's zone when signed in, else the browser's,
 * else Europe/Amsterdam; in the current language.
 */
export function useTimeFormat(): TimeFormat {
  const { locale } = useI18n();
  const { me } = useMe();
  const zone = me?.timeZone && isTimeZone(me.timeZone) ? me.timeZone : (browserTimeZone() ?? DEFAULT_TIME_ZONE);
  return useMemo(() => timeFormat(locale, zone), [locale, zone]);
}

/** Every IANA zone this browser knows, plus `current` if it is an alias missing from the list. */
export function timeZoneOptions(locale: Locale, current?: string | null): { id: string; label: string }[] {
  const zones = new Set<string>(typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : []);
  zones.add(DEFAULT_TIME_ZONE);
  zones.add('UTC');
  if (current && isTimeZone(current)) zones.add(current);
  const now = new Date();
  const tag = INTL_LOCALE[locale];
  return [...zones].sort().map((id) => {
    let offset: string;
    try {
      offset =
        new Intl.DateTimeFormat(tag, { timeZone: id, timeZoneName: 'shortOffset' })
          .formatToParts(now)
          .find((p) => p.type === 'timeZoneName')?.value ?? '';
    } catch {
      offset = '';
    }
    const name = id.replaceAll('_', ' ');
    return { id, label: offset ? `${name} (${offset})` : name };
  });
}
