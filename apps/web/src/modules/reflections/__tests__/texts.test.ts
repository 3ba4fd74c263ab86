import { CHAOS_RIGIDITY_MAX, CHAOS_RIGIDITY_MIN, NINE_FUNCTIONS, REFLECTION_PROMPTS, REFLECTION_VISIBILITIES } from '@attune/domain';
import { describe, expect, it } from 'vitest';
import { REFLECTION_TEXTS } from '../texts';

const leaves = (o: object, prefix = ''): [string, unknown][] =>
  Object.entries(o).flatMap(([k, v]) => (v && typeof v === 'object' ? leaves(v, `${prefix}${k}.`) : [[`${prefix}${k}`, v] as [string, unknown]]));

describe('reflection texts', () => {
  const { en, nl } = REFLECTION_TEXTS;

  it('nl and en have the same keys, of the same kind, all filled in', () => {
    const a = leaves(en);
    const b = new Map(leaves(nl));
    expect([...b.keys()].sort()).toEqual(a.map(([k]) => k).sort());
    for (const [key, value] of a) {
      const other = b.get(key);
      expect(typeof other, key).toBe(typeof value);
      for (const text of [value, other]) if (typeof text === 'string') expect(text.trim().length, key).toBeGreaterThan(0);
    }
  });

  it('cover every prompt, function and visibility the domain knows, with a helper text each', () => {
    for (const texts of [en, nl]) {
      for (const p of REFLECTION_PROMPTS) expect(texts.prompts[p].help.length).toBeGreaterThan(10);
      for (const f of NINE_FUNCTIONS) expect(texts.functions.help[f].length).toBeGreaterThan(10);
      for (const v of REFLECTION_VISIBILITIES) expect(texts.visibility.options[v].description.length).toBeGreaterThan(10);
    }
  });

  it('say every place between chaos and rigidity in words', () => {
    for (let n = CHAOS_RIGIDITY_MIN; n <= CHAOS_RIGIDITY_MAX; n++) {
      expect(en.river.word(n)).not.toBe(String(n));
      expect(nl.river.word(n)).not.toBe(String(n));
    }
    expect(en.river.value(-3)).toBe('−3, chaos');
    expect(en.river.value(0)).toBe('0, integrated');
    expect(en.river.value(3)).toBe('+3, rigid');
    expect(nl.river.value(0)).toBe('0, geïntegreerd');
    expect(nl.river.value(2)).toBe('+2, grotendeels rigide');
  });

  it('are Dutch in Dutch', () => {
    expect(nl.prompts.whatINeedNow.label).toBe('Wat ik nu nodig heb');
    expect(nl.visibility.options.PRIVATE.label).toBe('Alleen jij');
    expect(nl.list.count(2)).toBe('2 reflecties');
    expect(en.list.count(1)).toBe('1 reflection');
  });
});
