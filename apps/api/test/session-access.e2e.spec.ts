import { arrange, clientsFor, errorCode, type GqlClient, startTestApp, type TestApp } from './harness';
import { BOOK, CANCEL_BOOKING, CANCEL_SESSION, CREATE_SESSION, MARK, UPDATE_SESSION, book, moveSession, newSession, slot } from './session-helpers';

const SERIES = `mutation($input: CreateSessionSeriesInput!) { createSessionSeries(input: $input) { id } }`;
const SESSIONS = `query($t: ID!) { sessions(teamId: $t) { id } }`;
const SESSION = `query($id: ID!) { session(id: $id) { id title } }`;
const ATTENDEES = `query($id: ID!) { session(id: $id) { id title attendees { id displayName } } }`;
const ALL_BOOKINGS = `query($id: ID!) { session(id: $id) { id bookings { id status attended member { displayName } } } }`;

/** Who may do and see what: team membership, lead-only operations, attendee privacy, attendance. */
describe('session and booking access', () => {
  let t: TestApp;
  let ids: Awaited<ReturnType<typeof arrange>>;
  let c: Record<string, GqlClient>;

  beforeAll(async () => {
    t = await startTestApp();
    ids = await arrange(t.db, {
      teams: ['North', 'South'],
      people: {
        'lead@test.nl': { team: 'North', role: 'LEAD' },
        'facilitator@test.nl': { team: 'North' },
        'attendee@test.nl': { team: 'North' },
        'queued@test.nl': { team: 'North' },
        'member@test.nl': { team: 'North' },
        'southlead@test.nl': { team: 'South', role: 'LEAD' },
        'south@test.nl': { team: 'South' },
        'admin@test.nl': { admin: true },
      },
    });
    c = await clientsFor(t.baseUrl, Object.keys(ids.users));
  });
  afterAll(() => t.close());

  const north = () => ids.teams.North!;

  /** A session facilitated by a plain member, with one confirmed attendee and one on the waitlist. */
  async function fullSession(): Promise<{ id: string; confirmedId: string; queuedId: string }> {
    const s = await newSession(c['lead@test.nl']!, north(), { capacity: 1, facilitatorId: ids.users['facilitator@test.nl'] });
    const confirmed = await book(c['attendee@test.nl']!, s.id);
    const queued = await book(c['queued@test.nl']!, s.id);
    expect([confirmed.status, queued.status]).toEqual(['CONFIRMED', 'WAITLISTED']);
    return { id: s.id, confirmedId: confirmed.id, queuedId: queued.id };
  }

  it('refuses every session and booking operation to people outside the team', async () => {
    const s = await fullSession();
    const seriesInput = {
      teamId: north(),
      kind: 'CARE',
      title: 'Zorgsessie',
      week: 'SECOND',
      weekday: 'TUESDAY',
      startTime: '15:00',
      endTime: '16:30',
      capacity: 8,
    };
    const operations: [string, Record<string, unknown>][] = [
      [SESSIONS, { t: north() }],
      [SESSION, { id: s.id }],
      [CREATE_SESSION, { input: { teamId: north(), kind: 'CARE', title: 'X', capacity: 3, ...slot() } }],
      [SERIES, { input: seriesInput }],
      [UPDATE_SESSION, { id: s.id, input: { title: 'Taken over' } }],
      [CANCEL_SESSION, { id: s.id, reason: 'Because' }],
      [BOOK, { id: s.id }],
      [CANCEL_BOOKING, { id: s.confirmedId }],
      [MARK, { id: s.confirmedId, a: true }],
    ];
    for (const outsider of ['south@test.nl', 'southlead@test.nl', 'admin@test.nl']) {
      for (const [query, variables] of operations) {
        const r = await c[outsider]!.gql(query, variables);
        expect([outsider, query.slice(0, 40), errorCode(r)]).toEqual([outsider, query.slice(0, 40), 'FORBIDDEN']);
        expect(r.data).toBeNull();
      }
    }
    // nothing changed
    const row = await t.db.query(`SELECT title, cancelled_at, confirmed_count FROM session WHERE id = $1`, [s.id]);
    expect(row.rows[0]).toMatchObject({ title: 'Supervisie', cancelled_at: null, confirmed_count: 1 });
    const sessions = await t.db.query(`SELECT count(*)::int AS n FROM session WHERE team_id = $1 AND title = 'X'`, [north()]);
    expect(sessions.rows[0].n).toBe(0);
  });

  it('answers NOT_FOUND for unknown or malformed ids', async () => {
    const member = c['member@test.nl']!;
    for (const id of ['00000000-0000-0000-0000-000000000000', 'not-a-uuid', "'; DROP TABLE session; --"]) {
      expect(errorCode(await member.gql(SESSION, { id }))).toBe('NOT_FOUND');
      expect(errorCode(await member.gql(BOOK, { id }))).toBe('NOT_FOUND');
      expect(errorCode(await member.gql(CANCEL_BOOKING, { id }))).toBe('NOT_FOUND');
      expect(errorCode(await member.gql(MARK, { id, a: true }))).toBe('NOT_FOUND');
    }
  });

  it('keeps creating, changing and cancelling sessions for team leads', async () => {
    const s = await newSession(c['lead@test.nl']!, north());
    const member = c['member@test.nl']!;
    expect(errorCode(await member.gql(CREATE_SESSION, { input: { teamId: north(), kind: 'CARE', title: 'Mine', capacity: 3, ...slot() } }))).toBe(
      'FORBIDDEN',
    );
    expect(
      errorCode(
        await member.gql(SERIES, {
          input: { teamId: north(), kind: 'CARE', title: 'Z', week: 'LAST', weekday: 'FRIDAY', startTime: '15:00', endTime: '16:00', capacity: 3 },
        }),
      ),
    ).toBe('FORBIDDEN');
    expect(errorCode(await member.gql(UPDATE_SESSION, { id: s.id, input: { capacity: 1 } }))).toBe('FORBIDDEN');
    expect(errorCode(await member.gql(CANCEL_SESSION, { id: s.id, reason: 'No' }))).toBe('FORBIDDEN');
    // a facilitator who is not a lead does not manage the session either
    const f = await newSession(c['lead@test.nl']!, north(), { facilitatorId: ids.users['facilitator@test.nl'] });
    expect(errorCode(await c['facilitator@test.nl']!.gql(UPDATE_SESSION, { id: f.id, input: { capacity: 1 } }))).toBe('FORBIDDEN');
    // members book, and leads may book too
    expect((await book(member, s.id)).status).toBe('CONFIRMED');
    expect((await book(c['lead@test.nl']!, s.id)).status).toBe('CONFIRMED');
  });

  it('shows attendee names only to confirmed attendees, the facilitator and leads', async () => {
    const s = await fullSession();
    for (const who of ['attendee@test.nl', 'facilitator@test.nl', 'lead@test.nl']) {
      const r = await c[who]!.ok<{ session: { attendees: { displayName: string }[] } }>(ATTENDEES, { id: s.id });
      expect([who, r.session.attendees]).toEqual([who, [{ id: ids.users['attendee@test.nl'], displayName: 'attendee' }]]);
    }
    for (const who of ['queued@test.nl', 'member@test.nl']) {
      const r = await c[who]!.gql<{ session: { title: string; attendees: null } }>(ATTENDEES, { id: s.id });
      expect([who, errorCode(r)]).toEqual([who, 'FORBIDDEN']);
      expect((r.errors?.[0] as { path?: unknown } | undefined)?.path).toEqual(['session', 'attendees']);
      // the rest of the session still comes back, without a single name
      expect(r.data?.session).toEqual({ id: s.id, title: 'Supervisie', attendees: null });
      expect(JSON.stringify(r)).not.toContain(ids.users['attendee@test.nl']);
      expect(JSON.stringify(r)).not.toContain('displayName');
    }
    const outsider = await c['south@test.nl']!.gql(ATTENDEES, { id: s.id });
    expect(errorCode(outsider)).toBe('FORBIDDEN');
    expect(outsider.data).toBeNull();

    // a list never leaks names from sessions the caller did not attend
    const list = await c['queued@test.nl']!.gql<{ sessions: { id: string; attendees: unknown }[] }>(
      `query($t: ID!) { sessions(teamId: $t) { id attendees { displayName } } }`,
      { t: north() },
    );
    expect(list.data?.sessions.find((x) => x.id === s.id)?.attendees).toBeNull();
    expect(JSON.stringify(list.data)).not.toContain('"displayName":"attendee"');
  });

  it('shows every booking (status, attendance) only to the facilitator and leads', async () => {
    const s = await fullSession();
    for (const who of ['facilitator@test.nl', 'lead@test.nl']) {
      const r = await c[who]!.ok<{ session: { bookings: { status: string; member: { displayName: string } }[] } }>(ALL_BOOKINGS, { id: s.id });
      expect(r.session.bookings.map((b) => [b.member.displayName, b.status])).toEqual([
        ['attendee', 'CONFIRMED'],
        ['queued', 'WAITLISTED'],
      ]);
    }
    for (const who of ['attendee@test.nl', 'member@test.nl']) {
      const r = await c[who]!.gql(ALL_BOOKINGS, { id: s.id });
      expect(errorCode(r)).toBe('FORBIDDEN');
      expect(JSON.stringify(r.data)).not.toContain('queued');
    }
  });

  it('lets members cancel only their own bookings; a lead may cancel any in the team', async () => {
    const s = await fullSession();
    expect(errorCode(await c['member@test.nl']!.gql(CANCEL_BOOKING, { id: s.confirmedId }))).toBe('FORBIDDEN');
    expect(errorCode(await c['facilitator@test.nl']!.gql(CANCEL_BOOKING, { id: s.confirmedId }))).toBe('FORBIDDEN');
    await c['lead@test.nl']!.ok(CANCEL_BOOKING, { id: s.confirmedId });
    const promoted = await c['queued@test.nl']!.ok<{ session: { myBooking: { id: string; status: string } } }>(
      `query($id: ID!) { session(id: $id) { myBooking { id status } } }`,
      { id: s.id },
    );
    expect(promoted.session.myBooking).toEqual({ id: s.queuedId, status: 'CONFIRMED' });
  });

  it('marks attendance: facilitator or lead, after the start, confirmed bookings only', async () => {
    const s = await fullSession();
    const early = await c['lead@test.nl']!.gql(MARK, { id: s.confirmedId, a: true });
    expect(errorCode(early)).toBe('CONFLICT');

    await moveSession(t.db, s.id, new Date(Date.now() - 2 * 3_600_000), new Date(Date.now() - 3_600_000));
    expect(errorCode(await c['member@test.nl']!.gql(MARK, { id: s.confirmedId, a: true }))).toBe('FORBIDDEN');
    expect(errorCode(await c['attendee@test.nl']!.gql(MARK, { id: s.confirmedId, a: true }))).toBe('FORBIDDEN');
    expect(errorCode(await c['south@test.nl']!.gql(MARK, { id: s.confirmedId, a: true }))).toBe('FORBIDDEN');
    expect(errorCode(await c['lead@test.nl']!.gql(MARK, { id: s.queuedId, a: true }))).toBe('CONFLICT');

    const byFacilitator = await c['facilitator@test.nl']!.ok<{ markAttendance: { attended: boolean; attendanceMarkedAt: string } }>(MARK, {
      id: s.confirmedId,
      a: false,
    });
    expect(byFacilitator.markAttendance.attended).toBe(false);
    expect(byFacilitator.markAttendance.attendanceMarkedAt).toMatch(/Z$/u);
    const byLead = await c['lead@test.nl']!.ok<{ markAttendance: { attended: boolean } }>(MARK, { id: s.confirmedId, a: true });
    expect(byLead.markAttendance.attended).toBe(true);
    const stored = await t.db.query(`SELECT attended, attendance_marked_by FROM booking WHERE id = $1`, [s.confirmedId]);
    expect(stored.rows[0]).toEqual({ attended: true, attendance_marked_by: ids.users['lead@test.nl'] });

    // a cancelled session has no attendance
    const gone = await newSession(c['lead@test.nl']!, north());
    const b = await book(c['member@test.nl']!, gone.id);
    await c['lead@test.nl']!.ok(CANCEL_SESSION, { id: gone.id, reason: 'Vervalt' });
    await moveSession(t.db, gone.id, new Date(Date.now() - 2 * 3_600_000), new Date(Date.now() - 3_600_000));
    expect(errorCode(await c['lead@test.nl']!.gql(MARK, { id: b.id, a: true }))).toBe('CONFLICT');
  });

  it('lists my bookings: upcoming or past, mine only, each with its session', async () => {
    const who = c['queued@test.nl']!;
    const upcoming = await who.ok<{ myBookings: { status: string; waitlistPosition: number | null; session: { id: string; startsAt: string } }[] }>(
      `{ myBookings(upcoming: true) { status waitlistPosition session { id startsAt } } }`,
    );
    expect(upcoming.myBookings.length).toBeGreaterThan(0);
    const starts = upcoming.myBookings.map((b) => b.session.startsAt);
    expect([...starts].sort()).toEqual(starts);
    expect(upcoming.myBookings.every((b) => new Date(b.session.startsAt).getTime() > Date.now())).toBe(true);
    const past = await who.ok<{ myBookings: { session: { endsAt: string } }[] }>(`{ myBookings(upcoming: false) { session { endsAt } } }`);
    expect(past.myBookings.every((b) => new Date(b.session.endsAt).getTime() <= Date.now())).toBe(true);
    const mine = await t.db.query(`SELECT count(*)::int AS n FROM booking WHERE user_id = $1 AND status <> 'CANCELLED'`, [ids.users['queued@test.nl']]);
    const all = await who.ok<{ myBookings: { member: { id: string } }[] }>(`{ myBookings { member { id } } }`);
    expect(all.myBookings).toHaveLength(mine.rows[0].n);
    expect(new Set(all.myBookings.map((b) => b.member.id))).toEqual(new Set([ids.users['queued@test.nl']]));
    expect((await c['south@test.nl']!.ok<{ myBookings: unknown[] }>(`{ myBookings { id } }`)).myBookings).toEqual([]);
  });
});
