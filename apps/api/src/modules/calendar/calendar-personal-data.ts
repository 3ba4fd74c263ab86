import type { PersonalDataSection } from '../personal-data/personal-data.registry';

const iso = (d: Date | null): string | null => (d ? d.toISOString() : null);

/**
 * The personal calendar feed, for "export my data" and "delete my account". The export says that
 * a feed exists and when it was last read, but not its secret URL: an export file is kept and
 * passed around, and the URL would still open the calendar.
 */
export const calendarFeedSection: PersonalDataSection = {
  name: 'calendarFeed',
  async export(m, userId) {
    const rows: { created_at: Date; last_fetched_at: Date | null }[] = await m.query(
      `SELECT created_at, last_fetched_at FROM calendar_feed WHERE user_id = $1`,
      [userId],
    );
    return rows.map((r) => ({ createdAt: iso(r.created_at), lastFetchedAt: iso(r.last_fetched_at) }));
  },
  async erase(m, userId) {
    await m.query(`DELETE FROM calendar_feed WHERE user_id = $1`, [userId]);
  },
};
