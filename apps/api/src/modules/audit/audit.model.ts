import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('AuditEntry', { description: 'One recorded action (org admins read their organisation\'s log)' })
export class AuditEntryModel {
  @Field(() => ID, { description: 'Increasing; pass the last one seen as `before` for older entries' }) id: string;
  @Field() occurredAt: Date;
  @Field() action: string;
  @Field(() => ID, { nullable: true }) actorId: string | null;
  @Field(() => String, { nullable: true, description: 'Null once the person erased their account' }) actorName: string | null;
  @Field(() => ID, { nullable: true }) teamId: string | null;
  @Field(() => String, { nullable: true }) teamName: string | null;
  @Field({ description: 'JSON object with the details of the action' }) details: string;
}
