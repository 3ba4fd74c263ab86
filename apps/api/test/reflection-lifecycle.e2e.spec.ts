import { GqlClient, clientsFor, errorCode, startTestApp, type GqlResult, type TestApp } from './harness';
import {
  DELETE,
  GET,
  HIDE,
  MINE,
  PEOPLE,
  RESPOND,
  ROLES,
  SHARED,
  UNHIDE,
  UPDATE,
  WRITE,
  addBooking,
  addSession,
  arrangeReflectionWorld,
  type Role,
} from './reflection-world';

interface Response {
  id: string;
  text: string;
  hidden: boolean;
  author: { displayName: string };
}
interface Reflection {
  id: string;
  visibility: string;
  attunement: number;
  resonance: number;
  chaosRigidity: number | null;
  canRespond: boolean;
  isMine: boolean;
  session: { id: string; kind: string; title: string };
  nineFunctions: Record<string, number | null>;
  whatHappenedInMe: string | null;
  bodySignals: string | null;
  whatINeedNow: string | null;
  responses: Response[];
}

function field(r: GqlResult<unknown>): string | undefined {
  return r.errors?.[0]?.extensions?.field as string | undefined;
}

describe('reflections: writing, eligibility, validation, responses, search', () => {
  let t: TestApp;
  let c: Record<Role, GqlClient>;
  let users: Record<string, string>;
  let teams: Record<string, string>;
  let sessionId: string;
  const u = (role: Role): string => users[PEOPLE[role]]!;
  const minimal = (sid: string, extra: Record<string, unknown> = {}): { input: Record<string, unknown> } => ({
    input: { sessionId: sid, attunement: 4, resonance: 4, ...extra },
  });

  beforeAll(async () => {
    t = await startTestApp({ ATTUNE_COUNT_QUERIES: '1' });
    const w = await arrangeReflectionWorld(t.db);
    users = w.users;
    teams = w.teams;
    sessionId = w.sessionId;
    const byEmail = await clientsFor(t.baseUrl, Object.values(PEOPLE));
    c = Object.fromEntries(ROLES.map((r) => [r, byEmail[PEOPLE[r]]!])) as Record<Role, GqlClient>;
  });
  afterAll(() => t.close());

  describe('who may write a reflection on which session', () => {
    it('allows a SUPERVISION session one is booked on at any time — before it, or unmarked, or marked absent', async () => {
      const future = await addSession(t.db, { teamId: teams.North!, kind: 'SUPERVISION', startsInDays: 5 });
      const pastAbsent = await addSession(t.db, { teamId: teams.North!, kind: 'SUPERVISION', startsInDays: -12 });
      await addBooking(t.db, future, u('author'), 'CONFIRMED', null);
      await addBooking(t.db, pastAbsent, u('author'), 'CONFIRMED', false);
      for (const sid of [future, pastAbsent]) {
        const r = await c.author.ok<{ writeReflection: Reflection }>(WRITE, minimal(sid));
        expect(r.writeReflection.session.kind).toBe('SUPERVISION');
      }
    });

    it('refuses a CARE or INTERVISION session until attendance is marked, and when marked absent (FORBIDDEN on sessionId)', async () => {
      const unmarked = await addSession(t.db, { teamId: teams.North!, kind: 'INTERVISION', startsInDays: -5 });
      const absent = await addSession(t.db, { teamId: teams.North!, kind: 'INTERVISION', startsInDays: -6 });
      await addBooking(t.db, unmarked, u('author'), 'CONFIRMED', null);
      await addBooking(t.db, absent, u('author'), 'CONFIRMED', false);
      for (const sid of [unmarked, absent]) {
        const r = await c.author.gql(WRITE, minimal(sid));
        expect(errorCode(r)).toBe('FORBIDDEN');
        expect(field(r)).toBe('sessionId');
      }
      // Once marked attended, it is allowed.
      await t.db.query(`UPDATE booking SET attended = true, attendance_marked_at = now() WHERE session_id = $1`, [unmarked]);
      await c.author.ok(WRITE, minimal(unmarked));
    });

    it('refuses sessions one was not booked on, only waitlisted for, or cancelled out of', async () => {
      const notBooked = await addSession(t.db, { teamId: teams.North!, kind: 'CARE', startsInDays: -20 });
      const waitlisted = await addSession(t.db, { teamId: teams.North!, kind: 'SUPERVISION', startsInDays: 6 });
      const cancelledBooking = await addSession(t.db, { teamId: teams.North!, kind: 'SUPERVISION', startsInDays: 8 });
      await addBooking(t.db, waitlisted, u('author'), 'WAITLISTED');
      await addBooking(t.db, cancelledBooking, u('author'), 'CANCELLED');
      for (const sid of [notBooked, waitlisted, cancelledBooking]) {
        const r = await c.author.gql(WRITE, minimal(sid));
        expect(errorCode(r)).toBe('FORBIDDEN');
        expect(field(r)).toBe('sessionId');
      }
    });

    it('refuses a cancelled session with CONFLICT', async () => {
      const sid = await addSession(t.db, { teamId: teams.North!, kind: 'SUPERVISION', startsInDays: 9 });
      await addBooking(t.db, sid, u('author'), 'CONFIRMED');
      await t.db.query(`UPDATE session SET cancelled_at = now(), cancel_reason = 'Ziek' WHERE id = $1`, [sid]);
      const r = await c.author.gql(WRITE, minimal(sid));
      expect(errorCode(r)).toBe('CONFLICT');
    });

    it('refuses a session of another team (FORBIDDEN) and an unknown or malformed one (NOT_FOUND)', async () => {
      const south = await addSession(t.db, { teamId: teams.South!, kind: 'CARE', startsInDays: -3 });
      await addBooking(t.db, south, u('otherTeam'), 'CONFIRMED', true);
      expect(errorCode(await c.author.gql(WRITE, minimal(south)))).toBe('FORBIDDEN');
      expect(errorCode(await c.author.gql(WRITE, minimal('00000000-0000-4000-8000-000000000000')))).toBe('NOT_FOUND');
      expect(errorCode(await c.author.gql(WRITE, minimal('session-1')))).toBe('NOT_FOUND');
      // The member of that team who attended may.
      await c.otherTeam.ok(WRITE, minimal(south));
    });

    it('keeps one reflection per member and session (CONFLICT), which is then edited', async () => {
      await c.peerAttendee.ok(WRITE, minimal(sessionId));
      const again = await c.peerAttendee.gql(WRITE, minimal(sessionId));
      expect(errorCode(again)).toBe('CONFLICT');
      const n = await t.db.query(`SELECT count(*)::int AS n FROM reflection WHERE author_id = $1 AND session_id = $2`, [u('peerAttendee'), sessionId]);
      expect(n.rows[0].n).toBe(1);
    });
  });

  it('keeps one reflection per member and session under concurrency: one write wins, the rest get CONFLICT', async () => {
    const sid = await addSession(t.db, { teamId: teams.North!, kind: 'SUPERVISION', startsInDays: 11 });
    await addBooking(t.db, sid, u('leadNonAttendee'));
    const results = await Promise.all(Array.from({ length: 6 }, () => c.leadNonAttendee.gql(WRITE, minimal(sid))));
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.filter((r) => errorCode(r) === 'CONFLICT')).toHaveLength(5);
    expect(results.find((r) => errorCode(r) === 'CONFLICT')!.errors![0]!.message).toMatch(/already reflected/u);
  });

  describe('validation names the field', () => {
    it.each([
      [{ attunement: 0 }, 'attunement'],
      [{ attunement: 8 }, 'attunement'],
      [{ resonance: 0 }, 'resonance'],
      [{ resonance: 8 }, 'resonance'],
      [{ chaosRigidity: 4 }, 'chaosRigidity'],
      [{ chaosRigidity: -4 }, 'chaosRigidity'],
      [{ nineFunctions: { empathy: 6 } }, 'nineFunctions.empathy'],
      [{ nineFunctions: { bodyRegulation: 0 } }, 'nineFunctions.bodyRegulation'],
      [{ whatHappenedInMe: 'x'.repeat(5001) }, 'whatHappenedInMe'],
      [{ whatINeedNow: 'a\u0000b' }, 'whatINeedNow'],
    ])('case %# → BAD_USER_INPUT on %s', async (extra, name) => {
      const r = await c.leadAttendee.gql(WRITE, minimal(sessionId, extra));
      expect(errorCode(r)).toBe('BAD_USER_INPUT');
      expect(field(r)).toBe(name);
    });

    it.each([
      [{ attunement: 2.5 }, 'attunement'],
      [{ attunement: '4' }, 'attunement'],
      [{ resonance: 'veel' }, 'resonance'],
      [{ nineFunctions: { insight: 1.5 } }, 'insight'],
      [{ visibility: 'PUBLIC' }, 'visibility'],
    ])('%j (not even the right type) → BAD_USER_INPUT naming %s', async (extra, name) => {
      const r = await c.leadAttendee.gql(WRITE, minimal(sessionId, extra));
      expect(errorCode(r)).toBe('BAD_USER_INPUT');
      expect(r.errors?.[0]?.message).toContain(name);
    });

    it('accepts exactly 5000 characters and the extremes of every scale', async () => {
      const r = await c.leadAttendee.ok<{ writeReflection: Reflection }>(WRITE, {
        input: {
          sessionId,
          attunement: 1,
          resonance: 7,
          chaosRigidity: 3,
          nineFunctions: { bodyRegulation: 1, intuition: 5 },
          whatHappenedInMe: 'x'.repeat(5000),
        },
      });
      expect(r.writeReflection.whatHappenedInMe).toHaveLength(5000);
      expect(r.writeReflection.nineFunctions).toMatchObject({ bodyRegulation: 1, intuition: 5, insight: null });
      const upd = await c.leadAttendee.gql(UPDATE, { id: r.writeReflection.id, input: { attunement: null } });
      expect(field(upd)).toBe('attunement');
      const upd2 = await c.leadAttendee.gql(UPDATE, { id: r.writeReflection.id, input: { bodySignals: 'y'.repeat(5001) } });
      expect(field(upd2)).toBe('bodySignals');
    });
  });

  describe('peer responses, hiding, un-sharing and deleting', () => {
    let reflectionId: string;
    const responseIds: Partial<Record<Role, string>> = {};

    beforeAll(async () => {
      const r = await c.author.ok<{ writeReflection: Reflection }>(WRITE, {
        input: { sessionId, attunement: 6, resonance: 5, visibility: 'GROUP', whatHappenedInMe: 'Ik voelde me gezien' },
      });
      reflectionId = r.writeReflection.id;
      for (const role of ['peerAttendee', 'facilitator', 'leadAttendee'] as const) {
        const resp = await c[role].ok<{ respondToReflection: Response }>(RESPOND, { id: reflectionId, text: `  Van ${role}  ` });
        expect(resp.respondToReflection).toMatchObject({ text: `Van ${role}`, hidden: false });
        responseIds[role] = resp.respondToReflection.id;
      }
    });

    const responsesAs = async (role: Role): Promise<Response[]> =>
      (await c[role].ok<{ reflection: Reflection }>(GET, { id: reflectionId })).reflection.responses;

    it('validates the response text', async () => {
      expect(field(await c.peerAttendee.gql(RESPOND, { id: reflectionId, text: '   ' }))).toBe('text');
      expect(field(await c.peerAttendee.gql(RESPOND, { id: reflectionId, text: 'x'.repeat(2001) }))).toBe('text');
      expect(errorCode(await c.peerAttendee.gql(RESPOND, { id: 'x', text: 'hoi' }))).toBe('NOT_FOUND');
    });

    it('lets only the author hide a response: peers then never see it, the author sees it marked', async () => {
      expect(errorCode(await c.peerAttendee.gql(HIDE, { id: responseIds.facilitator }))).toBe('FORBIDDEN');
      expect(errorCode(await c.facilitator.gql(HIDE, { id: responseIds.facilitator }))).toBe('FORBIDDEN');
      expect(errorCode(await c.leadNonAttendee.gql(HIDE, { id: responseIds.facilitator }))).toBe('NOT_FOUND');
      expect(errorCode(await c.otherTeam.gql(HIDE, { id: responseIds.facilitator }))).toBe('NOT_FOUND');
      expect(errorCode(await c.author.gql(HIDE, { id: 'nope' }))).toBe('NOT_FOUND');

      const hidden = await c.author.ok<{ hidePeerResponse: Response }>(HIDE, { id: responseIds.peerAttendee });
      expect(hidden.hidePeerResponse.hidden).toBe(true);
      const asAuthor = await responsesAs('author');
      expect(asAuthor.map((r) => [r.text, r.hidden])).toEqual([
        ['Van peerAttendee', true],
        ['Van facilitator', false],
        ['Van leadAttendee', false],
      ]);
      for (const role of ['peerAttendee', 'facilitator', 'leadAttendee'] as const) {
        const seen = await responsesAs(role);
        expect(seen.map((r) => r.text)).toEqual(['Van facilitator', 'Van leadAttendee']);
        expect(seen.every((r) => !r.hidden)).toBe(true);
      }
      // Its writer cannot hide or unhide it either, and sees it no longer in sharedReflections.
      expect(errorCode(await c.peerAttendee.gql(UNHIDE, { id: responseIds.peerAttendee }))).toBe('NOT_FOUND');
      const shared = await c.peerAttendee.ok<{ sharedReflections: Reflection[] }>(SHARED, { sessionId });
      const mine = shared.sharedReflections.find((r) => r.id === reflectionId)!;
      expect(JSON.stringify(mine.responses)).not.toContain('Van peerAttendee');

      const shown = await c.author.ok<{ unhidePeerResponse: Response }>(UNHIDE, { id: responseIds.peerAttendee });
      expect(shown.unhidePeerResponse.hidden).toBe(false);
      expect((await responsesAs('peerAttendee')).map((r) => r.text)).toContain('Van peerAttendee');
    });

    it('un-sharing hides the reflection and its responses from peers again; re-sharing brings them back', async () => {
      await c.author.ok(UPDATE, { id: reflectionId, input: { visibility: 'PRIVATE' } });
      for (const role of ['peerAttendee', 'facilitator', 'leadAttendee'] as const) {
        const r = await c[role].gql(GET, { id: reflectionId });
        expect(errorCode(r)).toBe('NOT_FOUND');
        expect(JSON.stringify(r)).not.toMatch(/gezien|Van /u);
        const shared = await c[role].ok<{ sharedReflections: Reflection[] }>(SHARED, { sessionId });
        expect(shared.sharedReflections.map((x) => x.id)).not.toContain(reflectionId);
        expect(errorCode(await c[role].gql(RESPOND, { id: reflectionId, text: 'nog één' }))).toBe('NOT_FOUND');
      }
      expect((await responsesAs('author')).map((r) => r.text)).toHaveLength(3);

      // FACILITATOR: only the facilitator among the peers, with the responses.
      await c.author.ok(UPDATE, { id: reflectionId, input: { visibility: 'FACILITATOR' } });
      expect(errorCode(await c.peerAttendee.gql(GET, { id: reflectionId }))).toBe('NOT_FOUND');
      expect(await responsesAs('facilitator')).toHaveLength(3);

      await c.author.ok(UPDATE, { id: reflectionId, input: { visibility: 'GROUP' } });
      expect(await responsesAs('peerAttendee')).toHaveLength(3);
    });

    it('a peer who leaves the team no longer sees what was shared with the group', async () => {
      await t.db.query(`UPDATE team_membership SET left_at = now() WHERE user_id = $1`, [u('peerAttendee')]);
      try {
        expect(errorCode(await c.peerAttendee.gql(GET, { id: reflectionId }))).toBe('NOT_FOUND');
        expect(errorCode(await c.peerAttendee.gql(SHARED, { sessionId }))).toBe('FORBIDDEN');
      } finally {
        await t.db.query(`INSERT INTO team_membership (team_id, user_id, role, joined_at) VALUES ($1, $2, 'MEMBER', now())`, [teams.North, u('peerAttendee')]);
      }
      expect(await responsesAs('peerAttendee')).toHaveLength(3);
    });

    it('updates only what is given, and deleting removes the reflection with its responses', async () => {
      const upd = await c.author.ok<{ updateReflection: Reflection }>(UPDATE, {
        id: reflectionId,
        input: { resonance: 2, whatINeedNow: 'Rust', nineFunctions: { empathy: 3 } },
      });
      expect(upd.updateReflection).toMatchObject({ attunement: 6, resonance: 2, visibility: 'GROUP', whatHappenedInMe: 'Ik voelde me gezien', whatINeedNow: 'Rust' });
      expect(upd.updateReflection.nineFunctions.empathy).toBe(3);

      expect((await c.author.ok<{ deleteReflection: boolean }>(DELETE, { id: reflectionId })).deleteReflection).toBe(true);
      const left = await t.db.query(`SELECT count(*)::int AS n FROM peer_response WHERE reflection_id = $1`, [reflectionId]);
      expect(left.rows[0].n).toBe(0);
      expect(errorCode(await c.author.gql(GET, { id: reflectionId }))).toBe('NOT_FOUND');
      expect(errorCode(await c.author.gql(HIDE, { id: responseIds.facilitator }))).toBe('NOT_FOUND');
      expect(errorCode(await c.author.gql(DELETE, { id: reflectionId }))).toBe('NOT_FOUND');
    });
  });

  describe('myReflections: filters and search over one\'s own texts', () => {
    let ids: Record<string, string>;
    beforeAll(async () => {
      const mk = async (role: Role, kind: 'CARE' | 'SUPERVISION' | 'INTERVISION', days: number, text: string): Promise<string> => {
        const sid = await addSession(t.db, { teamId: teams.North!, kind, startsInDays: days, title: `${kind} ${days}` });
        await addBooking(t.db, sid, u(role), 'CONFIRMED', true);
        const r = await c[role].ok<{ writeReflection: Reflection }>(WRITE, minimal(sid, { bodySignals: text }));
        return r.writeReflection.id;
      };
      ids = {
        care: await mk('facilitator', 'CARE', -40, 'Spanning in mijn NEK en een zware Ademhaling'),
        intervision: await mk('facilitator', 'INTERVISION', -100, 'Café-gesprek gaf rust; nek ontspande'),
        supervision: await mk('facilitator', 'SUPERVISION', -140, 'Niets bijzonders'),
        peers: await mk('peerNonAttendee', 'CARE', -41, 'nek ademhaling zeldzaam'),
      };
    });
    const mine = async (role: Role, filter: Record<string, unknown>, limit?: number): Promise<string[]> =>
      (await c[role].ok<{ myReflections: Reflection[] }>(MINE, { filter, limit })).myReflections.map((r) => r.id);

    it('lists newest session first, and narrows by kind, team, session and period', async () => {
      expect(await mine('facilitator', {})).toEqual([ids.care, ids.intervision, ids.supervision]);
      expect(await mine('facilitator', {}, 1)).toEqual([ids.care]);
      expect(await mine('facilitator', { sessionKind: 'INTERVISION' })).toEqual([ids.intervision]);
      expect(await mine('facilitator', { teamId: teams.South })).toEqual([]);
      expect(await mine('facilitator', { teamId: teams.North })).toHaveLength(3);
      const from = new Date(Date.now() - 120 * 86400_000).toISOString();
      const to = new Date(Date.now() - 50 * 86400_000).toISOString();
      expect(await mine('facilitator', { from, to })).toEqual([ids.intervision]);
    });

    it('searches case- and accent-insensitively, every word, and never in someone else\'s reflections', async () => {
      expect(await mine('facilitator', { search: 'nek' })).toEqual([ids.care, ids.intervision]);
      expect(await mine('facilitator', { search: 'NEK ademhaling' })).toEqual([ids.care]);
      expect(await mine('facilitator', { search: 'cafe' })).toEqual([ids.intervision]);
      expect(await mine('facilitator', { search: 'nek', sessionKind: 'CARE' })).toEqual([ids.care]);
      expect(await mine('facilitator', { search: 'zeldzaam' })).toEqual([]);
      expect(await mine('peerNonAttendee', { search: 'zeldzaam' })).toEqual([ids.peers]);
      expect(await mine('leadNonAttendee', { search: 'nek' })).toEqual([]);
    });

    it('refuses a bad filter', async () => {
      const long = await c.facilitator.gql(MINE, { filter: { search: 'x'.repeat(201) } });
      expect([errorCode(long), field(long)]).toEqual(['BAD_USER_INPUT', 'search']);
      const period = await c.facilitator.gql(MINE, { filter: { from: '2026-05-01T00:00:00Z', to: '2026-04-01T00:00:00Z' } });
      expect([errorCode(period), field(period)]).toEqual(['BAD_USER_INPUT', 'to']);
      const limit = await c.facilitator.gql(MINE, { filter: {}, limit: 0 });
      expect([errorCode(limit), field(limit)]).toEqual(['BAD_USER_INPUT', 'limit']);
      expect(errorCode(await c.facilitator.gql(MINE, { filter: { teamId: 'north' } }))).toBe('NOT_FOUND');
    });
  });

  describe('a fixed number of SQL statements per list, whatever its length', () => {
    const statements = (r: GqlResult<unknown>): number => Number(r.headers.get('x-sql-statements'));

    it('sharedReflections with nested responses and myReflections', async () => {
      const group = ['peerAttendee', 'peerNonAttendee', 'leadAttendee', 'leadNonAttendee', 'author'] as const;
      const sid = await addSession(t.db, { teamId: teams.North!, kind: 'INTERVISION', startsInDays: -8, facilitatorId: u('facilitator') });
      for (const role of group) await addBooking(t.db, sid, u(role), 'CONFIRMED', true);
      const write = async (role: Role): Promise<void> => {
        const r = await c[role].ok<{ writeReflection: Reflection }>(WRITE, minimal(sid, { visibility: 'GROUP', whatHappenedInMe: `van ${role}` }));
        for (const peer of group.filter((p) => p !== role).slice(0, 2)) await c[peer].ok(RESPOND, { id: r.writeReflection.id, text: `aan ${role}` });
      };
      await write('peerAttendee');
      await write('peerNonAttendee');
      const few = await c.facilitator.gql<{ sharedReflections: Reflection[] }>(SHARED, { sessionId: sid });
      await write('leadAttendee');
      await write('leadNonAttendee');
      await write('author');
      const many = await c.facilitator.gql<{ sharedReflections: Reflection[] }>(SHARED, { sessionId: sid });
      expect(few.data?.sharedReflections).toHaveLength(2);
      expect(many.data?.sharedReflections).toHaveLength(5);
      expect(many.data?.sharedReflections.every((r) => r.responses.length === 2)).toBe(true);
      expect(statements(few)).toBeGreaterThan(0);
      expect(statements(many)).toBe(statements(few));

      const mineFew = await c.author.gql(MINE, { filter: { sessionKind: 'SUPERVISION' } });
      const mineMany = await c.author.gql<{ myReflections: Reflection[] }>(MINE, {});
      expect(mineMany.data!.myReflections.length).toBeGreaterThan(3);
      expect(statements(mineMany)).toBe(statements(mineFew));
    });
  });
});
