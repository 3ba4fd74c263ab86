import { GqlClient, TEST_PASSWORD } from './harness';
import { PEOPLE, send, valueAt, type IdKind, type IsolationWorld, type Person, type Probe, type Role } from './isolation-world';
import { isoFromNow } from './schema-walk';

/**
 * The tenant-isolation coverage tables: who must be refused what, per operation and per nested
 * field (PRODUCT.md §4). The test asserts these tables cover exactly the operations and object
 * fields of `schema.gql`, so an operation or field added without a row here fails it.
 */

/**
 * How a refused caller is answered: DENIED (FORBIDDEN / NOT_FOUND at the operation), EMPTY (an
 * empty list: the operation only ever answers with the caller's own data), or OWN_ONLY (an answer
 * with the caller's own data, e.g. another organisation's audit log before a cursor).
 */
export type Refusal = 'DENIED' | 'EMPTY' | 'OWN_ONLY';

export interface Scenario {
  /** Which of North's objects each id path of the operation names (every id path, exactly). */
  readonly ids: Readonly<Record<string, IdKind>>;
  /**
   * Roles in or around North that must be refused, besides those always tried (anonymous,
   * members and leads of South, admins and members of the other organisation, a former member).
   */
  readonly deny: readonly Person[];
  /** Roles that get an empty list instead (the operation only ever answers with their own data). */
  readonly empty?: readonly Person[];
  /** How the always-tried outsiders are refused; default DENIED. */
  readonly outsiders?: Refusal;
  /** Who may: the positive control, proving the ids and the other values are valid. */
  readonly allow?: Person;
  /** Values the positive control needs beyond the required ones, by path. */
  readonly args?: Readonly<Record<string, unknown>>;
  /** What the allowed call must answer. */
  readonly check?: (value: unknown, w: IsolationWorld) => void;
  /** Removes or closes its object: its positive control runs after the others. */
  readonly destructive?: boolean;
  /**
   * For operations taking several ids: who names their own objects and one of North's (default
   * South's lead), and the answer per id path (default: refused, or BAD_USER_INPUT on that field).
   */
  readonly cross?: { readonly as: Person; readonly expect: Readonly<Record<string, Refusal>> };
}

const ids = (list: unknown): string[] => (list as { id: string }[]).map((x) => x.id);

/** Every query and mutation that takes an id, with who must be refused. */
export const OPERATION_COVERAGE: Readonly<Record<string, readonly Scenario[]>> = {
  // ── teams ──
  team: [{ ids: { id: 'team' }, deny: [], allow: 'member' }],
  inviteMember: [{ ids: { teamId: 'team' }, deny: ['member', 'author', 'facilitator'], allow: 'lead' }],
  createTeam: [{ ids: { 'input.organisationId': 'organisation' }, deny: ['lead', 'member'], allow: 'acmeAdmin' }],

  // ── sessions ──
  sessions: [
    {
      ids: { teamId: 'team' },
      deny: ['acmeAdmin'],
      allow: 'member',
      check: (v, w) => expect(ids(v)).toEqual(expect.arrayContaining([w.ids.futureSession])),
    },
  ],
  session: [
    { ids: { id: 'futureSession' }, deny: ['acmeAdmin'], allow: 'member' },
    { ids: { id: 'pastSession' }, deny: ['acmeAdmin'], allow: 'facilitator' },
  ],
  createSession: [
    { ids: { 'input.teamId': 'team', 'input.facilitatorId': 'member' }, deny: ['member', 'facilitator', 'author', 'acmeAdmin'], allow: 'lead' },
  ],
  createSessionSeries: [
    { ids: { 'input.teamId': 'team', 'input.facilitatorId': 'member' }, deny: ['member', 'facilitator', 'acmeAdmin'], allow: 'lead' },
  ],
  updateSession: [
    { ids: { id: 'futureSession', 'input.facilitatorId': 'member' }, deny: ['member', 'author', 'peer', 'facilitator', 'acmeAdmin'], allow: 'lead' },
  ],
  cancelSession: [{ ids: { id: 'futureSession' }, deny: ['member', 'author', 'facilitator', 'acmeAdmin'], allow: 'lead', destructive: true }],

  // ── bookings ──
  bookSession: [
    { ids: { sessionId: 'futureSession' }, deny: ['acmeAdmin'], allow: 'member', check: (v) => expect(v).toMatchObject({ status: 'WAITLISTED' }) },
  ],
  cancelBooking: [{ ids: { bookingId: 'booking' }, deny: ['member', 'peer', 'facilitator', 'acmeAdmin'], allow: 'author' }],
  markAttendance: [
    { ids: { bookingId: 'pastBooking' }, deny: ['member', 'author', 'peer', 'acmeAdmin'], allow: 'facilitator' },
  ],

  // ── reflections ──
  reflection: [
    { ids: { id: 'groupReflection' }, deny: ['member', 'lead', 'acmeAdmin'], allow: 'peer' },
    { ids: { id: 'facilitatorReflection' }, deny: ['author', 'quiet', 'late', 'member', 'lead', 'acmeAdmin'], allow: 'facilitator' },
    { ids: { id: 'privateReflection' }, deny: ['author', 'peer', 'late', 'facilitator', 'member', 'lead', 'acmeAdmin'], allow: 'quiet' },
  ],
  sharedReflections: [
    {
      ids: { sessionId: 'pastSession' },
      deny: ['acmeAdmin'],
      empty: ['member', 'lead'],
      allow: 'peer',
      check: (v, w) => {
        expect(ids(v)).toEqual(expect.arrayContaining([w.ids.groupReflection, w.ids.facilitatorReflection]));
        expect(ids(v)).not.toContain(w.ids.privateReflection);
      },
    },
  ],
  myReflections: [
    {
      ids: { 'filter.teamId': 'team', 'filter.sessionId': 'pastSession' },
      deny: [],
      empty: ['member', 'lead', 'facilitator', 'acmeAdmin'],
      outsiders: 'EMPTY',
      allow: 'author',
      check: (v, w) => expect(ids(v)).toEqual([w.ids.groupReflection]),
    },
  ],
  writeReflection: [{ ids: { 'input.sessionId': 'pastSession' }, deny: ['member', 'lead', 'facilitator', 'acmeAdmin'], allow: 'late' }],
  updateReflection: [
    {
      ids: { id: 'groupReflection' },
      deny: ['peer', 'late', 'facilitator', 'member', 'lead', 'acmeAdmin'],
      allow: 'author',
      args: { 'input.attunement': 6 },
    },
  ],
  deleteReflection: [
    { ids: { id: 'privateReflection' }, deny: ['author', 'peer', 'facilitator', 'member', 'lead', 'acmeAdmin'], allow: 'quiet', destructive: true },
  ],
  respondToReflection: [
    { ids: { reflectionId: 'groupReflection' }, deny: ['author', 'member', 'lead', 'acmeAdmin'], allow: 'peer' },
    { ids: { reflectionId: 'facilitatorReflection' }, deny: ['author', 'quiet', 'late', 'member', 'lead'], allow: 'facilitator' },
    // Nobody responds to a private reflection, not even those close to it.
    { ids: { reflectionId: 'privateReflection' }, deny: ['quiet', 'author', 'peer', 'facilitator', 'lead'] },
  ],
  hidePeerResponse: [{ ids: { id: 'response' }, deny: ['peer', 'late', 'facilitator', 'member', 'lead', 'acmeAdmin'], allow: 'author' }],
  unhidePeerResponse: [{ ids: { id: 'hiddenResponse' }, deny: ['late', 'peer', 'member', 'lead', 'acmeAdmin'], allow: 'author' }],

  // ── self-care: goals are only ever their owner's ──
  setGoal: [{ ids: { 'input.id': 'goal' }, deny: ['peer', 'member', 'lead', 'acmeAdmin'], allow: 'author', args: { 'input.targetSteps': 52 } }],
  logGoalStep: [{ ids: { goalId: 'goal' }, deny: ['peer', 'member', 'lead', 'acmeAdmin'], allow: 'author' }],
  archiveGoal: [{ ids: { goalId: 'goal' }, deny: ['peer', 'member', 'lead', 'acmeAdmin'], allow: 'author', destructive: true }],

  // ── team wellbeing (leads of the team, aggregates only) and the organisation (org admins) ──
  teamWellbeing: [
    {
      ids: { teamId: 'team' },
      deny: ['member', 'author', 'facilitator', 'acmeAdmin'],
      allow: 'lead',
      args: { granularity: 'MONTH', from: isoFromNow(-60), to: isoFromNow(0) },
    },
  ],
  organisationSettings: [{ ids: { organisationId: 'organisation' }, deny: ['lead', 'member'], allow: 'acmeAdmin' }],
  updateOrganisationSettings: [
    { ids: { 'input.organisationId': 'organisation' }, deny: ['lead', 'member'], allow: 'acmeAdmin', args: { 'input.anonymityThreshold': 5 } },
  ],
  auditLog: [
    {
      ids: { organisationId: 'organisation', before: 'auditEntry' },
      deny: ['lead', 'member', 'author'],
      allow: 'acmeAdmin',
      check: (v) => expect((v as unknown[]).length).toBeGreaterThan(0),
      // An admin of Other paging with a cursor taken from Acme's log still reads only Other's.
      cross: { as: 'otherAdmin', expect: { organisationId: 'DENIED', before: 'OWN_ONLY' } },
    },
  ],
};

