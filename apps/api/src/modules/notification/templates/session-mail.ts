import { toIcsEvent } from '../../calendar/calendar-event';
import type { CalendarSession } from '../../calendar/calendar-source';
import { buildCalendar, type IcsMethod } from '../../calendar/ics';
import { mailHtml } from '../html';
import type { OutboxAttachment } from '../outbox-message.entity';

/** The mails about a session that a member receives. */
export type SessionMailKind =
  | 'BOOKING_CONFIRMED'
  | 'WAITLISTED'
  | 'PROMOTED_FROM_WAITLIST'
  | 'SESSION_CHANGED'
  | 'SESSION_CANCELLED'
  | 'BOOKING_CANCELLED'
  | 'REMINDER';

export interface SessionMailFacts {
  readonly kind: SessionMailKind;
  readonly recipient: { readonly name: string; readonly email: string; readonly locale: string; readonly timeZone: string };
  /** The session; `sequence` is the iCalendar SEQUENCE this mail carries. */
  readonly session: CalendarSession & { readonly teamName: string; readonly facilitatorName?: string | null };
  /** Who sends the calendar invitation (the ORGANIZER), normally the MAIL_FROM address. */
  readonly organizer: { readonly name: string; readonly email: string };
  /** Page of the session or booking in the web app. */
  readonly url: string;
  /** Why a session was cancelled, when the lead gave a reason. */
  readonly reason?: string | null;
  /**
   * The recipient is on the waiting list rather than holding a seat: a change or cancellation
   * is told without a calendar attachment, since their calendar does not hold the session.
   */
  readonly onWaitlist?: boolean;
  /** DTSTAMP of the calendar attachment (defaults to now). */
  readonly now?: Date;
}

export interface SessionMail {
  readonly subject: string;
  readonly text: string;
  readonly html: string;
  readonly attachments: OutboxAttachment[];
}

/** Which calendar message a mail carries: an invitation that adds or updates, a cancellation, or none. */
const METHOD: Record<SessionMailKind, IcsMethod | null> = {
  BOOKING_CONFIRMED: 'REQUEST',
  PROMOTED_FROM_WAITLIST: 'REQUEST',
  SESSION_CHANGED: 'REQUEST',
  SESSION_CANCELLED: 'CANCEL',
  BOOKING_CANCELLED: 'CANCEL',
  WAITLISTED: null,
  REMINDER: null,
};

type Lang = 'nl' | 'en';

const SUBJECT: Record<SessionMailKind, Record<Lang, string>> = {
  BOOKING_CONFIRMED: { en: 'Booked', nl: 'Geboekt' },
  WAITLISTED: { en: 'On the waiting list', nl: 'Op de wachtlijst' },
  PROMOTED_FROM_WAITLIST: { en: 'A place opened up for you', nl: 'Er is een plek voor je vrijgekomen' },
  SESSION_CHANGED: { en: 'Changed', nl: 'Gewijzigd' },
  SESSION_CANCELLED: { en: 'Cancelled', nl: 'Geannuleerd' },
  BOOKING_CANCELLED: { en: 'Booking cancelled', nl: 'Boeking geannuleerd' },
  REMINDER: { en: 'Reminder', nl: 'Herinnering' },
};

const LEAD: Record<SessionMailKind, Record<Lang, string>> = {
  BOOKING_CONFIRMED: { en: 'Your place is booked.', nl: 'Je plek is geboekt.' },
  WAITLISTED: {
    en: 'The session is full, so you are on the waiting list. If a place opens up it is yours, in the order people signed up, and we will let you know.',
    nl: 'De sessie is vol, dus je staat op de wachtlijst. Komt er een plek vrij, dan krijg je die op volgorde van aanmelding en laten we het je weten.',
  },
  PROMOTED_FROM_WAITLIST: {
    en: 'Someone cancelled, and the place is now yours: your booking is confirmed.',
    nl: 'Iemand heeft afgezegd en de plek is nu van jou: je boeking is bevestigd.',
  },
  SESSION_CHANGED: { en: 'The session you booked has changed. This is how it stands now:', nl: 'De sessie die je hebt geboekt is gewijzigd. Zo staat hij nu:' },
  SESSION_CANCELLED: { en: 'The session you booked has been cancelled.', nl: 'De sessie die je hebt geboekt gaat niet door.' },
  BOOKING_CANCELLED: { en: 'Your booking is cancelled.', nl: 'Je boeking is geannuleerd.' },
  REMINDER: { en: 'A reminder of the session you booked:', nl: 'Een herinnering aan de sessie die je hebt geboekt:' },
};

