import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Granularity as GranularityType } from '@attune/domain';
import { AccessService } from '../../common/access.service';
import type { AuthUser, GqlContext } from '../../common/context';
import { Ctx, CurrentUser } from '../../common/decorators';
import { TeamAccess } from '../../common/team-access';
import { adminOrganisation } from '../audit/admin-organisation';
import { SupportResourceModel } from '../check-in/check-in.model';
import { UpdateOrganisationSettingsInput } from './dto/update-organisation-settings.input';
import { OrganisationSettingsService } from './organisation-settings.service';
import { Granularity, OrganisationSettingsModel, WellbeingBucketModel } from './wellbeing.model';
import { WellbeingService } from './wellbeing.service';

@Resolver(() => WellbeingBucketModel)
export class WellbeingResolver {
  constructor(
    private readonly wellbeing: WellbeingService,
    private readonly settings: OrganisationSettingsService,
    private readonly access: AccessService,
  ) {}

  @TeamAccess({ kind: 'team', from: 'args', key: 'teamId', roles: ['LEAD'] })
  @Query(() => [WellbeingBucketModel], {
    description:
      'How the team is doing, in aggregate only, per fixed calendar bucket covering [from, to) (leads of the team; every call is audited). At most 60 buckets.',
  })
  teamWellbeing(
    @CurrentUser() user: AuthUser,
    @Args('teamId', { type: () => ID }) teamId: string,
    @Args('granularity', { type: () => Granularity }) granularity: GranularityType,
    @Args('from') from: Date,
    @Args('to') to: Date,
  ): Promise<WellbeingBucketModel[]> {
    return this.wellbeing.teamWellbeing(user, teamId.toLowerCase(), granularity, from, to);
  }

  @Query(() => OrganisationSettingsModel, { description: 'Anonymity threshold and support resources (org admins)' })
  async organisationSettings(
    @Ctx() ctx: GqlContext,
    @Args('organisationId', { type: () => ID, nullable: true }) organisationId?: string | null,
  ): Promise<OrganisationSettingsModel> {
    return this.settings.get(await adminOrganisation(this.access, ctx, organisationId));
  }

  @Mutation(() => OrganisationSettingsModel, { description: 'Changes k (never below 3) and/or the support resources (org admins; audited)' })
  async updateOrganisationSettings(
    @CurrentUser() user: AuthUser,
    @Ctx() ctx: GqlContext,
    @Args('input') input: UpdateOrganisationSettingsInput,
  ): Promise<OrganisationSettingsModel> {
    const orgId = await adminOrganisation(this.access, ctx, input.organisationId);
    return this.settings.update(user, orgId, input);
  }

  @Query(() => [SupportResourceModel], { description: "My organisation's support resources (every member)" })
  supportResources(@CurrentUser() user: AuthUser): Promise<SupportResourceModel[]> {
    return this.settings.supportResources(user.organisationId);
  }
}
