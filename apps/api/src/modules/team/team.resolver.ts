import { Inject } from '@nestjs/common';
import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { notFound, type TeamRole as TeamRoleType } from '@attune/domain';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import type { GqlContext } from '../../common/context';
import { Ctx, Public } from '../../common/decorators';
import { TeamRole } from '../../common/enums';
import { AccessService } from '../../common/access.service';
import { TeamAccess } from '../../common/team-access';
import { MeModel } from '../account/account.model';
import { toMe } from '../account/account.mapper';
import { AuthService } from '../auth/auth.service';
import { setSessionCookie } from '../auth/session-cookie';
import { CreateTeamInput } from './dto/create-team.input';
import { toInvitation, toTeam, toTeamMember } from './team.mapper';
import { InvitationModel, InvitationPreviewModel, OrganisationModel, TeamMemberModel, TeamModel } from './team.model';
import { TeamService } from './team.service';

@Resolver(() => TeamModel)
export class TeamResolver {
  constructor(
    private readonly teams: TeamService,
    private readonly access: AccessService,
    private readonly auth: AuthService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Query(() => [TeamModel], { description: 'Teams I belong to (and, for an org admin, every team of the organisation)' })
  async myTeams(@Ctx() ctx: GqlContext): Promise<TeamModel[]> {
    return (await this.teams.myTeams(ctx)).map(toTeam);
  }

  @TeamAccess({ kind: 'team', from: 'args', key: 'id', orgAdmin: true })
  @Query(() => TeamModel)
  async team(@Args('id', { type: () => ID }) id: string, @Ctx() ctx: GqlContext): Promise<TeamModel> {
    const team = await this.teams.teamById(ctx, id.toLowerCase());
    if (!team) throw notFound('Team');
    return toTeam(team);
  }

  @TeamAccess({ kind: 'team', from: 'args', key: 'teamId', roles: ['LEAD'], orgAdmin: true })
  @Mutation(() => InvitationModel, { description: 'Invites a person by e-mail (team leads and org admins)' })
  async inviteMember(
    @Args('teamId', { type: () => ID }) teamId: string,
    @Args('email') email: string,
    @Args('role', { type: () => TeamRole, defaultValue: 'MEMBER' }) role: TeamRoleType,
    @Ctx() ctx: GqlContext,
  ): Promise<InvitationModel> {
    const { invitation, acceptUrl } = await this.teams.inviteMember(ctx, teamId.toLowerCase(), email, role);
    return toInvitation(invitation, acceptUrl);
  }

  @Mutation(() => TeamModel, { description: 'Creates a team (org admins)' })
  async createTeam(@Args('input') input: CreateTeamInput, @Ctx() ctx: GqlContext): Promise<TeamModel> {
    return toTeam(await this.teams.createTeam(ctx, input));
  }

  @Public()
  @Query(() => InvitationPreviewModel, { description: 'What an invitation link is for, before accepting it' })
  invitationPreview(@Args('token') token: string): Promise<InvitationPreviewModel> {
    return this.teams.invitationPreview(token);
  }

  @Public()
  @Mutation(() => MeModel, { description: 'Accepts an invitation, sets name and password, and signs in' })
  async acceptInvite(
    @Args('token') token: string,
    @Args('name') name: string,
    @Args('password') password: string,
    @Ctx() ctx: GqlContext,
  ): Promise<MeModel> {
    const userId = await this.teams.acceptInvite(token, name, password);
    const sessionToken = await this.auth.createSession(userId, ctx.req.get('user-agent') ?? null);
    setSessionCookie(ctx.res, sessionToken, this.config.cookieSecure);
    const user = await this.auth.userForToken(sessionToken);
    if (!user) throw notFound('User');
    ctx.user = user;
    return toMe(user);
  }

  @ResolveField(() => TeamRole, { nullable: true, description: 'My role in this team; null when I am not a member' })
  myRole(@Parent() team: TeamModel, @Ctx() ctx: GqlContext): Promise<TeamRoleType | null> {
    return this.access.roleIn(ctx, team.id);
  }

  @ResolveField(() => OrganisationModel)
  async organisation(@Parent() team: TeamModel, @Ctx() ctx: GqlContext): Promise<OrganisationModel> {
    const org = await this.teams.organisationById(ctx, team.organisationId);
    if (!org) throw notFound('Organisation');
    return { id: org.id, name: org.name };
  }

  @TeamAccess({ kind: 'team', from: 'parent', key: 'id', orgAdmin: true })
  @ResolveField(() => [TeamMemberModel], { description: 'Current members (members of the team and org admins)' })
  async members(@Parent() team: TeamModel, @Ctx() ctx: GqlContext): Promise<TeamMemberModel[]> {
    return (await this.teams.membersOf(ctx, team.id)).map(toTeamMember);
  }

  @TeamAccess({ kind: 'team', from: 'parent', key: 'id', roles: ['LEAD'], orgAdmin: true })
  @ResolveField(() => [InvitationModel], { description: 'Open invitations (team leads and org admins)' })
  async invitations(@Parent() team: TeamModel): Promise<InvitationModel[]> {
    return (await this.teams.pendingInvitations(team.id)).map((i) => toInvitation(i));
  }
}
