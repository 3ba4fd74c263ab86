import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  QUICK_SCALES,
  badInput,
  localDateIn,
  suggestFor,
  validateCheckIn,
  who5Band,
  who5Score,
  who5Trend,
  type CheckInInput,
  type QuickScale,
  type ScaleValues,
} from '@attune/domain';
import type { AuthUser } from '../../common/context';
import { EncryptionService, registerEncryptedColumn, type EncryptedColumn } from '../../common/encryption/encryption.service';
import { OrganisationSettingsService } from '../wellbeing/organisation-settings.service';
import type { PersonalRecord } from '../personal-data/personal-data.registry';
import { CheckInClock } from './check-in.clock';
import { CHECK_IN_COLUMNS, toCheckIn, type CheckInRow } from './check-in.mapper';
import type { CheckInModel, CheckInResultModel } from './check-in.model';

export const CHECK_IN_NOTE: EncryptedColumn = { table: 'check_in', idColumn: 'id', column: 'note' };
registerEncryptedColumn(CHECK_IN_NOTE);

/** Quick scale → check_in column. */
export const SCALE_COLUMN: Readonly<Record<QuickScale, string>> = {
  STRESS_LOAD: 'stress_load',
  SLEEP_QUALITY: 'sleep_quality',
  BODY_TENSION: 'body_tension',
  SAFETY: 'safety',
  CONNECTION: 'connection',
  CLIENT_MATERIAL: 'client_material',
};

const MAX_LISTED = 1000;

type StoredRow = CheckInRow & { note: string | null };

function scalesOf(r: CheckInRow): ScaleValues {
  return {
    STRESS_LOAD: r.stress_load,
    SLEEP_QUALITY: r.sleep_quality,
    BODY_TENSION: r.body_tension,
    SAFETY: r.safety,
    CONNECTION: r.connection,
    CLIENT_MATERIAL: r.client_material,
  };
}

@Injectable()
export class CheckInService {
  constructor(
    private readonly ds: DataSource,
    private readonly encryption: EncryptionService,
    private readonly clock: CheckInClock,
    private readonly settings: OrganisationSettingsService,
  ) {}

  /**
   * Records today's check-in (today in the member's own time zone). A second one the same day
   * replaces the first: the unique (user_id, local_date) constraint and an upsert make that hold
   * under concurrency too. The note is sealed after the upsert, bound to the row it ended up in.
   */
  async submit(user: AuthUser, input: CheckInInput): Promise<CheckInResultModel> {
    const answers = validateCheckIn(input);
    const now = this.clock.now();
    const localDate = localDateIn(now, user.timeZone);
    const scaleValues = QUICK_SCALES.map((s) => answers.scales[s]);

    const { row, replaced, previous } = await this.ds.transaction(async (m) => {
      const [upserted] = (await m.query(
        `INSERT INTO check_in (user_id, local_date, time_zone, submitted_at, who5_1, who5_2, who5_3, who5_4, who5_5,
                               stress_load, sleep_quality, body_tension, safety, connection, client_material, note)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, NULL)
         ON CONFLICT ON CONSTRAINT check_in_one_per_day DO UPDATE SET
           time_zone = EXCLUDED.time_zone, submitted_at = EXCLUDED.submitted_at,
           who5_1 = EXCLUDED.who5_1, who5_2 = EXCLUDED.who5_2, who5_3 = EXCLUDED.who5_3, who5_4 = EXCLUDED.who5_4, who5_5 = EXCLUDED.who5_5,
           stress_load = EXCLUDED.stress_load, sleep_quality = EXCLUDED.sleep_quality, body_tension = EXCLUDED.body_tension,
           safety = EXCLUDED.safety, connection = EXCLUDED.connection, client_material = EXCLUDED.client_material, note = NULL
         RETURNING ${CHECK_IN_COLUMNS}, (xmax::text <> '0') AS replaced`,
        [user.id, localDate, user.timeZone, now, ...answers.who5, ...scaleValues],
      )) as (StoredRow & { replaced: boolean })[];
      if (!upserted) throw new Error('check-in upsert returned no row');
      if (answers.note !== null) {
        await m.query(`UPDATE check_in SET note = $2 WHERE id = $1`, [upserted.id, this.encryption.seal(CHECK_IN_NOTE, upserted.id, answers.note)]);
      }
      const earlier: CheckInRow[] = await m.query(
        `SELECT ${CHECK_IN_COLUMNS} FROM check_in WHERE user_id = $1 AND local_date < $2 ORDER BY local_date DESC LIMIT 4`,
        [user.id, localDate],
      );
      return { row: upserted, replaced: upserted.replaced, previous: earlier };
    });

    const score = who5Score(answers.who5);
    if (score !== row.who5_score) throw new Error('WHO-5 score in the database differs from the domain rule');
    const band = who5Band(score);
    const trend = who5Trend(score, previous.map((p) => p.who5_score));
    const suggestion = suggestFor({ band, trend, scales: answers.scales, previousScales: previous.map(scalesOf) });
    return {
      checkIn: toCheckIn(row, answers.note),
      score,
      band,
      trend,
      suggestion: { ...suggestion, standingOut: [...suggestion.standingOut] },
      supportResources: band === 'NEEDS_SUPPORT' ? await this.settings.supportResources(user.organisationId) : [],
      replacedEarlierToday: replaced,
    };
  }

  /** My own check-ins submitted in [from, to), newest first. */
  async mine(user: AuthUser, from: Date, to: Date): Promise<CheckInModel[]> {
    if (to.getTime() <= from.getTime()) throw badInput('to', '`to` must be after `from`');
    const rows: StoredRow[] = await this.ds.query(
      `SELECT ${CHECK_IN_COLUMNS} FROM check_in
        WHERE user_id = $1 AND submitted_at >= $2 AND submitted_at < $3
        ORDER BY local_date DESC LIMIT ${MAX_LISTED}`,
      [user.id, from, to],
    );
    return rows.map((r) => toCheckIn(r, this.encryption.open(CHECK_IN_NOTE, r.id, r.note)));
  }

  /** For "export my data": every check-in with its note opened. */
  async exportFor(m: EntityManager, userId: string): Promise<PersonalRecord[]> {
    const rows: (StoredRow & { time_zone: string; created_at: Date })[] = await m.query(
      `SELECT ${CHECK_IN_COLUMNS}, time_zone, created_at FROM check_in WHERE user_id = $1 ORDER BY local_date`,
      [userId],
    );
    return rows.map((r) => {
      const c = toCheckIn(r, this.encryption.open(CHECK_IN_NOTE, r.id, r.note));
      return {
        localDate: c.localDate,
        timeZone: r.time_zone,
        submittedAt: c.submittedAt.toISOString(),
        who5Item1: c.who5[0] ?? null,
        who5Item2: c.who5[1] ?? null,
        who5Item3: c.who5[2] ?? null,
        who5Item4: c.who5[3] ?? null,
        who5Item5: c.who5[4] ?? null,
        who5Score: c.who5Score,
        who5Band: c.who5Band,
        stressLoad: c.stressLoad,
        sleepQuality: c.sleepQuality,
        bodyTension: c.bodyTension,
        safety: c.safety,
        connection: c.connection,
        clientMaterial: c.clientMaterial,
        note: c.note,
      };
    });
  }
}