// ── nested fields ──────────────────────────────────────────────────────────────────────────────

export interface FieldCase {
  readonly as: Role;
  /** What the case shows, for the failure message. */
  readonly why: string;
  readonly query: string;
  readonly variables?: (w: IsolationWorld) => Record<string, unknown>;
  readonly expect: (r: Probe, w: IsolationWorld) => void;
}

/** The field is refused (FORBIDDEN / NOT_FOUND at its path, value null) and the given words are absent. */
export function refusedAt(path: string, absent: readonly string[] = []): (r: Probe) => void {
  return (r) => {
    const err = r.errors.find((e) => (e.path ?? []).join('.') === path);
    expect(err?.extensions?.code).toMatch(/^(FORBIDDEN|NOT_FOUND)$/u);
    expect(valueAt(r.data, path) ?? null).toBeNull();
    for (const word of absent) expect(r.text).not.toContain(word);
  };
}

/** The request succeeded without errors; `then` checks the data. */
function ok(then: (data: Record<string, unknown>, w: IsolationWorld) => void): (r: Probe, w: IsolationWorld) => void {
  return (r, w) => {
    expect(r.errors).toEqual([]);
    then(r.data ?? {}, w);
  };
}

const list = (v: unknown): Record<string, unknown>[] => (Array.isArray(v) ? (v as Record<string, unknown>[]) : []);
const idOf = (v: unknown): unknown => (v as { id?: unknown } | null)?.id;
const SESSION = (fields: string) => `query($id: ID!) { session(id: $id) { id ${fields} } }`;
/** The same fields over a page of sessions (they are loaded for the page at once). */
const SESSIONS = (fields: string) => `query($t: ID!, $from: DateTime!) { sessions(teamId: $t, from: $from) { id ${fields} } }`;
const page = (w: IsolationWorld) => ({ t: w.ids.team, from: isoFromNow(-10) });
const future = (w: IsolationWorld) => ({ id: w.ids.futureSession });
const past = (w: IsolationWorld) => ({ id: w.ids.pastSession });
const SHARED = (fields: string) => `query($id: ID!) { sharedReflections(sessionId: $id) { id ${fields} } }`;
const REFLECTION = (fields: string) => `query($id: ID!) { reflection(id: $id) { id ${fields} } }`;
const group = (w: IsolationWorld) => ({ id: w.ids.groupReflection });

