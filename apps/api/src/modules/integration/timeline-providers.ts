import { localDateIn, who5Band, type SessionKind } from '@attune/domain';
import { jsonTimestamptz } from '../../database/timestamps';
import { timelineProvider, type TimelineItem, type TimelineProvider, type TimelineSessionRef } from './timeline.registry';

const BAND_TEXT = {
  OK: { en: 'doing well', nl: 'gaat goed' },
  LOW: { en: 'lower wellbeing', nl: 'lager welzijn' },
  NEEDS_SUPPORT: { en: 'support would help', nl: 'steun is welkom' },
} as const;

/** A check-in as "my integration" reads it (one read gives both the charts and the timeline). */
export interface CheckInRow {
  id: string;
  local_date: string;
  submitted_at: Date;
  who5_score: number;
}

/** A check-in on the member's timeline. */
export function checkInTimelineItem(r: CheckInRow): TimelineItem {
  const band = BAND_TEXT[who5Band(r.who5_score)];
  return {
    id: `check-in:${r.id}`,
    kind: 'CHECK_IN',
    occurredAt: r.submitted_at,
    date: r.local_date,
    title: { en: `Check-in · WHO-5 ${r.who5_score}`, nl: `Check-in · WHO-5 ${r.who5_score}` },
    detail: band,
    value: r.who5_score,
  };
}

const KIND_TEXT: Record<SessionKind, { en: string; nl: string }> = {
  CARE: { en: 'Care session', nl: 'Zorgsessie' },
  SUPERVISION: { en: 'Supervision', nl: 'Supervisie' },
  INTERVISION: { en: 'Peer supervision', nl: 'Intervisie' },
};

/** A session's id, title, kind, start and end, as JSON array elements (`s` = the session). */
export const SESSION_JSON = 's.id, s.title, s.kind, s.starts_at, s.ends_at';

/** The five elements of SESSION_JSON. */
export type SessionJson = readonly [id: string, title: string, kind: SessionKind, startsAt: string, endsAt: string];

export function sessionRef([id, title, kind, startsAt, endsAt]: SessionJson): TimelineSessionRef {
  return { id, title, kind, startsAt: jsonTimestamptz(startsAt), endsAt: jsonTimestamptz(endsAt) };
}

type GoalJson = readonly [
  kind: 'GOAL_SET' | 'GOAL_STEP',
  id: string,
  title: string,
  targetSteps: number,
  at: string,
  localDate: string | null,
  n: number | null,
];

type AttendedJson = readonly [bookingId: string, ...session: SessionJson];

/**
 * The timeline's providers, in one place: one SELECT each, run within "my integration"'s single
 * statement, and every SELECT is bound to the caller's own rows (`user_id` = $1). Check-ins and
 * reflections are read by IntegrationService itself, each once for both the charts and the
 * timeline (checkInTimelineItem, reflectionTimelineItem).
 */
export const BUILT_IN_TIMELINE_PROVIDERS: readonly TimelineProvider[] = [
  // My goals as they were set, and each step towards them (numbered within its goal).
  timelineProvider<GoalJson>({
    kind: 'GOALS',
    sql: `SELECT json_build_array('GOAL_SET', g.id, g.title, g.target_steps, g.created_at, NULL, NULL)
            FROM goal g WHERE g.user_id = $1 AND g.created_at >= $2 AND g.created_at < $3
          UNION ALL
          SELECT json_build_array('GOAL_STEP', s.id, g.title, g.target_steps, s.taken_at, s.local_date,
                   (SELECT count(*) FROM goal_step e WHERE e.goal_id = s.goal_id AND (e.taken_at, e.id) <= (s.taken_at, s.id)))
            FROM goal_step s JOIN goal g ON g.id = s.goal_id
           WHERE s.user_id = $1 AND s.taken_at >= $2 AND s.taken_at < $3`,
    items: (rows, user) =>
      rows.map(([kind, id, title, targetSteps, at, localDate, n]) => {
        const occurredAt = jsonTimestamptz(at);
        return kind === 'GOAL_SET'
          ? {
              id: `goal:${id}`,
              kind,
              occurredAt,
              date: localDateIn(occurredAt, user.timeZone),
              title: { en: `New goal: ${title}`, nl: `Nieuw doel: ${title}` },
              detail: { en: `${targetSteps} small steps`, nl: `${targetSteps} kleine stappen` },
              value: targetSteps,
            }
          : {
              id: `goal-step:${id}`,
              kind,
              occurredAt,
              date: localDate as string,
              title: { en: `Step ${n} of ${targetSteps}: ${title}`, nl: `Stap ${n} van ${targetSteps}: ${title}` },
              detail: null,
              value: n,
            };
      }),
  }),
  // Sessions I attended (attendance marked true), at the time the session started.
  timelineProvider<AttendedJson>({
    kind: 'SESSION_ATTENDED',
    sql: `SELECT json_build_array(b.id, ${SESSION_JSON})
            FROM booking b JOIN session s ON s.id = b.session_id
           WHERE b.user_id = $1 AND b.attended AND s.starts_at >= $2 AND s.starts_at < $3`,
    items: (rows, user) =>
      rows.map(([bookingId, ...sessionJson]) => {
        const session = sessionRef(sessionJson);
        return {
          id: `session-attended:${bookingId}`,
          kind: 'SESSION_ATTENDED',
          occurredAt: session.startsAt,
          date: localDateIn(session.startsAt, user.timeZone),
          title: { en: `Attended: ${session.title}`, nl: `Bijgewoond: ${session.title}` },
          detail: KIND_TEXT[session.kind],
          value: null,
          session,
        };
      }),
  }),
];

/** A reflection as "my integration" reads it (one read gives the timeline and the charts). */
export interface ReflectionTimelineRow {
  id: string;
  attunement: number;
  resonance: number;
  chaos_rigidity: number | null;
  created_at: Date;
  session: TimelineSessionRef;
}

/** A reflection I wrote, on my timeline when I wrote it: the ratings and the session, never the text. */
export function reflectionTimelineItem(r: ReflectionTimelineRow, timeZone: string): TimelineItem {
  return {
    id: `reflection:${r.id}`,
    kind: 'REFLECTION',
    occurredAt: r.created_at,
    date: localDateIn(r.created_at, timeZone),
    title: { en: `Reflection on ${r.session.title}`, nl: `Reflectie op ${r.session.title}` },
    detail: {
      en: `Attunement ${r.attunement}/7 · resonance ${r.resonance}/7`,
      nl: `Afstemming ${r.attunement}/7 · resonantie ${r.resonance}/7`,
    },
    value: null,
    session: r.session,
    reflection: { id: r.id, attunement: r.attunement, resonance: r.resonance, chaosRigidity: r.chaos_rigidity },
  };
}
