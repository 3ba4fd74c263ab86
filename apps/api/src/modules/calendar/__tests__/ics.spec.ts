import ICAL from 'ical.js';
import { buildCalendar, escapeText, foldLine, formatOffset, sessionUid, vtimezone, type IcsEvent } from '../ics';
import { instantOfWallTime, occurrencesOfWallTime, offsetSecondsAt, wallTimeIn, zoneTransitions } from '../time-zone';

/** Parses with ical.js, registering only the VTIMEZONEs the file itself carries (ical.js has no zone data of its own). */
function parse(ics: string): { calendar: ICAL.Component; events: ICAL.Event[] } {
  ICAL.TimezoneService.reset();
  const calendar = new ICAL.Component(ICAL.parse(ics));
  for (const tz of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz);
  return { calendar, events: calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v)) };
}

function event(partial: Partial<IcsEvent> & Pick<IcsEvent, 'start' | 'end'>): IcsEvent {
  return { uid: sessionUid('0b7c5f8e-1111-4222-8333-944445555666'), sequence: 0, timeZone: 'Europe/Amsterdam', summary: 'Zorgsessie', ...partial };
}

const at = (iso: string): Date => new Date(iso);
const NOW = at('2026-01-10T09:00:00Z');

describe('iCalendar writer', () => {
  it('writes CRLF lines of at most 75 octets, folded without splitting a character', () => {
    const summary = `Zorgsessie — ${'één, twee; drie \\ vier 🌿 '.repeat(8)}`;
    const ics = buildCalendar({ events: [event({ start: at('2026-03-26T14:00:00Z'), end: at('2026-03-26T15:30:00Z'), summary })], now: NOW });
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/gu, '')).not.toMatch(/[\r\n]/u);
    const lines = ics.split('\r\n').slice(0, -1);
    for (const line of lines) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(lines.filter((l) => l.startsWith(' ')).length).toBeGreaterThanOrEqual(3);
    expect(parse(ics).events[0]!.summary).toBe(summary);
  });

  it('folds exactly at 75 octets and unfolds to the original', () => {
    const line = `DESCRIPTION:${'a'.repeat(63)}é${'b'.repeat(100)}`;
    const folded = foldLine(line);
    const parts = folded.split('\r\n');
    expect(Buffer.byteLength(parts[0]!, 'utf8')).toBe(75);
    expect(parts.slice(1).every((p) => p.startsWith(' ') && Buffer.byteLength(p, 'utf8') <= 75)).toBe(true);
    expect(parts.map((p, i) => (i === 0 ? p : p.slice(1))).join('')).toBe(line);
    // A two-octet character that would straddle octet 75 moves to the next line whole.
    const edge = foldLine(`X:${'a'.repeat(72)}é`);
    expect(edge.split('\r\n')[0]).toBe(`X:${'a'.repeat(72)}`);
    expect(foldLine('SHORT:ok')).toBe('SHORT:ok');
  });

  it('escapes backslash, semicolon, comma and line breaks in text', () => {
    expect(escapeText('a,b;c\\d\r\ne\nf')).toBe('a\\,b\\;c\\\\d\\ne\\nf');
    const description = 'Neem mee: schrift, pen; en \\ rust.\nTot dan!';
    const location = 'Zaal 2, Keizersgracht 1; Amsterdam';
    const ics = buildCalendar({ events: [event({ start: at('2026-05-01T13:00:00Z'), end: at('2026-05-01T14:00:00Z'), description, location })], now: NOW });
    expect(ics).toContain('LOCATION:Zaal 2\\, Keizersgracht 1\\; Amsterdam\r\n');
    const e = parse(ics).events[0]!;
    expect(e.description).toBe(description);
    expect(e.location).toBe(location);
  });

  it('writes the exact Europe/Amsterdam VTIMEZONE for the span of the events', () => {
    const lines = vtimezone('Europe/Amsterdam', at('2026-03-26T14:00:00Z'), at('2026-11-05T14:00:00Z'));
    expect(lines).toEqual([
      'BEGIN:VTIMEZONE',
      'TZID:Europe/Amsterdam',
      'X-LIC-LOCATION:Europe/Amsterdam',
      'BEGIN:STANDARD',
      'DTSTART:20251026T030000',
      'TZOFFSETFROM:+0200',
      'TZOFFSETTO:+0100',
      'TZNAME:CET',
      'END:STANDARD',
      'BEGIN:DAYLIGHT',
      'DTSTART:20260329T020000',
      'TZOFFSETFROM:+0100',
      'TZOFFSETTO:+0200',
      'TZNAME:CEST',
      'END:DAYLIGHT',
      'BEGIN:STANDARD',
      'DTSTART:20261025T030000',
      'TZOFFSETFROM:+0200',
      'TZOFFSETTO:+0100',
      'TZNAME:CET',
      'END:STANDARD',
      'END:VTIMEZONE',
    ]);
  });

  it('keeps a 15:00 session at 15:00 local on both sides of the March change (Europe/Amsterdam)', () => {
    const before = event({ uid: sessionUid('a'), start: at('2026-03-26T14:00:00Z'), end: at('2026-03-26T15:30:00Z') });
    const after = event({ uid: sessionUid('b'), start: at('2026-04-02T13:00:00Z'), end: at('2026-04-02T14:30:00Z') });
    const ics = buildCalendar({ method: 'REQUEST', events: [before, after], now: NOW });
    expect(ics).toContain('DTSTART;TZID=Europe/Amsterdam:20260326T150000\r\n');
    expect(ics).toContain('DTSTART;TZID=Europe/Amsterdam:20260402T150000\r\n');
    const [e1, e2] = parse(ics).events;
    for (const [parsed, source] of [
      [e1!, before],
      [e2!, after],
    ] as const) {
      expect(parsed.startDate.zone?.tzid).toBe('Europe/Amsterdam');
      expect([parsed.startDate.hour, parsed.startDate.minute]).toEqual([15, 0]);
      expect([parsed.endDate.hour, parsed.endDate.minute]).toEqual([16, 30]);
      expect(parsed.startDate.toJSDate().toISOString()).toBe(source.start.toISOString());
      expect(parsed.endDate.toJSDate().toISOString()).toBe(source.end.toISOString());
    }
  });

  it('keeps monthly 15:00 sessions right through a whole year of changes', () => {
    const events: IcsEvent[] = [];
    for (let month = 1; month <= 12; month += 1) {
      const start = instantOfWallTime('Europe/Amsterdam', { year: 2026, month, day: 10, hour: 15, minute: 0, second: 0 });
      events.push(event({ uid: sessionUid(`m${month}`), start, end: new Date(start.getTime() + 90 * 60_000) }));
    }
    const parsed = parse(buildCalendar({ events, now: NOW })).events;
    expect(parsed.map((e) => e.startDate.toJSDate().toISOString())).toEqual(events.map((e) => e.start.toISOString()));
    expect(parsed.every((e) => e.startDate.hour === 15)).toBe(true);
    // Winter sessions are at 14:00 UTC, summer ones at 13:00 UTC.
    expect(events.map((e) => e.start.getUTCHours())).toEqual([14, 14, 14, 13, 13, 13, 13, 13, 13, 13, 14, 14]);
  });

  const zones = [
    'Europe/Amsterdam',
    'America/New_York',
    'Australia/Sydney',
    'Australia/Lord_Howe',
    'Asia/Kolkata',
    'America/Sao_Paulo',
    'Pacific/Chatham',
    'America/St_Johns',
    'Europe/London',
    'UTC',
  ];

  it.each(zones)('gives the exact instants back in %s, across every change of 2025–2027', (zone) => {
    // Random instants plus the minutes around each offset change.
    let seed = 42;
    const random = (): number => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed / 2_147_483_648;
    };
    const from = at('2025-01-01T00:00:00Z').getTime();
    const to = at('2027-12-31T00:00:00Z').getTime();
    const starts: Date[] = [];
    for (let i = 0; i < 60; i += 1) starts.push(new Date(from + Math.floor((random() * (to - from)) / 60_000) * 60_000));
    for (const change of zoneTransitions(zone, new Date(from), new Date(to))) {
      for (const minutes of [-61, -30, -1, 0, 1, 30, 61]) starts.push(new Date(change.at.getTime() + minutes * 60_000));
    }
    const events = starts.map((start, i) => event({ uid: sessionUid(`e${i}`), timeZone: zone, start, end: new Date(start.getTime() + 45 * 60_000) }));
    const parsed = parse(buildCalendar({ events, now: NOW })).events;
    expect(parsed.map((e) => e.startDate.toJSDate().toISOString())).toEqual(events.map((e) => e.start.toISOString()));
    expect(parsed.map((e) => e.endDate.toJSDate().toISOString())).toEqual(events.map((e) => e.end.toISOString()));
  });

  it('writes both occurrences of the repeated autumn hour in UTC, where a local time would be ambiguous', () => {
    const first = event({ uid: sessionUid('first'), start: at('2026-10-25T00:30:00Z'), end: at('2026-10-25T02:00:00Z') });
    const second = event({ uid: sessionUid('second'), start: at('2026-10-25T01:30:00Z'), end: at('2026-10-25T02:30:00Z') });
    const ics = buildCalendar({ events: [first, second], now: NOW });
    expect(ics).toContain('DTSTART:20261025T003000Z\r\n');
    expect(ics).toContain('DTEND;TZID=Europe/Amsterdam:20261025T030000\r\n');
    expect(ics).toContain('DTSTART:20261025T013000Z\r\n');
    expect(ics).toContain('DTEND;TZID=Europe/Amsterdam:20261025T033000\r\n');
    const parsed = parse(ics).events;
    expect(parsed.map((e) => e.startDate.toJSDate().toISOString())).toEqual([first.start.toISOString(), second.start.toISOString()]);
    expect(parsed.map((e) => e.endDate.toJSDate().toISOString())).toEqual([first.end.toISOString(), second.end.toISOString()]);
  });

  it('writes a fixed observance for a zone without changes', () => {
    const lines = vtimezone('Asia/Kolkata', at('2026-06-01T00:00:00Z'), at('2026-06-02T00:00:00Z'));
    expect(lines).toContain('DTSTART:19700101T000000');
    expect(lines).toContain('TZOFFSETTO:+0530');
    expect(formatOffset(-12_600)).toBe('-0330');
    expect(formatOffset(1172)).toBe('+001932');
  });

  it('writes invitations with METHOD:REQUEST and cancellations with METHOD:CANCEL for the same UID', () => {
    const base = event({
      start: at('2026-03-12T14:00:00Z'),
      end: at('2026-03-12T15:30:00Z'),
      sequence: 2,
      organizer: { name: 'Attune, team Noord', email: 'no-reply@attune.test' },
      attendees: [{ name: 'Sanne de Vries', email: 'sanne@attune.test' }],
      url: 'https://attune.test/sessions/1',
    });
    const request = buildCalendar({ method: 'REQUEST', events: [base], now: NOW });
    const cancel = buildCalendar({ method: 'CANCEL', events: [{ ...base, sequence: 3 }], now: NOW });
    const r = parse(request);
    expect(r.calendar.getFirstPropertyValue('method')).toBe('REQUEST');
    expect(r.events[0]!.uid).toBe('session-0b7c5f8e-1111-4222-8333-944445555666@attune');
    expect(r.events[0]!.sequence).toBe(2);
    expect(r.events[0]!.component.getFirstPropertyValue('status')).toBe('CONFIRMED');
    const unfolded = request.replace(/\r\n /gu, '');
    expect(unfolded).toContain('ORGANIZER;CN="Attune, team Noord":mailto:no-reply@attune.test');
    expect(unfolded).toContain('ATTENDEE;CN=Sanne de Vries;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE:mailto:sanne@attune.test');
    const c = parse(cancel);
    expect(c.calendar.getFirstPropertyValue('method')).toBe('CANCEL');
    expect(c.events[0]!.uid).toBe(r.events[0]!.uid);
    expect(c.events[0]!.sequence).toBe(3);
    expect(c.events[0]!.component.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(c.events[0]!.startDate.toJSDate().toISOString()).toBe(base.start.toISOString());
  });

  it('writes feed properties and an empty calendar when there are no events', () => {
    const ics = buildCalendar({ method: 'PUBLISH', name: 'Attune — Sanne', timeZone: 'Europe/Amsterdam', refreshMinutes: 60, events: [], now: NOW });
    const { calendar, events } = parse(ics);
    expect(events).toHaveLength(0);
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Attune — Sanne');
    expect(ics).toContain('REFRESH-INTERVAL;VALUE=DURATION:PT60M\r\n');
    expect(calendar.getAllSubcomponents('vtimezone')).toHaveLength(0);
  });

  it('refuses an event that ends before it starts and an unknown zone', () => {
    expect(() => buildCalendar({ events: [event({ start: at('2026-03-12T14:00:00Z'), end: at('2026-03-12T13:00:00Z') })] })).toThrow(RangeError);
    expect(() => buildCalendar({ events: [event({ timeZone: 'Mars/Olympus', start: at('2026-03-12T14:00:00Z'), end: at('2026-03-12T15:00:00Z') })] })).toThrow(
      RangeError,
    );
  });
});

