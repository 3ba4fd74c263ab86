import { Inject } from '@nestjs/common';
import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import type { AuthUser, GqlContext } from '../../common/context';
import { Ctx, CurrentUser } from '../../common/decorators';
import { TeamAccess } from '../../common/team-access';
import { bookingIcsUrl } from './booking-calendar';
import { toBooking } from './booking.mapper';
import { BookingModel } from './booking.model';
import { BookingService } from './booking.service';

@Resolver(() => BookingModel)
export class BookingResolver {
  constructor(
    private readonly bookings: BookingService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Query(() => [BookingModel], {
    description: 'My bookings. upcoming: true → sessions not yet ended (soonest first); false → past (latest first); omitted → all',
  })
  async myBookings(
    @Args('upcoming', { type: () => Boolean, nullable: true }) upcoming: boolean | null,
    @Args('includeCancelled', { type: () => Boolean, defaultValue: false }) includeCancelled: boolean,
    @Ctx() ctx: GqlContext,
  ): Promise<BookingModel[]> {
    return (await this.bookings.myBookings(ctx, upcoming ?? null, includeCancelled)).map(toBooking);
  }

  @TeamAccess({ kind: 'session', from: 'args', key: 'sessionId' })
  @Mutation(() => BookingModel, {
    description: 'Books a seat. A full session is not an error: the booking comes back WAITLISTED with its waitlistPosition',
  })
  async bookSession(@Args('sessionId', { type: () => ID }) sessionId: string, @Ctx() ctx: GqlContext): Promise<BookingModel> {
    return toBooking(await this.bookings.bookSession(ctx, sessionId.toLowerCase()));
  }

  @TeamAccess({ kind: 'booking', from: 'args', key: 'bookingId' })
  @Mutation(() => BookingModel, {
    description: 'Cancels a booking (your own; a lead may cancel any in the team). A freed seat goes to the first on the waitlist',
  })
  async cancelBooking(@Args('bookingId', { type: () => ID }) bookingId: string, @Ctx() ctx: GqlContext): Promise<BookingModel> {
    return toBooking(await this.bookings.cancelBooking(ctx, bookingId.toLowerCase()));
  }

  @TeamAccess({ kind: 'booking', from: 'args', key: 'bookingId' })
  @Mutation(() => BookingModel, { description: 'Marks attendance of a confirmed booking (facilitator or lead, once the session has started)' })
  async markAttendance(
    @Args('bookingId', { type: () => ID }) bookingId: string,
    @Args('attended') attended: boolean,
    @Ctx() ctx: GqlContext,
  ): Promise<BookingModel> {
    return toBooking(await this.bookings.markAttendance(ctx, bookingId.toLowerCase(), attended));
  }

  @ResolveField(() => String, {
    nullable: true,
    description: 'Where to download this booking as an .ics file ("Add to calendar"); only on your own confirmed bookings',
  })
  icsUrl(@Parent() b: BookingModel, @CurrentUser() user: AuthUser): string | null {
    return b.member.id === user.id && b.status === 'CONFIRMED' ? bookingIcsUrl(this.config, b.id) : null;
  }
}
