import { GqlClient, clientsFor, errorCode, startTestApp, type TestApp } from './harness';
import {
  DELETE,
  GET,
  MINE,
  PEOPLE,
  RESPOND,
  ROLES,
  SHARED,
  UPDATE,
  WRITE,
  arrangeReflectionWorld,
  type Role,
} from './reflection-world';

type Visibility = 'PRIVATE' | 'FACILITATOR' | 'GROUP';

/** PRODUCT.md §4 for reflections, as the API must answer it. */
const SEES: Record<Visibility, Record<Role, boolean>> = {
  PRIVATE: {
    author: true,
    peerAttendee: false,
    peerNonAttendee: false,
    facilitator: false,
    leadNonAttendee: false,
    leadAttendee: false,
    orgAdmin: false,
    otherTeam: false,
  },
  FACILITATOR: {
    author: true,
    peerAttendee: false,
    peerNonAttendee: false,
    facilitator: true,
    leadNonAttendee: false,
    leadAttendee: false,
    orgAdmin: false,
    otherTeam: false,
  },
  GROUP: {
    author: true,
    peerAttendee: true,
    peerNonAttendee: false,
    facilitator: true,
    leadNonAttendee: false,
    leadAttendee: true,
    orgAdmin: false,
    otherTeam: false,
  },
};

/** Outside the session's team, the session itself is off limits. */
const OUTSIDE_TEAM: readonly Role[] = ['orgAdmin', 'otherTeam'];

const SECRETS = {
  whatHappenedInMe: 'Geheim-ZWqk: ik schrok van mijn eigen boosheid',
  bodySignals: 'Geheim-Lp2v: trillende handen',
  feelingsNamed: 'Geheim-Hh7r: schaamte en opluchting',
  attunementMoments: 'Geheim-Qm3x: contact kwijt bij het verhaal van B.',
  resonanceFromOthers: 'Geheim-Tt9c: de stilte na het verhaal',
  whatINeedNow: 'Geheim-Vb5n: een dag zonder cliënten',
};
const SECRET_MARK = /Geheim-/u;

interface ReflectionShape {
  id: string;
  visibility: Visibility;
  whatHappenedInMe: string | null;
  canRespond: boolean;
  isMine: boolean;
  author: { displayName: string };
  responses: { text: string }[];
}

