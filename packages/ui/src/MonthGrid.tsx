import type { ReactNode } from 'react';
import './MonthGrid.css';
import { cx } from './cx';

export interface MonthGridProps {
  year: number;
  /** 1–12 */
  month: number;
  /** BCP 47 tag for the weekday names, e.g. "nl-NL". */
  locale: string;
  /** The table caption, e.g. "maart 2026". */
  caption: ReactNode;
  /** 'YYYY-MM-DD' of today, marked with aria-current="date". */
  today?: string;
  /** What a day holds (e.g. links to sessions); null or nothing for an empty day. */
  renderDay: (date: string) => ReactNode;
  className?: string;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** Weeks (Monday first) of a month as 'YYYY-MM-DD' keys; null for days outside the month. */
export function monthWeeks(year: number, month: number): (string | null)[][] {
  const first = new Date(Date.UTC(year, month - 1, 1));
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const lead = (first.getUTCDay() + 6) % 7;
  const cells: (string | null)[] = Array.from({ length: lead }, () => null);
  for (let d = 1; d <= days; d++) cells.push(`${year}-${pad(month)}-${pad(d)}`);
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks: (string | null)[][] = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return weeks;
}

/**
 * A month as a plain table: a caption, weekday column headers (Monday first) and one cell per
 * day. Whatever a day holds (links, buttons) is reached with Tab as usual; screen readers can
 * also move through it as a table. On narrow screens it becomes a list of the days with content.
 */
export function MonthGrid({ year, month, locale, caption, today, renderDay, className }: MonthGridProps) {
  // 2024-01-01 was a Monday.
  const names = Array.from({ length: 7 }, (_, i) => new Date(Date.UTC(2024, 0, 1 + i)));
  const short = new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' });
  const long = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' });
  const dayFormat = new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' });
  return (
    <table className={cx('at-month', className)}>
      <caption className="at-month__caption">{caption}</caption>
      <thead>
        <tr>
          {names.map((d) => (
            <th key={d.toISOString()} scope="col" abbr={long.format(d)}>
              {short.format(d)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {monthWeeks(year, month).map((week, w) => (
          <tr key={w}>
            {week.map((date, i) => {
              if (!date) return <td key={`empty-${i}`} className="at-month__cell at-month__cell--outside" />;
              const content = renderDay(date);
              const hasContent = content !== null && content !== undefined && content !== false;
              const [y, m, d] = date.split('-').map(Number) as [number, number, number];
              return (
                <td
                  key={date}
                  className={cx('at-month__cell', hasContent && 'at-month__cell--busy', date === today && 'at-month__cell--today')}
                  aria-current={date === today ? 'date' : undefined}
                >
                  <span className="at-month__day" aria-hidden="true">
                    {d}
                  </span>
                  <span className="at-month__date">{dayFormat.format(new Date(Date.UTC(y, m - 1, d)))}</span>
                  {hasContent ? <div className="at-month__items">{content}</div> : null}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
