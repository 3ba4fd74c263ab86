import { arrange, clientsFor, type GqlClient, type GqlResult, startTestApp, type TestApp } from './harness';

/**
 * A page of sessions costs a fixed number of SQL statements whatever its length: every nested
 * list and object is batched per request (DataLoaders). Counted with ATTUNE_COUNT_QUERIES=1,
 * which reports the statements of each request in the `x-sql-statements` header (including
 * the one that looks up the caller's login session).
 */
describe('statement count of session pages', () => {
  let t: TestApp;
  let ids: Awaited<ReturnType<typeof arrange>>;
  let member: GqlClient;
  let lead: GqlClient;

  const MEMBER_PAGE = `query($t: ID!) {
    sessions(teamId: $t) {
      id kind title startsAt endsAt timeZone location videoUrl capacity confirmedCount waitlistCount seatsLeft
      minNoticeMinutes bookingClosesAt cancelledAt cancelReason seriesId teamId
      facilitator { id displayName }
      team { id name timeZone }
      myBooking { id status waitlistPosition createdAt attended member { displayName } }
    }
  }`;
  const LEAD_PAGE = `query($t: ID!) {
    sessions(teamId: $t) {
      id title seatsLeft facilitator { displayName } team { name }
      myBooking { id status }
      attendees { id displayName }
      bookings { id status waitlistPosition attended member { id displayName } session { id title } }
    }
  }`;
  const MY_BOOKINGS = `{ myBookings { id status waitlistPosition session { id title seatsLeft facilitator { displayName } team { name } } } }`;

  beforeAll(async () => {
    t = await startTestApp({ ATTUNE_COUNT_QUERIES: '1' });
    ids = await arrange(t.db, {
      teams: ['Big', 'Small'],
      people: {
        'lead@test.nl': { teams: [{ team: 'Big', role: 'LEAD' }, { team: 'Small', role: 'LEAD' }] },
        'member@test.nl': { teams: [{ team: 'Big', role: 'MEMBER' }, { team: 'Small', role: 'MEMBER' }] },
        'peer@test.nl': { teams: [{ team: 'Big', role: 'MEMBER' }, { team: 'Small', role: 'MEMBER' }] },
      },
    });
    const c = await clientsFor(t.baseUrl, ['lead@test.nl', 'member@test.nl']);
    member = c['member@test.nl']!;
    lead = c['lead@test.nl']!;
    // 50 sessions in Big, 2 in Small; the member is confirmed in some and waitlisted in others
    const seed = async (team: string, count: number, offsetHours: number) => {
      for (let i = 0; i < count; i++) {
        const start = new Date(Date.now() + (24 + offsetHours + i * 3) * 3_600_000);
        const [s] = (
          await t.db.query<{ id: string }>(
            `INSERT INTO session (team_id, kind, title, starts_at, ends_at, time_zone, capacity, facilitator_id, location)
             VALUES ($1, 'INTERVISION', $2, $3, $4, 'Europe/Amsterdam', 1, $5, 'Kamer') RETURNING id`,
            [ids.teams[team], `${team} ${i}`, start, new Date(start.getTime() + 3_600_000), ids.users['lead@test.nl']],
          )
        ).rows;
        const first = i % 2 === 0 ? 'member@test.nl' : 'peer@test.nl';
        const second = i % 2 === 0 ? 'peer@test.nl' : 'member@test.nl';
        await t.db.query(`INSERT INTO booking (session_id, user_id, status) VALUES ($1, $2, 'CONFIRMED')`, [s!.id, ids.users[first]]);
        await t.db.query(`INSERT INTO booking (session_id, user_id, status) VALUES ($1, $2, 'WAITLISTED')`, [s!.id, ids.users[second]]);
      }
    };
    await seed('Big', 50, 0);
    await seed('Small', 2, 200);
  });
  afterAll(() => t.close());

  async function count(client: GqlClient, query: string, variables: Record<string, unknown> = {}): Promise<{ n: number; r: GqlResult }> {
    const r = await client.gql(query, variables);
    const header = r.headers.get('x-sql-statements');
    expect(header).not.toBeNull();
    return { n: Number(header), r };
  }

  it('finds every session overlapping [from, to), up to the 12-hour longest, and none that only touch it', async () => {
    const from = new Date(Date.UTC(2031, 2, 10, 12));
    const to = new Date(from.getTime() + 6 * 3_600_000);
    const h = (n: number): Date => new Date(from.getTime() + n * 3_600_000);
    const make = async (title: string, start: Date, end: Date): Promise<string> =>
      (
        await t.db.query<{ id: string }>(
          `INSERT INTO session (team_id, kind, title, starts_at, ends_at, time_zone, capacity, facilitator_id)
           VALUES ($1, 'INTERVISION', $2, $3, $4, 'Europe/Amsterdam', 3, $5) RETURNING id`,
          [ids.teams['Small'], title, start, end, ids.users['lead@test.nl']],
        )
      ).rows[0]!.id;
    const longest = await make('12 hours, ending just inside', new Date(h(-12).getTime() + 60_000), new Date(h(0).getTime() + 60_000));
    const across = await make('across the whole range', h(-1), h(7));
    const inside = await make('inside', h(1), h(2));
    const atEnd = await make('ending at the last moment', h(5), h(6));
    await make('ending where the range starts', h(-3), h(0));
    await make('starting where the range ends', h(6), h(7));
    const r = await lead.ok<{ sessions: { id: string }[] }>(`query($t: ID!, $from: DateTime!, $to: DateTime!) { sessions(teamId: $t, from: $from, to: $to) { id } }`, {
      t: ids.teams['Small'],
      from: from.toISOString(),
      to: to.toISOString(),
    });
    expect(r.sessions.map((x) => x.id)).toEqual([longest, across, inside, atEnd]);
  });

  it('a member\'s page of 50 sessions costs the same as a page of 2: at most 4 statements plus the login lookup', async () => {
    const big = await count(member, MEMBER_PAGE, { t: ids.teams.Big });
    const small = await count(member, MEMBER_PAGE, { t: ids.teams.Small });
    expect(big.r.errors).toBeUndefined();
    expect((big.r.data as { sessions: unknown[] }).sessions).toHaveLength(50);
    expect((small.r.data as { sessions: unknown[] }).sessions).toHaveLength(2);
    const positions = (big.r.data as { sessions: { myBooking: { status: string; waitlistPosition: number | null } }[] }).sessions.map((s) => [
      s.myBooking.status,
      s.myBooking.waitlistPosition,
    ]);
    expect(positions.slice(0, 2)).toEqual([
      ['CONFIRMED', null],
      ['WAITLISTED', 1],
    ]);
    expect(big.n).toBe(small.n);
    expect(big.n).toBeLessThanOrEqual(4 + 1);
  });

  it('a lead\'s page with attendees and every booking also costs a fixed number of statements', async () => {
    const big = await count(lead, LEAD_PAGE, { t: ids.teams.Big });
    const small = await count(lead, LEAD_PAGE, { t: ids.teams.Small });
    expect(big.r.errors).toBeUndefined();
    const sessions = (big.r.data as { sessions: { attendees: unknown[]; bookings: unknown[] }[] }).sessions;
    expect(sessions).toHaveLength(50);
    expect(sessions.every((s) => s.attendees.length === 1 && s.bookings.length === 2)).toBe(true);
    expect(big.n).toBe(small.n);
    expect(big.n).toBeLessThanOrEqual(4 + 1);
  });

  it('a member asking for attendees everywhere gets names where confirmed, FORBIDDEN elsewhere, at a fixed cost', async () => {
    const q = `query($t: ID!) { sessions(teamId: $t) { id attendees { displayName } myBooking { status } } }`;
    const big = await count(member, q, { t: ids.teams.Big });
    const small = await count(member, q, { t: ids.teams.Small });
    expect(big.n).toBe(small.n);
    const data = (big.r.data as { sessions: { attendees: unknown[] | null; myBooking: { status: string } }[] }).sessions;
    expect(data.every((s) => (s.myBooking.status === 'CONFIRMED') === (s.attendees !== null))).toBe(true);
    expect(big.r.errors).toHaveLength(25);
    expect(big.r.errors!.every((e) => e.extensions?.code === 'FORBIDDEN')).toBe(true);
  });

  it('my bookings with their sessions cost the same for 52 bookings as for a few', async () => {
    const many = await count(member, MY_BOOKINGS);
    expect((many.r.data as { myBookings: unknown[] }).myBookings).toHaveLength(52);
    await t.db.query(`UPDATE booking SET status = 'CANCELLED' WHERE user_id = $1 AND session_id IN (SELECT id FROM session WHERE title LIKE 'Big %')`, [
      ids.users['member@test.nl'],
    ]);
    const few = await count(member, MY_BOOKINGS);
    expect((few.r.data as { myBookings: unknown[] }).myBookings).toHaveLength(2);
    expect(many.n).toBe(few.n);
    expect(many.n).toBeLessThanOrEqual(5 + 1);
  });
});
