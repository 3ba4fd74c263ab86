import { Field, ID, InputType, Int } from '@nestjs/graphql';

@InputType()
export class SetGoalInput {
  @Field(() => ID, { nullable: true, description: 'Omit to create a new goal; give it to change one of mine' }) id?: string | null;
  @Field({ description: 'A small goal, e.g. "walk 20 minutes"' }) title: string;
  @Field(() => Int, { description: 'How many times (1–1000)' }) targetSteps: number;
}
