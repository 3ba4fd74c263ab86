import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { preparedQuery } from '../../database/prepared';

/** What gets recorded. Add new actions here. */
export const AuditAction = {
  TEAM_WELLBEING_VIEWED: 'TEAM_WELLBEING_VIEWED',
  ORGANISATION_SETTINGS_UPDATED: 'ORGANISATION_SETTINGS_UPDATED',
  PERSONAL_DATA_EXPORTED: 'PERSONAL_DATA_EXPORTED',
  ACCOUNT_DELETED: 'ACCOUNT_DELETED',
} as const;
export type AuditAction = (typeof AuditAction)[keyof typeof AuditAction];

export interface AuditEntry {
  readonly actorId: string | null;
  readonly action: AuditAction;
  readonly organisationId: string;
  readonly teamId?: string | null;
  /** Small, non-sensitive facts about the action (range, granularity, which settings changed …). */
  readonly details?: Readonly<Record<string, unknown>>;
}

export interface AuditRow {
  id: string;
  occurred_at: Date;
  actor_id: string | null;
  actor_name: string | null;
  action: string;
  team_id: string | null;
  team_name: string | null;
  details: Record<string, unknown>;
}

/** The table and columns of an audit_log insert (for statements that write an entry along with their own work). */
export const AUDIT_LOG_COLUMNS = 'audit_log (actor_id, action, organisation_id, team_id, details)';

const INSERT_ONE = `INSERT INTO ${AUDIT_LOG_COLUMNS} VALUES ($1, $2, $3, $4, $5::jsonb)`;

function auditParams(entry: AuditEntry): unknown[] {
  return [entry.actorId, entry.action, entry.organisationId, entry.teamId ?? null, JSON.stringify(entry.details ?? {})];
}

/**
 * The append-only audit log. `record` takes the caller's transaction when there is one, so the
 * entry exists exactly when the audited change was committed.
 */
@Injectable()
export class AuditService {
  constructor(private readonly ds: DataSource) {}

  async record(manager: EntityManager | undefined, entry: AuditEntry): Promise<void> {
    if (manager) await manager.query(INSERT_ONE, auditParams(entry));
    else await preparedQuery(this.ds, INSERT_ONE, auditParams(entry));
  }

  /** Newest first; `before` is the id of the last entry already seen. */
  list(organisationId: string, limit: number, before: string | null): Promise<AuditRow[]> {
    return this.ds.query(
      `SELECT a.id::text AS id, a.occurred_at, a.actor_id, u.display_name AS actor_name, a.action,
              a.team_id, t.name AS team_name, a.details
         FROM audit_log a
         LEFT JOIN app_user u ON u.id = a.actor_id
         LEFT JOIN team t ON t.id = a.team_id
        WHERE a.organisation_id = $1 AND ($2::bigint IS NULL OR a.id < $2::bigint)
        ORDER BY a.id DESC
        LIMIT $3`,
      [organisationId, before, limit],
    );
  }

  /** Everything a person did, for their own data export. */
  byActor(manager: EntityManager, actorId: string): Promise<{ occurred_at: Date; action: string; team_id: string | null; details: unknown }[]> {
    return manager.query(
      `SELECT occurred_at, action, team_id, details FROM audit_log WHERE actor_id = $1 ORDER BY id`,
      [actorId],
    );
  }
}