/** What a waitlisted member reads instead, for the mails they can receive. */
const LEAD_ON_WAITLIST: Partial<Record<SessionMailKind, Record<Lang, string>>> = {
  SESSION_CHANGED: {
    en: 'The session you are on the waiting list for has changed. This is how it stands now:',
    nl: 'De sessie waarvoor je op de wachtlijst staat is gewijzigd. Zo staat hij nu:',
  },
  SESSION_CANCELLED: {
    en: 'The session you were on the waiting list for has been cancelled.',
    nl: 'De sessie waarvoor je op de wachtlijst stond gaat niet door.',
  },
};

const CLOSING: Record<Lang, string> = {
  en: 'Take good care of yourself.',
  nl: 'Zorg goed voor jezelf.',
};

function dayFormat(locale: string, timeZone: string): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'nl-NL', { timeZone, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
}

/** When a session takes place, in the recipient's language and time zone: "donderdag 26 maart 2026, 15:00–16:30". */
export function formatSessionTime(start: Date, end: Date, locale: string, timeZone: string): string {
  const tag = locale === 'en' ? 'en-GB' : 'nl-NL';
  const day = dayFormat(locale, timeZone);
  const time = new Intl.DateTimeFormat(tag, { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  const sameDay = day.format(start) === day.format(end);
  return sameDay
    ? `${day.format(start)}, ${time.format(start)}–${time.format(end)}`
    : `${day.format(start)}, ${time.format(start)} – ${day.format(end)}, ${time.format(end)}`;
}

/** The mail for one member about one session, in their language and time zone, with its .ics. */
export function sessionMail(f: SessionMailFacts): SessionMail {
  const lang: Lang = f.recipient.locale === 'en' ? 'en' : 'nl';
  const s = f.session;
  let when = formatSessionTime(s.start, s.end, lang, f.recipient.timeZone);
  if (f.recipient.timeZone !== s.timeZone) when += ` (${f.recipient.timeZone})`;
  const en = lang === 'en';

  const lead = (f.onWaitlist ? LEAD_ON_WAITLIST[f.kind] : undefined) ?? LEAD[f.kind];
  const lines = [en ? `Hello ${f.recipient.name},` : `Hoi ${f.recipient.name},`, lead[lang]];
  const details = [
    `${s.title} — ${s.teamName}`,
    when,
    ...(s.location ? [`${en ? 'Where' : 'Waar'}: ${s.location}`] : []),
    ...(s.videoUrl ? [`${en ? 'Video link' : 'Videolink'}: ${s.videoUrl}`] : []),
    ...(s.facilitatorName ? [`${en ? 'Facilitator' : 'Begeleiding'}: ${s.facilitatorName}`] : []),
  ];
  lines.push(details.join('\n'));
  if (f.kind === 'SESSION_CANCELLED' && f.reason) lines.push(`${en ? 'Reason' : 'Reden'}: ${f.reason}`);
  const method = f.onWaitlist ? null : METHOD[f.kind];
  if (method === 'REQUEST') {
    lines.push(en ? 'The attached invitation puts the session in your calendar.' : 'Met de bijgevoegde uitnodiging zet je de sessie in je agenda.');
  } else if (method === 'CANCEL') {
    lines.push(en ? 'The attachment removes it from your calendar.' : 'Met de bijlage haal je hem uit je agenda.');
  }
  lines.push(CLOSING[lang]);

  const label = en ? 'Open in Attune' : 'Openen in Attune';
  const attachments: OutboxAttachment[] = method
    ? [
        {
          filename: method === 'CANCEL' ? 'cancel.ics' : 'invite.ics',
          contentType: `text/calendar; method=${method}; charset=utf-8`,
          content: buildCalendar({
            method,
            now: f.now,
            events: [
              {
                ...toIcsEvent(s),
                status: method === 'CANCEL' ? 'CANCELLED' : 'CONFIRMED',
                organizer: f.organizer,
                attendees: [{ name: f.recipient.name, email: f.recipient.email }],
              },
            ],
          }),
        },
      ]
    : [];
  return {
    subject: `${SUBJECT[f.kind][lang]}: ${s.title}, ${dayFormat(lang, f.recipient.timeZone).format(s.start)}`,
    text: `${lines.join('\n\n')}\n\n${label}: ${f.url}\n`,
    html: mailHtml(lines, { href: f.url, label }),
    attachments,
  };
}
