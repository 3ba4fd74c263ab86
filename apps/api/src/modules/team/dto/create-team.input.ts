import { Field, ID, InputType } from '@nestjs/graphql';

@InputType()
export class CreateTeamInput {
  @Field() name: string;
  @Field({ nullable: true, description: 'IANA time zone; default Europe/Amsterdam' }) timeZone?: string;
  @Field(() => ID, { nullable: true, description: 'Default: the organisation you administer' }) organisationId?: string;
}
