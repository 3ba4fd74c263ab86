import { Args, ID, Int, Query, Resolver } from '@nestjs/graphql';
import { badInput } from '@attune/domain';
import { AccessService } from '../../common/access.service';
import type { GqlContext } from '../../common/context';
import { Ctx } from '../../common/decorators';
import { adminOrganisation } from './admin-organisation';
import { AuditEntryModel } from './audit.model';
import { AuditService, type AuditRow } from './audit.service';

const MAX_LIMIT = 200;

function toAuditEntry(r: AuditRow): AuditEntryModel {
  return {
    id: r.id,
    occurredAt: r.occurred_at,
    action: r.action,
    actorId: r.actor_id,
    actorName: r.actor_name,
    teamId: r.team_id,
    teamName: r.team_name,
    details: JSON.stringify(r.details),
  };
}

@Resolver(() => AuditEntryModel)
export class AuditResolver {
  constructor(
    private readonly audit: AuditService,
    private readonly access: AccessService,
  ) {}

  @Query(() => [AuditEntryModel], { description: 'The audit log of my organisation, newest first (org admins)' })
  async auditLog(
    @Ctx() ctx: GqlContext,
    @Args('limit', { type: () => Int, defaultValue: 50 }) limit: number,
    @Args('before', { type: () => ID, nullable: true }) before?: string | null,
    @Args('organisationId', { type: () => ID, nullable: true }) organisationId?: string | null,
  ): Promise<AuditEntryModel[]> {
    const orgId = await adminOrganisation(this.access, ctx, organisationId);
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) throw badInput('limit', `Limit must be between 1 and ${MAX_LIMIT}`);
    if (before !== null && before !== undefined && !/^[1-9][0-9]{0,17}$/u.test(before)) throw badInput('before', 'Not a valid entry id');
    return (await this.audit.list(orgId, limit, before ?? null)).map(toAuditEntry);
  }
}
