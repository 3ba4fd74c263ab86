/**
 * An iCalendar (RFC 5545) writer for session events: invitations and cancellations sent by
 * mail (iTIP, RFC 5546: METHOD:REQUEST / METHOD:CANCEL) and subscribable feeds (PUBLISH).
 *
 * Times are written as local wall-clock times with a TZID and a VTIMEZONE generated from the
 * zone's real offset changes (via Intl) over the span of the events, so a 15:00 session stays
 * at 15:00 on both sides of a daylight-saving change in every client, including those that do
 * not know IANA zone names. Output uses CRLF line ends and folds lines at 75 octets.
 */
import {
  lastTransitionBefore,
  occurrencesOfWallTime,
  offsetSecondsAt,
  wallTimeAtOffset,
  wallTimeIn,
  zoneAbbreviation,
  zoneTransitions,
  type WallTime,
  type ZoneTransition,
} from './time-zone';

export type IcsMethod = 'REQUEST' | 'CANCEL' | 'PUBLISH';
export type IcsEventStatus = 'CONFIRMED' | 'TENTATIVE' | 'CANCELLED';

export interface IcsPerson {
  readonly name: string;
  readonly email: string;
}

export interface IcsAttendee extends IcsPerson {
  readonly partstat?: 'ACCEPTED' | 'NEEDS-ACTION' | 'DECLINED' | 'TENTATIVE';
}

export interface IcsEvent {
  /** Stable across every version of the event (see `sessionUid`). */
  readonly uid: string;
  /** Raised each time the organiser changes the event (time, place, cancellation). */
  readonly sequence: number;
  readonly start: Date;
  readonly end: Date;
  /** IANA zone the event is shown in, e.g. Europe/Amsterdam. */
  readonly timeZone: string;
  readonly summary: string;
  readonly description?: string | null;
  readonly location?: string | null;
  readonly url?: string | null;
  readonly status?: IcsEventStatus;
  readonly organizer?: IcsPerson | null;
  readonly attendees?: readonly IcsAttendee[];
  readonly lastModified?: Date | null;
}

export interface IcsCalendar {
  readonly method?: IcsMethod;
  readonly events: readonly IcsEvent[];
  /** Feed name shown by calendar apps (X-WR-CALNAME). */
  readonly name?: string;
  /** The calendar's default zone (X-WR-TIMEZONE), for feeds. */
  readonly timeZone?: string;
  /** How often subscribers should refresh a feed. */
  readonly refreshMinutes?: number;
  /** DTSTAMP: when this object was created (defaults to now). */
  readonly now?: Date;
}

export const PRODID = '-//Attune//Attune Calendar 1.0//EN';

/** The one UID every calendar object about a session carries. */
export function sessionUid(sessionId: string): string {
  return `session-${sessionId}@attune`;
}