/** Object fields of teams, sessions, bookings and reflections that reach other people. */
const TEAM_FIELDS: Readonly<Record<string, readonly FieldCase[]>> = {
  'Booking.member': [
    {
      as: 'author',
      why: 'myBookings shows only my own bookings (my confirmed one with its calendar download)',
      query: `{ myBookings(includeCancelled: true) { id status icsUrl member { id } } }`,
      expect: ok((d, w) => {
        expect(list(d.myBookings).length).toBeGreaterThan(0);
        for (const b of list(d.myBookings)) expect(idOf(b.member)).toBe(w.users.author);
        expect(list(d.myBookings).find((b) => b.id === w.ids.booking)?.icsUrl).toMatch(new RegExp(`/calendar/booking/${w.ids.booking}\\.ics$`, 'u'));
      }),
    },
    { as: 'member', why: 'a member without a seat sees no one else\'s booking', query: SESSION('bookings { member { id displayName } }'), variables: future, expect: refusedAt('session.bookings', ['anouk', 'pieter']) },
    {
      as: 'lead',
      why: 'a lead sees every booking',
      query: SESSION('bookings { member { id } }'),
      variables: future,
      expect: ok((d, w) => expect(list(valueAt(d, 'session.bookings')).map((b) => idOf(b.member))).toEqual(expect.arrayContaining([w.users.author, w.users.peer]))),
    },
  ],
  'Booking.session': [
    {
      as: 'author',
      why: 'my bookings lead only to my own team\'s sessions',
      query: `{ myBookings(includeCancelled: true) { id session { id teamId } } }`,
      expect: ok((d, w) => {
        for (const b of list(d.myBookings)) expect(valueAt(b, 'session.teamId')).toBe(w.ids.team);
        expect(list(d.myBookings).map((b) => valueAt(b, 'session.id')).sort()).toEqual([w.ids.futureSession, w.ids.pastSession].sort());
      }),
    },
    {
      as: 'former',
      why: 'after leaving, my old bookings no longer lead into the team',
      query: `{ myBookings(includeCancelled: true) { id session { id title } } }`,
      expect: ok((d) => expect(d.myBookings).toEqual([])),
    },
  ],
  'PeerResponse.author': [
    {
      as: 'peer',
      why: 'the writer of a hidden response is not shown to peers',
      query: REFLECTION('responses { id author { id displayName } }'),
      variables: group,
      expect: ok((d, w) => {
        expect(list(valueAt(d, 'reflection.responses')).map((x) => idOf(x.author))).not.toContain(w.users.late);
        expect(JSON.stringify(d)).not.toContain('lieke');
      }),
    },
  ],
  'Reflection.author': [
    {
      as: 'facilitator',
      why: 'the facilitator sees the authors of shared reflections only, never of a private one',
      query: SHARED('author { id displayName }'),
      variables: past,
      expect: ok((d, w) => {
        const authors = list(d.sharedReflections).map((x) => idOf(x.author));
        expect(authors.sort()).toEqual([w.users.author, w.users.peer].sort());
      }),
    },
    { as: 'lead', why: 'leading the team opens no reflection', query: SHARED('author { id displayName }'), variables: past, expect: ok((d) => expect(d.sharedReflections).toEqual([])) },
  ],
  'Reflection.nineFunctions': [
    {
      as: 'peer',
      why: 'self-checks come only with reflections I may read',
      query: SHARED('isMine author { id } nineFunctions { insight empathy }'),
      variables: past,
      expect: ok((d, w) => {
        expect(list(d.sharedReflections).map((x) => idOf(x.author)).sort()).toEqual([w.users.author, w.users.peer].sort());
      }),
    },
    { as: 'lead', why: 'a lead\'s session view holds no one else\'s self-check', query: SESSION('myReflection { nineFunctions { insight } }'), variables: past, expect: ok((d) => expect(valueAt(d, 'session.myReflection')).toBeNull()) },
  ],
  'Reflection.responses': [
    {
      as: 'peer',
      why: 'a hidden response is not shown to peers',
      query: REFLECTION('responses { id hidden text }'),
      variables: group,
      expect: ok((d, w) => {
        const rs = list(valueAt(d, 'reflection.responses'));
        expect(rs.map((x) => x.id)).toEqual([w.ids.response]);
      }),
    },
    {
      as: 'late',
      why: 'not even to the peer who wrote it',
      query: REFLECTION('responses { id text }'),
      variables: group,
      expect: ok((d, w) => {
        expect(list(valueAt(d, 'reflection.responses')).map((x) => x.id)).not.toContain(w.ids.hiddenResponse);
        expect(JSON.stringify(d)).not.toContain('response-late');
      }),
    },
    {
      as: 'facilitator',
      why: 'nor to the facilitator',
      query: REFLECTION('responses { id }'),
      variables: group,
      expect: ok((d, w) => expect(list(valueAt(d, 'reflection.responses')).map((x) => x.id)).toEqual([w.ids.response])),
    },
    {
      as: 'author',
      why: 'the author still sees it, marked hidden',
      query: REFLECTION('responses { id hidden }'),
      variables: group,
      expect: ok((d, w) =>
        expect(list(valueAt(d, 'reflection.responses'))).toEqual(
          expect.arrayContaining([{ id: w.ids.hiddenResponse, hidden: true }, { id: w.ids.response, hidden: false }]),
        ),
      ),
    },
  ],
  'Reflection.session': [
    {
      as: 'peer',
      why: 'a reflection leads to its own session only',
      query: SHARED('session { id teamId }'),
      variables: past,
      expect: ok((d, w) => {
        for (const x of list(d.sharedReflections)) expect(x.session).toEqual({ id: w.ids.pastSession, teamId: w.ids.team });
      }),
    },
  ],
  'Session.attendees': [
    { as: 'member', why: 'a member without a seat does not see who attends', query: SESSION('attendees { id displayName }'), variables: future, expect: refusedAt('session.attendees', ['anouk']) },
    { as: 'peer', why: 'nor does a member on the waitlist', query: SESSION('attendees { id displayName }'), variables: future, expect: refusedAt('session.attendees', ['anouk']) },
    {
      as: 'author',
      why: 'over a page, only where I hold a confirmed seat',
      query: SESSIONS('attendees { id }'),
      variables: page,
      expect: (r, w) => {
        for (const s of list(valueAt(r.data, 'sessions'))) {
          if (s.id === w.ids.futureSession || s.id === w.ids.pastSession) expect(list(s.attendees).map((a) => a.id)).toContain(w.users.author);
          else expect(s.attendees).toBeNull();
        }
        expect(r.errors.every((e) => e.extensions?.code === 'FORBIDDEN')).toBe(true);
      },
    },
    {
      as: 'author',
      why: 'a confirmed attendee sees the names of the attendees',
      query: SESSION('attendees { id }'),
      variables: future,
      expect: ok((d, w) => expect(list(valueAt(d, 'session.attendees')).map((x) => x.id)).toEqual([w.users.author])),
    },
    {
      as: 'facilitator',
      why: 'the facilitator sees who attends',
      query: SESSION('attendees { id }'),
      variables: past,
      expect: ok((d) => expect(list(valueAt(d, 'session.attendees'))).toHaveLength(5)),
    },
  ],
  'Session.bookings': [
    { as: 'member', why: 'a member does not see the bookings', query: SESSION('bookings { id status }'), variables: future, expect: refusedAt('session.bookings') },
    { as: 'author', why: 'nor does a confirmed attendee', query: SESSION('bookings { id status member { displayName } }'), variables: future, expect: refusedAt('session.bookings', ['pieter']) },
    {
      as: 'author',
      why: 'over a page of sessions too: refused at every session, nothing of anyone\'s bookings',
      query: SESSIONS('bookings { id member { displayName } }'),
      variables: page,
      expect: (r) => {
        const sessions = list(valueAt(r.data, 'sessions'));
        expect(sessions.length).toBeGreaterThan(2);
        for (const s of sessions) expect(s.bookings).toBeNull();
        expect(r.errors.map((e) => e.extensions?.code)).toEqual(sessions.map(() => 'FORBIDDEN'));
        expect(r.text).not.toMatch(/pieter|quinten|lieke/u);
      },
    },
    {
      as: 'facilitator',
      why: 'over a page, the facilitator of one session sees only that session\'s bookings',
      query: SESSIONS('bookings { id }'),
      variables: page,
      expect: (r, w) => {
        for (const s of list(valueAt(r.data, 'sessions'))) {
          if (s.id === w.ids.pastSession) expect(list(s.bookings)).toHaveLength(5);
          else expect(s.bookings).toBeNull();
        }
      },
    },
    {
      as: 'facilitator',
      why: 'the facilitator sees every booking',
      query: SESSION('bookings { id attended }'),
      variables: past,
      expect: ok((d) => expect(list(valueAt(d, 'session.bookings'))).toHaveLength(5)),
    },
    {
      as: 'lead',
      why: 'a lead sees every booking, but not the calendar download of anyone else\'s',
      query: SESSION('bookings { id status icsUrl }'),
      variables: future,
      expect: ok((d, w) => {
        const bookings = list(valueAt(d, 'session.bookings'));
        expect(bookings.map((b) => b.id)).toContain(w.ids.booking);
        for (const b of bookings) expect(b.icsUrl).toBeNull();
      }),
    },
  ],
  'Session.facilitator': [
    {
      as: 'member',
      why: 'team members see who facilitates',
      query: SESSION('facilitator { id }'),
      variables: past,
      expect: ok((d, w) => expect(valueAt(d, 'session.facilitator.id')).toBe(w.users.facilitator)),
    },
    {
      as: 'southMember',
      why: 'another team\'s sessions show their own facilitators only',
      query: `query($t: ID!) { sessions(teamId: $t) { id facilitator { id displayName } } }`,
      variables: (w) => ({ t: w.own.team }),
      expect: ok((d, w) => {
        const sessions = list(d.sessions);
        expect(sessions.map((s) => s.id)).toContain(w.own.futureSession);
        for (const s of sessions) expect([w.users.southLead, w.users.southMember, undefined]).toContain(idOf(s.facilitator));
      }),
    },
  ],
  'Session.myBooking': [
    { as: 'member', why: 'without a booking it is null', query: SESSION('myBooking { id }'), variables: future, expect: ok((d) => expect(valueAt(d, 'session.myBooking')).toBeNull()) },
    {
      as: 'peer',
      why: 'it is my own booking, never another\'s',
      query: SESSION('myBooking { id status member { id } }'),
      variables: future,
      expect: ok((d, w) => expect(valueAt(d, 'session.myBooking')).toMatchObject({ status: 'WAITLISTED', member: { id: w.users.peer } })),
    },
    {
      as: 'peer',
      why: 'over a page, my own booking only, where I have one',
      query: SESSIONS('myBooking { id status member { id } }'),
      variables: page,
      expect: ok((d, w) => {
        for (const s of list(d.sessions)) {
          const mine = s.myBooking as { member: { id: string }; status: string } | null;
          if (s.id === w.ids.futureSession) expect(mine).toMatchObject({ status: 'WAITLISTED', member: { id: w.users.peer } });
          else if (s.id === w.ids.pastSession) expect(mine).toMatchObject({ status: 'CONFIRMED', member: { id: w.users.peer } });
          else expect(mine).toBeNull();
        }
      }),
    },
    {
      as: 'lead',
      why: 'a lead (facilitating) has no booking of their own here',
      query: SESSION('myBooking { id }'),
      variables: future,
      expect: ok((d) => expect(valueAt(d, 'session.myBooking')).toBeNull()),
    },
  ],
  'Session.myReflection': [
    ...(['member', 'lead', 'facilitator', 'late'] as const).map(
      (as): FieldCase => ({
        as,
        why: 'only my own reflection, never another\'s (even one I may read)',
        query: SESSION('myReflection { id whatHappenedInMe }'),
        variables: past,
        expect: ok((d) => expect(valueAt(d, 'session.myReflection')).toBeNull()),
      }),
    ),
    {
      as: 'facilitator',
      why: 'over a page: never another\'s reflection',
      query: SESSIONS('myReflection { id }'),
      variables: page,
      expect: ok((d) => {
        for (const s of list(d.sessions)) expect(s.myReflection).toBeNull();
      }),
    },
    {
      as: 'quiet',
      why: 'my private reflection is mine to see',
      query: SESSION('myReflection { id }'),
      variables: past,
      expect: ok((d, w) => expect(valueAt(d, 'session.myReflection.id')).toBe(w.ids.privateReflection)),
    },
  ],
  'Session.team': [
    {
      as: 'member',
      why: 'a session leads to its own team',
      query: SESSION('team { id }'),
      variables: future,
      expect: ok((d, w) => expect(valueAt(d, 'session.team.id')).toBe(w.ids.team)),
    },
  ],
  'SessionSeries.sessions': [
    {
      as: 'southLead',
      why: 'a new series holds only its own team\'s sessions (North has a series on the same rule)',
      query: `mutation($t: ID!, $m: String!) { createSessionSeries(input: { teamId: $t, kind: INTERVISION, title: "Zuid reeks", week: SECOND, weekday: TUESDAY,
        startTime: "15:00", endTime: "16:30", capacity: 4, months: 2, firstMonth: $m }) { id teamId sessions { id teamId seriesId title } } }`,
      variables: (w) => ({ t: w.own.team, m: new Date(Date.now() + 40 * 86_400_000).toISOString().slice(0, 7) }),
      expect: ok((d, w) => {
        const series = d.createSessionSeries as { id: string; sessions: { teamId: string; seriesId: string }[] };
        expect(series.sessions.length).toBeGreaterThan(0);
        for (const s of series.sessions) expect(s).toMatchObject({ teamId: w.own.team, seriesId: series.id });
      }),
    },
  ],
  'Team.invitations': [
    {
      as: 'member',
      why: 'members do not see open invitations',
      query: `query($id: ID!) { team(id: $id) { id invitations { email } } }`,
      variables: (w) => ({ id: w.ids.team }),
      expect: refusedAt('team.invitations', ['geheim.invitee']),
    },
    {
      as: 'acmeAdmin',
      why: 'the org admin sees them',
      query: `{ myTeams { id invitations { email } } }`,
      expect: ok((d, w) => expect(JSON.stringify(d)).toContain(w.invitationEmail)),
    },
    {
      as: 'southLead',
      why: 'a lead sees their own team\'s invitations only',
      query: `{ myTeams { id invitations { email } } }`,
      expect: ok((d) => expect(list(d.myTeams).flatMap((t) => list(t.invitations).map((i) => i.email))).toEqual(['zuid.invitee@acme.test'])),
    },
  ],
  'Team.members': [
    {
      as: 'southMember',
      why: 'my teams show their own members only',
      query: `{ myTeams { id members { id displayName } } }`,
      expect: ok((d, w) => {
        expect(list(d.myTeams).map((t) => t.id)).toEqual([w.own.team]);
        const ids = list(valueAt(list(d.myTeams)[0], 'members')).map((m) => m.id);
        expect(ids).toEqual(expect.arrayContaining([w.users.southMember, w.users.southLead]));
        for (const id of ids) expect([w.users.southMember, w.users.southLead, w.users.leaver]).toContain(id);
      }),
    },
    {
      as: 'otherAdmin',
      why: 'an admin of another organisation sees none of Acme\'s people',
      query: `{ myTeams { id members { id displayName } } }`,
      expect: ok((d, w) => {
        expect(list(d.myTeams)).toHaveLength(1);
        expect(list(valueAt(list(d.myTeams)[0], 'members')).map((m) => m.id)).toEqual([w.users.eastMember]);
      }),
    },
    {
      as: 'acmeAdmin',
      why: 'the org admin sees the members of the organisation\'s teams',
      query: `query($id: ID!) { team(id: $id) { members { id } } }`,
      variables: (w) => ({ id: w.ids.team }),
      expect: ok((d, w) => expect(list(valueAt(d, 'team.members')).map((m) => m.id)).toContain(w.users.lead)),
    },
    { as: 'former', why: 'after leaving, no team and no members', query: `{ myTeams { id members { id } } }`, expect: ok((d) => expect(d.myTeams).toEqual([])) },
  ],
  'Team.organisation': [
    {
      as: 'otherAdmin',
      why: 'my teams lead to my own organisation',
      query: `{ myTeams { organisation { id name } } }`,
      expect: ok((d, w) => expect(list(d.myTeams).map((t) => valueAt(t, 'organisation.id'))).toEqual([w.own.organisation])),
    },
    {
      as: 'southMember',
      why: 'my teams lead to my own organisation',
      query: `{ myTeams { organisation { id } } }`,
      expect: ok((d, w) => expect(list(d.myTeams).map((t) => valueAt(t, 'organisation.id'))).toEqual([w.ids.organisation])),
    },
  ],
};

