import { Span, insertCheckIns, type SeedCheckIn } from './check-in-helpers';
import { arrange, clientsFor, startTestApp, type GqlClient, type TestApp } from './harness';

/**
 * Random teams through the real API: whatever the data, no bucket below k carries a figure, the
 * figures equal a plain recomputation, and nothing suppressed follows from what is published.
 */
interface Bucket {
  label: string;
  startDate: string;
  endDate: string;
  respondents: number;
  suppressed: boolean;
  responses: number | null;
  metrics: { metric: string; mean: number; bands: { band: string; count: number }[] | null }[] | null;
}

const Q = `query($t: ID!, $g: WellbeingGranularity!) {
  teamWellbeing(teamId: $t, granularity: $g, from: "2025-01-01T00:00:00+01:00", to: "2025-10-01T00:00:00+02:00") {
    label startDate endDate respondents suppressed responses metrics { metric mean bands { band count } }
  }
}`;

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

const addDays = (d: string, n: number): string => new Date(Date.parse(`${d}T00:00:00Z`) + n * 86400000).toISOString().slice(0, 10);
const weekOf = (d: string): string => addDays(d, -((new Date(`${d}T00:00:00Z`).getUTCDay() + 6) % 7));
const who5Band = (v: number): string => (v <= 28 ? 'NEEDS_SUPPORT' : v < 50 ? 'LOW' : 'OK');
const scaleBand = (v: number): string => (v < 3.5 ? 'LOW' : v < 6.5 ? 'MIDDLE' : 'HIGH');

describe('team wellbeing over random teams', () => {
  const TEAMS = 6;
  let t: TestApp;
  let lead: GqlClient;
  const teams: { id: string; checkIns: SeedCheckIn[] }[] = [];

  beforeAll(async () => {
    t = await startTestApp();
    const people: Record<string, { teams: { team: string; role: 'MEMBER' | 'LEAD' }[] }> = {
      'lead@test.nl': { teams: Array.from({ length: TEAMS }, (_, i) => ({ team: `T${i}`, role: 'LEAD' as const })) },
    };
    const sizes = Array.from({ length: TEAMS }, (_, i) => 4 + ((i * 3) % 7));
    sizes.forEach((n, i) => {
      for (let p = 0; p < n; p++) people[`t${i}p${p}@test.nl`] = { teams: [{ team: `T${i}`, role: 'MEMBER' }] };
    });
    const ids = await arrange(t.db, { teams: Array.from({ length: TEAMS }, (_, i) => `T${i}`), people });
    for (let i = 0; i < TEAMS; i++) {
      const rnd = mulberry32(1000 + i);
      const checkIns: SeedCheckIn[] = [];
      for (let p = 0; p < (sizes[i] as number); p++) {
        const user = ids.users[`t${i}p${p}@test.nl`] as string;
        const participation = 0.15 + rnd() * 0.85;
        const daily = rnd() < 0.25;
        const weekday = Math.floor(rnd() * 7);
        const base = Math.floor(rnd() * 26);
        for (let d = 0; d < 273; d++) {
          const date = addDays('2025-01-01', d);
          const dow = (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7;
          if ((!daily && dow !== weekday) || rnd() > participation) continue;
          checkIns.push({ user, date, raw: Math.max(0, Math.min(25, base + Math.round((rnd() - 0.5) * 10))), scale: Math.floor(rnd() * 11) });
        }
      }
      await insertCheckIns(t.db, checkIns);
      teams.push({ id: ids.teams[`T${i}`] as string, checkIns });
    }
    lead = (await clientsFor(t.baseUrl, ['lead@test.nl']))['lead@test.nl']!;
  });
  afterAll(() => t.close());

  it('never shows a small bucket, matches a recomputation, and leaves nothing small derivable', async () => {
    const k = 5;
    let shown = 0;
    let hidden = 0;
    for (const team of teams) {
      // Responses: one per person and week ∩ month, averaged.
      const responses = new Map<string, { user: string; week: string; month: string; date: string; who5: number[]; scale: number[] }>();
      for (const c of team.checkIns) {
        const key = `${c.user}|${weekOf(c.date)}|${c.date.slice(0, 7)}`;
        const r = responses.get(key) ?? { user: c.user, week: weekOf(c.date), month: c.date.slice(0, 7), date: c.date, who5: [], scale: [] };
        r.who5.push((c.raw ?? 15) * 4);
        r.scale.push(c.scale ?? 5);
        responses.set(key, r);
      }
      const avg = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;
      const published: Bucket[] = [];
      for (const g of ['WEEK', 'MONTH', 'QUARTER']) {
        const rows = (await lead.ok<{ teamWellbeing: Bucket[] }>(Q, { t: team.id, g })).teamWellbeing;
        published.push(...rows);
        for (const b of rows) {
          const inside = [...responses.values()].filter((r) => r.date >= b.startDate && r.date < b.endDate);
          const respondents = new Set(inside.map((r) => r.user)).size;
          expect({ label: b.label, respondents: b.respondents }).toEqual({ label: b.label, respondents });
          if (b.suppressed || respondents < k) {
            expect({ label: b.label, responses: b.responses, metrics: b.metrics }).toEqual({ label: b.label, responses: null, metrics: null });
            hidden++;
            continue;
          }
          shown++;
          expect(b.responses).toBe(inside.length);
          const who5 = b.metrics!.find((m) => m.metric === 'WHO5')!;
          const stress = b.metrics!.find((m) => m.metric === 'STRESS_LOAD')!;
          expect(Math.abs(who5.mean - avg(inside.map((r) => avg(r.who5))))).toBeLessThanOrEqual(0.05 + 1e-9);
          expect(Math.abs(stress.mean - avg(inside.map((r) => avg(r.scale))))).toBeLessThanOrEqual(0.05 + 1e-9);
          for (const [metric, bandOf, values] of [
            [who5, who5Band, (r: (typeof inside)[number]) => avg(r.who5)],
            [stress, scaleBand, (r: (typeof inside)[number]) => avg(r.scale)],
          ] as const) {
            if (!metric.bands) continue;
            for (const { band, count } of metric.bands) {
              const inBand = inside.filter((r) => bandOf(values(r)) === band);
              expect(count).toBe(inBand.length);
              const people = new Set(inBand.map((r) => r.user)).size;
              expect(people === 0 || people >= k).toBe(true);
            }
          }
        }
      }
      // The attacker: every shown bucket is an equation over week ∩ month atoms.
      const atoms = [...new Set([...responses.values()].map((r) => `${r.week}|${r.month}`))];
      const atomDates = new Map(atoms.map((a) => [a, [...responses.values()].filter((r) => `${r.week}|${r.month}` === a).map((r) => r.date)]));
      const indicator = (b: Bucket): number[] => atoms.map((a) => (atomDates.get(a)!.some((d) => d >= b.startDate && d < b.endDate) ? 1 : 0));
      const span = new Span();
      for (const b of published) if (!b.suppressed) span.add(indicator(b));
      for (const b of published.filter((x) => x.suppressed && x.respondents > 0 && x.respondents < k)) {
        expect({ team: team.id, bucket: b.label, derivable: span.contains(indicator(b)) }).toEqual({ team: team.id, bucket: b.label, derivable: false });
      }
    }
    expect(shown).toBeGreaterThan(20);
    expect(hidden).toBeGreaterThan(20);
  });
});
