import { addMonths, formatYearMonth, localDateKey, type YearMonth } from '@attune/domain';
import { Button } from '@attune/ui/Button';
import { Link } from '@attune/ui/Link';
import { MonthGrid } from '@attune/ui/MonthGrid';
import { useI18n } from '../../../app/i18n/I18nProvider';
import { useSessionsT } from '../texts';
import { INTL_LOCALE } from '../../../app/i18n/locale';
import { useTimeFormat } from '../../../app/time';
import type { SessionSummary } from '../hooks/useSessions';
import './sessions.css';

export interface SessionMonthProps {
  month: YearMonth;
  sessions: readonly SessionSummary[];
  onMonthChange: (month: YearMonth) => void;
  thisMonth: YearMonth;
}

/**
 * A month as a table (Monday first) with each session as a link on its day, in the reader's
 * zone; previous / next / this month. Each link names date, time, kind and title, so it makes
 * sense on its own when tabbing.
 */
export function SessionMonth({ month, sessions, onMonthChange, thisMonth }: SessionMonthProps) {
  const { locale } = useI18n();
  const t = useSessionsT();
  const time = useTimeFormat();
  const tag = INTL_LOCALE[locale];
  const caption = new Intl.DateTimeFormat(tag, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(month.year, month.month - 1, 1)),
  );
  const byDay = new Map<string, SessionSummary[]>();
  for (const s of sessions) {
    const key = localDateKey(new Date(s.startsAt), time.timeZone);
    byDay.set(key, [...(byDay.get(key) ?? []), s]);
  }
  const today = localDateKey(new Date(), time.timeZone);
  const isThisMonth = formatYearMonth(month) === formatYearMonth(thisMonth);

  return (
    <div className="at-stack">
      <div className="sessions-month-nav">
        <Button variant="secondary" size="sm" onPress={() => onMonthChange(addMonths(month, -1))}>
          <span aria-hidden="true">‹ </span>
          {t.sessions.list.previousMonth}
        </Button>
        <Button variant="secondary" size="sm" onPress={() => onMonthChange(thisMonth)} isDisabled={isThisMonth}>
          {t.sessions.list.thisMonth}
        </Button>
        <Button variant="secondary" size="sm" onPress={() => onMonthChange(addMonths(month, 1))}>
          {t.sessions.list.nextMonth}
          <span aria-hidden="true"> ›</span>
        </Button>
      </div>
      <p className="at-visually-hidden" aria-live="polite">
        {caption}
      </p>
      <MonthGrid
        year={month.year}
        month={month.month}
        locale={tag}
        caption={caption}
        today={today}
        renderDay={(date) => {
          const day = byDay.get(date);
          if (!day) return null;
          return day.map((s) => (
            <Link
              key={s.id}
              href={`/sessions/${s.id}`}
              className={s.cancelledAt ? 'sessions-month-link sessions-month-link--cancelled' : 'sessions-month-link'}
            >
              <span className="sessions-month-link__time">{time.time(s.startsAt)}</span> {t.sessions.kinds[s.kind]}
              {s.cancelledAt ? <> {t.sessions.list.cancelledSuffix}</> : null}
              <span className="at-visually-hidden">
                , {time.date(s.startsAt)}: {s.title}
              </span>
            </Link>
          ));
        }}
      />
      {sessions.length === 0 ? <p className="at-muted">{t.sessions.list.monthEmpty}</p> : null}
    </div>
  );
}