/**
 * Object fields that are part of the caller's own answer and reach no one else (value objects),
 * with why. Every object field of the schema is in exactly one of the two tables.
 */
export const VALUE_FIELDS: Readonly<Record<string, string>> = {
  'CheckInResult.checkIn': 'the check-in just submitted, by the caller',
  'CheckInResult.suggestion': 'computed from the caller\'s own check-in',
  'CheckInSuggestion.nextStepText': 'fixed text',
  'CheckInSuggestion.text': 'fixed text',
  'Goal.progress': 'computed from the goal\'s own steps (goals only reach their owner: setGoal/logGoalStep/archiveGoal rows)',
  'GoalStepResult.goal': 'the caller\'s own goal',
  'GoalStepResult.message': 'fixed text',
  'ScaleSeries.points': 'the caller\'s own series (MyIntegration.scales)',
  'TimelineEntry.detail': 'the caller\'s own entry (MyIntegration.timeline)',
  'TimelineEntry.title': 'the caller\'s own entry (MyIntegration.timeline)',
  'MetricAggregate.bands':
    'an aggregate of at least k people, itself suppressed per band (wellbeing.e2e.spec.ts, wellbeing-property.e2e.spec.ts); reached only through WellbeingBucket.metrics',
};

const SUBMIT_LOW = `mutation { submitCheckIn(input: { who5: [0, 1, 0, 1, 0], stressLoad: 9, sleepQuality: 2, bodyTension: 8, safety: 3, connection: 2, clientMaterial: 9 }) {`;
const INTEGRATION = (fields: string) =>
  `query($from: DateTime!, $to: DateTime!) { myIntegration(from: $from, to: $to) { ${fields} } }`;
