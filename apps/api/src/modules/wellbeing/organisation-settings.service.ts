import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { notFound, validateAnonymityThreshold, validateSupportResources, type SupportResource } from '@attune/domain';
import type { AuthUser } from '../../common/context';
import { AuditService } from '../audit/audit.service';
import type { UpdateOrganisationSettingsInput } from './dto/update-organisation-settings.input';

export interface OrganisationSettings {
  organisationId: string;
  name: string;
  anonymityThreshold: number;
  supportResources: SupportResource[];
}

interface OrganisationRow {
  id: string;
  name: string;
  anonymity_threshold: number;
  support_resources: unknown;
}

/** Stored resources as written by the seed or an admin; fields that are missing become null. */
function readResources(raw: unknown): SupportResource[] {
  if (!Array.isArray(raw)) return [];
  return raw
    .filter((r): r is Record<string, unknown> => typeof r === 'object' && r !== null && typeof (r as { name?: unknown }).name === 'string')
    .map((r) => ({
      name: r.name as string,
      phone: typeof r.phone === 'string' ? r.phone : null,
      url: typeof r.url === 'string' ? r.url : null,
      description: typeof r.description === 'string' ? r.description : null,
    }));
}

function toSettings(r: OrganisationRow): OrganisationSettings {
  return { organisationId: r.id, name: r.name, anonymityThreshold: r.anonymity_threshold, supportResources: readResources(r.support_resources) };
}

/** The organisation's anonymity threshold k and its support resources. */
@Injectable()
export class OrganisationSettingsService {
  constructor(
    private readonly ds: DataSource,
    private readonly audit: AuditService,
  ) {}

  async get(organisationId: string): Promise<OrganisationSettings> {
    const rows: OrganisationRow[] = await this.ds.query(
      `SELECT id, name, anonymity_threshold, support_resources FROM organisation WHERE id = $1`,
      [organisationId],
    );
    const row = rows[0];
    if (!row) throw notFound('Organisation');
    return toSettings(row);
  }

  async supportResources(organisationId: string): Promise<SupportResource[]> {
    return (await this.get(organisationId)).supportResources;
  }

  /** Changes k and/or the support resources; the change and what it was are audited in the same transaction. */
  async update(user: AuthUser, organisationId: string, input: UpdateOrganisationSettingsInput): Promise<OrganisationSettings> {
    const k = input.anonymityThreshold === undefined || input.anonymityThreshold === null ? null : validateAnonymityThreshold(input.anonymityThreshold);
    const resources = input.supportResources === undefined || input.supportResources === null ? null : validateSupportResources(input.supportResources);
    return this.ds.transaction(async (m) => {
      const before: OrganisationRow[] = await m.query(
        `SELECT id, name, anonymity_threshold, support_resources FROM organisation WHERE id = $1 FOR UPDATE`,
        [organisationId],
      );
      const old = before[0];
      if (!old) throw notFound('Organisation');
      const [updated] = (await m.query(
        `UPDATE organisation
            SET anonymity_threshold = COALESCE($2, anonymity_threshold),
                support_resources = COALESCE($3::jsonb, support_resources)
          WHERE id = $1
          RETURNING id, name, anonymity_threshold, support_resources`,
        [organisationId, k, resources === null ? null : JSON.stringify(resources)],
      )) as [OrganisationRow[], number]; // TypeORM answers UPDATE … RETURNING with [rows, count]
      const row = updated[0];
      if (!row) throw notFound('Organisation');
      const changed: Record<string, unknown> = {};
      if (k !== null && k !== old.anonymity_threshold) changed.anonymityThreshold = { from: old.anonymity_threshold, to: k };
      if (resources !== null) changed.supportResources = { from: readResources(old.support_resources).length, to: resources.length };
      await this.audit.record(m, {
        actorId: user.id,
        action: 'ORGANISATION_SETTINGS_UPDATED',
        organisationId,
        details: changed,
      });
      return toSettings(row);
    });
  }
}
