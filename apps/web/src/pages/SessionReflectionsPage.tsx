import { Card } from '@attune/ui/Card';
import { LinkButton } from '@attune/ui/Link';
import { EmptyState, ErrorState, LoadingState } from '@attune/ui/PageState';
import { PageHeader } from '@attune/ui/PageHeader';
import { useParams } from 'react-router';
import { useT } from '../app/i18n/I18nProvider';
import { errorText } from '../app/result';
import { useTimeFormat } from '../app/time';
import { usePageTitle } from '../app/usePageTitle';
import { PeerResponses } from '../modules/reflections/components/PeerResponses';
import { ReflectionView } from '../modules/reflections/components/ReflectionView';
import { useSessionToReflectOn } from '../modules/reflections/hooks/useSessionToReflectOn';
import { useSharedReflections } from '../modules/reflections/hooks/useSharedReflections';
import { useReflectionTexts } from '../modules/reflections/texts';

/** /sessions/:sessionId/reflections — what was shared with me about a session, with responses. */
export default function SessionReflectionsPage() {
  const all = useT();
  const t = useReflectionTexts();
  const time = useTimeFormat();
  const sessionId = useParams().sessionId ?? '';
  const { session } = useSessionToReflectOn(sessionId);
  const { reflections, error, refetch } = useSharedReflections(sessionId);
  usePageTitle(t.shared.title);

  const action = session?.myReflection ? (
    <LinkButton href={`/reflections/${session.myReflection.id}`}>{t.shared.readYours}</LinkButton>
  ) : session?.canReflect ? (
    <LinkButton variant="primary" href={`/reflections/new?sessionId=${encodeURIComponent(session.id)}`}>
      {t.shared.reflectHere}
    </LinkButton>
  ) : null;

  const header = (
    <PageHeader
      title={t.shared.title}
      description={
        session ? (
          <>
            {t.form.about(session.title, time.range(session.startsAt, session.endsAt))} · {t.kinds[session.kind]}
          </>
        ) : (
          t.shared.intro
        )
      }
      actions={action}
    />
  );

  if (!reflections) {
    const missing = error?.code === 'NOT_FOUND' || error?.code === 'FORBIDDEN';
    return (
      <div className="at-stack">
        {header}
        {!error ? (
          <LoadingState label={t.shared.loading} />
        ) : missing ? (
          <ErrorState title={t.form.sessionNotFound} message={t.form.sessionNotFoundBody} />
        ) : (
          <ErrorState title={t.shared.failed} message={errorText(all, error)} retryLabel={all.common.retry} onRetry={refetch} />
        )}
      </div>
    );
  }

  return (
    <div className="at-stack">
      {header}
      {reflections.length === 0 ? (
        <EmptyState title={t.shared.empty}>{t.shared.emptyBody}</EmptyState>
      ) : (
        reflections.map((reflection) => (
          <Card
            key={reflection.id}
            as="article"
            title={reflection.isMine ? t.shared.yours : t.shared.reflectionBy(reflection.author.displayName)}
          >
            <div className="at-stack">
              <ReflectionView reflection={reflection} headingLevel={3} />
              <PeerResponses reflection={reflection} headingLevel={3} separated />
            </div>
          </Card>
        ))
      )}
    </div>
  );
}
