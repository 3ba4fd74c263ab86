import { Module } from '@nestjs/common';
import { BookingModule } from '../booking/booking.module';
import { CalendarController } from './calendar.controller';
import { CalendarFeedService } from './calendar-feed.service';
import { CalendarResolver } from './calendar.resolver';

/** Personal calendar feeds and .ics files; the sessions come from the booking module's CalendarSessionSource. */
@Module({
  imports: [BookingModule],
  providers: [CalendarFeedService, CalendarResolver],
  controllers: [CalendarController],
  exports: [CalendarFeedService],
})
export class CalendarModule {}
