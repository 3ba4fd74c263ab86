import { who5Band } from '@attune/domain';
import type { CheckInModel } from './check-in.model';

/** A check-in row as read with raw SQL (dates as text), with the note already opened. */
export interface CheckInRow {
  id: string;
  local_date: string;
  submitted_at: Date;
  who5_1: number;
  who5_2: number;
  who5_3: number;
  who5_4: number;
  who5_5: number;
  who5_score: number;
  stress_load: number;
  sleep_quality: number;
  body_tension: number;
  safety: number;
  connection: number;
  client_material: number;
}

/** Exactly the fields of my own check-in that go out — to me. */
export function toCheckIn(r: CheckInRow, note: string | null): CheckInModel {
  return {
    id: r.id,
    localDate: r.local_date,
    submittedAt: r.submitted_at,
    who5: [r.who5_1, r.who5_2, r.who5_3, r.who5_4, r.who5_5],
    who5Score: r.who5_score,
    who5Band: who5Band(r.who5_score),
    stressLoad: r.stress_load,
    sleepQuality: r.sleep_quality,
    bodyTension: r.body_tension,
    safety: r.safety,
    connection: r.connection,
    clientMaterial: r.client_material,
    note,
  };
}

export const CHECK_IN_COLUMNS = `id, local_date::text AS local_date, submitted_at, who5_1, who5_2, who5_3, who5_4, who5_5, who5_score,
  stress_load, sleep_quality, body_tension, safety, connection, client_material, note`;
