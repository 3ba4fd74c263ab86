import ICAL from 'ical.js';
import { formatSessionTime, sessionMail, type SessionMailFacts } from '../templates/session-mail';

const at = (iso: string): Date => new Date(iso);

function facts(partial: Partial<SessionMailFacts> = {}): SessionMailFacts {
  return {
    kind: 'BOOKING_CONFIRMED',
    recipient: { name: 'Sanne', email: 'sanne@test.nl', locale: 'nl', timeZone: 'Europe/Amsterdam' },
    session: {
      sessionId: '5f0c3c1e-0000-4000-8000-000000000001',
      sequence: 4,
      start: at('2026-04-02T13:00:00Z'),
      end: at('2026-04-02T14:30:00Z'),
      timeZone: 'Europe/Amsterdam',
      title: 'Zorgsessie',
      teamName: 'Team Noord',
      location: 'Zaal 2, Keizersgracht 1',
      facilitatorName: 'Marieke',
    },
    organizer: { name: 'Attune', email: 'no-reply@attune.test' },
    url: 'https://attune.test/sessions/1',
    now: at('2026-03-01T10:00:00Z'),
    ...partial,
  };
}

function calendarOf(content: string): { method: unknown; event: ICAL.Event } {
  ICAL.TimezoneService.reset();
  const cal = new ICAL.Component(ICAL.parse(content));
  for (const tz of cal.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz);
  return { method: cal.getFirstPropertyValue('method'), event: new ICAL.Event(cal.getFirstSubcomponent('vevent')!) };
}

describe('session mails', () => {
  it('shows the time in the recipient language and time zone, on both sides of a DST change', () => {
    expect(formatSessionTime(at('2026-03-26T14:00:00Z'), at('2026-03-26T15:30:00Z'), 'nl', 'Europe/Amsterdam')).toBe('donderdag 26 maart 2026, 15:00–16:30');
    expect(formatSessionTime(at('2026-04-02T13:00:00Z'), at('2026-04-02T14:30:00Z'), 'nl', 'Europe/Amsterdam')).toBe('donderdag 2 april 2026, 15:00–16:30');
    expect(formatSessionTime(at('2026-04-02T13:00:00Z'), at('2026-04-02T14:30:00Z'), 'en', 'Europe/London')).toBe('Thursday, 2 April 2026, 14:00–15:30');
  });

  it('confirms a booking in Dutch with an invitation (METHOD:REQUEST) for the session UID', () => {
    const mail = sessionMail(facts());
    expect(mail.subject).toBe('Geboekt: Zorgsessie, donderdag 2 april 2026');
    expect(mail.text).toContain('Je plek is geboekt.');
    expect(mail.text).toContain('donderdag 2 april 2026, 15:00–16:30');
    expect(mail.text).toContain('Waar: Zaal 2, Keizersgracht 1');
    expect(mail.html).toContain('Zorgsessie — Team Noord<br>donderdag 2 april 2026, 15:00–16:30');
    expect(mail.attachments).toHaveLength(1);
    const a = mail.attachments[0]!;
    expect(a.contentType).toBe('text/calendar; method=REQUEST; charset=utf-8');
    const { method, event } = calendarOf(a.content);
    expect(method).toBe('REQUEST');
    expect(event.uid).toBe('session-5f0c3c1e-0000-4000-8000-000000000001@attune');
    expect(event.sequence).toBe(4);
    expect([event.startDate.hour, event.startDate.minute]).toEqual([15, 0]);
    expect(event.startDate.toJSDate().toISOString()).toBe('2026-04-02T13:00:00.000Z');
    expect(event.component.getFirstPropertyValue('status')).toBe('CONFIRMED');
    expect(event.attendees.map((p) => p.getFirstValue())).toEqual(['mailto:sanne@test.nl']);
  });

  it('cancels with METHOD:CANCEL, the same UID and the given SEQUENCE, and gives the reason (escaped)', () => {
    const mail = sessionMail(facts({
      kind: 'SESSION_CANCELLED',
      recipient: { name: 'Sam', email: 'sam@test.nl', locale: 'en', timeZone: 'Europe/London' },
      session: { ...facts().session, sequence: 5 },
      reason: 'Facilitator ill <sorry>',
    }));
    expect(mail.subject).toBe('Cancelled: Zorgsessie, Thursday, 2 April 2026');
    expect(mail.text).toContain('Thursday, 2 April 2026, 14:00–15:30 (Europe/London)');
    expect(mail.text).toContain('Reason: Facilitator ill <sorry>');
    expect(mail.html).toContain('Reason: Facilitator ill &lt;sorry&gt;');
    const { method, event } = calendarOf(mail.attachments[0]!.content);
    expect(method).toBe('CANCEL');
    expect(event.uid).toBe('session-5f0c3c1e-0000-4000-8000-000000000001@attune');
    expect(event.sequence).toBe(5);
    expect(event.component.getFirstPropertyValue('status')).toBe('CANCELLED');
  });

  it('sends reminders and waiting-list notices without a calendar attachment', () => {
    expect(sessionMail(facts({ kind: 'REMINDER' })).attachments).toEqual([]);
    const waitlisted = sessionMail(facts({ kind: 'WAITLISTED', recipient: { ...facts().recipient, locale: 'en' } }));
    expect(waitlisted.attachments).toEqual([]);
    expect(waitlisted.subject).toBe('On the waiting list: Zorgsessie, Thursday, 2 April 2026');
    expect(sessionMail(facts({ kind: 'PROMOTED_FROM_WAITLIST' })).attachments[0]!.contentType).toContain('method=REQUEST');
    expect(sessionMail(facts({ kind: 'BOOKING_CANCELLED' })).attachments[0]!.contentType).toContain('method=CANCEL');
  });
});
