import { LinkButton } from '@attune/ui/Link';
import { ErrorState, LoadingState } from '@attune/ui/PageState';
import { PageHeader } from '@attune/ui/PageHeader';
import { useNavigate, useParams } from 'react-router';
import { useT } from '../app/i18n/I18nProvider';
import { errorText } from '../app/result';
import { useTimeFormat } from '../app/time';
import { usePageTitle } from '../app/usePageTitle';
import { useMe } from '../modules/account/hooks/useMe';
import { ReflectionForm } from '../modules/reflections/components/ReflectionForm';
import { useReflection } from '../modules/reflections/hooks/useReflection';
import { useReflectionTexts } from '../modules/reflections/texts';

/** /reflections/:reflectionId/edit — the form again, filled in (only for the author). */
export default function EditReflectionPage() {
  const all = useT();
  const t = useReflectionTexts();
  const time = useTimeFormat();
  const navigate = useNavigate();
  const id = useParams().reflectionId ?? '';
  const { me } = useMe();
  const { reflection, loading, error, refetch } = useReflection(id);
  usePageTitle(t.form.editTitle);

  if (!reflection || !me || !reflection.isMine) {
    const missing = (reflection && !reflection.isMine) || error?.code === 'NOT_FOUND' || error?.code === 'FORBIDDEN';
    if (missing || error) {
      return (
        <div className="at-stack">
          <PageHeader title={missing ? t.detail.notFound : t.form.editTitle} />
          {missing || !error ? (
            <ErrorState title={t.detail.notFound} message={t.detail.notFoundBody} />
          ) : (
            <ErrorState title={t.detail.failed} message={errorText(all, error)} retryLabel={all.common.retry} onRetry={refetch} />
          )}
          <p>
            <LinkButton href="/reflections">{t.detail.back}</LinkButton>
          </p>
        </div>
      );
    }
    return (
      <>
        <PageHeader title={t.form.editTitle} />
        <LoadingState label={loading ? t.detail.loading : all.shell.loadingAccount} />
      </>
    );
  }

  const { session } = reflection;
  return (
    <div className="at-stack">
      <PageHeader
        title={t.form.editTitle}
        description={
          <>
            {t.form.about(session.title, time.range(session.startsAt, session.endsAt))} · {t.kinds[session.kind]}
          </>
        }
      />
      <ReflectionForm
        session={session}
        reflection={reflection}
        userId={me.id}
        label={t.form.editTitle}
        cancelHref={`/reflections/${reflection.id}`}
        onSaved={(saved) => void navigate(`/reflections/${saved.id}`, { state: { saved: true } })}
      />
    </div>
  );
}
