import { Field, InputType } from '@nestjs/graphql';
import { Locale } from '../../../common/enums';

@InputType()
export class UpdateProfileInput {
  @Field({ nullable: true }) displayName?: string;
  @Field(() => Locale, { nullable: true }) locale?: Locale;
  @Field({ nullable: true }) timeZone?: string;
}
