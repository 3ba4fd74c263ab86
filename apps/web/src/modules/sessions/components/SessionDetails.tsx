import { Link } from '@attune/ui/Link';
import { useI18n } from '../../../app/i18n/I18nProvider';
import { useSessionsT } from '../texts';
import { timeFormat, useTimeFormat } from '../../../app/time';
import type { SessionDetail } from '../hooks/useSession';

/** When (reader's zone, and the planning zone if it differs), kind, facilitator, place, seats. */
export function SessionDetails({ session }: { session: SessionDetail }) {
  const { locale } = useI18n();
  const t = useSessionsT();
  const time = useTimeFormat();
  const d = t.sessions.details;
  const started = Date.now() >= Date.parse(session.startsAt);
  const otherZone = session.timeZone !== time.timeZone ? timeFormat(locale, session.timeZone) : null;
  return (
    <dl className="app-dl">
      <dt>{d.when}</dt>
      <dd>
        <time dateTime={session.startsAt}>{time.range(session.startsAt, session.endsAt)}</time>
        {otherZone ? (
          <span className="at-muted">
            {' '}
            ({d.plannedIn(session.timeZone.replaceAll('_', ' '), otherZone.range(session.startsAt, session.endsAt))})
          </span>
        ) : null}
      </dd>
      <dt>{d.kind}</dt>
      <dd>{t.sessions.kinds[session.kind]}</dd>
      <dt>{d.facilitator}</dt>
      <dd>{session.facilitator?.displayName ?? d.noFacilitator}</dd>
      {session.location ? (
        <>
          <dt>{d.location}</dt>
          <dd>{session.location}</dd>
        </>
      ) : null}
      {session.videoUrl ? (
        <>
          <dt>{d.video}</dt>
          <dd>
            <Link href={session.videoUrl} target="_blank" rel="noopener noreferrer">
              {session.videoUrl}
            </Link>
          </dd>
        </>
      ) : null}
      {session.cancelledAt ? null : (
        <>
          <dt>{d.seats}</dt>
          <dd>{d.capacity(session.capacity, session.seatsLeft)}</dd>
        </>
      )}
      {session.cancelledAt || started ? null : (
        <>
          <dt>{d.waitlist}</dt>
          <dd>{d.waitlistCount(session.waitlistCount)}</dd>
          <dt>{d.bookingCloses}</dt>
          <dd>{session.minNoticeMinutes === 0 ? d.bookingClosesAtStart : time.dateTime(session.bookingClosesAt)}</dd>
        </>
      )}
    </dl>
  );
}
