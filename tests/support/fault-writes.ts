// The write the fault test keeps sending, and how it checks that acknowledged ones survived.
import type pg from 'pg';

export const ACK_WRITE = 'mutation($n: String!) { updateProfile(input: { displayName: $n }) { displayName } }';
export const writeArgs = (value: string): Record<string, unknown> => ({ n: value });

/** Counts acknowledged writes missing from the database (profile: the last one per person must be there). */
export async function acknowledgedIn(db: pg.Client, acks: { who: string; value: string }[]): Promise<number> {
  const last = new Map<string, string>();
  for (const a of acks) last.set(a.who, a.value);
  let lost = 0;
  for (const [who, value] of last) {
    const { rows } = await db.query<{ display_name: string }>(`SELECT display_name FROM app_user WHERE email = $1`, [`${who}@attune.demo`]);
    if (rows[0]?.display_name !== value) lost++;
  }
  return lost;
}
