import { Badge } from '@attune/ui/Badge';
import { Card } from '@attune/ui/Card';
import { LinkButton } from '@attune/ui/Link';
import { Notice } from '@attune/ui/Notice';
import { ErrorState, LoadingState } from '@attune/ui/PageState';
import { PageHeader } from '@attune/ui/PageHeader';
import { useRef, useState } from 'react';
import { useLocation, useNavigate, useParams } from 'react-router';
import { useT } from '../app/i18n/I18nProvider';
import { errorText } from '../app/result';
import { useTimeFormat } from '../app/time';
import { usePageTitle } from '../app/usePageTitle';
import { PeerResponses } from '../modules/reflections/components/PeerResponses';
import { ReflectionActions } from '../modules/reflections/components/ReflectionActions';
import { ReflectionView } from '../modules/reflections/components/ReflectionView';
import { useReflection } from '../modules/reflections/hooks/useReflection';
import { useReflectionTexts } from '../modules/reflections/texts';

/** /reflections/:reflectionId — one reflection to read, with its responses (and, for its author, what they can do). */
export default function ReflectionPage() {
  const all = useT();
  const t = useReflectionTexts();
  const time = useTimeFormat();
  const navigate = useNavigate();
  const location = useLocation();
  const id = useParams().reflectionId ?? '';
  const [visibilitySaved, setVisibilitySaved] = useState(false);
  // While deleting, stop reading it (its removal from the cache would ask the server again) and
  // keep showing what was there until the list has opened.
  const [leaving, setLeaving] = useState(false);
  const { reflection: live, error, refetch } = useReflection(id, { skip: leaving });
  const last = useRef(live);
  if (live) last.current = live;
  const reflection = live ?? (leaving ? last.current : undefined);
  usePageTitle(reflection ? t.detail.title(reflection.session.title) : t.title);

  if (!reflection) {
    const missing = error?.code === 'NOT_FOUND' || error?.code === 'FORBIDDEN';
    return (
      <div className="at-stack">
        <PageHeader title={missing ? t.detail.notFound : t.title} />
        {!error ? (
          <LoadingState label={t.detail.loading} />
        ) : missing ? (
          <ErrorState title={t.detail.notFound} message={t.detail.notFoundBody} />
        ) : (
          <ErrorState title={t.detail.failed} message={errorText(all, error)} retryLabel={all.common.retry} onRetry={refetch} />
        )}
        {error ? (
          <p>
            <LinkButton href="/reflections">{t.detail.back}</LinkButton>
          </p>
        ) : null}
      </div>
    );
  }

  const { session } = reflection;
  const saved = (location.state as { saved?: boolean } | null)?.saved === true;
  return (
    <div className="at-stack">
      <PageHeader
        title={t.detail.title(session.title)}
        description={
          <>
            {t.kinds[session.kind]} · {time.range(session.startsAt, session.endsAt)} ·{' '}
            {reflection.isMine ? t.detail.byYou : t.detail.by(reflection.author.displayName)}
          </>
        }
      />
      {saved ? <Notice tone="success" live title={t.form.saved} /> : null}
      {visibilitySaved ? <Notice tone="success" live title={t.visibility.saved} /> : null}
      <Card>
        <div className="at-stack">
          <p className="rf-meta">
            <Badge tone={reflection.visibility === 'PRIVATE' ? 'neutral' : 'primary'}>{t.visibility.badge[reflection.visibility]}</Badge>
            {reflection.isMine ? <span>{t.visibility.options[reflection.visibility].description}</span> : null}
          </p>
          {reflection.isMine ? (
            <ReflectionActions
              reflection={reflection}
              onVisibilityChanged={() => setVisibilitySaved(true)}
              onDeleting={setLeaving}
              onDeleted={() => void navigate('/reflections', { state: { deleted: true } })}
            />
          ) : null}
          <ReflectionView reflection={reflection} />
          <p className="at-muted">
            {t.detail.writtenOn(time.dateTime(reflection.createdAt))}
            {reflection.updatedAt !== reflection.createdAt ? `, ${t.detail.edited(time.dateTime(reflection.updatedAt))}` : null}
          </p>
        </div>
      </Card>
      <Card>
        <PeerResponses reflection={reflection} />
      </Card>
      <p className="rf-actions">
        {reflection.isMine ? <LinkButton href="/reflections">{t.detail.back}</LinkButton> : null}
        {reflection.visibility !== 'PRIVATE' || !reflection.isMine ? (
          <LinkButton href={`/sessions/${session.id}/reflections`}>{t.detail.sessionReflections}</LinkButton>
        ) : null}
      </p>
    </div>
  );
}
