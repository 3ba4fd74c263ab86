import { Module } from '@nestjs/common';
import { CalendarController } from './calendar.controller';
import { CalendarFeedService } from './calendar-feed.service';
import { CALENDAR_SESSION_SOURCE, NoSessionsYet } from './calendar-source';
import { CalendarResolver } from './calendar.resolver';

/** Personal calendar feeds and .ics files; sessions come from a CalendarSessionSource. */
@Module({
  providers: [CalendarFeedService, CalendarResolver, { provide: CALENDAR_SESSION_SOURCE, useClass: NoSessionsYet }],
  controllers: [CalendarController],
  exports: [CalendarFeedService],
})
export class CalendarModule {}