/** Builds a complete VCALENDAR object (CRLF line ends, folded). */
export function buildCalendar(cal: IcsCalendar): string {
  const now = cal.now ?? new Date();
  const lines: string[] = ['BEGIN:VCALENDAR', `PRODID:${PRODID}`, 'VERSION:2.0', 'CALSCALE:GREGORIAN'];
  if (cal.method) lines.push(`METHOD:${cal.method}`);
  if (cal.name) lines.push(`X-WR-CALNAME:${escapeText(cal.name)}`);
  if (cal.timeZone) lines.push(`X-WR-TIMEZONE:${escapeText(cal.timeZone)}`);
  if (cal.refreshMinutes) {
    lines.push(`REFRESH-INTERVAL;VALUE=DURATION:PT${cal.refreshMinutes}M`, `X-PUBLISHED-TTL:PT${cal.refreshMinutes}M`);
  }

  const spans = new Map<string, { from: Date; to: Date }>();
  for (const e of cal.events) {
    if (!(e.end.getTime() >= e.start.getTime())) throw new RangeError(`Event ${e.uid} ends before it starts`);
    const span = spans.get(e.timeZone);
    if (!span) spans.set(e.timeZone, { from: e.start, to: e.end });
    else {
      if (e.start < span.from) span.from = e.start;
      if (e.end > span.to) span.to = e.end;
    }
  }
  for (const [zone, span] of [...spans].sort(([a], [b]) => a.localeCompare(b))) lines.push(...vtimezone(zone, span.from, span.to));
  for (const e of cal.events) lines.push(...vevent(e, cal.method, now));
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

function vevent(e: IcsEvent, method: IcsMethod | undefined, now: Date): string[] {
  const status = method === 'CANCEL' ? 'CANCELLED' : (e.status ?? 'CONFIRMED');
  const lines = [
    'BEGIN:VEVENT',
    `UID:${escapeText(e.uid)}`,
    `SEQUENCE:${Math.max(0, Math.trunc(e.sequence))}`,
    `DTSTAMP:${utcStamp(now)}`,
    dateTimeProperty('DTSTART', e.start, e.timeZone),
    dateTimeProperty('DTEND', e.end, e.timeZone),
    `SUMMARY:${escapeText(e.summary)}`,
  ];
  if (e.description) lines.push(`DESCRIPTION:${escapeText(e.description)}`);
  if (e.location) lines.push(`LOCATION:${escapeText(e.location)}`);
  if (e.url) lines.push(`URL;VALUE=URI:${stripControls(e.url)}`);
  lines.push(`STATUS:${status}`, `TRANSP:${status === 'CANCELLED' ? 'TRANSPARENT' : 'OPAQUE'}`);
  if (e.lastModified) lines.push(`LAST-MODIFIED:${utcStamp(e.lastModified)}`);
  if (e.organizer) lines.push(`ORGANIZER;CN=${paramValue(e.organizer.name)}:mailto:${mailto(e.organizer.email)}`);
  for (const a of e.attendees ?? []) {
    const partstat = method === 'CANCEL' ? 'DECLINED' : (a.partstat ?? 'ACCEPTED');
    lines.push(`ATTENDEE;CN=${paramValue(a.name)};ROLE=REQ-PARTICIPANT;PARTSTAT=${partstat};RSVP=FALSE:mailto:${mailto(a.email)}`);
  }
  lines.push('END:VEVENT');
  return lines;
}

/**
 * `NAME;TZID=zone:local` — except in the hour a year whose wall time occurs twice: RFC 5545
 * §3.3.5 reads such a time as its first occurrence but parsers differ (ical.js takes the
 * second), so there the instant is written unambiguously in UTC (`NAME:...Z`).
 */
function dateTimeProperty(name: string, at: Date, zone: string): string {
  const whole = new Date(Math.floor(at.getTime() / 1000) * 1000);
  const wall = wallTimeIn(zone, whole);
  if (occurrencesOfWallTime(zone, wall).length !== 1) return `${name}:${utcStamp(whole)}`;
  return `${name};TZID=${paramValue(zone)}:${formatWall(wall)}`;
}

/**
 * A VTIMEZONE that is exact from before `from` until `to`: the offset change in force at
 * `from` and every change up to `to`, each as its own STANDARD or DAYLIGHT observance with
 * the local onset time in the old offset. A zone that did not change in the two years before
 * `from` starts with one fixed observance instead.
 */
export function vtimezone(zone: string, from: Date, to: Date): string[] {
  const previous = lastTransitionBefore(zone, from);
  const changes: ZoneTransition[] = [...(previous ? [previous] : []), ...zoneTransitions(zone, from, to)];
  const lines = ['BEGIN:VTIMEZONE', `TZID:${escapeText(zone)}`, `X-LIC-LOCATION:${escapeText(zone)}`];
  if (!previous) {
    // No change in the look-back window: one observance from 1970 fixes the offset at `from`.
    const offset = offsetSecondsAt(zone, from);
    lines.push('BEGIN:STANDARD', 'DTSTART:19700101T000000', `TZOFFSETFROM:${formatOffset(offset)}`, `TZOFFSETTO:${formatOffset(offset)}`);
    const abbr = zoneAbbreviation(zone, from);
    if (abbr) lines.push(`TZNAME:${escapeText(abbr)}`);
    lines.push('END:STANDARD');
  }
  for (const c of changes) {
    const kind = c.offsetTo > c.offsetFrom ? 'DAYLIGHT' : 'STANDARD';
    lines.push(
      `BEGIN:${kind}`,
      `DTSTART:${formatWall(wallTimeAtOffset(c.at, c.offsetFrom))}`,
      `TZOFFSETFROM:${formatOffset(c.offsetFrom)}`,
      `TZOFFSETTO:${formatOffset(c.offsetTo)}`,
    );
    const abbr = zoneAbbreviation(zone, c.at);
    if (abbr) lines.push(`TZNAME:${escapeText(abbr)}`);
    lines.push(`END:${kind}`);
  }
  lines.push('END:VTIMEZONE');
  return lines;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

function formatWall(w: WallTime): string {
  return `${pad(w.year, 4)}${pad(w.month)}${pad(w.day)}T${pad(w.hour)}${pad(w.minute)}${pad(w.second)}`;
}

/** `20261025T010000Z` */
export function utcStamp(at: Date): string {
  return `${formatWall(wallTimeAtOffset(at, 0))}Z`;
}

/** Seconds east of UTC as `+0100`, `-0330` or, with seconds, `+001932`. */
export function formatOffset(seconds: number): string {
  const sign = seconds < 0 ? '-' : '+';
  const abs = Math.abs(seconds);
  const s = abs % 60;
  return `${sign}${pad(Math.floor(abs / 3600))}${pad(Math.floor((abs % 3600) / 60))}${s ? pad(s) : ''}`;
}

// Control characters other than HTAB are not allowed in content lines.
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/gu;

function stripControls(s: string): string {
  return s.replace(CONTROLS, '');
}

/** Escapes a TEXT value: backslash, semicolon, comma and line breaks (RFC 5545 §3.3.11). */
export function escapeText(s: string): string {
  return stripControls(s.replace(/\r\n|\r|\n/gu, '\n'))
    .replace(/\\/gu, '\\\\')
    .replace(/;/gu, '\\;')
    .replace(/,/gu, '\\,')
    .replace(/\n/gu, '\\n');
}

/** A parameter value, quoted only when it holds `:;,` (a quoted value never holds a double quote). */
function paramValue(s: string): string {
  const value = stripControls(s.replace(/[\r\n]+/gu, ' ')).replace(/"/gu, "'");
  return /[:;,]/u.test(value) ? `"${value}"` : value;
}

function mailto(email: string): string {
  return stripControls(email).replace(/[\s"<>]/gu, '');
}

const encoder = new TextEncoder();

/**
 * Folds a content line so that no line exceeds 75 octets (RFC 5545 §3.1): a CRLF and one
 * space are inserted, never inside a UTF-8 sequence.
 */
export function foldLine(line: string): string {
  if (encoder.encode(line).length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    if (octets + size > 75) {
      parts.push(current);
      current = ' ';
      octets = 1;
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n');
}
