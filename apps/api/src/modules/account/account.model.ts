import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Locale } from '../../common/enums';

/** The signed-in person's own profile. */
@ObjectType('Me')
export class MeModel {
  @Field(() => ID) id: string;
  @Field() email: string;
  @Field() displayName: string;
  @Field(() => Locale) locale: Locale;
  @Field({ description: 'IANA time zone, e.g. Europe/Amsterdam' }) timeZone: string;
  @Field(() => ID) organisationId: string;
}
