import { LinkButton } from '@attune/ui/Link';
import { EmptyState, ErrorState, LoadingState } from '@attune/ui/PageState';
import { useT } from '../../../app/i18n/I18nProvider';
import { errorText } from '../../../app/result';
import { useTimeFormat } from '../../../app/time';
import { useReflectableSessions } from '../hooks/useReflectableSessions';
import '../reflections.css';
import { useReflectionTexts } from '../texts';

/** Sessions I attended (or SUPERVISION I am booked on) and have not reflected on yet, each with "Reflect". */
export function ReflectableSessionList() {
  const all = useT();
  const t = useReflectionTexts();
  const time = useTimeFormat();
  const { sessions, loading, error, refetch } = useReflectableSessions();

  if (!sessions) {
    if (error) return <ErrorState title={t.reflectable.failed} message={errorText(all, error)} retryLabel={all.common.retry} onRetry={refetch} />;
    return loading ? <LoadingState label={t.reflectable.loading} /> : null;
  }
  if (sessions.length === 0) {
    return <EmptyState title={t.reflectable.empty}>{t.reflectable.emptyBody}</EmptyState>;
  }
  return (
    <ul className="at-list" aria-label={t.reflectable.heading}>
      {sessions.map((session) => {
        const when = time.range(session.startsAt, session.endsAt);
        return (
          <li key={session.id}>
            <div>
              <strong>{session.title}</strong>
              <p className="rf-meta">
                {session.title !== t.kinds[session.kind] ? <span>{t.kinds[session.kind]}</span> : null}
                <span>{when}</span>
                <span>{session.team.name}</span>
              </p>
            </div>
            <LinkButton size="sm" variant="primary" href={`/reflections/new?sessionId=${encodeURIComponent(session.id)}`}>
              {t.reflectable.reflect}{' '}
              <span className="at-visually-hidden">{t.reflectable.reflectOn(session.title, when)}</span>
            </LinkButton>
          </li>
        );
      })}
    </ul>
  );
}