const thisYear = () => ({ from: isoFromNow(-300), to: isoFromNow(2) });

/** The organisation- and self-care fields that could reach another person or organisation. */
const SELF_CARE_FIELDS: Readonly<Record<string, readonly FieldCase[]>> = {
  'CheckInResult.supportResources': [
    {
      as: 'eastMember',
      why: 'a low score shows my own organisation\'s resources, never another\'s',
      query: `${SUBMIT_LOW} score supportResources { name } } }`,
      expect: ok((d) => expect(valueAt(d, 'submitCheckIn.supportResources')).toEqual([{ name: 'Other helpline' }])),
    },
  ],
  'CheckInResult.trend': [
    {
      as: 'southMember',
      why: 'my trend compares with my own check-ins only (others checked in before me)',
      query: `${SUBMIT_LOW} trend { comparedWith direction previousMean } } }`,
      expect: ok((d) => expect(valueAt(d, 'submitCheckIn.trend')).toEqual({ comparedWith: 0, direction: 'FIRST', previousMean: null })),
    },
  ],
  'OrganisationSettings.supportResources': [
    {
      as: 'otherAdmin',
      why: 'an org admin sees their own organisation\'s settings',
      query: `{ organisationSettings { organisationId supportResources { name } } }`,
      expect: ok((d, w) => expect(valueAt(d, 'organisationSettings')).toEqual({ organisationId: w.own.organisation, supportResources: [{ name: 'Other helpline' }] })),
    },
  ],
  'WellbeingBucket.metrics': [
    {
      as: 'lead',
      why: 'with fewer than k respondents a bucket shows no figures (only the author checked in)',
      query: `query($t: ID!, $from: DateTime!, $to: DateTime!) { teamWellbeing(teamId: $t, granularity: MONTH, from: $from, to: $to) { label respondents suppressed responses metrics { metric mean } } }`,
      variables: (w) => ({ t: w.ids.team, from: isoFromNow(-60), to: isoFromNow(1) }),
      expect: ok((d) => {
        const buckets = list(d.teamWellbeing);
        expect(buckets.length).toBeGreaterThan(0);
        for (const b of buckets) expect(b).toMatchObject({ suppressed: true, responses: null, metrics: null });
      }),
    },
  ],
  'MyIntegration.timeline': [
    {
      as: 'peer',
      why: 'my timeline holds my session and my reflection, nothing of anyone else',
      query: INTEGRATION('timeline { kind title { en } detail { en } reflection { id } session { id } }'),
      variables: thisYear,
      expect: ok((d) => {
        expect(list(valueAt(d, 'myIntegration.timeline')).map((e) => e.kind).sort()).toEqual(['REFLECTION', 'SESSION_ATTENDED']);
        expect(JSON.stringify(d)).not.toMatch(/GEHEIM-(author|quiet|checkin|goal)/u);
      }),
    },
    {
      as: 'author',
      why: 'and all of mine',
      query: INTEGRATION('timeline { kind }'),
      variables: thisYear,
      expect: ok((d) =>
        expect(list(valueAt(d, 'myIntegration.timeline')).map((e) => e.kind).sort()).toEqual(['CHECK_IN', 'GOAL_SET', 'GOAL_STEP', 'REFLECTION', 'SESSION_ATTENDED']),
      ),
    },
    { as: 'member', why: 'a member who attended nothing has an empty timeline', query: INTEGRATION('timeline { kind }'), variables: thisYear, expect: ok((d) => expect(valueAt(d, 'myIntegration.timeline')).toEqual([])) },
  ],
  'TimelineEntry.reflection': [
    {
      as: 'peer',
      why: 'a reflection entry is my own reflection (ratings only)',
      query: INTEGRATION('timeline { kind reflection { id attunement resonance chaosRigidity } }'),
      variables: thisYear,
      expect: ok((d, w) =>
        expect(list(valueAt(d, 'myIntegration.timeline')).filter((e) => e.reflection).map((e) => e.reflection)).toEqual([
          { id: w.ids.facilitatorReflection, attunement: 6, resonance: 7, chaosRigidity: 1 },
        ]),
      ),
    },
  ],
  'TimelineEntry.session': [
    {
      as: 'late',
      why: 'a session entry is a session I attended (I wrote no reflection)',
      query: INTEGRATION('timeline { kind session { id title } }'),
      variables: thisYear,
      expect: ok((d, w) => expect(list(valueAt(d, 'myIntegration.timeline')).map((e) => valueAt(e, 'session.id'))).toEqual([w.ids.pastSession])),
    },
    { as: 'lead', why: 'leading the team puts no one\'s session on my timeline', query: INTEGRATION('timeline { session { id } }'), variables: thisYear, expect: ok((d) => expect(valueAt(d, 'myIntegration.timeline')).toEqual([])) },
  ],
  'MyIntegration.attunement': [
    {
      as: 'peer',
      why: 'from my own reflections only (others rated the same session differently)',
      query: INTEGRATION('attunement { value }'),
      variables: thisYear,
      expect: ok((d) => expect(valueAt(d, 'myIntegration.attunement')).toEqual([{ value: 6 }])),
    },
    { as: 'lead', why: 'nothing when I wrote nothing', query: INTEGRATION('attunement { value }'), variables: thisYear, expect: ok((d) => expect(valueAt(d, 'myIntegration.attunement')).toEqual([])) },
  ],
  'MyIntegration.resonance': [
    { as: 'quiet', why: 'from my own reflections only', query: INTEGRATION('resonance { value }'), variables: thisYear, expect: ok((d) => expect(valueAt(d, 'myIntegration.resonance')).toEqual([{ value: 1 }])) },
  ],
  'MyIntegration.chaosRigidity': [
    { as: 'author', why: 'from my own reflections only', query: INTEGRATION('chaosRigidity { value }'), variables: thisYear, expect: ok((d) => expect(valueAt(d, 'myIntegration.chaosRigidity')).toEqual([{ value: -2 }])) },
  ],
  'MyIntegration.nineFunctions': [
    {
      as: 'facilitator',
      why: 'my self-checks only, though I may read two reflections of this session',
      query: INTEGRATION('nineFunctions { functions { fn recentCount earlierCount } }'),
      variables: thisYear,
      expect: ok((d) => {
        for (const f of list(valueAt(d, 'myIntegration.nineFunctions.functions'))) expect(f).toMatchObject({ recentCount: 0, earlierCount: 0 });
      }),
    },
  ],
  'NineFunctionsComparison.functions': [
    {
      as: 'peer',
      why: 'computed from my own self-check',
      query: INTEGRATION('nineFunctions { functions { fn recentMean recentCount } }'),
      variables: thisYear,
      expect: ok((d) => {
        const insight = list(valueAt(d, 'myIntegration.nineFunctions.functions')).find((f) => f.fn === 'insight');
        expect(insight).toEqual({ fn: 'insight', recentMean: 5, recentCount: 1 });
      }),
    },
  ],
  'MyIntegration.who5': [
    { as: 'peer', why: 'my WHO-5 series is mine', query: INTEGRATION('who5 { date value }'), variables: thisYear, expect: ok((d) => expect(valueAt(d, 'myIntegration.who5')).toEqual([])) },
    {
      as: 'author',
      why: 'my WHO-5 series is mine',
      query: INTEGRATION('who5 { value }'),
      variables: thisYear,
      expect: ok((d) => expect(valueAt(d, 'myIntegration.who5')).toEqual([{ value: 32 }])),
    },
  ],
  'MyIntegration.scales': [
    {
      as: 'peer',
      why: 'my scales are mine',
      query: INTEGRATION('scales { scale points { value } }'),
      variables: thisYear,
      expect: ok((d) => {
        for (const series of list(valueAt(d, 'myIntegration.scales'))) expect(series.points).toEqual([]);
      }),
    },
  ],
  'MyDataExport.files': [
    {
      as: 'peer',
      why: 'my export holds my data, not the reflections, check-ins or goals of others',
      query: `mutation { exportMyData { files { filename content } json } }`,
      expect: ok((d) => {
        const text = JSON.stringify(d);
        for (const mine of ['GEHEIM-peer-inner', 'GEHEIM-response-peer']) expect(text).toContain(mine);
        // Others' words stay theirs, even a response to my reflection (it is counted, not copied).
        for (const other of ['GEHEIM-author-', 'GEHEIM-quiet-', 'GEHEIM-checkin-note', 'GEHEIM-goal', 'GEHEIM-response-facilitator', 'anouk.auteur@', 'quinten.stil@']) {
          expect(text).not.toContain(other);
        }
      }),
    },
  ],
};

