import { Field, Float, ID, ObjectType } from '@nestjs/graphql';
import { LocalizedTextModel, QuickScale } from '../check-in/check-in.model';

@ObjectType('TimelineEntry')
export class TimelineEntryModel {
  @Field(() => ID) id: string;
  @Field({ description: 'CHECK_IN, GOAL_SET, GOAL_STEP (sessions attended and reflections join later)' }) kind: string;
  @Field() occurredAt: Date;
  @Field({ description: 'The day in my time zone (YYYY-MM-DD)' }) date: string;
  @Field(() => LocalizedTextModel) title: LocalizedTextModel;
  @Field(() => LocalizedTextModel, { nullable: true }) detail: LocalizedTextModel | null;
  @Field(() => Float, { nullable: true }) value: number | null;
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

@ObjectType('MyIntegration', { description: 'My own picture over time. Only ever about me.' })
export class MyIntegrationModel {
  @Field() from: Date;
  @Field() to: Date;
  @Field(() => [TimelineEntryModel], { description: 'Newest first (at most 500)' }) timeline: TimelineEntryModel[];
  @Field(() => [SeriesPointModel], { description: 'WHO-5 score (0–100) per check-in day' }) who5: SeriesPointModel[];
  @Field(() => [ScaleSeriesModel], { description: 'Each quick scale (0–10) per check-in day' }) scales: ScaleSeriesModel[];
}
