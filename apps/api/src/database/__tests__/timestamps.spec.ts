import { types } from 'pg';
import { TIMESTAMPTZ_OID, jsonTimestamptz, readTimestamptz, useFastTimestamps } from '../timestamps';

/** pg's own parser (postgres-date), taken before useFastTimestamps replaces it in this test file. */
const pgParser = types.getTypeParser(TIMESTAMPTZ_OID, 'text') as (value: string) => Date | number | null;
const parseDate = (text: string): Date => pgParser(text) as Date;

describe('readTimestamptz', () => {
  const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

  it('reads what PostgreSQL writes exactly as pg’s own parser does', () => {
    const offsets = ['+00', '-03', '+05:30', '-09:30', '+00:19:32', '-00:25:21', '+14'];
    const fractions = ['', '.5', '.59', '.594', '.5941', '.59412', '.594123', '.000001', '.999999', '.000'];
    let checked = 0;
    // Every month, days at the edges, hours across midnight, a leap day; pseudo-random seconds.
    for (let year = 1899 + 1; year <= 2201; year += 7) {
      for (let month = 1; month <= 12; month++) {
        for (const day of [1, 15, 28]) {
          const hour = (year + month + day) % 24;
          const minute = (year * 7 + day) % 60;
          const second = (month * 13 + day) % 60;
          const base = `${year}-${pad(month)}-${pad(day)} ${pad(hour)}:${pad(minute)}:${pad(second)}`;
          const fraction = fractions[(year + month + day) % fractions.length];
          const offset = offsets[(month + day) % offsets.length];
          const text = `${base}${fraction}${offset}`;
          expect(readTimestamptz(text)?.getTime()).toBe(parseDate(text).getTime());
          checked += 1;
        }
      }
    }
    for (const text of ['2024-02-29 23:59:59.999999+00', '2026-03-29 01:00:00+01', '2000-01-01 00:00:00-12', '9999-12-31 23:59:59.999+14']) {
      expect(readTimestamptz(text)?.getTime()).toBe(parseDate(text).getTime());
    }
    expect(checked).toBeGreaterThan(1500);
  });

  it('reads timestamptz as PostgreSQL writes it in JSON', () => {
    for (const text of ['2026-11-25T08:25:32.594+00:00', '2026-03-29T01:00:00+01:00', '1970-01-01T00:00:00.000001-09:30']) {
      expect(readTimestamptz(text)?.getTime()).toBe(new Date(text).getTime());
    }
  });

  it('leaves every other shape to pg’s parser', () => {
    for (const text of [
      'infinity',
      '-infinity',
      '0044-03-15 12:00:00+00 BC',
      '0099-01-01 00:00:00+00',
      '12026-01-01 00:00:00+00',
      '2026-01-01T00:00:00Z',
      '2026-01-01X00:00:00+00',
      '2026-01-01 00:00:00',
      '2026-01-01 00:00:00.+00',
      '2026-01-01 00:00:00.1234567+00',
      '2026-01-01 00:00:00+0',
      '2026-01-01 00:00:00+01:0',
      '2026-01-01 00:00:00+01-00',
      '2026-0a-01 00:00:00+00',
      '2026-13-01 00:00:00+00',
      '2026-01-01 00:00:00*00',
      '',
    ]) {
      expect(readTimestamptz(text)).toBeNull();
    }
  });
});

describe('jsonTimestamptz', () => {
  it('reads timestamptz from JSON, the shapes readTimestamptz leaves with Date', () => {
    for (const text of ['2026-11-25T08:25:32.594+00:00', '2026-03-29T01:00:00+01:00', '0099-01-01T00:00:00+00:00', '2026-01-01T00:00:00Z']) {
      expect(jsonTimestamptz(text).getTime()).toBe(new Date(text).getTime());
    }
    expect(jsonTimestamptz('0099-01-01T00:00:00+00:00').getUTCFullYear()).toBe(99);
  });
});

describe('useFastTimestamps', () => {
  it('makes pg read timestamptz with readTimestamptz and falls back to its own parser, once however often it is called', () => {
    useFastTimestamps();
    useFastTimestamps();
    const parse = types.getTypeParser(TIMESTAMPTZ_OID, 'text') as (value: string) => Date | number | null;
    expect(parse).not.toBe(pgParser);
    expect((parse('2026-11-25 08:25:32.594+00') as Date).toISOString()).toBe('2026-11-25T08:25:32.594Z');
    expect(parse('infinity')).toBe(Infinity);
    expect((parse('0044-03-15 12:00:00+00 BC') as Date).getTime()).toBe(parseDate('0044-03-15 12:00:00+00 BC').getTime());
  });
});
