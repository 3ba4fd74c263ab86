import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { NINE_FUNCTIONS, type NineFunction } from '@attune/domain';
import { LocalizedTextModel, QuickScale } from '../check-in/check-in.model';
import { SessionKind } from '../session/session.model';

/** The nine functions by the names the `NineFunctions` type uses for them. */
export const NineFunctionEnum = Object.fromEntries(NINE_FUNCTIONS.map((fn) => [fn, fn])) as { [F in NineFunction]: F };
registerEnumType(NineFunctionEnum, {
  name: 'NineFunction',
  description: 'One of the nine functions of integration (named as the fields of `NineFunctions`)',
});

@ObjectType('TimelineSession', { description: 'The session a timeline entry is about (one of my own bookings or reflections)' })
export class TimelineSessionModel {
  @Field(() => ID) id: string;
  @Field() title: string;
  @Field(() => SessionKind) kind: SessionKind;
  @Field() startsAt: Date;
  @Field() endsAt: Date;
}

@ObjectType('TimelineReflection', { description: 'The ratings of one of my reflections (never its text)' })
export class TimelineReflectionModel {
  @Field(() => ID) id: string;
  @Field(() => Int, { description: '1–7' }) attunement: number;
  @Field(() => Int, { description: '1–7' }) resonance: number;
  @Field(() => Int, { nullable: true, description: '−3 chaos … 0 integrated … +3 rigid' }) chaosRigidity: number | null;
}

@ObjectType('TimelineEntry')
export class TimelineEntryModel {
  @Field(() => ID) id: string;
  @Field({ description: 'CHECK_IN, GOAL_SET, GOAL_STEP, SESSION_ATTENDED or REFLECTION' }) kind: string;
  @Field() occurredAt: Date;
  @Field({ description: 'The day in my time zone (YYYY-MM-DD)' }) date: string;
  @Field(() => LocalizedTextModel) title: LocalizedTextModel;
  @Field(() => LocalizedTextModel, { nullable: true }) detail: LocalizedTextModel | null;
  @Field(() => Float, { nullable: true }) value: number | null;
  @Field(() => TimelineSessionModel, { nullable: true, description: 'For SESSION_ATTENDED and REFLECTION' }) session?: TimelineSessionModel | null;
  @Field(() => TimelineReflectionModel, { nullable: true, description: 'For REFLECTION' }) reflection?: TimelineReflectionModel | null;
}

@ObjectType('SeriesPoint')
export class SeriesPointModel {
  @Field({ description: 'YYYY-MM-DD' }) date: string;
  @Field(() => Float) value: number;
}

@ObjectType('ScaleSeries')
export class ScaleSeriesModel {
  @Field(() => QuickScale) scale: QuickScale;
  @Field(() => [SeriesPointModel]) points: SeriesPointModel[];
}

@ObjectType('NineFunctionComparison')
export class NineFunctionComparisonModel {
  @Field(() => NineFunctionEnum) fn: NineFunction;
  @Field(() => Float, { nullable: true, description: 'Mean (1–5) over the recent three months; null when not rated then' }) recentMean: number | null;
  @Field(() => Int) recentCount: number;
  @Field(() => Float, { nullable: true, description: 'Mean (1–5) over the three months before; null when not rated then' }) earlierMean: number | null;
  @Field(() => Int) earlierCount: number;
}

@ObjectType('NineFunctionsComparison', { description: 'My self-check of the nine functions: the recent three months against the three before' })
export class NineFunctionsComparisonModel {
  @Field({ description: 'The last day counted (YYYY-MM-DD): the end of the range asked for, or today if that is earlier' }) asOf: string;
  @Field({ description: 'First day of the recent three months (YYYY-MM-DD)' }) recentFrom: string;
  @Field({ description: 'First day of the three months before (YYYY-MM-DD); they end the day before recentFrom' }) earlierFrom: string;
  @Field(() => [NineFunctionComparisonModel], { description: 'All nine, in the order of the form' }) functions: NineFunctionComparisonModel[];
}

@ObjectType('MyIntegration', { description: 'My own picture over time. Only ever about me.' })
export class MyIntegrationModel {
  @Field() from: Date;
  @Field() to: Date;
  @Field(() => [TimelineEntryModel], { description: 'Newest first (at most 500)' }) timeline: TimelineEntryModel[];
  @Field(() => [SeriesPointModel], { description: 'WHO-5 score (0–100) per check-in day' }) who5: SeriesPointModel[];
  @Field(() => [ScaleSeriesModel], { description: 'Each quick scale (0–10) per check-in day' }) scales: ScaleSeriesModel[];
  @Field(() => [SeriesPointModel], { description: 'Attunement (1–7) from my reflections, per session day (the mean when several)' })
  attunement: SeriesPointModel[];
  @Field(() => [SeriesPointModel], { description: 'Resonance (1–7) from my reflections, per session day (the mean when several)' })
  resonance: SeriesPointModel[];
  @Field(() => NineFunctionsComparisonModel, { description: 'The nine functions from my reflections: recent three months against the three before' })
  nineFunctions: NineFunctionsComparisonModel;
  @Field(() => [SeriesPointModel], { description: 'Chaos (−3) … integrated (0) … rigid (+3) from my reflections, per session day' })
  chaosRigidity: SeriesPointModel[];
}
