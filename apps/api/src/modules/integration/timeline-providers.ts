import { localDateIn, who5Band } from '@attune/domain';
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

/**
 * The timeline's built-in providers, in one place. Check-ins are read by IntegrationService
 * itself, together with the charts (checkInTimelineItem). Sessions attended and reflections are
 * added here (or registered from their own modules with TimelineRegistry.register) once those
 * tables exist: one provider each, one query per request.
 */
export const BUILT_IN_TIMELINE_PROVIDERS: readonly TimelineProvider[] = [
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
];
