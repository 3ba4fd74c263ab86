import { Notice } from '@attune/ui/Notice';
import { LoadingState } from '@attune/ui/PageState';
import { useSessionsT } from '../texts';
import { useSessionAttendees } from '../hooks/useSessionAttendees';

/**
 * Names of who is coming — only asked for when the reader may see them (a confirmed seat, the
 * facilitator, a team lead); everyone else reads a gentle note instead.
 */
export function AttendeeList({ sessionId, visible, meId }: { sessionId: string; visible: boolean; meId: string | undefined }) {
  const t = useSessionsT();
  const { attendees, loading, error } = useSessionAttendees(sessionId, { skip: !visible });
  if (!visible) {
    return (
      <Notice tone="info">
        <p>{t.sessions.session.attendeesHidden}</p>
      </Notice>
    );
  }
  if (loading && !attendees) return <LoadingState label={t.sessions.session.attendeesLoading} />;
  if (error && !attendees) {
    return (
      <Notice tone="error">
        <p>{t.sessions.session.attendeesFailed}</p>
      </Notice>
    );
  }
  if (!attendees || attendees.length === 0) return <p className="at-muted">{t.sessions.session.attendeesEmpty}</p>;
  return (
    <ul className="at-list">
      {attendees.map((a) => (
        <li key={a.id}>
          <span>
            {a.displayName}
            {a.id === meId ? <span className="at-muted"> {t.sessions.session.you}</span> : null}
          </span>
        </li>
      ))}
    </ul>
  );
}
