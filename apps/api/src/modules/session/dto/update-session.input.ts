import { Field, ID, InputType, Int } from '@nestjs/graphql';

/** Only the fields given change; location and videoUrl are cleared by an explicit null. */
@InputType()
export class UpdateSessionInput {
  @Field(() => String, { nullable: true }) title?: string | null;
  @Field(() => Date, { nullable: true }) startsAt?: Date | null;
  @Field(() => Date, { nullable: true }) endsAt?: Date | null;
  @Field(() => String, { nullable: true }) timeZone?: string | null;
  @Field(() => String, { nullable: true }) location?: string | null;
  @Field(() => String, { nullable: true }) videoUrl?: string | null;
  @Field(() => Int, { nullable: true }) capacity?: number | null;
  @Field(() => ID, { nullable: true }) facilitatorId?: string | null;
  @Field(() => Int, { nullable: true }) minNoticeMinutes?: number | null;
}
