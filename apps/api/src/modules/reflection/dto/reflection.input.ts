import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { ReflectionVisibility, SessionKind } from '../reflection.enums';

@InputType({ description: 'Self-check of the nine functions, 1–5 each; leave any out to skip it' })
export class NineFunctionsInput {
  @Field(() => Int, { nullable: true }) bodyRegulation?: number | null;
  @Field(() => Int, { nullable: true }) attunedCommunication?: number | null;
  @Field(() => Int, { nullable: true }) emotionalBalance?: number | null;
  @Field(() => Int, { nullable: true }) fearModulation?: number | null;
  @Field(() => Int, { nullable: true }) responseFlexibility?: number | null;
  @Field(() => Int, { nullable: true }) insight?: number | null;
  @Field(() => Int, { nullable: true }) empathy?: number | null;
  @Field(() => Int, { nullable: true }) morality?: number | null;
  @Field(() => Int, { nullable: true }) intuition?: number | null;
}

@InputType({ description: 'A new reflection on a session I attended (or a SUPERVISION session I am booked on)' })
export class WriteReflectionInput {
  @Field(() => ID) sessionId: string;
  @Field(() => ReflectionVisibility, { nullable: true, description: 'Default PRIVATE' }) visibility?: ReflectionVisibility | null;
  @Field(() => Int, { description: '1–7' }) attunement: number;
  @Field(() => Int, { description: '1–7' }) resonance: number;
  @Field(() => NineFunctionsInput, { nullable: true }) nineFunctions?: NineFunctionsInput | null;
  @Field(() => Int, { nullable: true, description: '−3 chaos … 0 integrated … +3 rigid' }) chaosRigidity?: number | null;
  @Field(() => String, { nullable: true, description: 'At most 5000 characters' }) whatHappenedInMe?: string | null;
  @Field(() => String, { nullable: true, description: 'At most 5000 characters' }) bodySignals?: string | null;
  @Field(() => String, { nullable: true, description: 'At most 5000 characters' }) feelingsNamed?: string | null;
  @Field(() => String, { nullable: true, description: 'At most 5000 characters' }) attunementMoments?: string | null;
  @Field(() => String, { nullable: true, description: 'At most 5000 characters' }) resonanceFromOthers?: string | null;
  @Field(() => String, { nullable: true, description: 'At most 5000 characters' }) whatINeedNow?: string | null;
}

@InputType({
  description:
    'Changes to my reflection: a field left out keeps its value, null clears an optional one; nineFunctions, when given, replaces the whole self-check',
})
export class UpdateReflectionInput {
  @Field(() => ReflectionVisibility, { nullable: true, description: 'PRIVATE un-shares it (and its responses) again' })
  visibility?: ReflectionVisibility | null;
  @Field(() => Int, { nullable: true }) attunement?: number | null;
  @Field(() => Int, { nullable: true }) resonance?: number | null;
  @Field(() => NineFunctionsInput, { nullable: true }) nineFunctions?: NineFunctionsInput | null;
  @Field(() => Int, { nullable: true }) chaosRigidity?: number | null;
  @Field(() => String, { nullable: true }) whatHappenedInMe?: string | null;
  @Field(() => String, { nullable: true }) bodySignals?: string | null;
  @Field(() => String, { nullable: true }) feelingsNamed?: string | null;
  @Field(() => String, { nullable: true }) attunementMoments?: string | null;
  @Field(() => String, { nullable: true }) resonanceFromOthers?: string | null;
  @Field(() => String, { nullable: true }) whatINeedNow?: string | null;
}

@InputType({ description: 'Narrows my reflections; every part is optional' })
export class MyReflectionsFilter {
  @Field(() => ID, { nullable: true }) teamId?: string | null;
  @Field(() => ID, { nullable: true }) sessionId?: string | null;
  @Field(() => SessionKind, { nullable: true }) sessionKind?: SessionKind | null;
  @Field(() => Date, { nullable: true, description: 'Sessions starting at or after this time' }) from?: Date | null;
  @Field(() => Date, { nullable: true, description: 'Sessions starting before this time' }) to?: Date | null;
  @Field(() => String, {
    nullable: true,
    description: 'Words that must all occur in my texts (case and accents ignored); searches my 1000 most recent matching reflections',
  })
  search?: string | null;
}
