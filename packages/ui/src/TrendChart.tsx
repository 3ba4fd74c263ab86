import { useId } from 'react';

export interface TrendPoint {
  /** Period label, e.g. "March 2026" or "week 11". */
  label: string;
  /** The value, or null when there is none (e.g. suppressed for anonymity). */
  value: number | null;
}

export interface TrendThreshold {
  value: number;
  label: string;
}

export interface TrendChartProps {
  title: string;
  description?: string;
  points: readonly TrendPoint[];
  /** Value range of the y axis. */
  min: number;
  max: number;
  /** Column headers of the table alternative. */
  periodHeader: string;
  valueHeader: string;
  /** Said for a point without a value, in the table and on the chart. */
  missingLabel: string;
  /** Text of the toggle that shows the data as a table, e.g. "Show as table". */
  tableToggleLabel: string;
  /** Shown instead of a chart when there are no points at all. */
  emptyLabel: string;
  /** Accessible summary of the drawing, e.g. "WHO-5 rose from 48 to 64". Defaults to the title. */
  summary?: string;
  formatValue?: (value: number) => string;
  thresholds?: readonly TrendThreshold[];
}

const W = 600;
const H = 220;
const PAD = { top: 14, right: 16, bottom: 30, left: 40 };
const MAX_X_LABELS = 6;

/** Splits the points into runs of consecutive values, so a missing value leaves a gap. */
export function segments(points: readonly TrendPoint[]): { index: number; value: number }[][] {
  const runs: { index: number; value: number }[][] = [];
  let current: { index: number; value: number }[] = [];
  points.forEach((p, index) => {
    if (p.value === null || !Number.isFinite(p.value)) {
      if (current.length > 0) runs.push(current);
      current = [];
    } else {
      current.push({ index, value: p.value });
    }
  });
  if (current.length > 0) runs.push(current);
  return runs;
}

/**
 * A small line chart in plain SVG. The drawing is an image with a summary; the same data is
 * available as a table (behind a disclosure) for screen readers and for reading exact values.
 */
export function TrendChart({
  title,
  description,
  points,
  min,
  max,
  periodHeader,
  valueHeader,
  missingLabel,
  tableToggleLabel,
  emptyLabel,
  summary,
  formatValue = (v) => String(Math.round(v * 10) / 10),
  thresholds = [],
}: TrendChartProps) {
  const id = useId();
  const titleId = `${id}-title`;
  const descId = `${id}-desc`;
  if (max <= min) throw new Error('TrendChart needs min < max');

  const innerW = W - PAD.left - PAD.right;
  const innerH = H - PAD.top - PAD.bottom;
  const n = points.length;
  const x = (i: number): number => PAD.left + (n <= 1 ? innerW / 2 : (i * innerW) / (n - 1));
  const y = (v: number): number => {
    const clamped = Math.min(max, Math.max(min, v));
    return PAD.top + ((max - clamped) / (max - min)) * innerH;
  };
  const ticks = [min, (min + max) / 2, max];
  const labelEvery = Math.max(1, Math.ceil(n / MAX_X_LABELS));
  const runs = segments(points);

  return (
    <figure className="at-chart" aria-labelledby={titleId}>
      <figcaption id={titleId}>{title}</figcaption>
      {description ? (
        <p id={descId} className="at-description">
          {description}
        </p>
      ) : null}
      {n === 0 ? (
        <p className="at-muted">{emptyLabel}</p>
      ) : (
        <>
          <svg
            className="at-chart__svg"
            viewBox={`0 0 ${W} ${H}`}
            role="img"
            aria-label={summary ?? title}
            aria-describedby={description ? descId : undefined}
            focusable="false"
          >
            {ticks.map((t) => (
              <g key={t}>
                <line className="at-chart__grid" x1={PAD.left} x2={W - PAD.right} y1={y(t)} y2={y(t)} />
                <text className="at-chart__axis-label" x={PAD.left - 8} y={y(t) + 4} textAnchor="end">
                  {formatValue(t)}
                </text>
              </g>
            ))}
            {thresholds.map((t) => (
              <g key={`th-${t.value}`}>
                <line className="at-chart__threshold" x1={PAD.left} x2={W - PAD.right} y1={y(t.value)} y2={y(t.value)} />
                <text className="at-chart__threshold-label" x={W - PAD.right} y={y(t.value) - 5} textAnchor="end">
                  {t.label}
                </text>
              </g>
            ))}
            {points.map((p, i) =>
              i % labelEvery === 0 || i === n - 1 ? (
                <text key={`x-${i}`} className="at-chart__axis-label" x={x(i)} y={H - 8} textAnchor="middle">
                  {p.label}
                </text>
              ) : null,
            )}
            {runs.map((run) =>
              run.length > 1 ? (
                <path
                  key={`run-${run[0]?.index}`}
                  className="at-chart__line"
                  d={run.map((p, k) => `${k === 0 ? 'M' : 'L'}${x(p.index).toFixed(1)} ${y(p.value).toFixed(1)}`).join(' ')}
                />
              ) : null,
            )}
            {points.map((p, i) =>
              p.value === null ? (
                <text key={`gap-${i}`} className="at-chart__gap" x={x(i)} y={PAD.top + innerH - 4} textAnchor="middle">
                  –
                </text>
              ) : (
                <circle key={`pt-${i}`} className="at-chart__point" cx={x(i)} cy={y(p.value)} r={4} />
              ),
            )}
          </svg>
          <details>
            <summary>{tableToggleLabel}</summary>
            <table className="at-table">
              <caption className="at-visually-hidden">{title}</caption>
              <thead>
                <tr>
                  <th scope="col">{periodHeader}</th>
                  <th scope="col">{valueHeader}</th>
                </tr>
              </thead>
              <tbody>
                {points.map((p, i) => (
                  <tr key={`row-${i}`}>
                    <th scope="row">{p.label}</th>
                    <td>{p.value === null ? missingLabel : formatValue(p.value)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        </>
      )}
    </figure>
  );
}
