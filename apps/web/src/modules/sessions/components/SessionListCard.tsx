import type { BadgeTone } from '@attune/ui/Badge';
import { Link } from '@attune/ui/Link';
import { SessionCard, type SessionCardDetail } from '@attune/ui/SessionCard';
import type { ReactNode } from 'react';
import { useSessionsT } from '../texts';
import { useTimeFormat } from '../../../app/time';
import type { SessionSummary } from '../hooks/useSessions';
import { seatsText, statusBadge } from '../sessionState';

export interface SessionListCardProps {
  session: SessionSummary;
  headingLevel?: 2 | 3 | 4;
  /** Below the details, e.g. the booking actions. */
  children?: ReactNode;
  /** Extra details (e.g. attendance of a past booking). */
  extraDetails?: readonly SessionCardDetail[];
  /** Replaces the status badge worked out from the session. */
  status?: { label: string; tone: BadgeTone };
}

/** A session in a list: its title links to the session page; kind, time (reader's zone), seats. */
export function SessionListCard({ session, headingLevel = 3, children, extraDetails = [], status }: SessionListCardProps) {
  const t = useSessionsT();
  const time = useTimeFormat();
  const where = session.location ?? (session.videoUrl ? t.sessions.details.video : null);
  const details: SessionCardDetail[] = [
    ...(session.cancelledAt ? [] : [{ label: t.sessions.details.seats, value: seatsText(t, session) }]),
    { label: t.sessions.details.facilitator, value: session.facilitator?.displayName ?? t.sessions.details.noFacilitator },
    ...(where ? [{ label: t.sessions.details.where, value: where }] : []),
    ...extraDetails,
  ];
  return (
    <SessionCard
      title={<Link href={`/sessions/${session.id}`}>{session.title}</Link>}
      kindLabel={t.sessions.kinds[session.kind]}
      startsAt={session.startsAt}
      when={time.range(session.startsAt, session.endsAt)}
      status={status ?? statusBadge(t, session, new Date())}
      details={details}
      headingLevel={headingLevel}
    >
      {session.cancelledAt && session.cancelReason ? <p className="at-muted">{t.sessions.session.cancelledReason(session.cancelReason)}</p> : null}
      {children}
    </SessionCard>
  );
}