describe('reflections: who sees what (PRODUCT.md §4), through every operation', () => {
  let t: TestApp;
  let c: Record<Role, GqlClient>;
  let sessionId: string;
  let reflectionId: string;

  beforeAll(async () => {
    t = await startTestApp();
    const w = await arrangeReflectionWorld(t.db);
    sessionId = w.sessionId;
    const byEmail = await clientsFor(t.baseUrl, Object.values(PEOPLE));
    c = Object.fromEntries(ROLES.map((r) => [r, byEmail[PEOPLE[r]]!])) as Record<Role, GqlClient>;
    const written = await c.author.ok<{ writeReflection: ReflectionShape }>(WRITE, {
      input: { sessionId, attunement: 5, resonance: 6, nineFunctions: { insight: 4 }, chaosRigidity: -1, ...SECRETS },
    });
    reflectionId = written.writeReflection.id;
    expect(written.writeReflection.visibility).toBe('PRIVATE');
  });
  afterAll(() => t.close());

  describe.each(['PRIVATE', 'FACILITATOR', 'GROUP'] as const)('a %s reflection', (visibility) => {
    beforeAll(async () => {
      const r = await c.author.ok<{ updateReflection: ReflectionShape }>(UPDATE, { id: reflectionId, input: { visibility } });
      expect(r.updateReflection.visibility).toBe(visibility);
    });

    it.each(ROLES)('reflection(id) as %s', async (role) => {
      const r = await c[role].gql<{ reflection: ReflectionShape }>(GET, { id: reflectionId });
      if (SEES[visibility][role]) {
        expect(r.errors).toBeUndefined();
        expect(r.data?.reflection.whatHappenedInMe).toBe(SECRETS.whatHappenedInMe);
        expect(r.data?.reflection.author.displayName).toBe('anna');
        expect(r.data?.reflection.isMine).toBe(role === 'author');
        expect(r.data?.reflection.canRespond).toBe(role !== 'author');
      } else {
        expect(errorCode(r)).toBe('NOT_FOUND');
        expect(r.data).toBeNull();
        expect(JSON.stringify(r)).not.toMatch(SECRET_MARK);
      }
    });

    it.each(ROLES)('sharedReflections(sessionId) as %s', async (role) => {
      const r = await c[role].gql<{ sharedReflections: ReflectionShape[] }>(SHARED, { sessionId });
      if (OUTSIDE_TEAM.includes(role)) {
        expect(errorCode(r)).toBe('FORBIDDEN');
        expect(JSON.stringify(r)).not.toMatch(SECRET_MARK);
        return;
      }
      expect(r.errors).toBeUndefined();
      const listed = r.data!.sharedReflections.filter((x) => x.id === reflectionId);
      // A private reflection is not "shared", not even in its author's list.
      const expected = SEES[visibility][role] && visibility !== 'PRIVATE';
      expect(listed).toHaveLength(expected ? 1 : 0);
      if (expected) expect(listed[0]!.whatHappenedInMe).toBe(SECRETS.whatHappenedInMe);
      else expect(JSON.stringify(r)).not.toMatch(SECRET_MARK);
    });

    it.each(ROLES)('myReflections as %s holds only their own', async (role) => {
      const r = await c[role].ok<{ myReflections: ReflectionShape[] }>(MINE, {});
      expect(r.myReflections.map((x) => x.id)).toEqual(role === 'author' ? [reflectionId] : []);
      if (role !== 'author') expect(JSON.stringify(r)).not.toMatch(SECRET_MARK);
    });

    it.each(ROLES)('respondToReflection as %s', async (role) => {
      const r = await c[role].gql<{ respondToReflection: { text: string } }>(RESPOND, { id: reflectionId, text: `Reactie van ${role} op ${visibility}` });
      if (role === 'author') expect(errorCode(r)).toBe('FORBIDDEN');
      else if (SEES[visibility][role]) expect(r.data?.respondToReflection.text).toBe(`Reactie van ${role} op ${visibility}`);
      else expect(errorCode(r)).toBe('NOT_FOUND');
      expect(JSON.stringify(r)).not.toMatch(SECRET_MARK);
    });

    it.each(ROLES)('the responses field as %s shows only responses to what they may see', async (role) => {
      const r = await c[role].gql<{ reflection: ReflectionShape }>(GET, { id: reflectionId });
      if (!SEES[visibility][role]) {
        expect(errorCode(r)).toBe('NOT_FOUND');
        expect(JSON.stringify(r)).not.toMatch(/Reactie van/u);
        return;
      }
      const texts = r.data!.reflection.responses.map((x) => x.text);
      // Everyone who sees it sees the responses written so far (none hidden here) and nothing else.
      const writers = ROLES.filter((w) => w !== 'author' && SEES[visibility][w]);
      expect(texts).toEqual(expect.arrayContaining(writers.map((w) => `Reactie van ${w} op ${visibility}`)));
      expect(texts.every((x) => x.startsWith('Reactie van'))).toBe(true);
    });

    it.each(ROLES.filter((r) => r !== 'author'))('updateReflection and deleteReflection as %s are refused', async (role) => {
      const code = SEES[visibility][role] ? 'FORBIDDEN' : 'NOT_FOUND';
      const upd = await c[role].gql(UPDATE, { id: reflectionId, input: { visibility: 'GROUP', whatINeedNow: 'overwritten' } });
      expect(errorCode(upd)).toBe(code);
      expect(JSON.stringify(upd)).not.toMatch(SECRET_MARK);
      const del = await c[role].gql(DELETE, { id: reflectionId });
      expect(errorCode(del)).toBe(code);
      const still = await c.author.ok<{ reflection: ReflectionShape & { whatINeedNow: string } }>(GET, { id: reflectionId });
      expect(still.reflection.whatINeedNow).toBe(SECRETS.whatINeedNow);
      expect(still.reflection.visibility).toBe(visibility);
    });
  });

  it('never lets a lead or an org admin read a private reflection, whichever operation they try', async () => {
    await c.author.ok(UPDATE, { id: reflectionId, input: { visibility: 'PRIVATE' } });
    for (const role of ['leadNonAttendee', 'leadAttendee', 'orgAdmin'] as const) {
      const results = [
        await c[role].gql(GET, { id: reflectionId }),
        await c[role].gql(SHARED, { sessionId }),
        await c[role].gql(MINE, { filter: { sessionId } }),
        await c[role].gql(RESPOND, { id: reflectionId, text: 'hallo' }),
        await c[role].gql(UPDATE, { id: reflectionId, input: { visibility: 'GROUP' } }),
        await c[role].gql(DELETE, { id: reflectionId }),
      ];
      for (const r of results) expect(JSON.stringify(r)).not.toMatch(SECRET_MARK);
    }
    const still = await c.author.ok<{ reflection: ReflectionShape }>(GET, { id: reflectionId });
    expect(still.reflection.visibility).toBe('PRIVATE');
  });

  it('answers NOT_FOUND for a malformed or unknown id, and UNAUTHENTICATED without a session', async () => {
    expect(errorCode(await c.author.gql(GET, { id: 'not-a-uuid' }))).toBe('NOT_FOUND');
    expect(errorCode(await c.author.gql(GET, { id: '00000000-0000-4000-8000-000000000000' }))).toBe('NOT_FOUND');
    expect(errorCode(await c.author.gql(SHARED, { sessionId: 'nope' }))).toBe('NOT_FOUND');
    expect(errorCode(await c.author.gql(SHARED, { sessionId: '00000000-0000-4000-8000-000000000000' }))).toBe('NOT_FOUND');
    const anonymous = new GqlClient(t.baseUrl);
    const r = await anonymous.gql(GET, { id: reflectionId });
    expect(errorCode(r)).toBe('UNAUTHENTICATED');
    expect(JSON.stringify(r)).not.toMatch(SECRET_MARK);
  });
});
