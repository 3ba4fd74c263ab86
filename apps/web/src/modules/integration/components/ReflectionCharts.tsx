import { CHAOS_RIGIDITY_MAX, CHAOS_RIGIDITY_MIN, NINE_FUNCTIONS, RATING_MAX, RATING_MIN, type NineFunction } from '@attune/domain';
import { useId, useMemo } from 'react';
import { useI18n } from '../../../app/i18n/I18nProvider';
import { INTL_LOCALE } from '../../../app/i18n/locale';
import { localDateFormat } from '../../wellbeing/localDates';
import { useIntegrationTexts } from '../texts';
import { SeriesChart, type DayPoint } from './SeriesChart';

export interface NineFunctionComparison {
  fn: NineFunction;
  recentMean: number | null;
  recentCount: number;
  earlierMean: number | null;
  earlierCount: number;
}

export interface NineFunctionsSummary {
  recentFrom: string;
  earlierFrom: string;
  functions: readonly NineFunctionComparison[];
}

export interface ReflectionSeries {
  attunement: readonly DayPoint[];
  resonance: readonly DayPoint[];
  chaosRigidity: readonly DayPoint[];
  nineFunctions: NineFunctionsSummary;
}

const FUNCTION_MAX = 5;

/** Attunement and resonance, the chaos–rigidity position, and the nine functions, from my reflections. */
export function ReflectionCharts({ series }: { series: ReflectionSeries }) {
  const { locale } = useI18n();
  const r = useIntegrationTexts().reflections;
  const number = useMemo(() => new Intl.NumberFormat(INTL_LOCALE[locale], { maximumFractionDigits: 1, signDisplay: 'auto' }), [locale]);
  const signed = useMemo(() => new Intl.NumberFormat(INTL_LOCALE[locale], { maximumFractionDigits: 1, signDisplay: 'exceptZero' }), [locale]);
  return (
    <div className="at-stack">
      <>
        <SeriesChart
          title={r.attunement}
          description={r.attunementDescription}
          points={series.attunement}
          min={RATING_MIN}
          max={RATING_MAX}
          emptyLabel={r.empty}
          formatValue={(v) => number.format(v)}
        />
        <SeriesChart
          title={r.resonance}
          description={r.resonanceDescription}
          points={series.resonance}
          min={RATING_MIN}
          max={RATING_MAX}
          emptyLabel={r.empty}
          formatValue={(v) => number.format(v)}
        />
      </>
      <SeriesChart
        title={r.chaosRigidity}
        description={r.chaosRigidityDescription}
        points={series.chaosRigidity}
        min={CHAOS_RIGIDITY_MIN}
        max={CHAOS_RIGIDITY_MAX}
        emptyLabel={r.empty}
        formatValue={(v) => signed.format(v)}
        thresholds={[
          { value: CHAOS_RIGIDITY_MIN, label: r.chaos },
          { value: 0, label: r.integrated },
          { value: CHAOS_RIGIDITY_MAX, label: r.rigid },
        ]}
      />
      <NineFunctionsTable summary={series.nineFunctions} />
    </div>
  );
}

/** The nine functions as a paired list: the three months before against the recent three. */
export function NineFunctionsTable({ summary }: { summary: NineFunctionsSummary }) {
  const { locale } = useI18n();
  const r = useIntegrationTexts().reflections;
  const dates = useMemo(() => localDateFormat(locale), [locale]);
  const number = useMemo(() => new Intl.NumberFormat(INTL_LOCALE[locale], { maximumFractionDigits: 1, minimumFractionDigits: 1 }), [locale]);
  const captionId = useId();
  const byFn = new Map(summary.functions.map((f) => [f.fn, f]));
  const rated = summary.functions.some((f) => f.recentMean !== null || f.earlierMean !== null);
  const cell = (mean: number | null, count: number, period: 'earlier' | 'recent') =>
    mean === null ? (
      <span className="at-muted">{r.notRated}</span>
    ) : (
      <>
        <span className={`app-pair-bar app-pair-bar--${period}`} aria-hidden="true">
          <span style={{ width: `${(mean / FUNCTION_MAX) * 100}%` }} />
        </span>
        <span>
          {number.format(mean)} <span className="at-muted">({r.timesRated(count)})</span>
        </span>
      </>
    );
  return (
    <figure className="at-chart app-nine" aria-labelledby={captionId}>
      <figcaption id={captionId}>{r.nineFunctions}</figcaption>
      <p className="at-description">{r.nineFunctionsDescription(dates.day(summary.recentFrom), dates.day(summary.earlierFrom))}</p>
      {rated ? (
        <div className="app-table-scroll">
          <table className="at-table">
            <caption className="at-visually-hidden">{r.nineFunctions}</caption>
            <thead>
              <tr>
                <th scope="col">{r.functionHeader}</th>
                <th scope="col">{r.earlier}</th>
                <th scope="col">{r.recent}</th>
              </tr>
            </thead>
            <tbody>
              {NINE_FUNCTIONS.map((fn) => {
                const f = byFn.get(fn);
                return (
                  <tr key={fn}>
                    <th scope="row">{r.functions[fn]}</th>
                    <td>{cell(f?.earlierMean ?? null, f?.earlierCount ?? 0, 'earlier')}</td>
                    <td>{cell(f?.recentMean ?? null, f?.recentCount ?? 0, 'recent')}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="at-muted">{r.nineFunctionsEmpty}</p>
      )}
    </figure>
  );
}
