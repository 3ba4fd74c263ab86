import { Inject, Injectable } from '@nestjs/common';
import { DataSource, IsNull } from 'typeorm';
import {
  DEFAULT_TIME_ZONE,
  INVITE_TTL_MS,
  badInput,
  conflict,
  forbidden,
  isTeamRole,
  normaliseEmail,
  notFound,
  unauthenticated,
  validateName,
  validatePassword,
  validateTimeZone,
  TEAM_NAME_MAX_LENGTH,
  type TeamRole,
} from '@attune/domain';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import type { AuthUser, GqlContext } from '../../common/context';
import { byKey, groupByKey } from '../../common/loaders';
import { AccessService } from '../../common/access.service';
import { hashPassword, verifyPassword } from '../auth/password';
import { hashToken, newToken } from '../auth/tokens';
import { OutboxService } from '../notification/outbox.service';
import { inviteMail } from '../notification/templates/invite';
import { InvitationEntity } from './invitation.entity';
import { OrganisationEntity } from './organisation.entity';
import { TeamEntity } from './team.entity';
import type { CreateTeamInput } from './dto/create-team.input';

export interface MemberRow {
  user_id: string;
  display_name: string;
  role: TeamRole;
  team_id: string;
}

@Injectable()
export class TeamService {
  constructor(
    private readonly ds: DataSource,
    private readonly access: AccessService,
    private readonly outbox: OutboxService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  teamById(ctx: GqlContext, id: string): Promise<TeamEntity | null> {
    return ctx.loaders
      .get<string, TeamEntity | null>('teamById', async (ids) => {
        const rows = await this.ds.getRepository(TeamEntity).createQueryBuilder('t').where('t.id = ANY(:ids)', { ids }).getMany();
        return byKey(ids, rows, (r) => r.id);
      })
      .load(id);
  }

  organisationById(ctx: GqlContext, id: string): Promise<OrganisationEntity | null> {
    return ctx.loaders
      .get<string, OrganisationEntity | null>('organisationById', async (ids) => {
        const rows = await this.ds
          .getRepository(OrganisationEntity)
          .createQueryBuilder('o')
          .where('o.id = ANY(:ids)', { ids })
          .getMany();
        return byKey(ids, rows, (r) => r.id);
      })
      .load(id);
  }

  membersOf(ctx: GqlContext, teamId: string): Promise<MemberRow[]> {
    return ctx.loaders
      .get<string, MemberRow[]>('teamMembers', async (ids) => {
        const rows: MemberRow[] = await this.ds.query(
          `SELECT m.user_id, u.display_name, m.role, m.team_id
             FROM team_membership m JOIN app_user u ON u.id = m.user_id
            WHERE m.team_id = ANY($1::uuid[]) AND m.left_at IS NULL
            ORDER BY m.role = 'LEAD' DESC, u.display_name`,
          [ids],
        );
        return groupByKey(ids, rows, (r) => r.team_id);
      })
      .load(teamId);
  }

  /** Teams the caller is a member of, and for org admins every team of their organisation. */
  async myTeams(ctx: GqlContext): Promise<TeamEntity[]> {
    const user = ctx.user;
    if (!user) throw unauthenticated();
    return this.ds.query(
      `SELECT t.id, t.organisation_id AS "organisationId", t.name, t.time_zone AS "timeZone", t.created_at AS "createdAt"
         FROM team t
        WHERE t.id IN (SELECT team_id FROM team_membership WHERE user_id = $1 AND left_at IS NULL)
           OR t.organisation_id IN (SELECT organisation_id FROM org_admin WHERE user_id = $1)
        ORDER BY t.name`,
      [user.id],
    );
  }

  async pendingInvitations(teamId: string): Promise<InvitationEntity[]> {
    return this.ds.getRepository(InvitationEntity).find({
      where: { teamId, acceptedAt: IsNull(), revokedAt: IsNull() },
      order: { createdAt: 'DESC' },
      take: 200,
    });
  }

  async createTeam(ctx: GqlContext, input: CreateTeamInput): Promise<TeamEntity> {
    const access = await this.access.forContext(ctx);
    const orgId = input.organisationId ?? (access.adminOrganisationIds.size === 1 ? [...access.adminOrganisationIds][0] : undefined);
    if (!orgId) {
      if (access.adminOrganisationIds.size === 0) throw forbidden('Only an organisation admin can create teams');
      throw badInput('organisationId', 'Choose the organisation for the new team');
    }
    if (!access.adminOrganisationIds.has(orgId)) throw forbidden('Only an organisation admin can create teams');
    const name = validateName(input.name, 'name', TEAM_NAME_MAX_LENGTH);
    const timeZone = input.timeZone ? validateTimeZone(input.timeZone) : DEFAULT_TIME_ZONE;
    const repo = this.ds.getRepository(TeamEntity);
    return repo.save(repo.create({ organisationId: orgId, name, timeZone }));
  }

  async inviteMember(
    ctx: GqlContext,
    teamId: string,
    rawEmail: string,
    role: TeamRole,
  ): Promise<{ invitation: InvitationEntity; acceptUrl: string | null }> {
    const user = ctx.user as AuthUser;
    const email = normaliseEmail(rawEmail);
    if (!isTeamRole(role)) throw badInput('role', 'Role must be MEMBER or LEAD');
    const team = await this.teamById(ctx, teamId);
    if (!team) throw notFound('Team');
    const { token, hash } = newToken();
    const acceptUrl = `${this.config.publicUrl}/invite/${token}`;

    const invitation = await this.ds.transaction(async (m) => {
      const existing: unknown[] = await m.query(
        `SELECT 1 FROM team_membership tm JOIN app_user u ON u.id = tm.user_id
          WHERE tm.team_id = $1 AND u.email = $2 AND tm.left_at IS NULL`,
        [teamId, email],
      );
      if (existing.length > 0) throw conflict('This person is already a member of the team');
      // A new invitation replaces any earlier one still open for the same address.
      await m.query(
        `UPDATE invitation SET revoked_at = now() WHERE team_id = $1 AND email = $2 AND accepted_at IS NULL AND revoked_at IS NULL`,
        [teamId, email],
      );
      const repo = m.getRepository(InvitationEntity);
      const inv = await repo.save(
        repo.create({
          teamId,
          email,
          role,
          tokenHash: hash,
          invitedBy: user.id,
          expiresAt: new Date(Date.now() + INVITE_TTL_MS),
          acceptedAt: null,
          acceptedBy: null,
          revokedAt: null,
        }),
      );
      const recipients: { id: string; locale: string }[] = await m.query(`SELECT id, locale FROM app_user WHERE email = $1`, [email]);
      const recipient = recipients[0];
      const locale = recipient?.locale ?? user.locale;
      const mail = inviteMail(locale, { teamName: team.name, inviterName: user.displayName, url: acceptUrl, expiresAt: inv.expiresAt });
      await this.outbox.enqueue(m, {
        idempotencyKey: `invite:${inv.id}`,
        kind: 'INVITE',
        recipientEmail: email,
        recipientUserId: recipient?.id ?? null,
        locale,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
      });
      return inv;
    });
    return { invitation, acceptUrl: this.config.smtpUrl ? null : acceptUrl };
  }

  async invitationPreview(token: string): Promise<{
    email: string;
    teamName: string;
    organisationName: string;
    role: TeamRole;
    expiresAt: Date;
    accountExists: boolean;
  }> {
    if (token.length > 200) throw notFound('Invitation');
    const rows: {
      email: string;
      team_name: string;
      organisation_name: string;
      role: TeamRole;
      expires_at: Date;
      account_exists: boolean;
    }[] = await this.ds.query(
      `SELECT i.email, t.name AS team_name, o.name AS organisation_name, i.role, i.expires_at,
              EXISTS (SELECT 1 FROM app_user u WHERE u.email = i.email) AS account_exists
         FROM invitation i JOIN team t ON t.id = i.team_id JOIN organisation o ON o.id = t.organisation_id
        WHERE i.token_hash = $1 AND i.accepted_at IS NULL AND i.revoked_at IS NULL AND i.expires_at > now()`,
      [hashToken(token)],
    );
    const r = rows[0];
    if (!r) throw notFound('Invitation');
    return {
      email: r.email,
      teamName: r.team_name,
      organisationName: r.organisation_name,
      role: r.role,
      expiresAt: r.expires_at,
      accountExists: r.account_exists,
    };
  }

  /**
   * Takes up an invitation: a new person chooses name and password; someone who already has
   * an account confirms with their password. Adds the membership; returns the user id.
   */
  async acceptInvite(token: string, rawName: string, password: string): Promise<string> {
    if (token.length > 200) throw notFound('Invitation');
    return this.ds.transaction(async (m) => {
      const invs: { id: string; team_id: string; email: string; role: TeamRole; expires_at: Date; accepted_at: Date | null; revoked_at: Date | null; organisation_id: string }[] =
        await m.query(
          `SELECT i.id, i.team_id, i.email, i.role, i.expires_at, i.accepted_at, i.revoked_at, t.organisation_id
             FROM invitation i JOIN team t ON t.id = i.team_id
            WHERE i.token_hash = $1 FOR UPDATE OF i`,
          [hashToken(token)],
        );
      const inv = invs[0];
      if (!inv || inv.revoked_at) throw notFound('Invitation');
      if (inv.accepted_at) throw conflict('This invitation has already been used');
      if (inv.expires_at.getTime() <= Date.now()) throw conflict('This invitation has expired; ask for a new one');

      const existing: { id: string; password_hash: string }[] = await m.query(
        `SELECT id, password_hash FROM app_user WHERE email = $1 FOR UPDATE`,
        [inv.email],
      );
      let userId: string;
      const found = existing[0];
      if (found) {
        if (!(await verifyPassword(found.password_hash, password))) {
          throw badInput('password', 'This address already has an account: enter its password to join the team');
        }
        userId = found.id;
      } else {
        const name = validateName(rawName, 'name');
        validatePassword(password);
        const created: { id: string }[] = await m.query(
          `INSERT INTO app_user (organisation_id, email, display_name, password_hash) VALUES ($1, $2, $3, $4) RETURNING id`,
          [inv.organisation_id, inv.email, name, await hashPassword(password)],
        );
        userId = (created[0] as { id: string }).id;
      }
      await m.query(
        `INSERT INTO team_membership (team_id, user_id, role) VALUES ($1, $2, $3)
         ON CONFLICT (team_id, user_id) WHERE left_at IS NULL DO NOTHING`,
        [inv.team_id, userId, inv.role],
      );
      await m.query(`UPDATE invitation SET accepted_at = now(), accepted_by = $2 WHERE id = $1`, [inv.id, userId]);
      return userId;
    });
  }
}
