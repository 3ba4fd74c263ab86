import { mailHtml } from '../html';

export interface BookingMail {
  subject: string;
  text: string;
  html: string;
}

/** What a booking message says about its session, in the recipient's own zone and language. */
export interface SessionFacts {
  title: string;
  teamName: string;
  startsAt: Date;
  endsAt: Date;
  location: string | null;
  videoUrl: string | null;
}

export interface Recipient {
  locale: string;
  timeZone: string;
}

function when(r: Recipient, s: SessionFacts): string {
  const lang = r.locale === 'en' ? 'en-GB' : 'nl-NL';
  const day = s.startsAt.toLocaleString(lang, { timeZone: r.timeZone, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
  const from = s.startsAt.toLocaleTimeString(lang, { timeZone: r.timeZone, hour: '2-digit', minute: '2-digit' });
  const to = s.endsAt.toLocaleTimeString(lang, { timeZone: r.timeZone, hour: '2-digit', minute: '2-digit' });
  return `${day}, ${from}–${to}`;
}

function where(r: Recipient, s: SessionFacts): string[] {
  const en = r.locale === 'en';
  const lines: string[] = [];
  if (s.location) lines.push(`${en ? 'Where' : 'Waar'}: ${s.location}`);
  if (s.videoUrl) lines.push(`${en ? 'Video link' : 'Videolink'}: ${s.videoUrl}`);
  return lines;
}

function mail(subject: string, paragraphs: string[]): BookingMail {
  return { subject, text: `${paragraphs.join('\n\n')}\n`, html: mailHtml(paragraphs) };
}

export function bookingConfirmedMail(r: Recipient, s: SessionFacts): BookingMail {
  const en = r.locale === 'en';
  return mail(en ? `Booked: ${s.title}` : `Geboekt: ${s.title}`, [
    en ? `Your place in "${s.title}" (${s.teamName}) is confirmed.` : `Je plek in "${s.title}" (${s.teamName}) is bevestigd.`,
    when(r, s),
    ...where(r, s),
    en ? 'Can you no longer come? Cancel in Attune so someone else can take your place.' : 'Kun je toch niet? Annuleer in Attune, dan kan iemand anders je plek krijgen.',
  ]);
}

export function waitlistPromotedMail(r: Recipient, s: SessionFacts): BookingMail {
  const en = r.locale === 'en';
  return mail(en ? `A place opened up: ${s.title}` : `Er is een plek vrijgekomen: ${s.title}`, [
    en
      ? `A place opened up in "${s.title}" (${s.teamName}) and it is yours: your booking is now confirmed.`
      : `Er is een plek vrijgekomen in "${s.title}" (${s.teamName}) en die is voor jou: je boeking is nu bevestigd.`,
    when(r, s),
    ...where(r, s),
    en ? 'Can you no longer come? Cancel in Attune so the next person can take it.' : 'Kun je toch niet? Annuleer in Attune, dan gaat de plek naar de volgende.',
  ]);
}

export function sessionChangedMail(r: Recipient, s: SessionFacts): BookingMail {
  const en = r.locale === 'en';
  return mail(en ? `Changed: ${s.title}` : `Gewijzigd: ${s.title}`, [
    en ? `The time or place of "${s.title}" (${s.teamName}) has changed. It is now:` : `De tijd of plaats van "${s.title}" (${s.teamName}) is gewijzigd. Het is nu:`,
    when(r, s),
    ...where(r, s),
    en ? 'Your booking stays as it was. Cancel in Attune if this no longer suits you.' : 'Je boeking blijft staan. Annuleer in Attune als het je zo niet meer past.',
  ]);
}

export function sessionCancelledMail(r: Recipient, s: SessionFacts, reason: string): BookingMail {
  const en = r.locale === 'en';
  return mail(en ? `Cancelled: ${s.title}` : `Geannuleerd: ${s.title}`, [
    en ? `"${s.title}" (${s.teamName}) on ${when(r, s)} will not take place.` : `"${s.title}" (${s.teamName}) op ${when(r, s)} gaat niet door.`,
    `${en ? 'Reason' : 'Reden'}: ${reason}`,
    en ? 'Your booking has been cancelled; you need not do anything.' : 'Je boeking is geannuleerd; je hoeft niets te doen.',
  ]);
}
