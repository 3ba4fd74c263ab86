import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { SeriesWeek, SessionKind, Weekday } from '@attune/domain';
import { SessionPersonModel } from '../booking/booking.model';

registerEnumType(SessionKind, {
  name: 'SessionKind',
  description: 'CARE: the monthly care session (group); SUPERVISION: 1:1 or small; INTERVISION: peer group',
});
registerEnumType(SeriesWeek, { name: 'SeriesWeek', description: 'Which week of the month a monthly series falls in; LAST is the last such weekday' });
registerEnumType(Weekday, { name: 'Weekday' });

export { SeriesWeek, SessionKind, Weekday };

@ObjectType('Session')
export class SessionModel {
  @Field(() => ID) id: string;
  @Field(() => ID) teamId: string;
  @Field(() => ID, { nullable: true, description: 'The monthly series this session belongs to, if any' }) seriesId: string | null;
  @Field(() => SessionKind) kind: SessionKind;
  @Field() title: string;
  @Field() startsAt: Date;
  @Field() endsAt: Date;
  @Field({ description: 'IANA time zone the session was planned in' }) timeZone: string;
  @Field(() => String, { nullable: true }) location: string | null;
  @Field(() => String, { nullable: true, description: 'An https:// video link' }) videoUrl: string | null;
  @Field(() => Int) capacity: number;
  @Field(() => Int) confirmedCount: number;
  @Field(() => Int) waitlistCount: number;
  @Field(() => Int) seatsLeft: number;
  @Field(() => Int, { description: 'Booking closes this many minutes before the start (0: at the start)' }) minNoticeMinutes: number;
  @Field() bookingClosesAt: Date;
  @Field(() => SessionPersonModel, { nullable: true }) facilitator: SessionPersonModel | null;
  @Field(() => Date, { nullable: true }) cancelledAt: Date | null;
  @Field(() => String, { nullable: true }) cancelReason: string | null;
  /** Not a GraphQL field: who facilitates, for the visibility rules. */
  facilitatorId: string | null;
}

@ObjectType('SessionSeries', { description: 'A monthly rule, e.g. the 2nd Tuesday 15:00–16:30, expanded into sessions' })
export class SessionSeriesModel {
  @Field(() => ID) id: string;
  @Field(() => ID) teamId: string;
  @Field(() => SessionKind) kind: SessionKind;
  @Field() title: string;
  @Field(() => SeriesWeek) week: SeriesWeek;
  @Field(() => Weekday) weekday: Weekday;
  @Field({ description: 'Local start time, HH:MM' }) startTime: string;
  @Field({ description: 'Local end time, HH:MM' }) endTime: string;
  @Field() timeZone: string;
  @Field({ description: 'First month covered, YYYY-MM' }) firstMonth: string;
  @Field(() => Int, { description: 'Number of months covered' }) months: number;
  @Field(() => [SessionModel], { description: 'The sessions created (occurrences already past are skipped)' })
  sessions: SessionModel[];
}
