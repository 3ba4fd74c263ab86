import type { SessionKind } from '@attune/domain';
import type { PersonalDataSection } from '../personal-data/personal-data.registry';

const iso = (d: Date | null): string | null => (d ? d.toISOString() : null);

/**
 * Sessions I facilitate(d), for "export my data". They belong to the team, so deleting my account
 * keeps them: the database clears `facilitator_id` (and `created_by`) with ON DELETE SET NULL, and
 * the bookings and reflections of the others in them stay as they are.
 */
export const facilitatedSessionsSection: PersonalDataSection = {
  name: 'sessionsFacilitated',
  async export(m, userId) {
    const rows: { id: string; title: string; kind: SessionKind; team: string; starts_at: Date; ends_at: Date; cancelled_at: Date | null }[] =
      await m.query(
        `SELECT s.id, s.title, s.kind, t.name AS team, s.starts_at, s.ends_at, s.cancelled_at
           FROM session s JOIN team t ON t.id = s.team_id
          WHERE s.facilitator_id = $1
          ORDER BY s.starts_at, s.id`,
        [userId],
      );
    return rows.map((r) => ({
      id: r.id,
      title: r.title,
      kind: r.kind,
      team: r.team,
      startsAt: iso(r.starts_at),
      endsAt: iso(r.ends_at),
      cancelledAt: iso(r.cancelled_at),
    }));
  },
};
