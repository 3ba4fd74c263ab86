import { PersonalDataRegistry } from '../src/modules/personal-data/personal-data.registry';
import { SCALES_MID, SUBMIT } from './check-in-helpers';
import { GqlClient, TEST_PASSWORD, arrange, clientsFor, startTestApp, type TestApp } from './harness';
import { HIDE, RESPOND, WRITE, addBooking, addSession } from './reflection-world';
import { book, newSession } from './session-helpers';

/**
 * Own data across every module: the export holds each kind of my data and nothing of anyone
 * else's; deleting my account removes each kind, gives my seat to the waitlist as a cancellation
 * would (in the same transaction), keeps what belongs to others, and is audited.
 */

const EXPORT = `mutation { exportMyData { json csv files { filename content } } }`;
const DELETE = `mutation($p: String!) { deleteMyAccount(password: $p) }`;

type Sections = Record<string, Record<string, unknown>[]>;

describe('own data: export and erasure of bookings, reflections, responses, calendar feed and the rest', () => {
  let t: TestApp;
  let c: Record<string, GqlClient>;
  let users: Record<string, string>;
  const anna = 'anna@north.test';
  const bea = 'bea@north.test';
  const cas = 'cas@north.test';
  const lead = 'lead@north.test';
  const otto = 'otto@south.test';
  const ids: Record<string, string> = {};
  let feedToken = '';
  /** Lets one erasure fail after every section before it ran (to prove it all rolls back). */
  let failErasure = false;

  beforeAll(async () => {
    t = await startTestApp();
    const w = await arrange(t.db, {
      teams: ['North', 'South'],
      people: { [anna]: { team: 'North' }, [bea]: { team: 'North' }, [cas]: { team: 'North' }, [lead]: { team: 'North', role: 'LEAD' }, [otto]: { team: 'South' } },
    });
    users = w.users;
    t.app.get(PersonalDataRegistry).register({
      name: 'zzFailureForTest',
      order: 999,
      erase: async () => {
        if (failErasure) throw new Error('simulated failure late in the erasure');
      },
    });
    c = await clientsFor(t.baseUrl, [anna, bea, cas, lead, otto]);

    // A past care session Anna and Bea attended; both reflect and respond to each other.
    ids.past = await addSession(t.db, { teamId: w.teams.North!, kind: 'CARE', startsInDays: -5, title: 'Zorgsessie oktober', facilitatorId: users[lead] });
    await addBooking(t.db, ids.past, users[anna]!, 'CONFIRMED', true);
    await addBooking(t.db, ids.past, users[bea]!, 'CONFIRMED', true);
    const annas = await c[anna]!.ok<{ writeReflection: { id: string } }>(WRITE, {
      input: { sessionId: ids.past, attunement: 3, resonance: 4, visibility: 'GROUP', nineFunctions: { insight: 4 }, whatHappenedInMe: 'Anna reflectie: veel onrust' },
    });
    ids.annasReflection = annas.writeReflection.id;
    const beas = await c[bea]!.ok<{ writeReflection: { id: string } }>(WRITE, {
      input: { sessionId: ids.past, attunement: 6, resonance: 6, visibility: 'GROUP', whatHappenedInMe: 'Bea reflectie: rustig' },
    });
    ids.beasReflection = beas.writeReflection.id;
    const beaToAnna = await c[bea]!.ok<{ respondToReflection: { id: string } }>(RESPOND, { id: ids.annasReflection, text: 'Bea antwoordt Anna' });
    await c[lead]!.ok(RESPOND, { id: ids.annasReflection, text: 'Lead antwoordt Anna' });
    await c[anna]!.ok(HIDE, { id: beaToAnna.respondToReflection.id });
    const annaToBea = await c[anna]!.ok<{ respondToReflection: { id: string } }>(RESPOND, { id: ids.beasReflection, text: 'Anna antwoordt Bea' });
    ids.annasResponse = annaToBea.respondToReflection.id;

    // A full future session: Anna holds the one seat, Cas waits.
    ids.full = (await newSession(c[lead]!, w.teams.North!, { title: 'Supervisie vol', capacity: 1 })).id;
    expect((await book(c[anna]!, ids.full)).status).toBe('CONFIRMED');
    expect((await book(c[cas]!, ids.full)).status).toBe('WAITLISTED');
    // Another full future session where Anna waits behind Bea.
    ids.waiting = (await newSession(c[lead]!, w.teams.North!, { title: 'Supervisie wachtlijst', capacity: 1 })).id;
    expect((await book(c[bea]!, ids.waiting)).status).toBe('CONFIRMED');
    expect((await book(c[anna]!, ids.waiting)).status).toBe('WAITLISTED');
    // A session Anna facilitates, which Bea booked.
    ids.facilitated = (await newSession(c[lead]!, w.teams.North!, { title: 'Intervisie door Anna', kind: 'INTERVISION', facilitatorId: users[anna] })).id;
    expect((await book(c[bea]!, ids.facilitated)).status).toBe('CONFIRMED');

    // Check-ins, goals, the calendar feed and the reminder setting.
    for (const [who, note] of [[anna, 'Anna check-in notitie'], [bea, 'Bea check-in notitie'], [otto, 'Otto check-in notitie']] as const) {
      await c[who]!.ok(SUBMIT, { input: { who5: [3, 3, 3, 3, 3], ...SCALES_MID, note } });
    }
    const goal = await c[anna]!.ok<{ setGoal: { id: string } }>(`mutation { setGoal(input: { title: "Anna loopt", targetSteps: 3 }) { id } }`);
    await c[anna]!.ok(`mutation($id: ID!) { logGoalStep(goalId: $id) { stepNumber } }`, { id: goal.setGoal.id });
    await c[bea]!.ok(`mutation { setGoal(input: { title: "Bea ademt", targetSteps: 3 }) { id } }`);
    const url = (await c[anna]!.ok<{ myCalendarFeedUrl: string }>(`{ myCalendarFeedUrl }`)).myCalendarFeedUrl;
    feedToken = /\/calendar\/feed\/([^/]+)\.ics$/u.exec(url)![1]!;
    await c[bea]!.ok(`{ myCalendarFeedUrl }`);
    await c[anna]!.ok(`mutation { setReminderPreference(minutesBefore: 90) { id } }`);
  });
  afterAll(() => t.close());

  it('exports every kind of my data, texts opened, and nothing of anyone else\'s', async () => {
    const r = (await c[anna]!.ok<{ exportMyData: { json: string; csv: string; files: { filename: string; content: string }[] } }>(EXPORT)).exportMyData;
    const { sections } = JSON.parse(r.json) as { sections: Sections };

    expect(sections.profile).toEqual([expect.objectContaining({ email: anna, displayName: 'anna' })]);
    expect(sections.teamMemberships).toEqual([expect.objectContaining({ team: 'North', role: 'MEMBER' })]);
    expect(sections.bookings!.map((b) => [b.sessionTitle, b.status, b.attended])).toEqual([
      ['Zorgsessie oktober', 'CONFIRMED', true],
      ['Supervisie vol', 'CONFIRMED', null],
      ['Supervisie wachtlijst', 'WAITLISTED', null],
    ]);
    expect(sections.bookings![0]).toMatchObject({ sessionId: ids.past, sessionKind: 'CARE', team: 'North' });
    expect(sections.reflections).toEqual([
      expect.objectContaining({
        id: ids.annasReflection,
        visibility: 'GROUP',
        attunement: 3,
        resonance: 4,
        whatHappenedInMe: 'Anna reflectie: veel onrust',
        nineFunctions: expect.objectContaining({ insight: 4, empathy: null }),
        session: expect.objectContaining({ id: ids.past, title: 'Zorgsessie oktober' }),
        responsesReceived: 2,
        responsesHiddenByMe: 1,
      }),
    ]);
    expect(sections.peerResponses).toEqual([expect.objectContaining({ id: ids.annasResponse, reflectionId: ids.beasReflection, text: 'Anna antwoordt Bea' })]);
    expect(sections.checkIns).toEqual([expect.objectContaining({ who5Score: 60, note: 'Anna check-in notitie' })]);
    expect(sections.goals).toEqual([expect.objectContaining({ title: 'Anna loopt', stepsTaken: 1 })]);
    expect(sections.goalSteps).toHaveLength(1);
    expect(sections.calendarFeed).toEqual([expect.objectContaining({ createdAt: expect.any(String) })]);
    expect(sections.notificationPreferences).toEqual([{ reminderMinutesBefore: 90 }]);
    expect(sections.sessionsFacilitated).toEqual([expect.objectContaining({ id: ids.facilitated, title: 'Intervisie door Anna', kind: 'INTERVISION' })]);
    expect(r.files.map((f) => f.filename)).toEqual(
      expect.arrayContaining(['bookings.csv', 'reflections.csv', 'peer-responses.csv', 'calendar-feed.csv', 'sessions-facilitated.csv']),
    );
    expect(r.files.find((f) => f.filename === 'reflections.csv')!.content).toContain('Anna reflectie: veel onrust');

    const everything = r.json + r.csv + r.files.map((f) => f.content).join('');
    const foreign = [
      'Bea reflectie',
      'Bea antwoordt Anna',
      'Lead antwoordt Anna',
      'Bea check-in notitie',
      'Otto check-in notitie',
      'Bea ademt',
      bea,
      cas,
      lead,
      users[bea]!,
      users[cas]!,
      users[lead]!,
      feedToken, // a live secret, not data to hand around
    ];
    for (const text of foreign) expect(everything).not.toContain(text);
  });

  it('rolls the whole erasure back when a late step fails: no seat moves, nothing is gone', async () => {
    failErasure = true;
    const failed = await c[anna]!.gql(DELETE, { p: TEST_PASSWORD });
    failErasure = false;
    expect(failed.errors?.length).toBeGreaterThan(0);
    const seats = await t.db.query(`SELECT user_id, status FROM booking WHERE session_id = $1 ORDER BY status`, [ids.full]);
    expect(seats.rows).toEqual([
      { user_id: users[anna], status: 'CONFIRMED' },
      { user_id: users[cas], status: 'WAITLISTED' },
    ]);
    for (const table of ['reflection', 'check_in', 'goal']) {
      const col = table === 'reflection' ? 'author_id' : 'user_id';
      expect((await t.db.query(`SELECT count(*)::int AS n FROM ${table} WHERE ${col} = $1`, [users[anna]])).rows[0].n).toBe(1);
    }
    expect((await t.db.query(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'ACCOUNT_DELETED'`)).rows[0].n).toBe(0);
  });

  it('deletes each kind of my data, gives my seat to the first on the waitlist, keeps what is others\', and is audited', async () => {
    const before = await t.db.query<{ id: string; confirmed_count: number }>(`SELECT id, confirmed_count FROM session WHERE id = ANY($1::uuid[])`, [
      [ids.past, ids.full, ids.waiting, ids.facilitated],
    ]);
    const count = (id: string | undefined): number => before.rows.find((r) => r.id === id)!.confirmed_count;
    expect(count(ids.past)).toBe(2);
    const reminder = async (sessionId: string | undefined, userId: string | undefined): Promise<{ job: string | null; state: string | null } | undefined> =>
      (
        await t.db.query(
          `SELECT b.reminder_job_id AS job, j.state FROM booking b LEFT JOIN pgboss.job j ON j.name = 'session-reminder' AND j.id = b.reminder_job_id
            WHERE b.session_id = $1 AND b.user_id = $2 AND b.status <> 'CANCELLED'`,
          [sessionId, userId],
        )
      ).rows[0];
    const annasReminder = (await reminder(ids.full, users[anna]))!;
    expect(annasReminder.state).toBe('created');
    expect((await reminder(ids.full, users[cas]))!.job).toBeNull();

    expect((await c[anna]!.ok<{ deleteMyAccount: boolean }>(DELETE, { p: TEST_PASSWORD })).deleteMyAccount).toBe(true);
    const me = users[anna]!;
    const n = async (sql: string, params: unknown[] = [me]): Promise<number> => (await t.db.query(sql, params)).rows[0].n as number;

    // Each kind of my data is gone.
    expect(await n(`SELECT count(*)::int AS n FROM app_user WHERE id = $1`)).toBe(0);
    expect(await n(`SELECT count(*)::int AS n FROM team_membership WHERE user_id = $1`)).toBe(0);
    expect(await n(`SELECT count(*)::int AS n FROM booking WHERE user_id = $1`)).toBe(0);
    expect(await n(`SELECT count(*)::int AS n FROM reflection WHERE author_id = $1`)).toBe(0);
    expect(await n(`SELECT count(*)::int AS n FROM peer_response WHERE author_id = $1`)).toBe(0);
    expect(await n(`SELECT count(*)::int AS n FROM peer_response WHERE reflection_id = $1`, [ids.annasReflection])).toBe(0);
    expect(await n(`SELECT count(*)::int AS n FROM check_in WHERE user_id = $1`)).toBe(0);
    expect(await n(`SELECT count(*)::int AS n FROM goal WHERE user_id = $1`)).toBe(0);
    expect(await n(`SELECT count(*)::int AS n FROM goal_step WHERE user_id = $1`)).toBe(0);
    expect(await n(`SELECT count(*)::int AS n FROM calendar_feed WHERE user_id = $1`)).toBe(0);
    expect(await n(`SELECT count(*)::int AS n FROM user_session WHERE user_id = $1`)).toBe(0);

    // My seat went to Cas, as a cancellation would have given it, and Cas was told.
    const full = await t.db.query(`SELECT user_id, status FROM booking WHERE session_id = $1`, [ids.full]);
    expect(full.rows).toEqual([{ user_id: users[cas], status: 'CONFIRMED' }]);
    const seats = await t.db.query(`SELECT confirmed_count, waitlist_count FROM session WHERE id = $1`, [ids.full]);
    expect(seats.rows[0]).toEqual({ confirmed_count: 1, waitlist_count: 0 });
    // My reminder is cancelled; Cas now has one.
    const annasJob = await t.db.query(`SELECT state FROM pgboss.job WHERE name = 'session-reminder' AND id = $1`, [annasReminder.job]);
    expect(annasJob.rows).toEqual([{ state: 'cancelled' }]);
    expect((await reminder(ids.full, users[cas]))!.state).toBe('created');
    const told = await t.db.query(`SELECT kind, recipient_user_id FROM outbox_message WHERE kind = 'BOOKING_PROMOTED'`);
    expect(told.rows).toEqual([{ kind: 'BOOKING_PROMOTED', recipient_user_id: users[cas] }]);
    // My waitlist place is gone; Bea keeps her seat.
    const waiting = await t.db.query(`SELECT s.confirmed_count, s.waitlist_count, b.user_id FROM session s JOIN booking b ON b.session_id = s.id WHERE s.id = $1`, [
      ids.waiting,
    ]);
    expect(waiting.rows).toEqual([{ confirmed_count: 1, waitlist_count: 0, user_id: users[bea] }]);

    // What is others' stays: Bea's attendance and reflection on the session we both attended, the
    // session I facilitated (now without a facilitator) with Bea's seat in it.
    const past = await t.db.query(`SELECT user_id, attended FROM booking WHERE session_id = $1`, [ids.past]);
    expect(past.rows).toEqual([{ user_id: users[bea], attended: true }]);
    expect(await n(`SELECT confirmed_count AS n FROM session WHERE id = $1`, [ids.past])).toBe(count(ids.past) - 1);
    const beas = await c[bea]!.ok<{ reflection: { whatHappenedInMe: string; responses: unknown[] } }>(
      `query($id: ID!) { reflection(id: $id) { whatHappenedInMe responses { id } } }`,
      { id: ids.beasReflection },
    );
    expect(beas.reflection).toEqual({ whatHappenedInMe: 'Bea reflectie: rustig', responses: [] });
    const facilitated = await t.db.query(`SELECT facilitator_id, cancelled_at, confirmed_count FROM session WHERE id = $1`, [ids.facilitated]);
    expect(facilitated.rows).toEqual([{ facilitator_id: null, cancelled_at: null, confirmed_count: 1 }]);
    expect(await n(`SELECT count(*)::int AS n FROM calendar_feed WHERE user_id = $1`, [users[bea]])).toBe(1);

    // Nothing anywhere still names me, but the append-only audit trail of who did what.
    const columns = await t.db.query<{ table_name: string; column_name: string; data_type: string }>(
      `SELECT table_name, column_name, data_type FROM information_schema.columns
        WHERE table_schema = 'public' AND data_type IN ('uuid', 'text', 'jsonb')`,
    );
    const found: string[] = [];
    for (const col of columns.rows) {
      const where =
        col.data_type === 'uuid'
          ? `"${col.column_name}" = $1::uuid`
          : `strpos("${col.column_name}"::text, $1::text) > 0 OR strpos(lower("${col.column_name}"::text), $2) > 0`;
      const params = col.data_type === 'uuid' ? [me] : [me, anna];
      if ((await t.db.query(`SELECT count(*)::int AS n FROM "${col.table_name}" WHERE ${where}`, params)).rows[0].n > 0) {
        found.push(`${col.table_name}.${col.column_name}`);
      }
    }
    expect(found.sort()).toEqual(['audit_log.actor_id']);

    const audit = await t.db.query<{ details: { sections: string[] } }>(`SELECT details FROM audit_log WHERE action = 'ACCOUNT_DELETED' AND actor_id = $1`, [me]);
    expect(audit.rows).toHaveLength(1);
    expect(audit.rows[0]!.details.sections).toEqual(
      expect.arrayContaining(['bookings', 'reflections', 'peerResponses', 'checkIns', 'goals', 'goalSteps', 'calendarFeed', 'profile']),
    );
  });
});
