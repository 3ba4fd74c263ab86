import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Celebration, GoalStatus } from '@attune/domain';
import { LocalizedTextModel } from '../check-in/check-in.model';

registerEnumType(GoalStatus, { name: 'GoalStatus' });
registerEnumType(Celebration, { name: 'Celebration', description: 'What a step is celebrated as — never a streak' });

export { Celebration, GoalStatus };

@ObjectType('GoalProgress')
export class GoalProgressModel {
  @Field(() => Int) stepsTaken: number;
  @Field(() => Int) targetSteps: number;
  @Field(() => Float, { description: '0–1, stays 1 beyond the target' }) fraction: number;
  @Field() reached: boolean;
  @Field(() => Int) stepsToGo: number;
  @Field(() => Int, { nullable: true, description: 'Once reached: one more, the next small step' }) nextTarget: number | null;
}

@ObjectType('Goal', { description: 'One of my small-steps goals (only ever shown to me)' })
export class GoalModel {
  @Field(() => ID) id: string;
  @Field() title: string;
  @Field(() => Int) targetSteps: number;
  @Field(() => GoalStatus) status: GoalStatus;
  @Field() createdAt: Date;
  @Field(() => Date, { nullable: true }) lastStepAt: Date | null;
  @Field(() => GoalProgressModel) progress: GoalProgressModel;
}

@ObjectType('GoalStepResult')
export class GoalStepResultModel {
  @Field(() => GoalModel) goal: GoalModel;
  @Field(() => Int, { description: 'Which step this was' }) stepNumber: number;
  @Field() takenAt: Date;
  @Field(() => Celebration) celebration: Celebration;
  @Field(() => LocalizedTextModel) message: LocalizedTextModel;
}