/**
 * Every object field that could reach another person's (or organisation's) data, with the rule
 * it follows and cases that try to break it.
 */
export const FIELD_COVERAGE: Readonly<Record<string, readonly FieldCase[]>> = { ...TEAM_FIELDS, ...SELF_CARE_FIELDS };

// ── operations without ids: only the caller's own data ─────────────────────────────────────────

export interface OwnCase {
  readonly as: Role;
  readonly why: string;
  readonly run: (w: IsolationWorld, baseUrl: string) => Promise<void>;
}

const PERSONS = Object.keys(PEOPLE) as Person[];

async function expectSignedIn(baseUrl: string, client: GqlClient, userId: string | null): Promise<void> {
  const r = await send(baseUrl, client, `{ me { id } }`);
  expect(valueAt(r.data, 'me.id') ?? null).toBe(userId);
}

/** Every operation that takes no id, and how it is kept to the caller's own data. */
export const OWN_DATA_COVERAGE: Readonly<Record<string, readonly OwnCase[]>> = {
  me: [
    ...PERSONS.map(
      (as): OwnCase => ({ as, why: 'me is me', run: (w, url) => expectSignedIn(url, w.clients[as], w.users[as]) }),
    ),
    { as: 'anon', why: 'no one when signed out', run: (w, url) => expectSignedIn(url, w.clients.anon, null) },
  ],
  myTeams: (
    [
      ['member', (w: IsolationWorld) => [w.ids.team]],
      ['southMember', (w: IsolationWorld) => [w.own.team]],
      ['acmeAdmin', (w: IsolationWorld) => [w.ids.team, w.own.team]],
      ['former', () => []],
    ] as const
  ).map(
    ([as, expected]): OwnCase => ({
      as,
      why: 'my teams (an org admin: my organisation\'s), nothing else',
      run: async (w, url) => {
        const r = await send(url, w.clients[as], `{ myTeams { id } }`);
        expect(list(valueAt(r.data, 'myTeams')).map((t) => t.id).sort()).toEqual([...expected(w)].sort());
      },
    }),
  ),
  myBookings: PERSONS.map(
    (as): OwnCase => ({
      as,
      why: 'my bookings only',
      run: async (w, url) => {
        const r = await send(url, w.clients[as], `{ myBookings(includeCancelled: true) { id member { id } } }`);
        expect(r.errors).toEqual([]);
        for (const b of list(valueAt(r.data, 'myBookings'))) expect(idOf(b.member)).toBe(w.users[as]);
      },
    }),
  ),
  invitationPreview: [
    {
      as: 'anon',
      why: 'a guessed token shows nothing',
      run: async (w, url) => {
        const r = await send(url, w.clients.anon, `query($t: String!) { invitationPreview(token: $t) { email teamName } }`, {
          t: 'A'.repeat(43),
        });
        expect(r.errors[0]?.extensions?.code).toBe('NOT_FOUND');
        expect(r.data).toBeNull();
      },
    },
  ],
  acceptInvite: [
    {
      as: 'anon',
      why: 'a guessed token joins nothing and signs no one in',
      run: async (w, url) => {
        const c = new GqlClient(url);
        const r = await c.gql(`mutation { acceptInvite(token: "${'B'.repeat(43)}", name: "Mallory", password: "mallory-password-1") { id } }`);
        expect(r.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
        expect(c.cookie).toBeNull();
      },
    },
  ],
  login: [
    {
      as: 'anon',
      why: 'a wrong password for a victim reveals nothing about them',
      run: async (w, url) => {
        const r = await send(url, w.clients.anon, `mutation { login(email: "${PEOPLE.author}", password: "wrong-password-1") { id displayName } }`);
        expect(r.errors[0]?.extensions?.code).toBe('UNAUTHENTICATED');
        expect(r.data).toBeNull();
        expect(r.text).not.toMatch(/anouk|GEHEIM/iu);
      },
    },
  ],
  logout: [
    {
      as: 'author',
      why: 'logging out ends only this session',
      run: async (w, url) => {
        const second = new GqlClient(url);
        await second.login(PEOPLE.author);
        await second.ok(`mutation { logout }`);
        await expectSignedIn(url, w.clients.author, w.users.author);
      },
    },
  ],
  logoutEverywhere: [
    {
      as: 'eastMember',
      why: 'ends every session of mine and no one else\'s',
      run: async (w, url) => {
        const second = new GqlClient(url);
        await second.login(PEOPLE.eastMember);
        await second.ok(`mutation { logoutEverywhere }`);
        await expectSignedIn(url, w.clients.eastMember, null);
        for (const p of ['author', 'lead', 'otherAdmin'] as const) await expectSignedIn(url, w.clients[p], w.users[p]);
        await w.clients.eastMember.login(PEOPLE.eastMember);
      },
    },
  ],
  myCheckIns: [
    {
      as: 'peer',
      why: 'my check-ins only (the author checked in)',
      run: async (w, url) => {
        const r = await send(url, w.clients.peer, `query($from: DateTime!, $to: DateTime!) { myCheckIns(from: $from, to: $to) { id note } }`, thisYear());
        expect(valueAt(r.data, 'myCheckIns')).toEqual([]);
      },
    },
    {
      as: 'author',
      why: 'all of mine, with my note',
      run: async (w, url) => {
        const r = await send(url, w.clients.author, `query($from: DateTime!, $to: DateTime!) { myCheckIns(from: $from, to: $to) { note } }`, thisYear());
        expect(valueAt(r.data, 'myCheckIns')).toEqual([{ note: 'GEHEIM-checkin-note: zwaar' }]);
      },
    },
  ],
  submitCheckIn: [
    {
      as: 'southMember',
      why: 'my check-in is stored as mine: nobody else\'s list changes',
      run: async (w, url) => {
        const r = await send(url, w.clients.southMember, `${SUBMIT_LOW} checkIn { id } } }`);
        expect(r.errors).toEqual([]);
        const author = await send(url, w.clients.author, `query($from: DateTime!, $to: DateTime!) { myCheckIns(from: $from, to: $to) { id } }`, thisYear());
        expect(list(valueAt(author.data, 'myCheckIns'))).toHaveLength(1);
      },
    },
  ],
  myGoals: [
    { as: 'peer', why: 'my goals only', run: async (w, url) => expect(valueAt((await send(url, w.clients.peer, `{ myGoals(includeArchived: true) { id title } }`)).data, 'myGoals')).toEqual([]) },
    {
      as: 'author',
      why: 'all of mine',
      run: async (w, url) => expect(valueAt((await send(url, w.clients.author, `{ myGoals(includeArchived: true) { id } }`)).data, 'myGoals')).toEqual([{ id: w.ids.goal }]),
    },
  ],
  myIntegration: [
    {
      as: 'member',
      why: 'my picture only',
      run: async (w, url) => {
        const r = await send(url, w.clients.member, INTEGRATION('timeline { kind } who5 { value }'), thisYear());
        expect(valueAt(r.data, 'myIntegration')).toEqual({ timeline: [], who5: [] });
      },
    },
  ],
  supportResources: (
    [
      ['eastMember', ['Other helpline']],
      ['southMember', ['ACME-ONLY hulplijn']],
      ['member', ['ACME-ONLY hulplijn']],
    ] as const
  ).map(
    ([as, names]): OwnCase => ({
      as,
      why: 'my own organisation\'s resources',
      run: async (w, url) => {
        const r = await send(url, w.clients[as], `{ supportResources { name } }`);
        expect(list(valueAt(r.data, 'supportResources')).map((x) => x.name)).toEqual([...names]);
      },
    }),
  ),
  setReminderPreference: [
    {
      as: 'southMember',
      why: 'changes my own preference only',
      run: async (w, url) => {
        const r = await send(url, w.clients.southMember, `mutation { setReminderPreference(minutesBefore: 60) { id reminderMinutesBefore } }`);
        expect(valueAt(r.data, 'setReminderPreference')).toEqual({ id: w.users.southMember, reminderMinutesBefore: 60 });
        const author = await send(url, w.clients.author, `{ me { reminderMinutesBefore } }`);
        expect(valueAt(author.data, 'me.reminderMinutesBefore')).toBe(1440);
      },
    },
  ],
  myCalendarFeedUrl: [
    {
      as: 'author',
      why: 'my feed is my own address and shows only sessions I hold a confirmed seat in',
      run: async (w, url) => {
        const feed = async (p: Person) => {
          const r = await send(url, w.clients[p], `{ myCalendarFeedUrl }`);
          const address = new URL(String(valueAt(r.data, 'myCalendarFeedUrl')));
          const res = await fetch(`${url}${address.pathname}`);
          expect(res.status).toBe(200);
          return { path: address.pathname, text: await res.text() };
        };
        const [author, peer, member] = [await feed('author'), await feed('peer'), await feed('member')];
        expect(new Set([author.path, peer.path, member.path]).size).toBe(3);
        expect(author.text).toContain('Supervisie GEHEIM-future');
        // The peer is only waitlisted on the future session; the member booked nothing.
        expect(peer.text).not.toContain('Supervisie GEHEIM-future');
        expect(member.text).not.toMatch(/GEHEIM/u);
      },
    },
  ],
  rotateCalendarFeed: [
    {
      as: 'author',
      why: 'replaces my feed address only',
      run: async (w, url) => {
        const address = async (p: Person) => new URL(String(valueAt((await send(url, w.clients[p], `{ myCalendarFeedUrl }`)).data, 'myCalendarFeedUrl'))).pathname;
        const [mine, theirs] = [await address('author'), await address('peer')];
        await send(url, w.clients.author, `mutation { rotateCalendarFeed }`);
        expect((await fetch(`${url}${mine}`)).status).toBe(404);
        expect((await fetch(`${url}${theirs}`)).status).toBe(200);
        expect(await address('peer')).toBe(theirs);
      },
    },
  ],
  exportMyData: [
    {
      as: 'author',
      why: 'everything of mine and nothing of my peers\'',
      run: async (w, url) => {
        const r = await send(url, w.clients.author, `mutation { exportMyData { json csv } }`);
        const text = JSON.stringify(r.data);
        for (const mine of ['GEHEIM-author-inner', 'GEHEIM-checkin-note', 'GEHEIM-goal', PEOPLE.author]) expect(text).toContain(mine);
        for (const theirs of ['GEHEIM-peer-', 'GEHEIM-quiet-', 'GEHEIM-response-', 'pieter.peer@', 'quinten.stil@']) expect(text).not.toContain(theirs);
      },
    },
  ],
  deleteMyAccount: [
    {
      as: 'leaver',
      why: 'deletes my account only, and only with my password',
      run: async (w, url) => {
        const wrong = await send(url, w.clients.leaver, `mutation { deleteMyAccount(password: "not-my-password") }`);
        expect(wrong.errors[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password' });
        await expectSignedIn(url, w.clients.leaver, w.users.leaver);
        const r = await send(url, w.clients.leaver, `mutation($p: String!) { deleteMyAccount(password: $p) }`, { p: TEST_PASSWORD });
        expect(valueAt(r.data, 'deleteMyAccount')).toBe(true);
        await expectSignedIn(url, w.clients.leaver, null);
        for (const p of ['author', 'southMember', 'acmeAdmin'] as const) await expectSignedIn(url, w.clients[p], w.users[p]);
        const team = await send(url, w.clients.southLead, `query($id: ID!) { team(id: $id) { members { id } } }`, { id: w.own.team });
        expect(list(valueAt(team.data, 'team.members')).map((m) => m.id).sort()).toEqual([w.users.southLead, w.users.southMember].sort());
        const north = await send(url, w.clients.lead, `query($id: ID!) { team(id: $id) { members { id } } }`, { id: w.ids.team });
        expect(list(valueAt(north.data, 'team.members'))).toHaveLength(7);
      },
    },
  ],
  updateProfile: [
    {
      as: 'southMember',
      why: 'changes my own profile only',
      run: async (w, url) => {
        const r = await send(url, w.clients.southMember, `mutation { updateProfile(input: { displayName: "Sam Zuid" }) { id displayName } }`);
        expect(valueAt(r.data, 'updateProfile')).toEqual({ id: w.users.southMember, displayName: 'Sam Zuid' });
        const lead = await send(url, w.clients.lead, `query($id: ID!) { team(id: $id) { members { id displayName } } }`, { id: w.ids.team });
        expect(list(valueAt(lead.data, 'team.members')).every((m) => String(m.displayName).startsWith('GEHEIM'))).toBe(true);
      },
    },
  ],
};
