import { localParts } from '@attune/domain';
import { useI18n } from '../../../app/i18n/I18nProvider';
import { INTL_LOCALE } from '../../../app/i18n/locale';
import { useTimeFormat } from '../../../app/time';
import type { SessionSummary } from '../hooks/useSessions';
import { BookingActions } from './BookingActions';
import { SessionListCard } from './SessionListCard';
import './sessions.css';

/** Upcoming sessions grouped by month (in the reader's zone), each with its booking actions. */
export function SessionList({ sessions }: { sessions: readonly SessionSummary[] }) {
  const { locale } = useI18n();
  const time = useTimeFormat();
  const monthName = new Intl.DateTimeFormat(INTL_LOCALE[locale], { month: 'long', year: 'numeric', timeZone: time.timeZone });
  const groups: { key: string; label: string; sessions: SessionSummary[] }[] = [];
  for (const s of sessions) {
    const p = localParts(new Date(s.startsAt), time.timeZone);
    const key = `${p.year}-${p.month}`;
    let group = groups[groups.length - 1];
    if (!group || group.key !== key) {
      group = { key, label: monthName.format(new Date(s.startsAt)), sessions: [] };
      groups.push(group);
    }
    group.sessions.push(s);
  }
  return (
    <div className="at-stack">
      {groups.map((g) => (
        <section key={g.key} aria-labelledby={`sessions-month-${g.key}`} className="at-stack">
          <h2 id={`sessions-month-${g.key}`} className="sessions-month-heading">
            {g.label}
          </h2>
          {g.sessions.map((s) => (
            <SessionListCard key={s.id} session={s}>
              <BookingActions session={s} />
            </SessionListCard>
          ))}
        </section>
      ))}
    </div>
  );
}
