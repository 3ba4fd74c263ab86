import { localDateIn, who5Band, type SessionKind } from '@attune/domain';
import type { TimelineItem, TimelineProvider } from './timeline.registry';

const BAND_TEXT = {
  OK: { en: 'doing well', nl: 'gaat goed' },
  LOW: { en: 'lower wellbeing', nl: 'lager welzijn' },
  NEEDS_SUPPORT: { en: 'support would help', nl: 'steun is welkom' },
} as const;

/** A check-in as "my integration" reads it (one query gives both the charts and the timeline). */
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

interface SessionColumns {
  session_id: string;
  session_title: string;
  session_kind: SessionKind;
  session_starts_at: Date;
  session_ends_at: Date;
}

const SESSION_COLUMNS = `s.id AS session_id, s.title AS session_title, s.kind AS session_kind,
       s.starts_at AS session_starts_at, s.ends_at AS session_ends_at`;

function sessionRef(r: SessionColumns): { id: string; title: string; kind: SessionKind; startsAt: Date; endsAt: Date } {
  return { id: r.session_id, title: r.session_title, kind: r.session_kind, startsAt: r.session_starts_at, endsAt: r.session_ends_at };
}

/**
 * The timeline's providers, in one place: one query each per request, and every query is
 * bound to the caller's own rows (`user_id` / `author_id` = the caller). Check-ins and
 * reflections are read by IntegrationService itself, each in one query together with the charts
 * (checkInTimelineItem, reflectionTimelineItem).
 */
export const BUILT_IN_TIMELINE_PROVIDERS: readonly TimelineProvider[] = [
  {
    // My goals as they were set, and each step towards them (numbered within its goal): one query.
    kind: 'GOALS',
    async load(read, user, from, to) {
      const rows = await read<{ kind: 'GOAL_SET' | 'GOAL_STEP'; id: string; title: string; target_steps: number; at: Date; local_date: string | null; n: number | null }>(
        `SELECT 'GOAL_SET' AS kind, g.id, g.title, g.target_steps, g.created_at AS at, NULL::text AS local_date, NULL::int AS n
           FROM goal g WHERE g.user_id = $1 AND g.created_at >= $2 AND g.created_at < $3
         UNION ALL
         SELECT 'GOAL_STEP', s.id, g.title, g.target_steps, s.taken_at, s.local_date::text,
                (SELECT count(*) FROM goal_step e WHERE e.goal_id = s.goal_id AND (e.taken_at, e.id) <= (s.taken_at, s.id))::int
           FROM goal_step s JOIN goal g ON g.id = s.goal_id
          WHERE s.user_id = $1 AND s.taken_at >= $2 AND s.taken_at < $3`,
        [user.id, from, to],
      );
      return rows.map((r) =>
        r.kind === 'GOAL_SET'
          ? {
              id: `goal:${r.id}`,
              kind: 'GOAL_SET',
              occurredAt: r.at,
              date: localDateIn(r.at, user.timeZone),
              title: { en: `New goal: ${r.title}`, nl: `Nieuw doel: ${r.title}` },
              detail: { en: `${r.target_steps} small steps`, nl: `${r.target_steps} kleine stappen` },
              value: r.target_steps,
            }
          : {
              id: `goal-step:${r.id}`,
              kind: 'GOAL_STEP',
              occurredAt: r.at,
              date: r.local_date as string,
              title: { en: `Step ${r.n} of ${r.target_steps}: ${r.title}`, nl: `Stap ${r.n} van ${r.target_steps}: ${r.title}` },
              detail: null,
              value: r.n,
            },
      );
    },
  },
  {
    // Sessions I attended (attendance marked true), at the time the session started.
    kind: 'SESSION_ATTENDED',
    async load(read, user, from, to) {
      const rows = await read<SessionColumns & { id: string }>(
        `SELECT b.id, ${SESSION_COLUMNS}
           FROM booking b JOIN session s ON s.id = b.session_id
          WHERE b.user_id = $1 AND b.attended AND s.starts_at >= $2 AND s.starts_at < $3`,
        [user.id, from, to],
      );
      return rows.map((r) => ({
        id: `session-attended:${r.id}`,
        kind: 'SESSION_ATTENDED',
        occurredAt: r.session_starts_at,
        date: localDateIn(r.session_starts_at, user.timeZone),
        title: { en: `Attended: ${r.session_title}`, nl: `Bijgewoond: ${r.session_title}` },
        detail: KIND_TEXT[r.session_kind],
        value: null,
        session: sessionRef(r),
      }));
    },
  },
];

/** A reflection as "my integration" reads it (one query gives the timeline and the charts). */
export interface ReflectionTimelineRow extends SessionColumns {
  id: string;
  attunement: number;
  resonance: number;
  chaos_rigidity: number | null;
  created_at: Date;
}

/** Columns of ReflectionTimelineRow from `reflection r JOIN session s`. */
export const REFLECTION_TIMELINE_COLUMNS = `r.id, r.attunement, r.resonance, r.chaos_rigidity, r.created_at, ${SESSION_COLUMNS}`;

/** A reflection I wrote, on my timeline when I wrote it: the ratings and the session, never the text. */
export function reflectionTimelineItem(r: ReflectionTimelineRow, timeZone: string): TimelineItem {
  return {
    id: `reflection:${r.id}`,
    kind: 'REFLECTION',
    occurredAt: r.created_at,
    date: localDateIn(r.created_at, timeZone),
    title: { en: `Reflection on ${r.session_title}`, nl: `Reflectie op ${r.session_title}` },
    detail: {
      en: `Attunement ${r.attunement}/7 · resonance ${r.resonance}/7`,
      nl: `Afstemming ${r.attunement}/7 · resonantie ${r.resonance}/7`,
    },
    value: null,
    session: sessionRef(r),
    reflection: { id: r.id, attunement: r.attunement, resonance: r.resonance, chaosRigidity: r.chaos_rigidity },
  };
}
