import { types } from 'pg';

/** PostgreSQL's type OID of `timestamp with time zone`. */
export const TIMESTAMPTZ_OID = 1184;

const digit = (s: string, i: number): number => {
  const d = s.charCodeAt(i) - 48;
  return d >= 0 && d <= 9 ? d : NaN;
};
const two = (s: string, i: number): number => digit(s, i) * 10 + digit(s, i + 1);

/**
 * A `timestamptz` as PostgreSQL writes it in text (`2026-11-25 08:25:32.594+00`, with the
 * fraction of 0–6 digits and the session zone's offset as ±HH, ±HH:MM or ±HH:MM:SS) or in JSON
 * (`2026-11-25T08:25:32.594+00:00`), read digit
 * by digit; null for any other shape (BC, infinity, a year outside 1000–9999), which pg's own
 * parser then reads. The fraction is cut to milliseconds, as pg's parser does.
 */
export function readTimestamptz(s: string): Date | null {
  const n = s.length;
  if (n < 22 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45 || (s.charCodeAt(10) !== 32 && s.charCodeAt(10) !== 84) || s.charCodeAt(13) !== 58 || s.charCodeAt(16) !== 58) {
    return null;
  }
  const year = two(s, 0) * 100 + two(s, 2);
  const month = two(s, 5);
  const day = two(s, 8);
  const hour = two(s, 11);
  const minute = two(s, 14);
  const second = two(s, 17);
  let i = 19;
  let ms = 0;
  if (s.charCodeAt(i) === 46) {
    i += 1;
    const start = i;
    while (i < n && i - start < 6 && digit(s, i) >= 0) i += 1;
    if (i === start) return null;
    for (let k = start; k < start + 3; k++) ms = ms * 10 + (k < i ? digit(s, k) : 0);
  }
  const sign = s.charCodeAt(i) === 43 ? 1 : s.charCodeAt(i) === 45 ? -1 : 0;
  const rest = n - i - 1;
  if (sign === 0 || (rest !== 2 && rest !== 5 && rest !== 8)) return null;
  let offset = two(s, i + 1) * 3600;
  if (rest >= 5) {
    if (s.charCodeAt(i + 3) !== 58) return null;
    offset += two(s, i + 4) * 60;
  }
  if (rest === 8) {
    if (s.charCodeAt(i + 6) !== 58) return null;
    offset += two(s, i + 7);
  }
  // NaN (a character that is not a digit) fails every comparison.
  if (!(year >= 1000 && month >= 1 && month <= 12 && day >= 1 && day <= 31 && hour <= 24 && minute <= 59 && second <= 60 && offset >= 0)) return null;
  return new Date(Date.UTC(year, month - 1, day, hour, minute, second, ms) - sign * offset * 1000);
}

/**
 * A `timestamptz` that PostgreSQL wrote into JSON (`to_json`, `json_build_array`, `json_agg`):
 * readTimestamptz, and `Date`'s own parser for any other shape.
 */
export function jsonTimestamptz(s: string): Date {
  return readTimestamptz(s) ?? new Date(s);
}

/**
 * Has pg read `timestamptz` columns with readTimestamptz, and with its own parser whatever that
 * does not take. pg's parser matches each value against three regular expressions (≈ 0.5 µs); a
 * page of the timeline or of sessions reads a few hundred of them.
 */
let installed = false;

export function useFastTimestamps(): void {
  if (installed) return;
  installed = true;
  const fallback = types.getTypeParser(TIMESTAMPTZ_OID, 'text') as (value: string) => Date | number | null;
  types.setTypeParser(TIMESTAMPTZ_OID, 'text', (value: string) => readTimestamptz(value) ?? fallback(value));
}
