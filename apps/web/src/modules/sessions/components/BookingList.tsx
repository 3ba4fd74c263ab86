import { useT } from '../../../app/i18n/I18nProvider';
import type { BookingWithSession } from '../hooks/useMyBookings';
import { AddToCalendarLink } from './AddToCalendarLink';
import { BookingActions } from './BookingActions';
import { SessionListCard } from './SessionListCard';

/** My upcoming bookings (cancel, add to calendar) or past ones (with attendance). */
export function BookingList({ bookings, past }: { bookings: readonly BookingWithSession[]; past: boolean }) {
  const t = useT();
  return (
    <div className="at-stack">
      {bookings.map((b) => {
        if (past) {
          const attendance =
            b.attended === true ? t.sessions.status.attended : b.attended === false ? t.sessions.status.absent : t.sessions.status.attendanceUnknown;
          return (
            <SessionListCard
              key={b.id}
              session={b.session}
              headingLevel={2}
              status={
                b.session.cancelledAt
                  ? { label: t.sessions.status.cancelled, tone: 'danger' }
                  : { label: attendance, tone: b.attended === true ? 'success' : 'neutral' }
              }
            />
          );
        }
        return (
          <SessionListCard key={b.id} session={b.session} headingLevel={2}>
            <BookingActions session={b.session} />
            {b.status === 'CONFIRMED' ? <AddToCalendarLink url={null} /> : null}
          </SessionListCard>
        );
      })}
    </div>
  );
}
