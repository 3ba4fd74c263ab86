import { Button } from '@attune/ui/Button';
import { Card } from '@attune/ui/Card';
import { LinkButton } from '@attune/ui/Link';
import { Notice } from '@attune/ui/Notice';
import { ErrorState, LoadingState } from '@attune/ui/PageState';
import { PageHeader } from '@attune/ui/PageHeader';
import { useState } from 'react';
import { useLocation, useParams } from 'react-router';
import { useSessionsT } from '../modules/sessions/texts';
import { errorText } from '../app/result';
import { useTimeFormat } from '../app/time';
import { usePageTitle } from '../app/usePageTitle';
import { useMe } from '../modules/account/hooks/useMe';
import { AttendancePanel } from '../modules/sessions/components/AttendancePanel';
import { AttendeeList } from '../modules/sessions/components/AttendeeList';
import { BookingActions } from '../modules/sessions/components/BookingActions';
import { CancelSessionDialog } from '../modules/sessions/components/CancelSessionDialog';
import { SessionDetails } from '../modules/sessions/components/SessionDetails';
import { readSessionsFlash } from '../modules/sessions/flash';
import { useSession } from '../modules/sessions/hooks/useSession';
import { bookingState, sessionViewer } from '../modules/sessions/sessionState';

/**
 * /sessions/:sessionId — details, my booking, who is coming (when I may see it); for the
 * facilitator and leads the bookings and attendance; for leads edit and cancel.
 */
export default function SessionPage() {
  const t = useSessionsT();
  const time = useTimeFormat();
  const sessionId = useParams().sessionId ?? '';
  const flash = readSessionsFlash(useLocation().state);
  const { me } = useMe();
  const { session, loading, error, refetch } = useSession(sessionId);
  const [cancelOpen, setCancelOpen] = useState(false);
  const [cancelled, setCancelled] = useState(false);
  usePageTitle(session?.title ?? t.sessions.list.title);
  const s = t.sessions.session;

  if (loading && !session) {
    return (
      <div className="at-stack">
        <PageHeader title={t.sessions.list.title} />
        <LoadingState label={s.loading} />
      </div>
    );
  }
  if (!session) {
    const missing = !error || error.code === 'NOT_FOUND' || error.code === 'FORBIDDEN';
    return (
      <div className="at-stack">
        <PageHeader title={missing ? s.notFound : t.sessions.list.title} />
        {missing ? (
          <ErrorState title={s.notFound} message={s.notFoundBody} />
        ) : (
          <ErrorState title={s.loadFailed} message={errorText(t, error)} retryLabel={t.common.retry} onRetry={refetch} />
        )}
        <p>
          <LinkButton href="/sessions">{s.back}</LinkButton>
        </p>
      </div>
    );
  }

  const viewer = sessionViewer(session, me?.id);
  const state = bookingState(session, new Date());
  const changeable = viewer.isLead && !session.cancelledAt && !state.started;
  const mine = session.myBooking;

  return (
    <div className="at-stack">
      <PageHeader
        title={session.title}
        description={`${t.sessions.kinds[session.kind]} · ${time.range(session.startsAt, session.endsAt)}`}
        actions={
          changeable ? (
            <div className="sessions-header-actions">
              <LinkButton href={`/sessions/${session.id}/edit`}>{s.edit}</LinkButton>
              <Button variant="danger" onPress={() => setCancelOpen(true)}>
                {s.cancelSession}
              </Button>
            </div>
          ) : undefined
        }
      />
      {flash.sessionsNotice ? (
        <Notice tone="success" live>
          <p>{flash.sessionsNotice}</p>
        </Notice>
      ) : null}
      {cancelled ? (
        <Notice tone="success" live>
          <p>{t.sessions.cancelSession.done}</p>
        </Notice>
      ) : null}
      {session.cancelledAt ? (
        <Notice tone="warning" title={s.cancelledTitle}>
          {session.cancelReason ? <p>{s.cancelledReason(session.cancelReason)}</p> : null}
        </Notice>
      ) : null}
      <Card title={s.details}>
        <SessionDetails session={session} />
      </Card>
      <Card title={s.myBooking}>
        {!mine && !state.canBook ? <p className="at-muted">{s.notBooked}</p> : null}
        {mine?.status === 'CONFIRMED' ? <p>{s.haveSeat}</p> : null}
        <BookingActions session={session} />
      </Card>
      <Card title={s.attendees}>
        <AttendeeList sessionId={session.id} visible={viewer.seesAttendees} meId={me?.id} />
      </Card>
      {session.myReflection || session.canReflect ? (
        <Card title={s.reflection}>
          <p>{s.reflectIntro}</p>
          <div className="sessions-header-actions">
            {session.myReflection ? (
              <LinkButton href={`/reflections/${session.myReflection.id}`}>{s.readYours}</LinkButton>
            ) : (
              <LinkButton variant="primary" href={`/reflections/new?sessionId=${encodeURIComponent(session.id)}`}>
                {s.reflect}
              </LinkButton>
            )}
            <LinkButton href={`/sessions/${session.id}/reflections`}>{s.sharedReflections}</LinkButton>
          </div>
        </Card>
      ) : null}
      {viewer.seesAllBookings && !session.cancelledAt ? (
        <Card title={t.sessions.attendance.title}>
          <AttendancePanel sessionId={session.id} canMark={state.started} showWaitlist={!state.started} />
        </Card>
      ) : null}
      <p>
        <LinkButton href="/sessions">{s.back}</LinkButton>
      </p>
      {changeable ? (
        <CancelSessionDialog session={session} isOpen={cancelOpen} onOpenChange={setCancelOpen} onCancelled={() => setCancelled(true)} />
      ) : null}
    </div>
  );
}
