import { Checkbox } from '@attune/ui/Checkbox';
import { Notice } from '@attune/ui/Notice';
import { LoadingState } from '@attune/ui/PageState';
import { useId, useState } from 'react';
import { useSessionsT } from '../texts';
import type { AppError } from '../../../app/result';
import { useMarkAttendance } from '../hooks/useMarkAttendance';
import { useSessionBookings, type SessionBooking } from '../hooks/useSessionBookings';
import { sessionErrorText } from '../sessionState';
import './sessions.css';

export interface AttendancePanelProps {
  sessionId: string;
  /** Once started (and not cancelled), attendance can be marked. */
  canMark: boolean;
  /** The waitlist matters until the start. */
  showWaitlist: boolean;
}

/**
 * For the facilitator and team leads: who has a seat and who waits; after the start, a checkbox
 * per confirmed booking to mark attendance (saved on each change).
 */
export function AttendancePanel({ sessionId, canMark, showWaitlist }: AttendancePanelProps) {
  const t = useSessionsT();
  const a = t.sessions.attendance;
  const legendId = useId();
  const { bookings, loading, error } = useSessionBookings(sessionId);
  const { mark } = useMarkAttendance();
  const [pending, setPending] = useState<string | null>(null);
  const [status, setStatus] = useState<string>('');
  const [failure, setFailure] = useState<AppError | null>(null);

  if (loading && !bookings) return <LoadingState label={a.loading} />;
  if (error && !bookings) {
    return (
      <Notice tone="error">
        <p>{a.loadFailed}</p>
      </Notice>
    );
  }
  const confirmed = (bookings ?? []).filter((b) => b.status === 'CONFIRMED');
  const waitlist = (bookings ?? [])
    .filter((b) => b.status === 'WAITLISTED')
    .sort((x, y) => (x.waitlistPosition ?? 0) - (y.waitlistPosition ?? 0));

  const onMark = async (b: SessionBooking, attended: boolean): Promise<void> => {
    setPending(b.id);
    setFailure(null);
    setStatus('');
    const result = await mark(b.id, attended);
    setPending(null);
    if (result.ok) setStatus(a.saved(b.member.displayName, attended));
    else setFailure(result.error);
  };

  return (
    <div className="at-stack">
      {canMark ? (
        <div role="group" aria-labelledby={legendId} className="sessions-attendance">
          <h3 id={legendId}>{a.legend}</h3>
          <p className="at-muted">{a.intro}</p>
          {confirmed.length === 0 ? (
            <p className="at-muted">{a.none}</p>
          ) : (
            <ul className="at-list">
              {confirmed.map((b) => (
                <li key={b.id}>
                  <Checkbox isSelected={b.attended === true} isPending={pending === b.id} onChange={(v) => void onMark(b, v)}>
                    {b.member.displayName}
                  </Checkbox>
                  {b.attended === null ? <span className="at-muted">{a.notMarked}</span> : null}
                </li>
              ))}
            </ul>
          )}
          <p role="status" className="sessions-attendance__status">
            {status}
          </p>
          {failure ? (
            <Notice tone="error">
              <p>{sessionErrorText(t, failure)}</p>
            </Notice>
          ) : null}
        </div>
      ) : (
        <>
          <p className="at-muted">{a.notYet}</p>
          <h3>{a.confirmed}</h3>
          {confirmed.length === 0 ? (
            <p className="at-muted">{a.none}</p>
          ) : (
            <ul className="at-list">
              {confirmed.map((b) => (
                <li key={b.id}>{b.member.displayName}</li>
              ))}
            </ul>
          )}
        </>
      )}
      {showWaitlist ? (
        <>
          <h3>{a.waitlist}</h3>
          {waitlist.length === 0 ? (
            <p className="at-muted">{a.none}</p>
          ) : (
            <ol className="at-list">
              {waitlist.map((b, i) => (
                <li key={b.id}>{a.waitlistItem(b.waitlistPosition ?? i + 1, b.member.displayName)}</li>
              ))}
            </ol>
          )}
        </>
      ) : null}
    </div>
  );
}
