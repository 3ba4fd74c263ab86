import { TrendChart, type TrendThreshold } from '@attune/ui/TrendChart';
import { useMemo } from 'react';
import { useI18n } from '../../../app/i18n/I18nProvider';
import { INTL_LOCALE } from '../../../app/i18n/locale';
import { localDateFormat } from '../../wellbeing/localDates';
import { useIntegrationTexts } from '../texts';

export interface DayPoint {
  /** YYYY-MM-DD */
  date: string;
  value: number;
}

export interface SeriesChartProps {
  title: string;
  description?: string;
  points: readonly DayPoint[];
  min: number;
  max: number;
  emptyLabel: string;
  valueHeader?: string;
  thresholds?: readonly TrendThreshold[];
  formatValue?: (value: number) => string;
}

/** One of my series over days, as a line chart with a table alternative. */
export function SeriesChart({ title, description, points, min, max, emptyLabel, valueHeader, thresholds, formatValue }: SeriesChartProps) {
  const { locale } = useI18n();
  const tIntegration = useIntegrationTexts();
  const i = tIntegration;
  const dates = useMemo(() => localDateFormat(locale), [locale]);
  const number = useMemo(() => new Intl.NumberFormat(INTL_LOCALE[locale], { maximumFractionDigits: 1 }), [locale]);
  const format = formatValue ?? ((v: number) => number.format(v));
  const first = points[0];
  const last = points[points.length - 1];
  const summary =
    first && last
      ? i.summary(title, points.length, `${format(first.value)} (${dates.day(first.date)})`, `${format(last.value)} (${dates.day(last.date)})`)
      : undefined;
  return (
    <TrendChart
      title={title}
      description={description}
      points={points.map((p) => ({ label: dates.day(p.date), value: p.value }))}
      min={min}
      max={max}
      periodHeader={i.dayHeader}
      valueHeader={valueHeader ?? i.valueHeader}
      missingLabel={i.noValue}
      tableToggleLabel={i.tableToggle}
      emptyLabel={emptyLabel}
      summary={summary}
      formatValue={format}
      thresholds={thresholds}
    />
  );
}
