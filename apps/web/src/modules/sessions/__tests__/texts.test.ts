import { describe, expect, it } from 'vitest';
import { enCalendar } from '../../../app/i18n/messages/en/calendar';
import { enSessionPages } from '../../../app/i18n/messages/en/sessionPages';
import { nlCalendar } from '../../../app/i18n/messages/nl/calendar';
import { nlSessionPages } from '../../../app/i18n/messages/nl/sessionPages';

const leaves = (o: object, prefix = ''): [string, unknown][] =>
  Object.entries(o).flatMap(([k, v]) => (v && typeof v === 'object' ? leaves(v, `${prefix}${k}.`) : [[`${prefix}${k}`, v] as [string, unknown]]));

/** The texts the sessions and profile pages load themselves: same keys in both languages, all filled in. */
describe.each([
  ['sessionPages', enSessionPages, nlSessionPages],
  ['calendar', enCalendar, nlCalendar],
])('%s texts', (_name, en, nl) => {
  it('nl and en have the same keys, of the same kind, all filled in', () => {
    const a = leaves(en);
    const b = new Map(leaves(nl));
    expect([...b.keys()].sort()).toEqual(a.map(([k]) => k).sort());
    for (const [key, value] of a) {
      expect(typeof b.get(key), key).toBe(typeof value);
      for (const text of [value, b.get(key)]) if (typeof text === 'string') expect(text.trim().length, key).toBeGreaterThan(0);
    }
  });
});

describe('ordinals', () => {
  it('are English ordinals in English and "3e" in Dutch', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101].map(enSessionPages.ordinal)).toEqual([
      '1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '21st', '22nd', '23rd', '101st',
    ]);
    expect(enSessionPages.waitlistPosition(3)).toBe('You are 3rd on the waitlist.');
    expect(nlSessionPages.waitlistPosition(3)).toBe('Je staat 3e op de wachtlijst.');
  });

  it('count seats in both languages', () => {
    expect(enSessionPages.seats.left(1, 8)).toBe('1 of 8 seats left');
    expect(nlSessionPages.seats.left(1, 1)).toBe('1 van 1 plek vrij');
    expect(enSessionPages.seats.full(1)).toBe('Full — 1 person on the waitlist');
    expect(nlSessionPages.seats.full(2)).toBe('Vol — 2 personen op de wachtlijst');
  });
});
