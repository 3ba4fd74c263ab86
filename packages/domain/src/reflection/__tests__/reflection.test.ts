import { describe, expect, it } from 'vitest';
import {
  DomainError,
  NINE_FUNCTIONS,
  applyReflectionPatch,
  assertMayReflect,
  foldForSearch,
  matchesSearch,
  reflectionEligibility,
  searchTerms,
  validatePeerResponseText,
  validateReflection,
  type ReflectionDraft,
  type ReflectionEligibilityFacts,
} from '../../index.js';

function failure(fn: () => unknown): { code: string; field: string | undefined } {
  try {
    fn();
  } catch (e) {
    if (e instanceof DomainError) return { code: e.code, field: e.field };
    throw e;
  }
  throw new Error('expected a DomainError');
}

const minimal = { attunement: 4, resonance: 5 };

describe('reflection input rules', () => {
  it('accepts the two ratings alone, defaulting to PRIVATE with every optional part empty', () => {
    const r = validateReflection(minimal);
    expect(r).toEqual({
      attunement: 4,
      resonance: 5,
      visibility: 'PRIVATE',
      chaosRigidity: null,
      nineFunctions: Object.fromEntries(NINE_FUNCTIONS.map((f) => [f, null])),
      texts: {
        whatHappenedInMe: null,
        bodySignals: null,
        feelingsNamed: null,
        attunementMoments: null,
        resonanceFromOthers: null,
        whatINeedNow: null,
      },
    });
  });

  it('keeps every part of a full reflection, trimming texts and dropping empty ones', () => {
    const r = validateReflection({
      ...minimal,
      visibility: 'GROUP',
      chaosRigidity: -3,
      nineFunctions: { bodyRegulation: 1, intuition: 5, insight: null },
      whatHappenedInMe: '  Ik werd stil.\nEn toen weer warm.  ',
      bodySignals: '   ',
      whatINeedNow: 'Rust',
    });
    expect(r.visibility).toBe('GROUP');
    expect(r.chaosRigidity).toBe(-3);
    expect(r.nineFunctions.bodyRegulation).toBe(1);
    expect(r.nineFunctions.intuition).toBe(5);
    expect(r.nineFunctions.insight).toBeNull();
    expect(r.nineFunctions.empathy).toBeNull();
    expect(r.texts.whatHappenedInMe).toBe('Ik werd stil.\nEn toen weer warm.');
    expect(r.texts.bodySignals).toBeNull();
    expect(r.texts.whatINeedNow).toBe('Rust');
  });

  it.each([
    [{ resonance: 5 }, 'attunement'],
    [{ attunement: 4 }, 'resonance'],
    [{ ...minimal, attunement: 0 }, 'attunement'],
    [{ ...minimal, attunement: 8 }, 'attunement'],
    [{ ...minimal, attunement: 2.5 }, 'attunement'],
    [{ ...minimal, attunement: '4' }, 'attunement'],
    [{ ...minimal, resonance: 0 }, 'resonance'],
    [{ ...minimal, resonance: 7.5 }, 'resonance'],
    [{ ...minimal, resonance: Number.NaN }, 'resonance'],
    [{ ...minimal, chaosRigidity: 4 }, 'chaosRigidity'],
    [{ ...minimal, chaosRigidity: -4 }, 'chaosRigidity'],
    [{ ...minimal, chaosRigidity: 0.5 }, 'chaosRigidity'],
    [{ ...minimal, visibility: 'PUBLIC' }, 'visibility'],
    [{ ...minimal, nineFunctions: { empathy: 0 } }, 'nineFunctions.empathy'],
    [{ ...minimal, nineFunctions: { morality: 6 } }, 'nineFunctions.morality'],
    [{ ...minimal, nineFunctions: { fearModulation: 2.5 } }, 'nineFunctions.fearModulation'],
    [{ ...minimal, nineFunctions: { charisma: 3 } }, 'nineFunctions.charisma'],
    [{ ...minimal, whatHappenedInMe: 'x'.repeat(5001) }, 'whatHappenedInMe'],
    [{ ...minimal, feelingsNamed: 42 }, 'feelingsNamed'],
    [{ ...minimal, resonanceFromOthers: 'a\u0000b' }, 'resonanceFromOthers'],
  ])('refuses %j naming %s', (draft, field) => {
    expect(failure(() => validateReflection(draft as ReflectionDraft))).toEqual({ code: 'BAD_USER_INPUT', field });
  });

  it('allows the extremes of every scale and exactly 5000 characters (counted as characters, not UTF-16 units)', () => {
    expect(validateReflection({ attunement: 1, resonance: 7, chaosRigidity: 3 }).chaosRigidity).toBe(3);
    expect(validateReflection({ ...minimal, whatINeedNow: 'x'.repeat(5000) }).texts.whatINeedNow).toHaveLength(5000);
    expect(validateReflection({ ...minimal, whatINeedNow: '🌊'.repeat(5000) }).texts.whatINeedNow).toHaveLength(10000);
    expect(failure(() => validateReflection({ ...minimal, whatINeedNow: '🌊'.repeat(5001) })).field).toBe('whatINeedNow');
  });

  it('patches: absent keeps, null clears optional parts, ratings cannot be cleared, nine functions are replaced as a whole', () => {
    const current = validateReflection({
      ...minimal,
      visibility: 'GROUP',
      chaosRigidity: 2,
      nineFunctions: { insight: 3, empathy: 4 },
      bodySignals: 'Spanning in de schouders',
      feelingsNamed: 'Verdriet',
    });
    const next = applyReflectionPatch(current, { resonance: 2, chaosRigidity: null, feelingsNamed: null, nineFunctions: { morality: 5 } });
    expect(next.attunement).toBe(4);
    expect(next.resonance).toBe(2);
    expect(next.visibility).toBe('GROUP');
    expect(next.chaosRigidity).toBeNull();
    expect(next.texts.bodySignals).toBe('Spanning in de schouders');
    expect(next.texts.feelingsNamed).toBeNull();
    expect(next.nineFunctions).toMatchObject({ morality: 5, insight: null, empathy: null });
    expect(applyReflectionPatch(current, { visibility: 'PRIVATE' }).visibility).toBe('PRIVATE');
    expect(applyReflectionPatch(current, { nineFunctions: null }).nineFunctions.insight).toBeNull();
    expect(failure(() => applyReflectionPatch(current, { attunement: null }))).toEqual({ code: 'BAD_USER_INPUT', field: 'attunement' });
    expect(failure(() => applyReflectionPatch(current, { resonance: 9 }))).toEqual({ code: 'BAD_USER_INPUT', field: 'resonance' });
    expect(failure(() => applyReflectionPatch(current, { bodySignals: 'x'.repeat(5001) })).field).toBe('bodySignals');
  });

  it('requires a peer response of 1–2000 characters', () => {
    expect(validatePeerResponseText('  Dank je, herkenbaar. ')).toBe('Dank je, herkenbaar.');
    expect(failure(() => validatePeerResponseText('   '))).toEqual({ code: 'BAD_USER_INPUT', field: 'text' });
    expect(failure(() => validatePeerResponseText('x'.repeat(2001)))).toEqual({ code: 'BAD_USER_INPUT', field: 'text' });
  });
});

