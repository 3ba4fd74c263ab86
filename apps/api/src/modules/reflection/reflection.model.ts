import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { ReflectionViewerFacts } from '@attune/domain';
import { ReflectionVisibility, SessionKind } from './reflection.enums';

@ObjectType('ReflectionPerson', { description: 'Who wrote a reflection or response' })
export class ReflectionPersonModel {
  @Field(() => ID) id: string;
  @Field() displayName: string;
}

@ObjectType('ReflectionSession', { description: 'The session a reflection is about' })
export class ReflectionSessionModel {
  @Field(() => ID) id: string;
  @Field(() => ID) teamId: string;
  @Field() title: string;
  @Field(() => SessionKind) kind: SessionKind;
  @Field() startsAt: Date;
  @Field() endsAt: Date;
}

@ObjectType('NineFunctions', { description: 'Self-check of the nine functions of integration, 1–5 each; null when skipped' })
export class NineFunctionsModel {
  @Field(() => Int, { nullable: true }) bodyRegulation: number | null;
  @Field(() => Int, { nullable: true }) attunedCommunication: number | null;
  @Field(() => Int, { nullable: true }) emotionalBalance: number | null;
  @Field(() => Int, { nullable: true }) fearModulation: number | null;
  @Field(() => Int, { nullable: true }) responseFlexibility: number | null;
  @Field(() => Int, { nullable: true }) insight: number | null;
  @Field(() => Int, { nullable: true }) empathy: number | null;
  @Field(() => Int, { nullable: true }) morality: number | null;
  @Field(() => Int, { nullable: true }) intuition: number | null;
}

@ObjectType('PeerResponse', { description: 'A peer\'s reply to a shared reflection' })
export class PeerResponseModel {
  @Field(() => ID) id: string;
  @Field(() => ID) reflectionId: string;
  @Field(() => ReflectionPersonModel) author: ReflectionPersonModel;
  @Field() text: string;
  @Field() createdAt: Date;
  @Field({ description: 'Hidden by the reflection\'s author; only the author still sees a hidden response' })
  hidden: boolean;
}

@ObjectType('Reflection', { description: 'A member\'s reflection on a session; only those the visibility allows ever receive one' })
export class ReflectionModel {
  @Field(() => ID) id: string;
  @Field(() => ReflectionSessionModel) session: ReflectionSessionModel;
  @Field(() => ReflectionPersonModel) author: ReflectionPersonModel;
  @Field(() => ReflectionVisibility) visibility: ReflectionVisibility;
  @Field(() => Int, { description: 'How attuned I felt, 1–7' }) attunement: number;
  @Field(() => Int, { description: 'How much I resonated with others, 1–7' }) resonance: number;
  @Field(() => NineFunctionsModel) nineFunctions: NineFunctionsModel;
  @Field(() => Int, { nullable: true, description: '−3 chaos … 0 integrated … +3 rigid' }) chaosRigidity: number | null;
  @Field(() => String, { nullable: true, description: 'What happened in me' }) whatHappenedInMe: string | null;
  @Field(() => String, { nullable: true, description: 'What my body signalled' }) bodySignals: string | null;
  @Field(() => String, { nullable: true, description: 'Feelings I can name' }) feelingsNamed: string | null;
  @Field(() => String, { nullable: true, description: 'Moments of attunement or lost contact' }) attunementMoments: string | null;
  @Field(() => String, { nullable: true, description: 'What resonated from others' }) resonanceFromOthers: string | null;
  @Field(() => String, { nullable: true, description: 'What I need now' }) whatINeedNow: string | null;
  @Field() createdAt: Date;
  @Field() updatedAt: Date;
  @Field({ description: 'Whether I wrote it (and so may edit, share, un-share, delete it and hide responses)' }) isMine: boolean;
  @Field({ description: 'Whether I may respond to it (a peer or the facilitator who can see it)' }) canRespond: boolean;

  /** Not a GraphQL field: what was established about the viewer when this reflection was let out. */
  viewer: ReflectionViewerFacts;
}
