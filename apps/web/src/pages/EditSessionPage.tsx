import { Card } from '@attune/ui/Card';
import { LinkButton } from '@attune/ui/Link';
import { ErrorState, LoadingState } from '@attune/ui/PageState';
import { PageHeader } from '@attune/ui/PageHeader';
import { useParams } from 'react-router';
import { useSessionsT } from '../modules/sessions/texts';
import { errorText } from '../app/result';
import { usePageTitle } from '../app/usePageTitle';
import { useMe } from '../modules/account/hooks/useMe';
import { SessionForm } from '../modules/sessions/components/SessionForm';
import { useSession } from '../modules/sessions/hooks/useSession';
import { bookingState } from '../modules/sessions/sessionState';

/** /sessions/:sessionId/edit — a lead changes a session that has not started. */
export default function EditSessionPage() {
  const t = useSessionsT();
  const f = t.sessions.form;
  const sessionId = useParams().sessionId ?? '';
  const { me } = useMe();
  const { session, loading, error, refetch } = useSession(sessionId);
  usePageTitle(f.editTitle);
  const back = (
    <p>
      <LinkButton href={session ? `/sessions/${session.id}` : '/sessions'}>{session ? t.common.cancel : t.sessions.session.back}</LinkButton>
    </p>
  );

  let body;
  if ((loading && !session) || !me) body = <LoadingState label={f.loading} />;
  else if (!session) {
    const missing = !error || error.code === 'NOT_FOUND' || error.code === 'FORBIDDEN';
    body = (
      <>
        {missing ? (
          <ErrorState title={t.sessions.session.notFound} message={t.sessions.session.notFoundBody} />
        ) : (
          <ErrorState title={t.sessions.session.loadFailed} message={errorText(t, error)} retryLabel={t.common.retry} onRetry={refetch} />
        )}
        {back}
      </>
    );
  } else if (session.team.myRole !== 'LEAD') {
    body = (
      <>
        <ErrorState title={f.notLead} message={f.notLeadBody} />
        {back}
      </>
    );
  } else if (session.cancelledAt || bookingState(session, new Date()).started) {
    body = (
      <>
        <ErrorState title={f.cannotEdit} message={f.cannotEditBody} />
        {back}
      </>
    );
  } else {
    body = (
      <Card title={session.title}>
        <SessionForm teams={[session.team]} meId={me.id} session={session} />
      </Card>
    );
  }

  return (
    <div className="at-stack">
      <PageHeader title={f.editTitle} description={f.editIntro} />
      {body}
    </div>
  );
}