describe('search over one\'s own reflections', () => {
  it('folds case and accents and needs every word somewhere', () => {
    expect(foldForSearch('  ÉÉN   Moment\tvan Rust ')).toBe('een moment van rust');
    const texts = ['Ik voelde afstemming met Ahmed', null, 'Daarna: rust, en een zware nek'];
    expect(matchesSearch(texts, searchTerms('AFSTEMMING nek'))).toBe(true);
    expect(matchesSearch(texts, searchTerms('afstemming slaap'))).toBe(false);
    expect(matchesSearch(['café'], searchTerms('Cafe'))).toBe(true);
    expect(matchesSearch([null], searchTerms('  '))).toBe(true);
  });

  it('refuses an over-long query', () => {
    expect(failure(() => searchTerms('x'.repeat(201)))).toEqual({ code: 'BAD_USER_INPUT', field: 'search' });
  });
});

describe('who may reflect on a session', () => {
  const attended = { status: 'CONFIRMED', attended: true } as const;
  const facts = (over: Partial<ReflectionEligibilityFacts>): ReflectionEligibilityFacts => ({
    sessionKind: 'CARE',
    sessionCancelled: false,
    booking: attended,
    ...over,
  });

  it.each([
    ['CARE', attended, true],
    ['INTERVISION', attended, true],
    ['SUPERVISION', attended, true],
    ['CARE', { status: 'CONFIRMED', attended: null }, false],
    ['CARE', { status: 'CONFIRMED', attended: false }, false],
    ['INTERVISION', { status: 'CONFIRMED', attended: null }, false],
    ['SUPERVISION', { status: 'CONFIRMED', attended: null }, true],
    ['SUPERVISION', { status: 'CONFIRMED', attended: false }, true],
    ['SUPERVISION', { status: 'WAITLISTED', attended: null }, false],
    ['SUPERVISION', { status: 'CANCELLED', attended: null }, false],
    ['CARE', { status: 'CANCELLED', attended: true }, false],
    ['CARE', null, false],
    ['SUPERVISION', null, false],
  ] as const)('%s session, booking %j → may reflect: %s', (sessionKind, booking, ok) => {
    expect(reflectionEligibility(facts({ sessionKind, booking })).ok).toBe(ok);
  });

  it('refuses a cancelled session with CONFLICT and the rest with FORBIDDEN on sessionId', () => {
    expect(failure(() => assertMayReflect(facts({ sessionKind: 'SUPERVISION', sessionCancelled: true })))).toEqual({
      code: 'CONFLICT',
      field: 'sessionId',
    });
    expect(failure(() => assertMayReflect(facts({ booking: null })))).toEqual({ code: 'FORBIDDEN', field: 'sessionId' });
    expect(failure(() => assertMayReflect(facts({ booking: { status: 'CONFIRMED', attended: false } })))).toEqual({
      code: 'FORBIDDEN',
      field: 'sessionId',
    });
    expect(() => assertMayReflect(facts({}))).not.toThrow();
  });
});
