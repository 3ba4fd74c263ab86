import { describe, expect, it } from 'vitest';
import {
  DomainError,
  GRANULARITIES,
  METRIC_BANDS,
  WELLBEING_METRICS,
  addDays,
  bandOf,
  bucketEnd,
  bucketStart,
  dataWindow,
  decidePublication,
  monthStart,
  participationRate,
  quarterStart,
  settlesOn,
  validateAnonymityThreshold,
  weekStart,
  type Atom,
  type DistributionBand,
  type Granularity,
  type LocalDate,
  type Publication,
  type WellbeingMetric,
} from '../../index.js';
import { Span } from './attacker.js';

// ---------------------------------------------------------------- data

interface CheckIn {
  person: number;
  date: LocalDate;
  /** WHO5, then the six scales, in WELLBEING_METRICS order. */
  values: number[];
}

/** Responses (one per person and week ∩ month, averaged) grouped into atoms: the reference semantics. */
function atomsFrom(checkIns: readonly CheckIn[]): Atom[] {
  const responses = new Map<string, { person: number; week: LocalDate; month: LocalDate; sums: number[]; n: number }>();
  for (const c of checkIns) {
    const week = weekStart(c.date);
    const month = monthStart(c.date);
    const key = `${c.person}|${week}|${month}`;
    const r = responses.get(key) ?? { person: c.person, week, month, sums: c.values.map(() => 0), n: 0 };
    c.values.forEach((v, i) => (r.sums[i] = (r.sums[i] ?? 0) + v));
    r.n += 1;
    responses.set(key, r);
  }
  const atoms = new Map<string, { week: LocalDate; month: LocalDate; people: number[]; bands: Record<string, Record<string, number[]>> }>();
  for (const r of responses.values()) {
    const key = `${r.week}|${r.month}`;
    const atom = atoms.get(key) ?? { week: r.week, month: r.month, people: [], bands: {} };
    atom.people.push(r.person);
    WELLBEING_METRICS.forEach((metric, i) => {
      const band = bandOf(metric, (r.sums[i] ?? 0) / r.n);
      const byBand = (atom.bands[metric] ??= {});
      (byBand[band] ??= []).push(r.person);
    });
    atoms.set(key, atom);
  }
  return [...atoms.values()];
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A random team: 3–10 people with their own habits, over ~5–8 months starting on a random day. */
function randomTeam(seed: number): { k: number; checkIns: CheckIn[]; first: LocalDate; last: LocalDate } {
  const rnd = mulberry32(seed);
  const pick = (n: number): number => Math.floor(rnd() * n);
  const k = 3 + pick(3);
  const people = 3 + pick(8);
  const first = addDays('2025-01-01', pick(365));
  const days = 150 + pick(90);
  const checkIns: CheckIn[] = [];
  for (let p = 0; p < people; p++) {
    const participation = 0.2 + rnd() * 0.8;
    const daily = rnd() < 0.2;
    const base = 15 + pick(80);
    const weekday = pick(7);
    for (let d = 0; d < days; d++) {
      const date = addDays(first, d);
      const dow = (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7;
      if (!daily && dow !== (weekday + (rnd() < 0.2 ? pick(7) : 0)) % 7) continue;
      if (rnd() > participation) continue;
      const who5 = Math.max(0, Math.min(25, Math.round(base / 4 + (rnd() - 0.5) * 8))) * 4;
      checkIns.push({ person: p, date, values: [who5, ...Array.from({ length: 6 }, () => pick(11))] });
    }
  }
  return { k, checkIns, first, last: addDays(first, days - 1) };
}

// ---------------------------------------------------------------- helpers

function bucketsOf(atoms: readonly Atom[], g: Granularity): LocalDate[] {
  const starts = new Set<LocalDate>();
  for (const a of atoms) starts.add(g === 'WEEK' ? a.week : g === 'MONTH' ? a.month : quarterStart(a.month));
  return [...starts].sort();
}

function inBucket(a: Atom, g: Granularity, start: LocalDate): boolean {
  return g === 'WEEK' ? a.week === start : g === 'MONTH' ? a.month === start : quarterStart(a.month) === start;
}

function distinct(lists: readonly (readonly number[])[]): number {
  return new Set(lists.flat()).size;
}

const bandsOf = (metric: WellbeingMetric): DistributionBand[] => METRIC_BANDS[metric].map((d) => d.band);

/** Publishing every cell that alone has enough respondents — the rule the attacker beats. */
function naivePublication(atoms: readonly Atom[], k: number): Publication {
  return {
    decision(g, start) {
      const inside = atoms.filter((a) => inBucket(a, g, start));
      const respondents = distinct(inside.map((a) => a.people));
      const shown = respondents >= k;
      const bandsShown = WELLBEING_METRICS.filter((m) =>
        bandsOf(m).every((b) => {
          const n = distinct(inside.map((a) => a.bands[m]?.[b] ?? []));
          return n === 0 || n >= k;
        }),
      );
      return { shown, reason: shown ? null : 'TOO_FEW_RESPONDENTS', respondents, bandsShown: shown ? bandsShown : [] };
    },
  };
}

interface Derivation {
  what: string;
}

/**
 * Everything published, as equations over atom sums; then: can any group of 1…k−1 people be
 * worked out? Targets: small buckets, small atoms, pairs of atoms, and small band cells.
 */
function attack(atoms: readonly Atom[], pub: Publication, k: number): Derivation[] {
  const n = atoms.length;
  const found: Derivation[] = [];
  const indicator = (pred: (a: Atom) => boolean): number[] => atoms.map((a) => (pred(a) ? 1 : 0));

  const totals = new Span(n);
  for (const g of GRANULARITIES) {
    for (const start of bucketsOf(atoms, g)) {
      if (pub.decision(g, start).shown) totals.add(indicator((a) => inBucket(a, g, start)));
    }
  }
  const small = (size: number): boolean => size > 0 && size < k;
  for (const g of GRANULARITIES) {
    for (const start of bucketsOf(atoms, g)) {
      const inside = atoms.filter((a) => inBucket(a, g, start));
      if (small(distinct(inside.map((a) => a.people))) && totals.contains(indicator((a) => inBucket(a, g, start)))) {
        found.push({ what: `${g} ${start}` });
      }
    }
  }
  atoms.forEach((a, i) => {
    if (small(a.people.length) && totals.contains(indicator((x) => x === a))) found.push({ what: `atom ${a.week}/${a.month}` });
    atoms.slice(i + 1).forEach((b) => {
      if (small(distinct([a.people, b.people])) && totals.contains(indicator((x) => x === a || x === b))) {
        found.push({ what: `atoms ${a.week}/${a.month} + ${b.week}/${b.month}` });
      }
    });
  });

  for (const metric of WELLBEING_METRICS) {
    const bands = bandsOf(metric);
    const cell = (pred: (a: Atom) => boolean, band: DistributionBand | null): number[] =>
      atoms.flatMap((a) => bands.map((b) => (pred(a) && (band === null || band === b) ? 1 : 0)));
    const span = new Span(n * bands.length);
    for (const g of GRANULARITIES) {
      for (const start of bucketsOf(atoms, g)) {
        const d = pub.decision(g, start);
        if (!d.shown) continue;
        span.add(cell((a) => inBucket(a, g, start), null)); // the number of responses = all bands together
        if (d.bandsShown.includes(metric)) for (const b of bands) span.add(cell((a) => inBucket(a, g, start), b));
      }
    }
    const check = (label: string, pred: (a: Atom) => boolean): void => {
      for (const b of bands) {
        const people = distinct(atoms.filter(pred).map((a) => a.bands[metric]?.[b] ?? []));
        if (small(people) && span.contains(cell(pred, b))) found.push({ what: `${metric} ${b} in ${label}` });
      }
    };
    for (const g of GRANULARITIES) for (const start of bucketsOf(atoms, g)) check(`${g} ${start}`, (a) => inBucket(a, g, start));
    for (const atom of atoms) check(`atom ${atom.week}/${atom.month}`, (a) => a === atom);
  }
  return found;
}

function checkIn(person: number, date: LocalDate, who5 = 60, scale = 5): CheckIn {
  return { person, date, values: [who5, scale, scale, scale, scale, scale, scale] };
}

/** Everyone checks in on the given Mondays. */
function weekly(people: readonly number[], mondays: readonly LocalDate[], who5 = 60): CheckIn[] {
  return people.flatMap((p) => mondays.map((d) => checkIn(p, d, who5)));
}

// ---------------------------------------------------------------- tests

describe('anonymity threshold', () => {
  it('defaults to 5 and is never below 3', () => {
    expect(validateAnonymityThreshold(3)).toBe(3);
    for (const bad of [2, 0, -5, 4.5]) {
      try {
        validateAnonymityThreshold(bad);
        throw new Error('accepted');
      } catch (e) {
        expect(e).toBeInstanceOf(DomainError);
        expect((e as DomainError).field).toBe('anonymityThreshold');
      }
    }
  });

  it('computes participation as a capped share', () => {
    expect(participationRate(4, 7)).toBe(0.571);
    expect(participationRate(0, 0)).toBeNull();
    expect(participationRate(8, 7)).toBe(1);
  });
});

describe('suppression below k', () => {
  const mondays = ['2026-01-05', '2026-01-12', '2026-01-19', '2026-01-26'];

  it('shows a month with 5 respondents and hides one with 4 (k = 5)', () => {
    const five = decidePublication(atomsFrom(weekly([0, 1, 2, 3, 4], mondays)), 5);
    expect(five.decision('MONTH', '2026-01-01')).toMatchObject({ shown: true, respondents: 5, reason: null });
    const four = decidePublication(atomsFrom(weekly([0, 1, 2, 3], mondays)), 5);
    expect(four.decision('MONTH', '2026-01-01')).toMatchObject({ shown: false, respondents: 4, reason: 'TOO_FEW_RESPONDENTS' });
    expect(four.decision('MONTH', '2026-01-01').bandsShown).toEqual([]);
  });

  it('withholds a distribution when one band has 1…k−1 people, keeping the mean', () => {
    const data = [...weekly([0, 1, 2, 3, 4], mondays, 60), ...weekly([5], mondays, 20)];
    const d = decidePublication(atomsFrom(data), 5).decision('MONTH', '2026-01-01');
    expect(d.shown).toBe(true);
    expect(d.bandsShown).not.toContain('WHO5');
    expect(d.bandsShown).toContain('STRESS_LOAD'); // everyone is MIDDLE there: 6 and 0 and 0
  });
});

describe('differencing', () => {
  // Q1 2026: six people all of January and February, two people in March.
  const janFeb = ['2026-01-05', '2026-01-12', '2026-01-19', '2026-01-26', '2026-02-02', '2026-02-09', '2026-02-16', '2026-02-23'];
  const quarterCase = [...weekly([0, 1, 2, 3, 4, 5], janFeb), ...weekly([6, 7], ['2026-03-09'], 12)];

  it('the attacker recovers a hidden month from a naively shown quarter (the attack is real)', () => {
    const atoms = atomsFrom(quarterCase);
    const found = attack(atoms, naivePublication(atoms, 5), 5);
    expect(found.map((f) => f.what)).toContain('MONTH 2026-03-01');
  });

  it('hides the quarter instead, so the month cannot be had by subtraction', () => {
    const atoms = atomsFrom(quarterCase);
    const pub = decidePublication(atoms, 5);
    expect(pub.decision('MONTH', '2026-01-01').shown).toBe(true);
    expect(pub.decision('MONTH', '2026-02-01').shown).toBe(true);
    expect(pub.decision('MONTH', '2026-03-01')).toMatchObject({ shown: false, reason: 'TOO_FEW_RESPONDENTS' });
    expect(pub.decision('QUARTER', '2026-01-01')).toMatchObject({ shown: false, reason: 'PROTECTS_OTHER_CELL', respondents: 8 });
    expect(attack(atoms, pub, 5)).toEqual([]);
  });

  it('shows the quarter when the hidden months together hold k people', () => {
    const data = [...weekly([0, 1, 2, 3, 4, 5], janFeb.slice(0, 4)), ...weekly([6, 7, 8], ['2026-02-10']), ...weekly([9, 10], ['2026-03-10'])];
    const atoms = atomsFrom(data);
    const pub = decidePublication(atoms, 5);
    expect(pub.decision('MONTH', '2026-02-01').shown).toBe(false);
    expect(pub.decision('MONTH', '2026-03-01').shown).toBe(false);
    expect(pub.decision('QUARTER', '2026-01-01').shown).toBe(true);
    expect(attack(atoms, pub, 5)).toEqual([]);
  });

  it('hides a second week when a month minus its shown weeks would give away a small one', () => {
    const feb = ['2026-02-02', '2026-02-09', '2026-02-16'];
    const data = [...weekly([0, 1, 2, 3, 4, 5], feb), ...weekly([0, 1, 2, 3, 4, 5], ['2026-02-10']), ...weekly([6, 7], ['2026-02-24'])];
    const atoms = atomsFrom(data);
    expect(attack(atoms, naivePublication(atoms, 5), 5).map((f) => f.what)).toContain('WEEK 2026-02-23');
    const pub = decidePublication(atoms, 5);
    expect(pub.decision('MONTH', '2026-02-01').shown).toBe(true);
    expect(pub.decision('WEEK', '2026-02-23')).toMatchObject({ shown: false, reason: 'TOO_FEW_RESPONDENTS' });
    const hiddenToo = feb.filter((w) => !pub.decision('WEEK', w).shown);
    expect(hiddenToo).toHaveLength(1);
    expect(pub.decision('WEEK', hiddenToo[0]!).reason).toBe('PROTECTS_OTHER_CELL');
    expect(attack(atoms, pub, 5)).toEqual([]);
  });

  it('hides a week straddling two months when one half is small, even with k respondents in the week', () => {
    // Week of Mon 23 Feb – Sun 1 Mar 2026: five people on Monday, two on Sunday 1 March.
    const data = [...weekly([0, 1, 2, 3, 4], ['2026-02-23']), checkIn(5, '2026-03-01'), checkIn(6, '2026-03-01'), ...weekly([0, 1, 2, 3, 4, 5, 6], ['2026-03-02', '2026-03-09'])];
    const atoms = atomsFrom(data);
    const pub = decidePublication(atoms, 5);
    expect(pub.decision('WEEK', '2026-02-23')).toMatchObject({ shown: false, reason: 'PROTECTS_OTHER_CELL', respondents: 7 });
    expect(attack(atoms, naivePublication(atoms, 5), 5).length).toBeGreaterThan(0);
    expect(attack(atoms, pub, 5)).toEqual([]);
  });

  it('band counts cannot be subtracted either', () => {
    // January: five people in the needs-support band; February: six people fine; March: the five
    // fine and person 5 in the needs-support band once.
    const march = ['2026-03-02', '2026-03-09', '2026-03-16'];
    const data = [
      ...weekly([0, 1, 2, 3, 4], janFeb.slice(0, 4), 12),
      ...weekly([0, 1, 2, 3, 4, 5], janFeb.slice(4), 80),
      ...weekly([0, 1, 2, 3, 4], march, 80),
      checkIn(5, '2026-03-09', 8),
    ];
    const atoms = atomsFrom(data);
    const naive = attack(atoms, naivePublication(atoms, 5), 5).map((f) => f.what);
    expect(naive).toContain('WHO5 NEEDS_SUPPORT in MONTH 2026-03-01');
    const pub = decidePublication(atoms, 5);
    expect(pub.decision('QUARTER', '2026-01-01').shown).toBe(true);
    expect(pub.decision('MONTH', '2026-01-01').bandsShown).toContain('WHO5');
    expect(pub.decision('MONTH', '2026-03-01').bandsShown).not.toContain('WHO5');
    expect(pub.decision('QUARTER', '2026-01-01').bandsShown).not.toContain('WHO5');
    expect(pub.decision('QUARTER', '2026-01-01').bandsShown).toContain('STRESS_LOAD');
    expect(attack(atoms, pub, 5)).toEqual([]);
  });

  it('property: over random teams nothing small is shown or derivable, and decisions are stable', () => {
    let naiveLeaks = 0;
    for (let seed = 1; seed <= 60; seed++) {
      const team = randomTeam(seed);
      const atoms = atomsFrom(team.checkIns);
      const pub = decidePublication(atoms, team.k);

      for (const g of GRANULARITIES) {
        for (const start of bucketsOf(atoms, g)) {
          const d = pub.decision(g, start);
          const inside = atoms.filter((a) => inBucket(a, g, start));
          expect(d.respondents).toBe(distinct(inside.map((a) => a.people)));
          if (d.shown) expect(d.respondents).toBeGreaterThanOrEqual(team.k);
          else expect(d.bandsShown).toEqual([]);
          for (const m of d.bandsShown) {
            for (const b of bandsOf(m)) {
              const n = distinct(inside.map((a) => a.bands[m]?.[b] ?? []));
              expect(n === 0 || n >= team.k).toBe(true);
            }
          }
        }
      }

      expect({ seed, found: attack(atoms, pub, team.k) }).toEqual({ seed, found: [] });
      if (attack(atoms, naivePublication(atoms, team.k), team.k).length > 0) naiveLeaks++;

      // The same decisions whatever range is asked (the service only loads dataWindow).
      const g = GRANULARITIES[seed % 3]!;
      const starts = bucketsOf(atoms, g);
      const from = starts[Math.floor(starts.length / 3)]!;
      const to = starts[Math.floor((2 * starts.length) / 3)]!;
      const window = dataWindow(from, to, g);
      const windowed = decidePublication(
        atomsFrom(team.checkIns.filter((c) => c.date >= window.from && c.date < window.to)),
        team.k,
      );
      for (const s of starts.filter((s) => s >= from && s <= to)) {
        expect(windowed.decision(g, s)).toEqual(pub.decision(g, s));
      }

      // A settled bucket's decision no longer changes as later check-ins arrive.
      const cut = addDays(team.first, 60 + (seed * 7) % 80);
      const earlier = decidePublication(atomsFrom(team.checkIns.filter((c) => c.date < cut)), team.k);
      for (const gg of GRANULARITIES) {
        for (const s of bucketsOf(atoms, gg)) {
          if (settlesOn(s, gg) <= cut && s >= bucketStart(team.first, 'QUARTER')) {
            expect({ gg, s, d: earlier.decision(gg, s) }).toEqual({ gg, s, d: pub.decision(gg, s) });
          }
        }
      }
      expect(bucketEnd(from, g) > from).toBe(true);
    }
    expect(naiveLeaks).toBeGreaterThan(10);
  }, 60_000);
});
