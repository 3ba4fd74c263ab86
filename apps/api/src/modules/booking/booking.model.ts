import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { BookingStatus } from '@attune/domain';

registerEnumType(BookingStatus, { name: 'BookingStatus', description: 'A seat (CONFIRMED), a place in the queue (WAITLISTED), or given up' });

export { BookingStatus };

@ObjectType('SessionPerson', { description: 'A person as a session shows them: facilitator, attendee or booker' })
export class SessionPersonModel {
  @Field(() => ID, { description: 'The person\'s user id' }) id: string;
  @Field() displayName: string;
}

@ObjectType('Booking')
export class BookingModel {
  @Field(() => ID) id: string;
  @Field(() => ID) sessionId: string;
  @Field(() => BookingStatus) status: BookingStatus;
  @Field(() => Int, { nullable: true, description: '1-based place on the waitlist; only while WAITLISTED' })
  waitlistPosition: number | null;
  @Field() createdAt: Date;
  @Field(() => Date, { nullable: true }) confirmedAt: Date | null;
  @Field(() => Date, { nullable: true }) cancelledAt: Date | null;
  @Field(() => Boolean, { nullable: true, description: 'Attendance, once marked by the facilitator or a lead' })
  attended: boolean | null;
  @Field(() => Date, { nullable: true }) attendanceMarkedAt: Date | null;
  @Field(() => SessionPersonModel, { description: 'Whose booking this is' }) member: SessionPersonModel;
  /** The session's team (not a GraphQL field; scopes nested fields). */
  teamId: string;
}
