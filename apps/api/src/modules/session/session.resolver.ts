import { Args, ID, Info, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { notFound } from '@attune/domain';
import type { GqlContext } from '../../common/context';
import { Ctx } from '../../common/decorators';
import { selectedFields } from '../../common/selection';
import { TeamAccess } from '../../common/team-access';
import { toBooking } from '../booking/booking.mapper';
import { BookingModel, SessionPersonModel } from '../booking/booking.model';
import { BookingService } from '../booking/booking.service';
import { toTeam } from '../team/team.mapper';
import { TeamModel } from '../team/team.model';
import { TeamService } from '../team/team.service';
import { CreateSessionSeriesInput } from './dto/create-session-series.input';
import { CreateSessionInput } from './dto/create-session.input';
import { UpdateSessionInput } from './dto/update-session.input';
import { toSession, toSessionSeries } from './session.mapper';
import { SessionModel, SessionSeriesModel } from './session.model';
import { SessionService } from './session.service';

/** Nested fields are scoped by the parent's team, which the parent operation already checked. */
const SAME_TEAM = { kind: 'team', from: 'parent', key: 'teamId' } as const;

@Resolver(() => SessionModel)
export class SessionResolver {
  constructor(
    private readonly sessionService: SessionService,
    private readonly bookingService: BookingService,
    private readonly teams: TeamService,
  ) {}

  @TeamAccess({ kind: 'team', from: 'args', key: 'teamId' })
  @Query(() => [SessionModel], { description: 'Sessions of a team overlapping [from, to), soonest first; default from now, three months' })
  async sessions(
    @Args('teamId', { type: () => ID }) teamId: string,
    @Args('from', { type: () => Date, nullable: true }) from: Date | null,
    @Args('to', { type: () => Date, nullable: true }) to: Date | null,
    @Args('includeCancelled', { type: () => Boolean, defaultValue: true }) includeCancelled: boolean,
    @Ctx() ctx: GqlContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<SessionModel[]> {
    // Bookings asked for on the page are read with the sessions, in the same query.
    const fields = selectedFields(info);
    const withBookings = fields.has('bookings') || fields.has('attendees') ? 'all' : fields.has('myBooking') ? 'mine' : null;
    const rows = await this.sessionService.sessions(ctx, teamId.toLowerCase(), from ?? null, to ?? null, includeCancelled, withBookings);
    return rows.map(toSession);
  }

  @TeamAccess({ kind: 'session', from: 'args', key: 'id' })
  @Query(() => SessionModel)
  async session(@Args('id', { type: () => ID }) id: string, @Ctx() ctx: GqlContext): Promise<SessionModel> {
    const row = await this.sessionService.sessionById(ctx, id.toLowerCase());
    if (!row) throw notFound('Session');
    return toSession(row);
  }

  @TeamAccess({ kind: 'team', from: 'args', key: 'input.teamId', roles: ['LEAD'] })
  @Mutation(() => SessionModel, { description: 'Creates a single session (team leads)' })
  async createSession(@Args('input') input: CreateSessionInput, @Ctx() ctx: GqlContext): Promise<SessionModel> {
    return toSession(await this.sessionService.createSession(ctx, input));
  }

  @TeamAccess({ kind: 'team', from: 'args', key: 'input.teamId', roles: ['LEAD'] })
  @Mutation(() => SessionSeriesModel, { description: 'Creates a monthly series and its sessions, months ahead (team leads)' })
  async createSessionSeries(@Args('input') input: CreateSessionSeriesInput, @Ctx() ctx: GqlContext): Promise<SessionSeriesModel> {
    const { series, sessions } = await this.sessionService.createSessionSeries(ctx, input);
    return toSessionSeries(series, sessions);
  }

  @TeamAccess({ kind: 'session', from: 'args', key: 'id', roles: ['LEAD'] })
  @Mutation(() => SessionModel, { description: 'Changes a session that has not started (team leads); everyone booked hears of a new time or place' })
  async updateSession(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateSessionInput,
    @Ctx() ctx: GqlContext,
  ): Promise<SessionModel> {
    return toSession(await this.sessionService.updateSession(ctx, id.toLowerCase(), input));
  }

  @TeamAccess({ kind: 'session', from: 'args', key: 'id', roles: ['LEAD'] })
  @Mutation(() => SessionModel, { description: 'Cancels a session with a reason (team leads); cancels and notifies every booking' })
  async cancelSession(
    @Args('id', { type: () => ID }) id: string,
    @Args('reason') reason: string,
    @Ctx() ctx: GqlContext,
  ): Promise<SessionModel> {
    return toSession(await this.sessionService.cancelSession(ctx, id.toLowerCase(), reason));
  }

  @TeamAccess(SAME_TEAM)
  @ResolveField(() => TeamModel)
  async team(@Parent() s: SessionModel, @Ctx() ctx: GqlContext): Promise<TeamModel> {
    const team = await this.teams.teamById(ctx, s.teamId);
    if (!team) throw notFound('Team');
    return toTeam(team);
  }

  @TeamAccess(SAME_TEAM)
  @ResolveField(() => BookingModel, { nullable: true, description: 'My confirmed or waitlisted booking, or null' })
  async myBooking(@Parent() s: SessionModel, @Ctx() ctx: GqlContext): Promise<BookingModel | null> {
    const row = await this.bookingService.myBookingIn(ctx, s.id);
    return row ? toBooking(row) : null;
  }

  @TeamAccess(SAME_TEAM)
  @ResolveField(() => [SessionPersonModel], {
    nullable: true,
    description: 'Confirmed attendees. Only for members with a confirmed booking here, the facilitator and team leads (FORBIDDEN otherwise)',
  })
  attendees(@Parent() s: SessionModel, @Ctx() ctx: GqlContext): Promise<SessionPersonModel[]> {
    return this.bookingService.attendeesVisibleTo(ctx, { id: s.id, teamId: s.teamId, facilitatorId: s.facilitatorId });
  }

  @TeamAccess(SAME_TEAM)
  @ResolveField(() => [BookingModel], {
    nullable: true,
    description: 'Every booking with status and attendance. Only for the facilitator and team leads (FORBIDDEN otherwise)',
  })
  async bookings(@Parent() s: SessionModel, @Ctx() ctx: GqlContext): Promise<BookingModel[]> {
    return (await this.bookingService.bookingsVisibleTo(ctx, { id: s.id, teamId: s.teamId, facilitatorId: s.facilitatorId })).map(toBooking);
  }
}

@Resolver(() => BookingModel)
export class BookingSessionResolver {
  constructor(private readonly sessions: SessionService) {}

  @TeamAccess(SAME_TEAM)
  @ResolveField(() => SessionModel)
  async session(@Parent() b: BookingModel, @Ctx() ctx: GqlContext): Promise<SessionModel> {
    const row = await this.sessions.sessionById(ctx, b.sessionId);
    if (!row) throw notFound('Session');
    return toSession(row);
  }
}
