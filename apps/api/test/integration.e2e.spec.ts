import { CheckInClock } from '../src/modules/check-in/check-in.clock';
import { SCALES_MID, SUBMIT } from './check-in-helpers';
import { GqlClient, arrange, clientsFor, errorCode, startTestApp, type TestApp } from './harness';

const SET_GOAL = `mutation($input: SetGoalInput!) { setGoal(input: $input) { id title targetSteps status progress { stepsTaken fraction reached nextTarget } } }`;
const STEP = `mutation($id: ID!) { logGoalStep(goalId: $id) { stepNumber celebration message { nl en } goal { progress { stepsTaken stepsToGo fraction reached nextTarget } } } }`;

interface StepResult {
  logGoalStep: {
    stepNumber: number;
    celebration: string;
    message: { nl: string; en: string };
    goal: { progress: { stepsTaken: number; stepsToGo: number; fraction: number; reached: boolean; nextTarget: number | null } };
  };
}

describe('my integration and small-steps goals', () => {
  let t: TestApp;
  let c: Record<string, GqlClient>;
  beforeAll(async () => {
    t = await startTestApp();
    await arrange(t.db, { teams: ['North'], people: { 'anna@test.nl': { team: 'North' }, 'lead@test.nl': { team: 'North', role: 'LEAD' } } });
    c = await clientsFor(t.baseUrl, ['anna@test.nl', 'lead@test.nl']);
  });
  afterAll(() => t.close());

  it('sets a small goal, celebrates each step without streaks, and invites one more at the end', async () => {
    const anna = c['anna@test.nl']!;
    const goal = (await anna.ok<{ setGoal: { id: string; status: string; progress: { stepsTaken: number } } }>(SET_GOAL, { input: { title: '  Walk 20 minutes ', targetSteps: 4 } })).setGoal;
    expect(goal).toMatchObject({ status: 'ACTIVE', progress: { stepsTaken: 0 } });
    const kinds: string[] = [];
    let last: StepResult['logGoalStep'] | undefined;
    for (let i = 0; i < 5; i++) {
      last = (await anna.ok<StepResult>(STEP, { id: goal.id })).logGoalStep;
      kinds.push(last.celebration);
    }
    expect(kinds).toEqual(['FIRST_STEP', 'HALFWAY', 'STEP_LOGGED', 'GOAL_REACHED', 'BEYOND_GOAL']);
    expect(last!.goal.progress).toEqual({ stepsTaken: 5, stepsToGo: 0, fraction: 1, reached: true, nextTarget: 6 });

    // A long pause is welcomed back, never counted against anyone.
    const second = (await anna.ok<{ setGoal: { id: string } }>(SET_GOAL, { input: { title: 'Three slow breaths', targetSteps: 10 } })).setGoal;
    await anna.ok(STEP, { id: second.id });
    await anna.ok(STEP, { id: second.id });
    await t.db.query(`UPDATE goal_step SET taken_at = taken_at - interval '30 days' WHERE goal_id = $1`, [second.id]);
    const back = (await anna.ok<StepResult>(STEP, { id: second.id })).logGoalStep;
    expect(back.celebration).toBe('WELCOME_BACK');
    expect(back.message.nl).toContain('Welkom terug');
  });

  it('numbers concurrent steps consecutively', async () => {
    const anna = c['anna@test.nl']!;
    const goal = (await anna.ok<{ setGoal: { id: string } }>(SET_GOAL, { input: { title: 'Drink water', targetSteps: 20 } })).setGoal;
    const results = await Promise.all(Array.from({ length: 8 }, () => anna.ok<StepResult>(STEP, { id: goal.id })));
    expect(results.map((r) => r.logGoalStep.stepNumber).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('validates goals, keeps them mine, and limits active goals to five', async () => {
    const anna = c['anna@test.nl']!;
    const bad = await anna.gql(SET_GOAL, { input: { title: ' ', targetSteps: 3 } });
    expect([errorCode(bad), bad.errors?.[0]?.extensions?.field]).toEqual(['BAD_USER_INPUT', 'title']);
    const zero = await anna.gql(SET_GOAL, { input: { title: 'x', targetSteps: 0 } });
    expect(zero.errors?.[0]?.extensions?.field).toBe('targetSteps');
    const mine = (await anna.ok<{ myGoals: { id: string }[] }>(`{ myGoals { id } }`)).myGoals;
    expect(errorCode(await c['lead@test.nl']!.gql(STEP, { id: mine[0]!.id }))).toBe('NOT_FOUND');
    expect(errorCode(await c['lead@test.nl']!.gql(SET_GOAL, { input: { id: mine[0]!.id, title: 'mine now', targetSteps: 2 } }))).toBe('NOT_FOUND');
    expect(errorCode(await anna.gql(STEP, { id: 'not-a-uuid' }))).toBe('NOT_FOUND');
    expect((await c['lead@test.nl']!.ok<{ myGoals: unknown[] }>(`{ myGoals { id } }`)).myGoals).toEqual([]);
    const renamed = await anna.ok<{ setGoal: { title: string; targetSteps: number } }>(SET_GOAL, { input: { id: mine[0]!.id, title: 'Drink a glass of water', targetSteps: 25 } });
    expect(renamed.setGoal).toMatchObject({ title: 'Drink a glass of water', targetSteps: 25 });
    await anna.ok(SET_GOAL, { input: { title: 'Four', targetSteps: 3 } });
    await anna.ok(SET_GOAL, { input: { title: 'Five', targetSteps: 3 } });
    const sixth = await anna.gql(SET_GOAL, { input: { title: 'Six', targetSteps: 3 } });
    expect(errorCode(sixth)).toBe('CONFLICT');
    const archived = await anna.ok<{ archiveGoal: { status: string } }>(`mutation($id: ID!) { archiveGoal(goalId: $id) { status } }`, { id: mine[0]!.id });
    expect(archived.archiveGoal.status).toBe('ARCHIVED');
    expect(errorCode(await anna.gql(STEP, { id: mine[0]!.id }))).toBe('CONFLICT');
    await anna.ok(SET_GOAL, { input: { title: 'Six', targetSteps: 3 } });
    const all = (await anna.ok<{ myGoals: { status: string }[] }>(`{ myGoals(includeArchived: true) { status } }`)).myGoals;
    expect(all.filter((g) => g.status === 'ACTIVE')).toHaveLength(5);
    expect(all).toHaveLength(6);
  });

  it('gives me my timeline and my WHO-5 series, and nobody else\'s', async () => {
    const clock = t.app.get(CheckInClock);
    for (const [day, items] of [['2026-03-02', [3, 3, 3, 3, 3]], ['2026-03-09', [2, 2, 2, 2, 2]]] as const) {
      clock.now = () => new Date(`${day}T09:00:00Z`);
      await c['anna@test.nl']!.ok(SUBMIT, { input: { who5: items, ...SCALES_MID, stressLoad: 8 } });
    }
    clock.now = () => new Date('2026-03-09T09:00:00Z');
    await c['lead@test.nl']!.ok(SUBMIT, { input: { who5: [5, 5, 5, 5, 5], ...SCALES_MID } });
    const q = `query($from: DateTime!, $to: DateTime!) { myIntegration(from: $from, to: $to) {
      timeline { kind date occurredAt value title { en } } who5 { date value } scales { scale points { date value } } } }`;
    type Entry = { kind: string; date: string; occurredAt: string; value: number | null; title: { en: string } };
    const r = await c['anna@test.nl']!.ok<{
      myIntegration: { timeline: Entry[]; who5: { date: string; value: number }[]; scales: { scale: string; points: { value: number }[] }[] };
    }>(q, { from: '2026-01-01T00:00:00Z', to: new Date(Date.now() + 86400000).toISOString() });
    expect(r.myIntegration.who5).toEqual([
      { date: '2026-03-02', value: 60 },
      { date: '2026-03-09', value: 40 },
    ]);
    expect(r.myIntegration.scales.find((s) => s.scale === 'STRESS_LOAD')!.points.map((p) => p.value)).toEqual([8, 8]);
    const kinds = new Set(r.myIntegration.timeline.map((e) => e.kind));
    expect([...kinds].sort()).toEqual(['CHECK_IN', 'GOAL_SET', 'GOAL_STEP']);
    expect(r.myIntegration.timeline.filter((e) => e.kind === 'CHECK_IN').map((e) => e.value)).toEqual([40, 60]);
    // Goals and their steps (numbered within the goal), newest first, each dated and timed.
    const walk = r.myIntegration.timeline.filter((e) => e.title.en.endsWith('Walk 20 minutes'));
    expect(walk.map((e) => [e.kind, e.value, e.title.en])).toEqual([
      ...[5, 4, 3, 2, 1].map((n) => ['GOAL_STEP', n, `Step ${n} of 4: Walk 20 minutes`]),
      ['GOAL_SET', 4, 'New goal: Walk 20 minutes'],
    ]);
    for (const e of walk) {
      expect(e.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(Math.abs(Date.parse(e.occurredAt) - Date.now())).toBeLessThan(10 * 60_000);
    }
    // The lead's 100 is nowhere in my answer (times left out: their milliseconds may read "100").
    expect(JSON.stringify(r, (key, value: unknown) => (key === 'occurredAt' ? undefined : value))).not.toContain('100');
    const lead = await c['lead@test.nl']!.ok<{ myIntegration: { timeline: { kind: string }[]; who5: unknown[] } }>(q, { from: '2026-01-01T00:00:00Z', to: '2026-12-31T00:00:00Z' });
    expect(lead.myIntegration.who5).toEqual([{ date: '2026-03-09', value: 100 }]);
    expect(lead.myIntegration.timeline.map((e) => e.kind)).toEqual(['CHECK_IN']);
    const tooLong = await c['anna@test.nl']!.gql(q, { from: '2020-01-01T00:00:00Z', to: '2026-01-01T00:00:00Z' });
    expect([errorCode(tooLong), tooLong.errors?.[0]?.extensions?.field]).toEqual(['BAD_USER_INPUT', 'to']);
  });
});