describe('time-zone arithmetic', () => {
  it('reads offsets and wall times from the runtime zone data', () => {
    expect(offsetSecondsAt('Europe/Amsterdam', at('2026-01-15T12:00:00Z'))).toBe(3600);
    expect(offsetSecondsAt('Europe/Amsterdam', at('2026-07-15T12:00:00Z'))).toBe(7200);
    expect(offsetSecondsAt('America/New_York', at('2026-07-15T12:00:00Z'))).toBe(-4 * 3600);
    expect(wallTimeIn('Europe/Amsterdam', at('2026-03-29T01:00:00Z'))).toEqual({ year: 2026, month: 3, day: 29, hour: 3, minute: 0, second: 0 });
  });

  it('finds the changes of 2026 in Amsterdam and New York to the second', () => {
    const ams = zoneTransitions('Europe/Amsterdam', at('2026-01-01T00:00:00Z'), at('2027-01-01T00:00:00Z'));
    expect(ams.map((t) => [t.at.toISOString(), t.offsetFrom, t.offsetTo])).toEqual([
      ['2026-03-29T01:00:00.000Z', 3600, 7200],
      ['2026-10-25T01:00:00.000Z', 7200, 3600],
    ]);
    const ny = zoneTransitions('America/New_York', at('2026-01-01T00:00:00Z'), at('2027-01-01T00:00:00Z'));
    expect(ny.map((t) => t.at.toISOString())).toEqual(['2026-03-08T07:00:00.000Z', '2026-11-01T06:00:00.000Z']);
  });

  it('reads a wall time by the iCalendar rule: first occurrence when repeated, old offset in a gap', () => {
    const w = { year: 2026, month: 10, day: 25, hour: 2, minute: 30, second: 0 };
    expect(instantOfWallTime('Europe/Amsterdam', w).toISOString()).toBe('2026-10-25T00:30:00.000Z');
    const gap = { year: 2026, month: 3, day: 29, hour: 2, minute: 30, second: 0 };
    expect(instantOfWallTime('Europe/Amsterdam', gap).toISOString()).toBe('2026-03-29T01:30:00.000Z');
    expect(occurrencesOfWallTime('Europe/Amsterdam', w).map((d) => d.toISOString())).toEqual(['2026-10-25T00:30:00.000Z', '2026-10-25T01:30:00.000Z']);
    expect(occurrencesOfWallTime('Europe/Amsterdam', gap)).toEqual([]);
  });
});
