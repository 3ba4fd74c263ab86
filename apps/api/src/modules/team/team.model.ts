import { Field, ID, ObjectType } from '@nestjs/graphql';
import { TeamRole } from '../../common/enums';

@ObjectType('Organisation')
export class OrganisationModel {
  @Field(() => ID) id: string;
  @Field() name: string;
}

@ObjectType('Team')
export class TeamModel {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field({ description: 'IANA time zone the team plans in' }) timeZone: string;
  @Field(() => ID) organisationId: string;
}

@ObjectType('TeamMember')
export class TeamMemberModel {
  @Field(() => ID, { description: 'The person\'s user id' }) id: string;
  @Field() displayName: string;
  @Field(() => TeamRole) role: TeamRole;
  @Field(() => ID) teamId: string;
}

@ObjectType('Invitation')
export class InvitationModel {
  @Field(() => ID) id: string;
  @Field(() => ID) teamId: string;
  @Field() email: string;
  @Field(() => TeamRole) role: TeamRole;
  @Field() createdAt: Date;
  @Field() expiresAt: Date;
  @Field(() => Date, { nullable: true }) acceptedAt: Date | null;
  @Field(() => String, {
    nullable: true,
    description: 'The accept link; only in the answer to inviteMember, and only when no SMTP server is configured',
  })
  acceptUrl: string | null;
}

@ObjectType('InvitationPreview')
export class InvitationPreviewModel {
  @Field() email: string;
  @Field() teamName: string;
  @Field() organisationName: string;
  @Field(() => TeamRole) role: TeamRole;
  @Field() expiresAt: Date;
  @Field({ description: 'Whether this e-mail address already has an account (then the existing password is asked)' })
  accountExists: boolean;
}
