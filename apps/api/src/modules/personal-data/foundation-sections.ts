import type { EntityManager } from 'typeorm';
import type { PersonalDataSection, PersonalRecord } from './personal-data.registry';
import type { AuditService } from '../audit/audit.service';

const iso = (d: Date | null): string | null => (d ? d.toISOString() : null);

/** Personal data held by the foundation modules (accounts, teams, sessions, mail). */
export function foundationSections(audit: AuditService): PersonalDataSection[] {
  const email = async (m: EntityManager, userId: string): Promise<string | null> => {
    const rows: { email: string }[] = await m.query(`SELECT email FROM app_user WHERE id = $1`, [userId]);
    return rows[0]?.email ?? null;
  };
  return [
    {
      name: 'profile',
      order: 1000,
      async export(m, userId) {
        const rows: { id: string; email: string; display_name: string; locale: string; time_zone: string; created_at: Date; organisation: string }[] =
          await m.query(
            `SELECT u.id, u.email, u.display_name, u.locale, u.time_zone, u.created_at, o.name AS organisation
               FROM app_user u JOIN organisation o ON o.id = u.organisation_id WHERE u.id = $1`,
            [userId],
          );
        return rows.map((r) => ({
          id: r.id,
          email: r.email,
          displayName: r.display_name,
          locale: r.locale,
          timeZone: r.time_zone,
          organisation: r.organisation,
          createdAt: iso(r.created_at),
        }));
      },
      async erase(m, userId) {
        await m.query(`DELETE FROM app_user WHERE id = $1`, [userId]);
      },
    },
    {
      name: 'teamMemberships',
      order: 900,
      async export(m, userId) {
        const rows: { team: string; role: string; joined_at: Date; left_at: Date | null }[] = await m.query(
          `SELECT t.name AS team, tm.role, tm.joined_at, tm.left_at
             FROM team_membership tm JOIN team t ON t.id = tm.team_id WHERE tm.user_id = $1 ORDER BY tm.joined_at`,
          [userId],
        );
        return rows.map((r) => ({ team: r.team, role: r.role, joinedAt: iso(r.joined_at), leftAt: iso(r.left_at) }));
      },
      async erase(m, userId) {
        await m.query(`DELETE FROM team_membership WHERE user_id = $1`, [userId]);
      },
    },
    {
      name: 'organisationAdmin',
      order: 900,
      async export(m, userId) {
        const rows: { organisation: string }[] = await m.query(
          `SELECT o.name AS organisation FROM org_admin a JOIN organisation o ON o.id = a.organisation_id WHERE a.user_id = $1`,
          [userId],
        );
        return rows.map((r) => ({ organisation: r.organisation }));
      },
      async erase(m, userId) {
        await m.query(`DELETE FROM org_admin WHERE user_id = $1`, [userId]);
      },
    },
    {
      name: 'loginSessions',
      order: 900,
      async export(m, userId) {
        const rows: { created_at: Date; last_seen_at: Date; expires_at: Date; user_agent: string | null }[] = await m.query(
          `SELECT created_at, last_seen_at, expires_at, user_agent FROM user_session WHERE user_id = $1 ORDER BY created_at`,
          [userId],
        );
        return rows.map((r) => ({ createdAt: iso(r.created_at), lastSeenAt: iso(r.last_seen_at), expiresAt: iso(r.expires_at), userAgent: r.user_agent }));
      },
      async erase(m, userId) {
        await m.query(`DELETE FROM user_session WHERE user_id = $1`, [userId]);
      },
    },
    {
      name: 'loginAttempts',
      order: 900,
      async export(m, userId) {
        const rows: { attempted_at: Date; client_address: string; succeeded: boolean }[] = await m.query(
          `SELECT attempted_at, client_address, succeeded FROM login_attempt WHERE email = (SELECT email FROM app_user WHERE id = $1) ORDER BY id`,
          [userId],
        );
        return rows.map((r) => ({ attemptedAt: iso(r.attempted_at), clientAddress: r.client_address, succeeded: r.succeeded }));
      },
      async erase(m, userId) {
        await m.query(`DELETE FROM login_attempt WHERE email = $1`, [await email(m, userId)]);
      },
    },
    {
      name: 'invitations',
      order: 900,
      async export(m, userId) {
        const rows: { team: string; role: string; created_at: Date; accepted_at: Date | null }[] = await m.query(
          `SELECT t.name AS team, i.role, i.created_at, i.accepted_at
             FROM invitation i JOIN team t ON t.id = i.team_id
            WHERE i.email = (SELECT email FROM app_user WHERE id = $1) ORDER BY i.created_at`,
          [userId],
        );
        return rows.map((r) => ({ team: r.team, role: r.role, createdAt: iso(r.created_at), acceptedAt: iso(r.accepted_at) }));
      },
      async erase(m, userId) {
        await m.query(`DELETE FROM invitation WHERE email = $1`, [await email(m, userId)]);
      },
    },
    {
      name: 'messages',
      order: 900,
      async export(m, userId) {
        const rows: { kind: string; subject: string; created_at: Date; delivered_at: Date | null }[] = await m.query(
          `SELECT kind, subject, created_at, delivered_at FROM outbox_message
            WHERE recipient_user_id = $1 OR recipient_email = (SELECT email FROM app_user WHERE id = $1) ORDER BY created_at`,
          [userId],
        );
        return rows.map((r) => ({ kind: r.kind, subject: r.subject, createdAt: iso(r.created_at), deliveredAt: iso(r.delivered_at) }));
      },
      async erase(m, userId) {
        await m.query(`DELETE FROM outbox_message WHERE recipient_user_id = $1 OR recipient_email = $2`, [userId, await email(m, userId)]);
      },
    },
    {
      // Kept on erasure: the audit trail is append-only by design (and by trigger). Its rows hold
      // the person's id, which no longer leads to anyone once the account is gone.
      name: 'auditTrail',
      async export(m, userId): Promise<PersonalRecord[]> {
        const rows = await audit.byActor(m, userId);
        return rows.map((r) => ({ occurredAt: iso(r.occurred_at), action: r.action, teamId: r.team_id, details: r.details as Record<string, unknown> }));
      },
    },
  ];
}
