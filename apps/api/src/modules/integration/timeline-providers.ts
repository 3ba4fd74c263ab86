import { localDateIn, who5Band, type SessionKind } from '@attune/domain';
import type { TimelineProvider } from './timeline.registry';

const BAND_TEXT = {
  OK: { en: 'doing well', nl: 'gaat goed' },
  LOW: { en: 'lower wellbeing', nl: 'lager welzijn' },
  NEEDS_SUPPORT: { en: 'support would help', nl: 'steun is welkom' },
} as const;

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
 * bound to the caller's own rows (`user_id` / `author_id` = the caller).
 */
export const BUILT_IN_TIMELINE_PROVIDERS: readonly TimelineProvider[] = [
  {
    kind: 'CHECK_IN',
    async load(m, user, from, to) {
      const rows: { id: string; local_date: string; submitted_at: Date; who5_score: number }[] = await m.query(
        `SELECT id, local_date::text AS local_date, submitted_at, who5_score FROM check_in
          WHERE user_id = $1 AND submitted_at >= $2 AND submitted_at < $3`,
        [user.id, from, to],
      );
      return rows.map((r) => {
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
      });
    },
  },
  {
    kind: 'GOAL_SET',
    async load(m, user, from, to) {
      const rows: { id: string; title: string; target_steps: number; created_at: Date }[] = await m.query(
        `SELECT id, title, target_steps, created_at FROM goal WHERE user_id = $1 AND created_at >= $2 AND created_at < $3`,
        [user.id, from, to],
      );
      return rows.map((r) => ({
        id: `goal:${r.id}`,
        kind: 'GOAL_SET',
        occurredAt: r.created_at,
        date: localDateIn(r.created_at, user.timeZone),
        title: { en: `New goal: ${r.title}`, nl: `Nieuw doel: ${r.title}` },
        detail: { en: `${r.target_steps} small steps`, nl: `${r.target_steps} kleine stappen` },
        value: r.target_steps,
      }));
    },
  },
  {
    kind: 'GOAL_STEP',
    async load(m, user, from, to) {
      const rows: { id: string; title: string; taken_at: Date; local_date: string; n: number; target_steps: number }[] = await m.query(
        `SELECT s.id, g.title, s.taken_at, s.local_date::text AS local_date, g.target_steps,
                (SELECT count(*) FROM goal_step e WHERE e.goal_id = s.goal_id AND (e.taken_at, e.id) <= (s.taken_at, s.id))::int AS n
           FROM goal_step s JOIN goal g ON g.id = s.goal_id
          WHERE s.user_id = $1 AND s.taken_at >= $2 AND s.taken_at < $3`,
        [user.id, from, to],
      );
      return rows.map((r) => ({
        id: `goal-step:${r.id}`,
        kind: 'GOAL_STEP',
        occurredAt: r.taken_at,
        date: r.local_date,
        title: { en: `Step ${r.n} of ${r.target_steps}: ${r.title}`, nl: `Stap ${r.n} van ${r.target_steps}: ${r.title}` },
        detail: null,
        value: r.n,
      }));
    },
  },
  {
    // Sessions I attended (attendance marked true), at the time the session started.
    kind: 'SESSION_ATTENDED',
    async load(m, user, from, to) {
      const rows: (SessionColumns & { id: string })[] = await m.query(
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
  {
    // Reflections I wrote, when I wrote them: the ratings and the session, never the text.
    kind: 'REFLECTION',
    async load(m, user, from, to) {
      const rows: (SessionColumns & { id: string; attunement: number; resonance: number; chaos_rigidity: number | null; created_at: Date })[] =
        await m.query(
          `SELECT r.id, r.attunement, r.resonance, r.chaos_rigidity, r.created_at, ${SESSION_COLUMNS}
             FROM reflection r JOIN session s ON s.id = r.session_id
            WHERE r.author_id = $1 AND r.created_at >= $2 AND r.created_at < $3`,
          [user.id, from, to],
        );
      return rows.map((r) => ({
        id: `reflection:${r.id}`,
        kind: 'REFLECTION',
        occurredAt: r.created_at,
        date: localDateIn(r.created_at, user.timeZone),
        title: { en: `Reflection on ${r.session_title}`, nl: `Reflectie op ${r.session_title}` },
        detail: {
          en: `Attunement ${r.attunement}/7 · resonance ${r.resonance}/7`,
          nl: `Afstemming ${r.attunement}/7 · resonantie ${r.resonance}/7`,
        },
        value: null,
        session: sessionRef(r),
        reflection: { id: r.id, attunement: r.attunement, resonance: r.resonance, chaosRigidity: r.chaos_rigidity },
      }));
    },
  },
];
