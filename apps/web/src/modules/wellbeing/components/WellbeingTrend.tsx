import { WELLBEING_METRICS, WHO5_LOW_BELOW, WHO5_NEEDS_SUPPORT_AT_OR_BELOW } from '@attune/domain';
import { Select } from '@attune/ui/Select';
import { TrendChart } from '@attune/ui/TrendChart';
import { useState } from 'react';
import type { WellbeingMetric } from '../../../generated/graphql';
import { useI18n } from '../../../app/i18n/I18nProvider';
import { INTL_LOCALE } from '../../../app/i18n/locale';
import type { WellbeingBucket } from '../hooks/useTeamWellbeing';
import { useCheckInTexts } from '../../check-in/texts';
import { useIntegrationTexts } from '../../integration/texts';
import { useWellbeingTexts } from '../texts';

/** The team average of one measure over the listed periods; hidden periods are gaps. */
export function WellbeingTrend({ buckets, labels }: { buckets: readonly WellbeingBucket[]; labels: readonly string[] }) {
  const { locale } = useI18n();
  const tCheckIn = useCheckInTexts();
  const tIntegration = useIntegrationTexts();
  const tWellbeing = useWellbeingTexts();
  const w = tWellbeing;
  const [metric, setMetric] = useState<WellbeingMetric>('WHO5');
  const number = new Intl.NumberFormat(INTL_LOCALE[locale], { maximumFractionDigits: 1 });
  const name = tCheckIn.scaleNames[metric];
  const points = buckets.map((b, i) => ({
    label: labels[i] ?? b.label,
    value: b.suppressed ? null : (b.metrics?.find((m) => m.metric === metric)?.mean ?? null),
  }));
  const shown = points.filter((p) => p.value !== null).length;
  const isWho5 = metric === 'WHO5';
  return (
    <div className="at-stack">
      <Select<WellbeingMetric>
        label={w.trend.metric}
        value={metric}
        onChange={setMetric}
        options={WELLBEING_METRICS.map((m) => ({ id: m, label: tCheckIn.scaleNames[m] }))}
        className="app-metric-select"
      />
      <TrendChart
        title={w.trend.title(name)}
        points={points}
        min={0}
        max={isWho5 ? 100 : 10}
        periodHeader={w.trend.periodHeader}
        valueHeader={w.trend.valueHeader}
        missingLabel={w.trend.missing}
        tableToggleLabel={tIntegration.tableToggle}
        emptyLabel={w.empty}
        summary={w.trend.summary(name, shown, points.length)}
        formatValue={(v) => number.format(v)}
        thresholds={
          isWho5
            ? [
                { value: WHO5_LOW_BELOW, label: tIntegration.who5.low },
                { value: WHO5_NEEDS_SUPPORT_AT_OR_BELOW, label: tIntegration.who5.support },
              ]
            : []
        }
      />
    </div>
  );
}
