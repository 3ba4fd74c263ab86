import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { unauthenticated, type TeamRole } from '@attune/domain';
import type { Access, GqlContext } from './context';
import { byKey } from './loaders';

/** Memberships and admin rights of the caller, loaded at most once per request. */
@Injectable()
export class AccessService {
  constructor(private readonly ds: DataSource) {}

  forContext(ctx: GqlContext): Promise<Access> {
    const user = ctx.user;
    if (!user) return Promise.reject(unauthenticated());
    return ctx.loaders.once(accessKey(user.id), () => this.load(user.id));
  }

  async load(userId: string): Promise<Access> {
    const rows: { kind: 'team' | 'admin'; id: string; role: TeamRole | null }[] = await this.ds.query(
      `SELECT 'team' AS kind, team_id AS id, role FROM team_membership WHERE user_id = $1 AND left_at IS NULL
       UNION ALL
       SELECT 'admin' AS kind, organisation_id AS id, NULL AS role FROM org_admin WHERE user_id = $1`,
      [userId],
    );
    const teamRoles = new Map<string, TeamRole>();
    const adminOrganisationIds = new Set<string>();
    for (const r of rows) {
      if (r.kind === 'team' && r.role) teamRoles.set(r.id, r.role);
      else adminOrganisationIds.add(r.id);
    }
    return { teamRoles, adminOrganisationIds };
  }

  async roleIn(ctx: GqlContext, teamId: string): Promise<TeamRole | null> {
    return (await this.forContext(ctx)).teamRoles.get(teamId) ?? null;
  }

  async isOrgAdminOfTeam(ctx: GqlContext, teamId: string): Promise<boolean> {
    const access = await this.forContext(ctx);
    if (access.adminOrganisationIds.size === 0) return false;
    const orgId = await this.teamOrganisation(ctx, teamId);
    return orgId !== null && access.adminOrganisationIds.has(orgId);
  }

  teamOrganisation(ctx: GqlContext, teamId: string): Promise<string | null> {
    return ctx.loaders
      .get<string, string | null>('teamOrganisation', async (ids) => {
        const rows: { id: string; organisation_id: string }[] = await this.ds.query(
          `SELECT id, organisation_id FROM team WHERE id = ANY($1::uuid[])`,
          [ids],
        );
        return byKey(ids, rows, (r) => r.id).map((r) => r?.organisation_id ?? null);
      })
      .load(teamId);
  }
}

/**
 * Per-request memo key of a user's access. Keyed by user id, so a request that changes who is
 * signed in (acceptInvite) never sees the previous person's rights.
 */
function accessKey(userId: string): string {
  return `access:${userId}`;
}

/** Gives a request the caller's access read together with their login session (one round trip). */
export function primeAccess(ctx: GqlContext, userId: string, access: Access): void {
  ctx.loaders.prime(accessKey(userId), access);
}
