import { DataSource } from 'typeorm';
import { DEMO_PASSWORD, seedDemo } from '../src/database/seed-demo';
import { GqlClient, startTestApp, type TestApp } from './harness';

/** The demo must show a lead both reported and "not enough responses" buckets. */
describe('demo data for team wellbeing', () => {
  let t: TestApp;
  let lead: GqlClient;
  let teamId: string;
  beforeAll(async () => {
    t = await startTestApp();
    await seedDemo(t.app.get(DataSource), { onlyIfEmpty: true });
    lead = new GqlClient(t.baseUrl);
    await lead.login('lead@attune.demo', DEMO_PASSWORD);
    teamId = (await lead.ok<{ myTeams: { id: string }[] }>(`{ myTeams { id } }`)).myTeams[0]!.id;
  });
  afterAll(() => t.close());

  const view = async (g: string, days: number): Promise<{ suppressed: boolean; suppressionReason: string | null; respondents: number }[]> =>
    (
      await lead.ok<{ teamWellbeing: { suppressed: boolean; suppressionReason: string | null; respondents: number }[] }>(
        `query($t: ID!, $g: WellbeingGranularity!, $from: DateTime!, $to: DateTime!) {
          teamWellbeing(teamId: $t, granularity: $g, from: $from, to: $to) { suppressed suppressionReason respondents } }`,
        { t: teamId, g, from: new Date(Date.now() - days * 86400000).toISOString(), to: new Date().toISOString() },
      )
    ).teamWellbeing;

  it('has two years of check-ins with shown and suppressed months, quarters and weeks', async () => {
    const { rows } = await t.db.query(`SELECT count(*)::int AS n, min(local_date)::text AS first, count(DISTINCT user_id)::int AS people FROM check_in`);
    expect(rows[0].n).toBeGreaterThan(500);
    expect(rows[0].people).toBe(7);
    const months = await view('MONTH', 700);
    expect(months.some((m) => !m.suppressed)).toBe(true);
    expect(months.some((m) => m.suppressionReason === 'TOO_FEW_RESPONDENTS' && m.respondents > 0)).toBe(true);
    const quarters = await view('QUARTER', 700);
    expect(quarters.some((q) => !q.suppressed)).toBe(true);
    expect(quarters.some((q) => q.suppressionReason === 'PROTECTS_OTHER_CELL')).toBe(true);
    const weeks = await view('WEEK', 400);
    expect(weeks.filter((w) => !w.suppressed).length).toBeGreaterThan(5);
    expect(weeks.filter((w) => w.suppressionReason === 'TOO_FEW_RESPONDENTS').length).toBeGreaterThan(5);
  });

  it('gives a demo member a goal with steps', async () => {
    const sanne = new GqlClient(t.baseUrl);
    await sanne.login('sanne@attune.demo', DEMO_PASSWORD);
    const goals = (await sanne.ok<{ myGoals: { title: string; progress: { stepsTaken: number; targetSteps: number } }[] }>(`{ myGoals { title progress { stepsTaken targetSteps } } }`)).myGoals;
    expect(goals).toEqual([{ title: 'Na de lunch 10 minuten wandelen', progress: { stepsTaken: 12, targetSteps: 20 } }]);
  });
});
