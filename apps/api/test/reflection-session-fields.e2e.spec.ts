import { clientsFor, errorCode, startTestApp, type GqlClient, type GqlResult, type TestApp } from './harness';
import { PEOPLE, ROLES, WRITE, addBooking, addSession, arrangeReflectionWorld, type Role } from './reflection-world';

const SESSION = `query($id: ID!) { session(id: $id) { id canReflect myReflection { id isMine whatHappenedInMe author { displayName } } } }`;
const SESSIONS = `query($teamId: ID!, $from: DateTime, $to: DateTime) { sessions(teamId: $teamId, from: $from, to: $to) { id canReflect myReflection { id whatHappenedInMe responses { text } } } }`;

interface SessionShape {
  id: string;
  canReflect: boolean;
  myReflection: { id: string; isMine: boolean; whatHappenedInMe: string | null } | null;
}

describe('Session.myReflection and Session.canReflect', () => {
  let t: TestApp;
  let c: Record<Role, GqlClient>;
  let sessionId: string;
  let teams: Record<string, string>;
  let users: Record<string, string>;
  let reflectionId: string;

  beforeAll(async () => {
    t = await startTestApp({ ATTUNE_COUNT_QUERIES: '1' });
    const w = await arrangeReflectionWorld(t.db);
    ({ sessionId, teams, users } = w);
    const byEmail = await clientsFor(t.baseUrl, Object.values(PEOPLE));
    c = Object.fromEntries(ROLES.map((r) => [r, byEmail[PEOPLE[r]]!])) as Record<Role, GqlClient>;
    const r = await c.author.ok<{ writeReflection: { id: string } }>(WRITE, {
      input: { sessionId, attunement: 4, resonance: 4, visibility: 'GROUP', whatHappenedInMe: 'Alleen van Anna' },
    });
    reflectionId = r.writeReflection.id;
  });
  afterAll(() => t.close());

  it('shows each member their own reflection only — never the author\'s, not even a shared one', async () => {
    const expected: Record<Role, { canReflect: boolean; mine: boolean } | 'FORBIDDEN'> = {
      author: { canReflect: true, mine: true },
      peerAttendee: { canReflect: true, mine: false },
      peerNonAttendee: { canReflect: false, mine: false },
      facilitator: { canReflect: false, mine: false },
      leadNonAttendee: { canReflect: false, mine: false },
      leadAttendee: { canReflect: true, mine: false },
      orgAdmin: 'FORBIDDEN',
      otherTeam: 'FORBIDDEN',
    };
    for (const role of ROLES) {
      const r = await c[role].gql<{ session: SessionShape }>(SESSION, { id: sessionId });
      const want = expected[role];
      if (want === 'FORBIDDEN') {
        expect(errorCode(r)).toBe('FORBIDDEN');
        expect(JSON.stringify(r)).not.toContain('Alleen van Anna');
        continue;
      }
      expect(r.errors).toBeUndefined();
      expect(r.data!.session.canReflect).toBe(want.canReflect);
      if (want.mine) expect(r.data!.session.myReflection).toMatchObject({ id: reflectionId, isMine: true, whatHappenedInMe: 'Alleen van Anna' });
      else {
        expect(r.data!.session.myReflection).toBeNull();
        expect(JSON.stringify(r)).not.toContain('Alleen van Anna');
      }
    }
  });

  it('says a SUPERVISION session with a confirmed booking can be reflected on before it happens; cancelled ones cannot', async () => {
    const sup = await addSession(t.db, { teamId: teams.North!, kind: 'SUPERVISION', startsInDays: 4 });
    await addBooking(t.db, sup, users[PEOPLE.peerNonAttendee]!);
    const as = (role: Role): Promise<{ session: SessionShape }> => c[role].ok<{ session: SessionShape }>(SESSION, { id: sup });
    expect((await as('peerNonAttendee')).session.canReflect).toBe(true);
    expect((await as('author')).session.canReflect).toBe(false);
    await t.db.query(`UPDATE session SET cancelled_at = now(), cancel_reason = 'Ziek' WHERE id = $1`, [sup]);
    expect((await as('peerNonAttendee')).session.canReflect).toBe(false);
  });

  it('costs a fixed number of statements for a list of sessions, however long', async () => {
    const statements = (r: GqlResult<unknown>): number => Number(r.headers.get('x-sql-statements'));
    const from = new Date(Date.now() - 200 * 86400_000).toISOString();
    const to = new Date(Date.now() + 30 * 86400_000).toISOString();
    const few = await c.author.gql<{ sessions: SessionShape[] }>(SESSIONS, { teamId: teams.North, from, to });
    for (let i = 1; i <= 4; i++) {
      const sid = await addSession(t.db, { teamId: teams.North!, kind: 'INTERVISION', startsInDays: -30 * i - 5 });
      await addBooking(t.db, sid, users[PEOPLE.author]!, 'CONFIRMED', true);
      await c.author.ok(WRITE, { input: { sessionId: sid, attunement: 3, resonance: 3, whatHappenedInMe: `sessie ${i}` } });
    }
    const many = await c.author.gql<{ sessions: SessionShape[] }>(SESSIONS, { teamId: teams.North, from, to });
    expect(many.data!.sessions.length).toBe(few.data!.sessions.length + 4);
    expect(many.data!.sessions.filter((s) => s.myReflection).length).toBe(5);
    expect(statements(many)).toBe(statements(few));
  });
});
