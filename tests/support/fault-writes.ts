// The write the fault test keeps sending — a check-in — and how it checks that every
// acknowledged one survived.
//
// One check-in per member per local day counts (a later one that day replaces it), so each
// submission carries its own number in its answers: the six quick scales spell it in base 11
// and the five WHO-5 items spell it again (modulo 6^5) in base 6, a check that a stored row is
// one of ours and not, say, a seeded one. Afterwards, for every member and day, the stored row
// must be the last acknowledged submission — or a later one of that member's whose answer was
// lost on the way back (applied, but not acknowledged): replacing is what a later check-in does.
import type pg from 'pg';

/** Demo members who check in during the fault test, one client each. */
export const WRITERS = ['sanne', 'ahmed', 'joost', 'lotte', 'daan', 'fatima'] as const;

export const ACK_WRITE = `mutation($input: SubmitCheckInInput!) { submitCheckIn(input: $input) { checkIn { localDate } } }`;

const SCALES = ['stressLoad', 'sleepQuality', 'bodyTension', 'safety', 'connection', 'clientMaterial'] as const;
const SCALE_COLUMNS = ['stress_load', 'sleep_quality', 'body_tension', 'safety', 'connection', 'client_material'] as const;
const WHO5_COLUMNS = ['who5_1', 'who5_2', 'who5_3', 'who5_4', 'who5_5'] as const;
const WHO5_SPAN = 6 ** 5;
const MAX_SEQ = 11 ** 6 - 1;

function digits(n: number, base: number, count: number): number[] {
  return Array.from({ length: count }, (_, i) => Math.floor(n / base ** i) % base);
}

function undigits(values: readonly number[], base: number): number {
  return values.reduce((sum, v, i) => sum + v * base ** i, 0);
}

/** The check-in input that carries submission number `seq` (1 … 11^6 − 1). */
export function writeArgs(seq: number): Record<string, unknown> {
  if (!Number.isInteger(seq) || seq < 1 || seq > MAX_SEQ) throw new Error(`seq out of range: ${seq}`);
  const scales = digits(seq, 11, SCALES.length);
  return {
    input: { who5: digits(seq % WHO5_SPAN, 6, 5), ...Object.fromEntries(SCALES.map((s, i) => [s, scales[i]])) },
  };
}

/** The submission number a stored row carries, or null when its two spellings disagree. */
function seqOf(row: Record<string, number>): number | null {
  const seq = undigits(SCALE_COLUMNS.map((c) => row[c] ?? -1), 11);
  const check = undigits(WHO5_COLUMNS.map((c) => row[c] ?? -1), 6);
  return seq >= 1 && check === seq % WHO5_SPAN ? seq : null;
}

export interface Ack {
  who: (typeof WRITERS)[number];
  seq: number;
  /** The member's local day, as the API answered it. */
  localDate: string;
}

export interface AckReport {
  /** Member-days checked (each with at least one acknowledged check-in). */
  checked: number;
  /** Acknowledged check-ins whose member-day holds neither them nor a later submission of that member. */
  lost: number;
  /** Member-days whose row is a later submission whose answer never arrived (applied, unacknowledged). */
  replacedByUnacknowledged: number;
}

/** Compares what was acknowledged with what is stored (check-ins submitted since `since`). */
export async function acknowledgedIn(db: pg.Client, acks: readonly Ack[], since: Date): Promise<AckReport> {
  const lastAck = new Map<string, Ack>();
  for (const a of acks) {
    const key = `${a.who}|${a.localDate}`;
    if ((lastAck.get(key)?.seq ?? 0) < a.seq) lastAck.set(key, a);
  }
  const { rows } = await db.query<Record<string, number> & { who: string; local_date: string }>(
    `SELECT split_part(u.email, '@', 1) AS who, c.local_date::text AS local_date, ${[...SCALE_COLUMNS, ...WHO5_COLUMNS].map((col) => `c.${col}`).join(', ')}
       FROM check_in c JOIN app_user u ON u.id = c.user_id
      WHERE u.email = ANY($1::text[]) AND c.submitted_at >= $2`,
    [WRITERS.map((w) => `${w}@attune.demo`), since],
  );
  const stored = new Map(rows.map((r) => [`${r.who}|${r.local_date}`, seqOf(r)]));
  const report: AckReport = { checked: lastAck.size, lost: 0, replacedByUnacknowledged: 0 };
  for (const [key, ack] of lastAck) {
    const seq = stored.get(key) ?? null;
    if (seq === null || seq < ack.seq) report.lost++;
    else if (seq > ack.seq) report.replacedByUnacknowledged++;
  }
  return report;
}
