import { Module, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { constraintMessages } from '../../common/errors.filter';
import { byKey } from '../../common/loaders';
import { TeamScopeRegistry } from '../../common/team-access';
import { preparedQuery } from '../../database/prepared';
import { CALENDAR_SESSION_SOURCE } from '../calendar/calendar-source';
import { PersonalDataRegistry } from '../personal-data/personal-data.registry';
import { BookingCalendarSource } from './booking-calendar';
import { BookingNotifier } from './booking-notifier';
import { bookingSections } from './booking-personal-data';
import { BookingReminders } from './booking-reminders';
import { BookingResolver } from './booking.resolver';
import { BookingService } from './booking.service';

/** What a person reads when the database refuses a booking change. */
const CONSTRAINT_MESSAGES: Record<string, string> = {
  booking_no_overlap: 'You already have a confirmed booking at an overlapping time',
  booking_one_care_per_month: 'You already have a care session booked this month',
  booking_one_active_per_session: 'You already have a booking for this session',
  session_confirmed_within_capacity: 'Confirmed bookings cannot exceed the capacity of the session',
  booking_session_not_cancelled: 'This session has been cancelled',
  booking_cancel_final: 'A cancelled booking stays cancelled; book again instead',
  booking_no_demotion: 'A confirmed booking cannot go back to the waitlist',
  booking_owner_fixed: 'A booking cannot move to another session or person',
  session_counts_maintained: 'Seat counts are kept by the database',
};

/**
 * Bookings: seats, the waitlist and attendance, with their mails and reminders; the source of
 * members' sessions for the calendar module. The session module builds on it.
 */
@Module({
  providers: [
    BookingService,
    BookingResolver,
    BookingNotifier,
    BookingReminders,
    { provide: CALENDAR_SESSION_SOURCE, useClass: BookingCalendarSource },
  ],
  exports: [BookingService, BookingReminders, CALENDAR_SESSION_SOURCE],
})
export class BookingModule implements OnModuleInit {
  constructor(
    private readonly registry: TeamScopeRegistry,
    private readonly ds: DataSource,
    private readonly personalData: PersonalDataRegistry,
    private readonly bookings: BookingService,
    private readonly reminders: BookingReminders,
  ) {}

  onModuleInit(): void {
    for (const [name, message] of Object.entries(CONSTRAINT_MESSAGES)) constraintMessages.set(name, message);
    this.registry.register('booking', async (ids) => {
      const rows = await preparedQuery<{ id: string; team_id: string }>(this.ds, `SELECT id, team_id FROM booking WHERE id = ANY($1::uuid[])`, [ids]);
      return byKey(ids, rows, (r) => r.id).map((r) => r?.team_id ?? null);
    });
    for (const section of bookingSections(this.bookings, this.reminders)) this.personalData.register(section);
  }
}
