import { Mutation, Query, Resolver } from '@nestjs/graphql';
import type { AuthUser } from '../../common/context';
import { CurrentUser } from '../../common/decorators';
import { CalendarFeedService } from './calendar-feed.service';

@Resolver()
export class CalendarResolver {
  constructor(private readonly feeds: CalendarFeedService) {}

  @Query(() => String, {
    description:
      'The secret address of your personal calendar feed with your booked sessions, for Outlook, Google or Apple Calendar to subscribe to',
  })
  myCalendarFeedUrl(@CurrentUser() user: AuthUser): Promise<string> {
    return this.feeds.feedUrlOf(user.id);
  }

  @Mutation(() => String, { description: 'Replaces your calendar feed address with a new one; the old address stops working at once' })
  rotateCalendarFeed(@CurrentUser() user: AuthUser): Promise<string> {
    return this.feeds.rotate(user.id);
  }
}
