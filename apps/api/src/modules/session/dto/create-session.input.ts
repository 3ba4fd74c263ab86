import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { SessionKind } from '../session.model';

@InputType()
export class CreateSessionInput {
  @Field(() => ID) teamId: string;
  @Field(() => SessionKind) kind: SessionKind;
  @Field() title: string;
  @Field() startsAt: Date;
  @Field() endsAt: Date;
  @Field(() => String, { nullable: true, description: 'IANA time zone; default the team\'s' }) timeZone?: string | null;
  @Field(() => String, { nullable: true }) location?: string | null;
  @Field(() => String, { nullable: true, description: 'An https:// video link' }) videoUrl?: string | null;
  @Field(() => Int, { description: '1 to 500' }) capacity: number;
  @Field(() => ID, { nullable: true, description: 'A member of the team; default the lead creating the session' })
  facilitatorId?: string | null;
  @Field(() => Int, { nullable: true, description: 'Booking closes this many minutes before the start; default 0' })
  minNoticeMinutes?: number | null;
}
