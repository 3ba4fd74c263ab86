import { Card } from '@attune/ui/Card';
import { LinkButton } from '@attune/ui/Link';
import { Notice } from '@attune/ui/Notice';
import { ErrorState, LoadingState } from '@attune/ui/PageState';
import { PageHeader } from '@attune/ui/PageHeader';
import { useNavigate, useSearchParams } from 'react-router';
import { useT } from '../app/i18n/I18nProvider';
import { errorText } from '../app/result';
import { useTimeFormat } from '../app/time';
import { usePageTitle } from '../app/usePageTitle';
import { useMe } from '../modules/account/hooks/useMe';
import { ReflectableSessionList } from '../modules/reflections/components/ReflectableSessionList';
import { ReflectionForm } from '../modules/reflections/components/ReflectionForm';
import { useSessionToReflectOn, type SessionToReflectOn } from '../modules/reflections/hooks/useSessionToReflectOn';
import { useReflectionTexts } from '../modules/reflections/texts';

/** Why a session cannot be reflected on, as far as the session itself tells. */
function notEligibleReason(session: SessionToReflectOn): 'SESSION_CANCELLED' | 'NOT_BOOKED' | 'NOT_ATTENDED' {
  if (session.cancelledAt) return 'SESSION_CANCELLED';
  return session.kind === 'SUPERVISION' ? 'NOT_BOOKED' : 'NOT_ATTENDED';
}

/** /reflections/new?sessionId=… — the reflection form for a session (without one: choose a session). */
export default function NewReflectionPage() {
  const all = useT();
  const t = useReflectionTexts();
  const time = useTimeFormat();
  const navigate = useNavigate();
  const sessionId = useSearchParams()[0].get('sessionId');
  const { me } = useMe();
  const { session, loading, error, refetch } = useSessionToReflectOn(sessionId);
  usePageTitle(t.form.newTitle);

  if (!sessionId) {
    return (
      <div className="at-stack">
        <PageHeader title={t.form.newTitle} description={t.form.chooseSessionIntro} />
        <Card title={t.form.chooseSession}>
          <ReflectableSessionList />
        </Card>
      </div>
    );
  }

  if (!session || !me) {
    if (error) {
      const missing = error.code === 'NOT_FOUND' || error.code === 'FORBIDDEN';
      return (
        <div className="at-stack">
          <PageHeader title={t.form.newTitle} />
          {missing ? (
            <ErrorState title={t.form.sessionNotFound} message={t.form.sessionNotFoundBody} />
          ) : (
            <ErrorState title={t.form.sessionFailed} message={errorText(all, error)} retryLabel={all.common.retry} onRetry={refetch} />
          )}
          <p>
            <LinkButton href="/reflections">{t.detail.back}</LinkButton>
          </p>
        </div>
      );
    }
    return (
      <>
        <PageHeader title={t.form.newTitle} />
        <LoadingState label={loading ? t.form.sessionLoading : all.shell.loadingAccount} />
      </>
    );
  }

  const about = t.form.about(session.title, time.range(session.startsAt, session.endsAt));
  const header = (
    <PageHeader
      title={t.form.newTitle}
      description={
        <>
          {about} · {t.kinds[session.kind]} · {session.team.name}
        </>
      }
    />
  );

  if (session.myReflection) {
    return (
      <div className="at-stack">
        {header}
        <Notice tone="info" title={t.form.alreadyWritten}>
          <LinkButton href={`/reflections/${session.myReflection.id}/edit`}>{t.form.editExisting}</LinkButton>
        </Notice>
      </div>
    );
  }
  if (!session.canReflect) {
    return (
      <div className="at-stack">
        {header}
        <Notice tone="info" title={t.form.notEligible[notEligibleReason(session)]} />
        <p>
          <LinkButton href="/reflections">{t.detail.back}</LinkButton>
        </p>
      </div>
    );
  }
  return (
    <div className="at-stack">
      {header}
      <ReflectionForm
        session={session}
        userId={me.id}
        label={t.form.newTitle}
        cancelHref="/reflections"
        onSaved={(saved) => void navigate(`/reflections/${saved.id}`, { state: { saved: true } })}
      />
    </div>
  );
}
