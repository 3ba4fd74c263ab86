import type { WellbeingMessages } from '../../../app/i18n/messages/en/wellbeing';
import { dayBefore, type LocalDateFormat } from '../localDates';
import type { WellbeingBucket } from '../hooks/useTeamWellbeing';

/** "Week 11, 2026 · 9–15 Mar 2026", "March 2026", "Q1 2026" (and a short form for chart axes). */
export function bucketLabel(
  w: WellbeingMessages,
  dates: LocalDateFormat,
  bucket: Pick<WellbeingBucket, 'granularity' | 'label' | 'startDate' | 'endDate'>,
): { long: string; short: string } {
  const year = Number(bucket.label.slice(0, 4));
  if (bucket.granularity === 'WEEK') {
    const week = Number(/W(\d+)/u.exec(bucket.label)?.[1] ?? 0);
    return {
      long: `${w.weekLabel(week, year)} · ${dates.range(bucket.startDate, dayBefore(bucket.endDate))}`,
      short: w.weekShort(week),
    };
  }
  if (bucket.granularity === 'QUARTER') {
    const quarter = Number(/Q(\d)/u.exec(bucket.label)?.[1] ?? 0);
    const text = w.quarterLabel(quarter, year);
    return { long: text, short: text };
  }
  return { long: dates.month(bucket.startDate), short: dates.month(bucket.startDate) };
}
