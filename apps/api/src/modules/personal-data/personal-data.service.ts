import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { badInput, conflict } from '@attune/domain';
import type { AuthUser } from '../../common/context';
import { verifyPassword } from '../auth/password';
import { AuditService } from '../audit/audit.service';
import { toCsv } from './csv';
import type { MyDataExportModel } from './personal-data.model';
import { PersonalDataRegistry, type PersonalRecord } from './personal-data.registry';

function kebab(name: string): string {
  return name.replace(/[A-Z]/gu, (c) => `-${c.toLowerCase()}`);
}

@Injectable()
export class PersonalDataService {
  constructor(
    private readonly ds: DataSource,
    private readonly registry: PersonalDataRegistry,
    private readonly audit: AuditService,
  ) {}

  /** Every section about the person, read in one consistent snapshot; the export is audited. */
  async export(user: AuthUser): Promise<MyDataExportModel> {
    const generatedAt = new Date();
    const sections = await this.ds.transaction('REPEATABLE READ', async (m) => {
      const out: Record<string, PersonalRecord[]> = {};
      for (const section of this.registry.sections()) {
        if (section.export) out[section.name] = await section.export(m, user.id);
      }
      await this.audit.record(m, {
        actorId: user.id,
        action: 'PERSONAL_DATA_EXPORTED',
        organisationId: user.organisationId,
        details: { sections: Object.keys(out) },
      });
      return out;
    });
    const json = JSON.stringify({ format: 'attune-personal-data/1', generatedAt: generatedAt.toISOString(), userId: user.id, sections }, null, 2);
    const long: PersonalRecord[] = [];
    for (const [section, records] of Object.entries(sections)) {
      records.forEach((record, i) => {
        for (const [field, value] of Object.entries(record)) long.push({ section, record: i + 1, field, value });
      });
    }
    return {
      generatedAt,
      json,
      csv: toCsv(long),
      files: [
        { filename: 'data.json', contentType: 'application/json', content: json },
        ...Object.entries(sections).map(([name, records]) => ({ filename: `${kebab(name)}.csv`, contentType: 'text/csv', content: toCsv(records) })),
      ],
    };
  }

  /**
   * Erases the account and everything about the person, in one transaction, after checking the
   * password. The last org admin of an organisation that still has other people is refused
   * (nobody could appoint a new one); a team's last lead may leave — an org admin can invite a
   * new lead.
   */
  async deleteAccount(user: AuthUser, password: string): Promise<void> {
    const rows: { password_hash: string }[] = await this.ds.query(`SELECT password_hash FROM app_user WHERE id = $1`, [user.id]);
    if (!(await verifyPassword(rows[0]?.password_hash ?? null, password))) {
      throw badInput('password', 'The password is not correct');
    }
    await this.ds.transaction(async (m) => {
      const admins: { organisation_id: string; user_id: string }[] = await m.query(
        `SELECT organisation_id, user_id FROM org_admin
          WHERE organisation_id IN (SELECT organisation_id FROM org_admin WHERE user_id = $1)
          ORDER BY organisation_id, user_id FOR UPDATE`,
        [user.id],
      );
      for (const orgId of new Set(admins.filter((a) => a.user_id === user.id).map((a) => a.organisation_id))) {
        const others = admins.filter((a) => a.organisation_id === orgId && a.user_id !== user.id).length;
        const people: unknown[] = await m.query(`SELECT 1 FROM app_user WHERE organisation_id = $1 AND id <> $2 LIMIT 1`, [orgId, user.id]);
        if (others === 0 && people.length > 0) {
          throw conflict('You are the last administrator of your organisation; another administrator is needed before you can delete your account');
        }
      }
      const sections = this.registry.sections();
      await this.audit.record(m, {
        actorId: user.id,
        action: 'ACCOUNT_DELETED',
        organisationId: user.organisationId,
        details: { sections: sections.map((s) => s.name) },
      });
      for (const section of sections) await section.erase?.(m, user.id);
    });
  }
}
