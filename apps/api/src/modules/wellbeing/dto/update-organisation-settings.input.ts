import { Field, ID, InputType, Int } from '@nestjs/graphql';

@InputType()
export class SupportResourceInput {
  @Field() name: string;
  @Field(() => String, { nullable: true }) phone?: string | null;
  @Field(() => String, { nullable: true, description: 'https:// link' }) url?: string | null;
  @Field(() => String, { nullable: true }) description?: string | null;
}

@InputType()
export class UpdateOrganisationSettingsInput {
  @Field(() => ID, { nullable: true, description: 'Default: the organisation you administer' }) organisationId?: string | null;
  @Field(() => Int, { nullable: true, description: 'k: cells with fewer distinct respondents are suppressed (never below 3)' })
  anonymityThreshold?: number | null;
  @Field(() => [SupportResourceInput], { nullable: true, description: 'Replaces the whole list' }) supportResources?: SupportResourceInput[] | null;
}
