import { Field, InputType, Int } from '@nestjs/graphql';

@InputType()
export class SubmitCheckInInput {
  @Field(() => [Int], { description: 'The five WHO-5 answers in order, 0 (at no time) … 5 (all of the time)' }) who5: number[];
  @Field(() => Int, { description: '0–10, how heavy the load is' }) stressLoad: number;
  @Field(() => Int, { description: '0–10, how well I slept' }) sleepQuality: number;
  @Field(() => Int, { description: '0–10, tension in my body' }) bodyTension: number;
  @Field(() => Int, { description: '0–10, how safe I feel' }) safety: number;
  @Field(() => Int, { description: '0–10, how connected I feel with my team' }) connection: number;
  @Field(() => Int, { description: '0–10, how much client material stays with me after work' }) clientMaterial: number;
  @Field(() => String, { nullable: true, description: 'Private note, only for me (encrypted)' }) note?: string | null;
}
