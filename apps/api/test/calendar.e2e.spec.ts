import { createHash } from 'node:crypto';
import ICAL from 'ical.js';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../src/config/config';
import { EncryptionService } from '../src/common/encryption/encryption.service';
import { CalendarFeedService } from '../src/modules/calendar/calendar-feed.service';
import type { CalendarSession, CalendarSessionSource } from '../src/modules/calendar/calendar-source';
import { GqlClient, arrange, clientsFor, errorCode, startTestApp, type TestApp } from './harness';

const FEED_URL = `{ myCalendarFeedUrl }`;
const ROTATE = `mutation { rotateCalendarFeed }`;

function parse(ics: string): ICAL.Event[] {
  ICAL.TimezoneService.reset();
  const calendar = new ICAL.Component(ICAL.parse(ics));
  for (const tz of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz);
  return calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
}

describe('personal calendar feed', () => {
  let t: TestApp;
  let c: Record<string, GqlClient>;
  let users: Record<string, string>;

  beforeAll(async () => {
    t = await startTestApp();
    ({ users } = await arrange(t.db, {
      teams: ['North'],
      people: { 'anna@test.nl': { team: 'North' }, 'bram@test.nl': { team: 'North' } },
    }));
    c = await clientsFor(t.baseUrl, ['anna@test.nl', 'bram@test.nl']);
  });
  afterAll(() => t.close());

  const tokenOf = (url: string): string => /\/calendar\/feed\/([\w-]+)\.ics$/u.exec(url)![1]!;

  it('needs a session to ask for the feed address', async () => {
    expect(errorCode(await new GqlClient(t.baseUrl).gql(FEED_URL))).toBe('UNAUTHENTICATED');
    expect(errorCode(await new GqlClient(t.baseUrl).gql(ROTATE))).toBe('UNAUTHENTICATED');
  });

  it('gives each person one stable secret address, stored only as a hash and a sealed copy', async () => {
    const first = (await c['anna@test.nl']!.ok<{ myCalendarFeedUrl: string }>(FEED_URL)).myCalendarFeedUrl;
    const second = (await c['anna@test.nl']!.ok<{ myCalendarFeedUrl: string }>(FEED_URL)).myCalendarFeedUrl;
    expect(first).toBe(second);
    expect(first).toMatch(/^http:\/\/localhost:4000\/calendar\/feed\/[\w-]{43}\.ics$/u);
    const bram = (await c['bram@test.nl']!.ok<{ myCalendarFeedUrl: string }>(FEED_URL)).myCalendarFeedUrl;
    expect(bram).not.toBe(first);

    const token = tokenOf(first);
    const rows = await t.db.query(`SELECT token_hash, token_sealed FROM calendar_feed WHERE user_id = $1`, [users['anna@test.nl']]);
    expect(rows.rows).toHaveLength(1);
    expect(rows.rows[0].token_hash).toEqual(createHash('sha256').update(token).digest());
    expect(rows.rows[0].token_sealed).not.toContain(token);
    const dump = await t.db.query(`SELECT row_to_json(f)::text AS j FROM calendar_feed f`);
    expect(dump.rows.map((r: { j: string }) => r.j).join()).not.toContain(token);
  });

  it('serves the feed without a session, as a valid calendar (empty until sessions are booked)', async () => {
    const url = (await c['anna@test.nl']!.ok<{ myCalendarFeedUrl: string }>(FEED_URL)).myCalendarFeedUrl;
    const res = await fetch(`${t.baseUrl}/calendar/feed/${tokenOf(url)}.ics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(res.headers.get('set-cookie')).toBeNull();
    const body = await res.text();
    expect(body).toMatch(/^BEGIN:VCALENDAR\r\n/u);
    expect(body).toContain('METHOD:PUBLISH\r\n');
    expect(body).toContain('X-WR-TIMEZONE:Europe/Amsterdam\r\n');
    expect(body).toContain('X-WR-CALNAME:Attune sessions\r\n');
    expect(parse(body)).toEqual([]);
  });

  it('answers 404 for unknown, malformed and rotated tokens; the new address works at once', async () => {
    const old = (await c['anna@test.nl']!.ok<{ myCalendarFeedUrl: string }>(FEED_URL)).myCalendarFeedUrl;
    const rotated = (await c['anna@test.nl']!.ok<{ rotateCalendarFeed: string }>(ROTATE)).rotateCalendarFeed;
    expect(rotated).not.toBe(old);
    expect((await c['anna@test.nl']!.ok<{ myCalendarFeedUrl: string }>(FEED_URL)).myCalendarFeedUrl).toBe(rotated);
    expect((await fetch(`${t.baseUrl}/calendar/feed/${tokenOf(old)}.ics`)).status).toBe(404);
    expect((await fetch(`${t.baseUrl}/calendar/feed/${tokenOf(rotated)}.ics`)).status).toBe(200);
    expect((await fetch(`${t.baseUrl}/calendar/feed/${tokenOf(rotated)}`)).status).toBe(404);
    expect((await fetch(`${t.baseUrl}/calendar/feed/${'x'.repeat(43)}.ics`)).status).toBe(404);
    expect((await fetch(`${t.baseUrl}/calendar/feed/%27%3B--.ics`)).status).toBe(404);
    // Bram's address is untouched by Anna's rotation.
    const bram = (await c['bram@test.nl']!.ok<{ myCalendarFeedUrl: string }>(FEED_URL)).myCalendarFeedUrl;
    expect((await fetch(`${t.baseUrl}/calendar/feed/${tokenOf(bram)}.ics`)).status).toBe(200);
  });

  it('builds each feed only from the sessions of the token owner, in local time across DST', async () => {
    // A stand-in for the booking module's source, holding sessions per person.
    const at = (iso: string): Date => new Date(iso);
    const byUser: Record<string, CalendarSession[]> = {
      [users['anna@test.nl']!]: [
        { sessionId: 'a-march', sequence: 0, start: at('2026-03-26T14:00:00Z'), end: at('2026-03-26T15:30:00Z'), timeZone: 'Europe/Amsterdam', title: 'Zorgsessie maart' },
        { sessionId: 'a-april', sequence: 2, start: at('2026-04-09T13:00:00Z'), end: at('2026-04-09T14:30:00Z'), timeZone: 'Europe/Amsterdam', title: 'Zorgsessie april' },
        { sessionId: 'a-gone', sequence: 3, start: at('2026-05-14T13:00:00Z'), end: at('2026-05-14T14:30:00Z'), timeZone: 'Europe/Amsterdam', title: 'Geannuleerd', cancelled: true },
      ],
      [users['bram@test.nl']!]: [
        { sessionId: 'b-only', sequence: 0, start: at('2026-03-27T09:00:00Z'), end: at('2026-03-27T10:00:00Z'), timeZone: 'Europe/Amsterdam', title: 'Supervisie Bram' },
      ],
    };
    const asked: string[] = [];
    const source: CalendarSessionSource = {
      confirmedSessionsOf: (userId) => {
        asked.push(userId);
        return Promise.resolve(byUser[userId] ?? []);
      },
      sessionOfOwnBooking: () => Promise.resolve(null),
    };
    const feeds = new CalendarFeedService(t.app.get(DataSource), t.app.get(EncryptionService), source, t.app.get<AppConfig>(APP_CONFIG));
    const annaUrl = (await c['anna@test.nl']!.ok<{ myCalendarFeedUrl: string }>(FEED_URL)).myCalendarFeedUrl;
    const ics = await feeds.feed(tokenOf(annaUrl), at('2026-03-01T00:00:00Z'));
    expect(asked).toEqual([users['anna@test.nl']]);
    const events = parse(ics!);
    expect(events.map((e) => e.uid)).toEqual(['session-a-march@attune', 'session-a-april@attune']);
    expect(events.map((e) => [e.startDate.hour, e.startDate.minute, e.startDate.zone?.tzid])).toEqual([
      [15, 0, 'Europe/Amsterdam'],
      [15, 0, 'Europe/Amsterdam'],
    ]);
    expect(events.map((e) => e.startDate.toJSDate().toISOString())).toEqual(['2026-03-26T14:00:00.000Z', '2026-04-09T13:00:00.000Z']);
    expect(events[1]!.sequence).toBe(2);
    expect(ics).not.toContain('Bram');
    expect(await feeds.feed('x'.repeat(43))).toBeNull();
  });
});

describe('reminder preference', () => {
  let t: TestApp;
  let c: Record<string, GqlClient>;
  beforeAll(async () => {
    t = await startTestApp();
    await arrange(t.db, { teams: ['North'], people: { 'anna@test.nl': { team: 'North' } } });
    c = await clientsFor(t.baseUrl, ['anna@test.nl']);
  });
  afterAll(() => t.close());

  const SET = `mutation($m: Int) { setReminderPreference(minutesBefore: $m) { reminderMinutesBefore } }`;

  it('defaults to a day before, can be changed or turned off, and refuses odd values', async () => {
    const anna = c['anna@test.nl']!;
    expect((await anna.ok<{ me: { reminderMinutesBefore: number | null } }>('{ me { reminderMinutesBefore } }')).me.reminderMinutesBefore).toBe(1440);
    expect((await anna.ok<{ setReminderPreference: { reminderMinutesBefore: number } }>(SET, { m: 90 })).setReminderPreference.reminderMinutesBefore).toBe(90);
    expect((await anna.ok<{ me: { reminderMinutesBefore: number } }>('{ me { reminderMinutesBefore } }')).me.reminderMinutesBefore).toBe(90);
    expect((await anna.ok<{ setReminderPreference: { reminderMinutesBefore: null } }>(SET, { m: null })).setReminderPreference.reminderMinutesBefore).toBeNull();
    for (const m of [0, 4, 10081, -60]) {
      const r = await anna.gql(SET, { m });
      expect(errorCode(r)).toBe('BAD_USER_INPUT');
      expect(r.errors?.[0]?.extensions?.field).toBe('minutesBefore');
    }
    expect(errorCode(await new GqlClient(t.baseUrl).gql(SET, { m: 60 }))).toBe('UNAUTHENTICATED');
    expect((await anna.ok<{ me: { reminderMinutesBefore: null } }>('{ me { reminderMinutesBefore } }')).me.reminderMinutesBefore).toBeNull();
  });
});
