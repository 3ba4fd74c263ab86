import { useSessionsT } from '../texts';
import type { BookingWithSession } from '../hooks/useMyBookings';
import { BookingActions } from './BookingActions';
import { SessionListCard } from './SessionListCard';

export interface BookingListProps {
  bookings: readonly BookingWithSession[];
  past: boolean;
  /** After a cancel (the booking then leaves the list): say so above the list. */
  onCancelled?: (message: string) => void;
}

/** My upcoming bookings (cancel, add to calendar) or past ones (with attendance). */
export function BookingList({ bookings, past, onCancelled }: BookingListProps) {
  const t = useSessionsT();
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
            <BookingActions session={{ ...b.session, myBooking: b }} onCancelled={onCancelled} />
          </SessionListCard>
        );
      })}
    </div>
  );
}
