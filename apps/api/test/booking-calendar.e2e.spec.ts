import { randomUUID } from 'node:crypto';
import { GqlClient, arrange, clientsFor, errorCode, startTestApp, type TestApp } from './harness';
import { acrossNextDstChange, localStart, parseIcs } from './calendar-helpers';
import { CANCEL_BOOKING, CANCEL_SESSION, CREATE_SESSION, UPDATE_SESSION, book, slot } from './session-helpers';

const AMS = 'Europe/Amsterdam';
const FEED_URL = `{ myCalendarFeedUrl }`;
const ROTATE = `mutation { rotateCalendarFeed }`;
const MY_BOOKINGS = `{ myBookings { id status icsUrl session { id } } }`;
const SESSION_BOOKINGS = `query($id: ID!) { session(id: $id) { bookings { id member { id } icsUrl } } }`;

/** The path of an absolute URL the API hands out (its PUBLIC_URL is not where the test app listens). */
const pathOf = (url: string): string => new URL(url).pathname;

describe('calendar files of bookings and the personal feed, from real bookings', () => {
  let t: TestApp;
  let c: Record<string, GqlClient>;
  let teamId: string;
  let otherTeamId: string;

  beforeAll(async () => {
    t = await startTestApp({ ATTUNE_WORKER_POLL_MS: '100' });
    const ids = await arrange(t.db, {
      teams: ['North', 'South'],
      people: {
        'lead@test.nl': { team: 'North', role: 'LEAD' },
        'anna@test.nl': { team: 'North' },
        'bram@test.nl': { team: 'North' },
        'cas@test.nl': { team: 'North' },
        'dan@test.nl': { team: 'North' },
        'zoe@test.nl': { team: 'South', role: 'LEAD' },
      },
    });
    teamId = ids.teams.North!;
    otherTeamId = ids.teams.South!;
    c = await clientsFor(t.baseUrl, Object.keys(ids.users));
  });
  afterAll(() => t.close());

  async function session(patch: Record<string, unknown> = {}, lead = 'lead@test.nl', team = teamId): Promise<string> {
    const r = await c[lead]!.ok<{ createSession: { id: string } }>(CREATE_SESSION, {
      input: { teamId: team, kind: 'SUPERVISION', title: 'Supervisie', capacity: 5, location: 'Kamer 1', timeZone: AMS, ...slot(), ...patch },
    });
    return r.createSession.id;
  }

  function get(path: string, client?: GqlClient): Promise<Response> {
    return fetch(`${t.baseUrl}${path}`, { headers: client?.cookie ? { cookie: client.cookie } : {} });
  }

  async function feedOf(email: string): Promise<string> {
    const url = (await c[email]!.ok<{ myCalendarFeedUrl: string }>(FEED_URL)).myCalendarFeedUrl;
    return pathOf(url);
  }

  describe('the .ics download of a booking', () => {
    it('gives your own confirmed booking as a calendar file; its link is only on your own confirmed bookings', async () => {
      const s = await session({ capacity: 1 });
      const mine = await book(c['anna@test.nl']!, s);
      const queued = await book(c['bram@test.nl']!, s);
      const list = await c['anna@test.nl']!.ok<{ myBookings: { id: string; icsUrl: string | null }[] }>(MY_BOOKINGS);
      const link = list.myBookings.find((b) => b.id === mine.id)!.icsUrl!;
      expect(link).toBe(`http://localhost:4000/calendar/booking/${mine.id}.ics`);
      const bram = await c['bram@test.nl']!.ok<{ myBookings: { id: string; icsUrl: string | null }[] }>(MY_BOOKINGS);
      expect(bram.myBookings.find((b) => b.id === queued.id)!.icsUrl).toBeNull();
      // A lead sees every booking of the session, but no download link to someone else's.
      const lead = await c['lead@test.nl']!.ok<{ session: { bookings: { id: string; icsUrl: string | null }[] } }>(SESSION_BOOKINGS, { id: s });
      expect(lead.session.bookings.map((b) => b.icsUrl)).toEqual([null, null]);

      const res = await get(pathOf(link), c['anna@test.nl']);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
      expect(res.headers.get('content-disposition')).toBe('attachment; filename="attune-session.ics"');
      expect(res.headers.get('cache-control')).toBe('private, no-store');
      const cal = parseIcs(await res.text());
      expect(cal.method).toBe('PUBLISH');
      expect(cal.events).toHaveLength(1);
      expect(cal.events[0]!.uid).toBe(`session-${s}@attune`);
      expect(cal.events[0]!.summary).toBe('Supervisie');
      expect(cal.events[0]!.location).toBe('Kamer 1');
      expect(cal.events[0]!.description).toContain(`/sessions/${s}`);
    });

    it('answers 401 without a session and 404 for every booking that is not your own confirmed one', async () => {
      const s = await session({ capacity: 1 });
      const mine = await book(c['anna@test.nl']!, s);
      const queued = await book(c['bram@test.nl']!, s);
      const path = `/calendar/booking/${mine.id}.ics`;

      const anonymous = await get(path);
      expect(anonymous.status).toBe(401);
      expect(await anonymous.json()).toEqual({ error: { code: 'UNAUTHENTICATED', message: 'Please log in' } });
      expect((await get(path, Object.assign(new GqlClient(t.baseUrl), { cookie: 'attune_session=forged-token' }))).status).toBe(401);
      // A peer in the same session, the team's lead and a lead of another team: all 404, like an unknown id.
      for (const other of ['bram@test.nl', 'lead@test.nl', 'zoe@test.nl']) {
        const res = await get(path, c[other]);
        expect([other, res.status]).toEqual([other, 404]);
        expect(await res.text()).not.toContain('BEGIN:VCALENDAR');
      }
      for (const bad of [`/calendar/booking/${queued.id}.ics`, `/calendar/booking/${randomUUID()}.ics`, `/calendar/booking/${mine.id}`, `/calendar/booking/not-a-uuid.ics`, `/calendar/booking/%27%3B--.ics`]) {
        expect([bad, (await get(bad, c['anna@test.nl'])).status]).toEqual([bad, 404]);
      }
      expect((await get(path, c['anna@test.nl'])).status).toBe(200);
      // Given up: gone.
      await c['anna@test.nl']!.ok(CANCEL_BOOKING, { id: mine.id });
      expect((await get(path, c['anna@test.nl'])).status).toBe(404);
    });
  });

  describe('the personal feed', () => {
    it('shows exactly the member\'s confirmed sessions, at their local time on both sides of a DST change', async () => {
      const { before, after, offsetsDiffer } = acrossNextDstChange(AMS);
      expect(offsetsDiffer).toBe(true);
      const winter = await session({ ...before, title: 'Zorgsessie winter' });
      const summer = await session({ ...after, title: 'Zorgsessie zomer' });
      const full = await session({ ...slot(30), capacity: 1, title: 'Vol' });
      const danOnly = await session({ ...slot(31), title: 'Alleen Dan' });
      const elsewhere = await session({ ...slot(32), title: 'Zuid' }, 'zoe@test.nl', otherTeamId);
      await book(c['cas@test.nl']!, winter);
      await book(c['cas@test.nl']!, summer);
      await book(c['dan@test.nl']!, full);
      expect((await book(c['cas@test.nl']!, full)).status).toBe('WAITLISTED');
      await book(c['dan@test.nl']!, danOnly);
      await book(c['zoe@test.nl']!, elsewhere);

      const res = await get(await feedOf('cas@test.nl'));
      expect(res.status).toBe(200);
      const body = await res.text();
      expect(body).toContain('BEGIN:VTIMEZONE\r\nTZID:Europe/Amsterdam\r\n');
      const cal = parseIcs(body);
      expect(cal.method).toBe('PUBLISH');
      expect(cal.events.map((e) => e.uid)).toEqual([`session-${winter}@attune`, `session-${summer}@attune`]);
      expect(cal.events.map(localStart)).toEqual([
        { time: '15:00', zone: AMS },
        { time: '15:00', zone: AMS },
      ]);
      expect(cal.events.map((e) => e.startDate.toJSDate().toISOString())).toEqual([before.startsAt, after.startsAt]);
      expect(cal.events.map((e) => e.endDate.toJSDate().toISOString())).toEqual([before.endsAt, after.endsAt]);
      for (const other of [full, danOnly, elsewhere]) expect(body).not.toContain(other);
      expect(body).not.toMatch(/Alleen Dan|Zuid|Vol/u);

      // Dan's feed has his own sessions and none of Cas's.
      const dan = parseIcs(await (await get(await feedOf('dan@test.nl'))).text());
      expect(dan.events.map((e) => e.uid).sort()).toEqual([`session-${full}@attune`, `session-${danOnly}@attune`].sort());

      // Someone who has left the team no longer sees its sessions, in the feed or as a download.
      const danBooking = (await c['dan@test.nl']!.ok<{ myBookings: { id: string }[] }>(MY_BOOKINGS)).myBookings[0]!.id;
      await t.db.query(`UPDATE team_membership SET left_at = now() WHERE team_id = $1 AND user_id = (SELECT id FROM app_user WHERE email = 'dan@test.nl')`, [teamId]);
      expect(parseIcs(await (await get(await feedOf('dan@test.nl'))).text()).events).toEqual([]);
      expect((await get(`/calendar/booking/${danBooking}.ics`, c['dan@test.nl'])).status).toBe(404);
    });

    it('follows changes: a moved session with a higher SEQUENCE, a given-up or cancelled one gone', async () => {
      const moving = await session({ title: 'Verplaatst' });
      const givenUp = await session({ title: 'Afgezegd' });
      const cancelled = await session({ title: 'Gaat niet door' });
      const staying = await session({ title: 'Blijft' });
      const mine = await Promise.all([moving, givenUp, cancelled, staying].map((s) => book(c['anna@test.nl']!, s)));
      const feed = await feedOf('anna@test.nl');
      const uids = (text: string): string[] => parseIcs(text).events.map((e) => e.uid);
      const initial = await (await get(feed)).text();
      for (const s of [moving, givenUp, cancelled, staying]) expect(uids(initial)).toContain(`session-${s}@attune`);

      const to = slot(60);
      await c['lead@test.nl']!.ok(UPDATE_SESSION, { id: moving, input: { ...to, title: 'Verplaatst (nieuw)' } });
      await c['anna@test.nl']!.ok(CANCEL_BOOKING, { id: mine[1]!.id });
      await c['lead@test.nl']!.ok(CANCEL_SESSION, { id: cancelled, reason: 'Ziekte' });

      const now = parseIcs(await (await get(feed)).text()).events;
      expect(now.map((e) => e.uid)).not.toContain(`session-${givenUp}@attune`);
      expect(now.map((e) => e.uid)).not.toContain(`session-${cancelled}@attune`);
      const moved = now.find((e) => e.uid === `session-${moving}@attune`)!;
      expect(moved.startDate.toJSDate().toISOString()).toBe(to.startsAt);
      expect(moved.summary).toBe('Verplaatst (nieuw)');
      expect(moved.sequence).toBe(1);
      expect(now.find((e) => e.uid === `session-${staying}@attune`)!.sequence).toBe(0);
    });

    it('stops at once at a rotated address, and starts at the new one', async () => {
      const s = await session({ title: 'Na rotatie' });
      await book(c['anna@test.nl']!, s);
      const old = await feedOf('anna@test.nl');
      expect((await get(old)).status).toBe(200);
      const rotated = pathOf((await c['anna@test.nl']!.ok<{ rotateCalendarFeed: string }>(ROTATE)).rotateCalendarFeed);
      expect(rotated).not.toBe(old);
      expect((await get(old)).status).toBe(404);
      const res = await get(rotated);
      expect(res.status).toBe(200);
      expect(parseIcs(await res.text()).events.map((e) => e.uid)).toContain(`session-${s}@attune`);
      expect(errorCode(await new GqlClient(t.baseUrl).gql(ROTATE))).toBe('UNAUTHENTICATED');
    });
  });
});
