import { Module, type OnModuleInit } from '@nestjs/common';
import { BookingModule } from '../booking/booking.module';
import { PersonalDataRegistry } from '../personal-data/personal-data.registry';
import { calendarFeedSection } from './calendar-personal-data';
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
export class CalendarModule implements OnModuleInit {
  constructor(private readonly personalData: PersonalDataRegistry) {}

  onModuleInit(): void {
    this.personalData.register(calendarFeedSection);
  }
}
