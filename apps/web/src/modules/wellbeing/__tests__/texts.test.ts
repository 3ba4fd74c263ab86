import { describe, expect, it } from 'vitest';
import { checkInTexts } from '../../check-in/texts';
import { integrationTexts } from '../../integration/texts';
import { organisationTexts } from '../../organisation/texts';
import { wellbeingTexts } from '../texts';

/** The feature dictionaries load with their pages, so the main dictionary test does not see them. */
const leaves = (o: object, prefix = ''): [string, unknown][] =>
  Object.entries(o).flatMap(([k, v]) => (v && typeof v === 'object' ? leaves(v, `${prefix}${k}.`) : [[`${prefix}${k}`, v] as [string, unknown]]));

describe.each([
  ['check-in', checkInTexts],
  ['integration', integrationTexts],
  ['wellbeing', wellbeingTexts],
  ['organisation', organisationTexts],
])('%s texts', (_name, { en, nl }) => {
  it('nl and en have the same keys, of the same kind, all filled in and different where it matters', () => {
    const a = leaves(en);
    const b = new Map(leaves(nl));
    expect([...b.keys()].sort()).toEqual(a.map(([k]) => k).sort());
    let differ = 0;
    for (const [key, value] of a) {
      const other = b.get(key);
      expect(typeof other, key).toBe(typeof value);
      if (typeof value === 'string') expect(value.trim().length, key).toBeGreaterThan(0);
      if (typeof other === 'string') expect(other.trim().length, key).toBeGreaterThan(0);
      if (typeof value === 'function' && typeof other === 'function') expect(other.length, key).toBeLessThanOrEqual(value.length);
      if (value !== other) differ += 1;
    }
    expect(differ / a.length).toBeGreaterThan(0.8);
  });
});

describe('WHO-5 in both languages', () => {
  it('has five statements and six anchors, 0 "at no time" … 5 "all of the time"', () => {
    for (const { who5 } of [checkInTexts.en, checkInTexts.nl]) {
      expect(who5.items).toHaveLength(5);
      expect(who5.anchors).toHaveLength(6);
    }
    expect(checkInTexts.en.who5.anchors[0]).toBe('at no time');
    expect(checkInTexts.en.who5.anchors[5]).toBe('all of the time');
    expect(checkInTexts.nl.who5.anchors[0]).toBe('nooit');
    expect(checkInTexts.nl.who5.anchors[5]).toBe('de hele tijd');
  });
});
