import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { NextStep, QuickScale, RecoveryCondition, TrendDirection, Who5Band } from '@attune/domain';

registerEnumType(Who5Band, { name: 'Who5Band', description: 'OK (≥ 50), LOW (< 50), NEEDS_SUPPORT (≤ 28)' });
registerEnumType(TrendDirection, { name: 'TrendDirection', description: 'Against the mean of the last four check-ins (±10 points)' });
registerEnumType(RecoveryCondition, { name: 'RecoveryCondition' });
registerEnumType(NextStep, { name: 'NextStep' });
registerEnumType(QuickScale, { name: 'QuickScale' });

export { NextStep, QuickScale, RecoveryCondition, TrendDirection, Who5Band };

@ObjectType('LocalizedText', { description: 'The same text in Dutch and English' })
export class LocalizedTextModel {
  @Field() nl: string;
  @Field() en: string;
}

@ObjectType('SupportResource', { description: 'Where to turn for support (organisation setting)' })
export class SupportResourceModel {
  @Field() name: string;
  @Field(() => String, { nullable: true }) phone: string | null;
  @Field(() => String, { nullable: true }) url: string | null;
  @Field(() => String, { nullable: true }) description: string | null;
}

@ObjectType('CheckIn', { description: 'One of my own check-ins. Only ever returned to the person who wrote it.' })
export class CheckInModel {
  @Field(() => ID) id: string;
  @Field({ description: 'The day it counts for, in my time zone (YYYY-MM-DD)' }) localDate: string;
  @Field() submittedAt: Date;
  @Field(() => [Int], { description: 'The five WHO-5 answers, 0–5 each' }) who5: number[];
  @Field(() => Int, { description: 'WHO-5 score 0–100' }) who5Score: number;
  @Field(() => Who5Band) who5Band: Who5Band;
  @Field(() => Int) stressLoad: number;
  @Field(() => Int) sleepQuality: number;
  @Field(() => Int) bodyTension: number;
  @Field(() => Int) safety: number;
  @Field(() => Int) connection: number;
  @Field(() => Int) clientMaterial: number;
  @Field(() => String, { nullable: true, description: 'My private note (encrypted at rest)' }) note: string | null;
}

@ObjectType('CheckInTrend')
export class CheckInTrendModel {
  @Field(() => TrendDirection) direction: TrendDirection;
  @Field(() => Float, { nullable: true, description: 'Mean WHO-5 score of the check-ins compared with' }) previousMean: number | null;
  @Field(() => Float, { nullable: true, description: 'Today minus that mean' }) change: number | null;
  @Field(() => Int, { description: 'How many earlier check-ins were compared (at most four)' }) comparedWith: number;
}

@ObjectType('CheckInSuggestion', { description: 'One gentle suggestion drawn from the recovery conditions' })
export class CheckInSuggestionModel {
  @Field({ description: 'Stable key, e.g. rest.sleep (clients may translate it themselves)' }) key: string;
  @Field(() => RecoveryCondition) condition: RecoveryCondition;
  @Field(() => [QuickScale], { description: 'Scales that stand out, heaviest first' }) standingOut: QuickScale[];
  @Field(() => LocalizedTextModel) text: LocalizedTextModel;
  @Field(() => NextStep) nextStep: NextStep;
  @Field(() => LocalizedTextModel, { nullable: true }) nextStepText: LocalizedTextModel | null;
}

@ObjectType('CheckInResult', { description: 'Immediate feedback, for the member only' })
export class CheckInResultModel {
  @Field(() => CheckInModel) checkIn: CheckInModel;
  @Field(() => Int) score: number;
  @Field(() => Who5Band) band: Who5Band;
  @Field(() => CheckInTrendModel) trend: CheckInTrendModel;
  @Field(() => CheckInSuggestionModel) suggestion: CheckInSuggestionModel;
  @Field(() => [SupportResourceModel], { description: "The organisation's support resources when the score is 28 or lower; otherwise empty" })
  supportResources: SupportResourceModel[];
  @Field({ description: 'Whether this replaced an earlier check-in of the same day' }) replacedEarlierToday: boolean;
}
