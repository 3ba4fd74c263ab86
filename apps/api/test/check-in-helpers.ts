import type { Pool } from 'pg';

export const SCALES_MID = { stressLoad: 5, sleepQuality: 5, bodyTension: 5, safety: 5, connection: 5, clientMaterial: 5 };

export const SUBMIT = `mutation($input: SubmitCheckInInput!) {
  submitCheckIn(input: $input) {
    score band replacedEarlierToday
    checkIn { id localDate who5 who5Score who5Band note }
    trend { direction previousMean change comparedWith }
    suggestion { key condition standingOut nextStep text { nl en } nextStepText { nl en } }
    supportResources { name phone url }
  }
}`;

export interface SeedCheckIn {
  user: string;
  /** Local date YYYY-MM-DD; submitted at noon UTC that day. */
  date: string;
  /** Raw WHO-5 sum 0–25, spread over the five items. */
  raw?: number;
  /** All six scales. */
  scale?: number;
}

/** Inserts check-ins directly (fast), the way submitCheckIn stores them. */
export async function insertCheckIns(db: Pool, rows: readonly SeedCheckIn[]): Promise<void> {
  if (rows.length === 0) return;
  const items = rows.map((r) => {
    const raw = r.raw ?? 15;
    return [0, 1, 2, 3, 4].map((i) => Math.floor(raw / 5) + (i < raw % 5 ? 1 : 0));
  });
  await db.query(
    `INSERT INTO check_in (user_id, local_date, time_zone, submitted_at, who5_1, who5_2, who5_3, who5_4, who5_5,
                           stress_load, sleep_quality, body_tension, safety, connection, client_material)
     SELECT u, d, 'Europe/Amsterdam', d + time '12:00' AT TIME ZONE 'UTC', i1, i2, i3, i4, i5, s, s, s, s, s, s
       FROM unnest($1::uuid[], $2::date[], $3::int[], $4::int[], $5::int[], $6::int[], $7::int[], $8::int[]) AS x(u, d, i1, i2, i3, i4, i5, s)`,
    [
      rows.map((r) => r.user),
      rows.map((r) => r.date),
      ...[0, 1, 2, 3, 4].map((i) => items.map((it) => it[i])),
      rows.map((r) => r.scale ?? 5),
    ],
  );
}

/** Mondays (or another weekday offset) of the weeks starting on the given Mondays. */
export function days(mondays: readonly string[], offset = 0): string[] {
  return mondays.map((d) => {
    const t = new Date(`${d}T00:00:00Z`);
    t.setUTCDate(t.getUTCDate() + offset);
    return t.toISOString().slice(0, 10);
  });
}

/**
 * Linear algebra modulo a prime, for the differencing attacker: whatever is derivable over the
 * rationals is derivable modulo p, so "not in the span" is a sound verdict.
 */
const P = 1_000_003;
const mod = (a: number): number => ((a % P) + P) % P;
function inverse(a: number): number {
  let [t, nt, r, nr] = [0, 1, P, mod(a)];
  while (nr !== 0) {
    const q = Math.floor(r / nr);
    [t, nt] = [nt, t - q * nt];
    [r, nr] = [nr, r - q * nr];
  }
  return mod(t);
}

export class Span {
  private readonly rows: { pivot: number; row: number[] }[] = [];
  private reduce(vector: readonly number[]): number[] {
    const v = vector.map(mod);
    for (const { pivot, row } of this.rows) {
      const f = v[pivot] ?? 0;
      if (f !== 0) for (let i = 0; i < v.length; i++) v[i] = mod((v[i] ?? 0) - f * (row[i] ?? 0));
    }
    return v;
  }
  add(vector: readonly number[]): void {
    const v = this.reduce(vector);
    const pivot = v.findIndex((x) => x !== 0);
    if (pivot < 0) return;
    const inv = inverse(v[pivot] ?? 1);
    this.rows.push({ pivot, row: v.map((x) => mod(x * inv)) });
  }
  contains(vector: readonly number[]): boolean {
    return this.reduce(vector).every((x) => x === 0);
  }
}
