import { Module, type OnModuleInit } from '@nestjs/common';
import { PersonalDataRegistry } from '../personal-data/personal-data.registry';
import { calendarFeedSection } from './calendar-personal-data';
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
export class CalendarModule implements OnModuleInit {
  constructor(private readonly personalData: PersonalDataRegistry) {}

  onModuleInit(): void {
    this.personalData.register(calendarFeedSection);
  }
}
