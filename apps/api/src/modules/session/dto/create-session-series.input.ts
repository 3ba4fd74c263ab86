import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { SeriesWeek, SessionKind, Weekday } from '../session.model';

@InputType({ description: 'A monthly series, e.g. week SECOND, weekday TUESDAY, 15:00–16:30, Europe/Amsterdam' })
export class CreateSessionSeriesInput {
  @Field(() => ID) teamId: string;
  @Field(() => SessionKind) kind: SessionKind;
  @Field() title: string;
  @Field(() => SeriesWeek) week: SeriesWeek;
  @Field(() => Weekday) weekday: Weekday;
  @Field({ description: 'Local start time, HH:MM' }) startTime: string;
  @Field({ description: 'Local end time, HH:MM (same day)' }) endTime: string;
  @Field(() => String, { nullable: true, description: 'IANA time zone; default the team\'s' }) timeZone?: string | null;
  @Field(() => String, { nullable: true }) location?: string | null;
  @Field(() => String, { nullable: true }) videoUrl?: string | null;
  @Field(() => Int) capacity: number;
  @Field(() => ID, { nullable: true }) facilitatorId?: string | null;
  @Field(() => Int, { nullable: true }) minNoticeMinutes?: number | null;
  @Field(() => String, { nullable: true, description: 'First month, YYYY-MM; default the current month' }) firstMonth?: string | null;
  @Field(() => Int, { nullable: true, description: 'How many months ahead to create sessions for (1–24); default 6' })
  months?: number | null;
}
