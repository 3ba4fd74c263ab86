import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DistributionBand, Granularity, SuppressionReason, WellbeingMetric } from '@attune/domain';
import { SupportResourceModel } from '../check-in/check-in.model';

registerEnumType(Granularity, { name: 'WellbeingGranularity', description: 'Fixed calendar buckets in the team\'s time zone: ISO weeks, months, quarters' });
registerEnumType(WellbeingMetric, { name: 'WellbeingMetric' });
registerEnumType(DistributionBand, {
  name: 'DistributionBand',
  description: 'WHO-5: NEEDS_SUPPORT (≤ 28), LOW (< 50), OK (≥ 50). Quick scales: LOW (0–3), MIDDLE (4–6), HIGH (7–10)',
});
registerEnumType(SuppressionReason, { name: 'SuppressionReason' });

export { DistributionBand, Granularity, SuppressionReason, WellbeingMetric };

@ObjectType('BandCount')
export class BandCountModel {
  @Field(() => DistributionBand) band: DistributionBand;
  @Field(() => Int, { description: 'Responses in this band' }) count: number;
  @Field(() => Float, { description: 'Share of the responses, 0–1' }) share: number;
}

@ObjectType('MetricAggregate')
export class MetricAggregateModel {
  @Field(() => WellbeingMetric) metric: WellbeingMetric;
  @Field(() => Float, { description: 'Mean of the responses (WHO-5 0–100, scales 0–10)' }) mean: number;
  @Field(() => [BandCountModel], {
    nullable: true,
    description: 'Distribution in bands; null when a band would hold (or give away) fewer than k people',
  })
  bands: BandCountModel[] | null;
}

@ObjectType('WellbeingBucket', {
  description:
    'One fixed calendar bucket of a team. Figures only when not suppressed; a response is one member\'s check-ins within one week (cut at month boundaries), averaged.',
})
export class WellbeingBucketModel {
  @Field(() => Granularity) granularity: Granularity;
  @Field({ description: 'e.g. 2026-W03, 2026-03, 2026-Q1' }) label: string;
  @Field({ description: 'Start, midnight in the team\'s time zone' }) start: Date;
  @Field({ description: 'End (exclusive), midnight in the team\'s time zone' }) end: Date;
  @Field({ description: 'First day (YYYY-MM-DD)' }) startDate: string;
  @Field({ description: 'Day after the last (YYYY-MM-DD)' }) endDate: string;
  @Field(() => Int, { description: 'Distinct members who checked in' }) respondents: number;
  @Field(() => Int, { description: 'Members of the team at any time during the bucket' }) members: number;
  @Field(() => Float, { nullable: true, description: 'respondents / members' }) participationRate: number | null;
  @Field() suppressed: boolean;
  @Field(() => SuppressionReason, { nullable: true }) suppressionReason: SuppressionReason | null;
  @Field(() => Int, { nullable: true, description: 'Number of responses; null when suppressed' }) responses: number | null;
  @Field(() => [MetricAggregateModel], { nullable: true, description: 'WHO-5 and each quick scale; null when suppressed' })
  metrics: MetricAggregateModel[] | null;
  @Field(() => Int, { description: 'The k these figures were published under' }) anonymityThreshold: number;
}

@ObjectType('OrganisationSettings')
export class OrganisationSettingsModel {
  @Field(() => ID) organisationId: string;
  @Field() name: string;
  @Field(() => Int) anonymityThreshold: number;
  @Field(() => [SupportResourceModel]) supportResources: SupportResourceModel[];
}
