import { validateTimeZone } from '../account/account.js';
import { badInput } from '../errors.js';
import { isSessionKind, type SessionKind } from './kinds.js';

export const SESSION_TITLE_MAX_LENGTH = 120;
export const SESSION_LOCATION_MAX_LENGTH = 200;
export const SESSION_VIDEO_URL_MAX_LENGTH = 500;
export const SESSION_CAPACITY_MIN = 1;
export const SESSION_CAPACITY_MAX = 500;
/** A session lasts at most twelve hours. */
export const SESSION_MAX_DURATION_MINUTES = 12 * 60;
/** Booking can close at most fourteen days before the start. */
export const MIN_NOTICE_MAX_MINUTES = 14 * 24 * 60;
export const CANCEL_REASON_MAX_LENGTH = 500;

// eslint-disable-next-line no-control-regex
const CONTROL_CHARS = /[\u0000-\u001f\u007f]/u;
const HTTPS_URL = /^https:\/\/(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,62}(?::\d{1,5})?(?:[/?#][^\s]*)?$/iu;

function singleLine(raw: string, field: string, what: string, max: number): string {
  if (CONTROL_CHARS.test(raw)) throw badInput(field, `${what} contains invalid characters`);
  const value = raw.trim().replace(/\s+/gu, ' ');
  if (value.length > max) throw badInput(field, `${what} must be at most ${max} characters`);
  return value;
}

export function validateSessionTitle(raw: string, field = 'title'): string {
  const title = singleLine(raw, field, 'Title', SESSION_TITLE_MAX_LENGTH);
  if (title.length === 0) throw badInput(field, 'Title is required');
  return title;
}

/** A place, or null when left empty. */
export function validateLocation(raw: string | null | undefined, field = 'location'): string | null {
  if (raw === null || raw === undefined) return null;
  const location = singleLine(raw, field, 'Location', SESSION_LOCATION_MAX_LENGTH);
  return location.length === 0 ? null : location;
}

/** A video link must be an https:// URL; null when left empty. */
export function validateVideoUrl(raw: string | null | undefined, field = 'videoUrl'): string | null {
  if (raw === null || raw === undefined) return null;
  const url = raw.trim();
  if (url.length === 0) return null;
  if (url.length > SESSION_VIDEO_URL_MAX_LENGTH) {
    throw badInput(field, `Video link must be at most ${SESSION_VIDEO_URL_MAX_LENGTH} characters`);
  }
  if (!HTTPS_URL.test(url)) throw badInput(field, 'Video link must be a secure web address starting with https://');
  // The scheme is case-insensitive (RFC 3986); stored in its canonical lower case.
  return `https://${url.slice('https://'.length)}`;
}

export function validateCapacity(value: number, field = 'capacity'): number {
  if (!Number.isInteger(value) || value < SESSION_CAPACITY_MIN || value > SESSION_CAPACITY_MAX) {
    throw badInput(field, `Capacity must be a whole number from ${SESSION_CAPACITY_MIN} to ${SESSION_CAPACITY_MAX}`);
  }
  return value;
}

export function validateMinNotice(value: number, field = 'minNoticeMinutes'): number {
  if (!Number.isInteger(value) || value < 0 || value > MIN_NOTICE_MAX_MINUTES) {
    throw badInput(field, `Minimum notice must be a whole number of minutes from 0 to ${MIN_NOTICE_MAX_MINUTES}`);
  }
  return value;
}

export function validateSessionKind(value: string, field = 'kind'): SessionKind {
  if (!isSessionKind(value)) throw badInput(field, 'Kind must be CARE, SUPERVISION or INTERVISION');
  return value;
}

export function validateCancelReason(raw: string, field = 'reason'): string {
  if (CONTROL_CHARS.test(raw.replace(/[\n\r\t]/gu, ' '))) throw badInput(field, 'Reason contains invalid characters');
  const reason = raw.trim();
  if (reason.length === 0) throw badInput(field, 'Please give a reason');
  if (reason.length > CANCEL_REASON_MAX_LENGTH) {
    throw badInput(field, `Reason must be at most ${CANCEL_REASON_MAX_LENGTH} characters`);
  }
  return reason;
}

/**
 * Start and end of a session: the end after the start, at most twelve hours long, and (for
 * new or moved sessions) the start in the future.
 */
export function validateSessionTimes(
  startsAt: Date,
  endsAt: Date,
  opts: { now: Date; requireFuture: boolean },
): { startsAt: Date; endsAt: Date } {
  if (Number.isNaN(startsAt.getTime())) throw badInput('startsAt', 'Start time is not a valid date');
  if (Number.isNaN(endsAt.getTime())) throw badInput('endsAt', 'End time is not a valid date');
  if (endsAt.getTime() <= startsAt.getTime()) throw badInput('endsAt', 'The session must end after it starts');
  if (endsAt.getTime() - startsAt.getTime() > SESSION_MAX_DURATION_MINUTES * 60_000) {
    throw badInput('endsAt', `A session lasts at most ${SESSION_MAX_DURATION_MINUTES / 60} hours`);
  }
  if (opts.requireFuture && startsAt.getTime() <= opts.now.getTime()) {
    throw badInput('startsAt', 'The session must start in the future');
  }
  return { startsAt, endsAt };
}

/** What a lead enters for one session. */
export interface SessionInput {
  readonly kind: string;
  readonly title: string;
  readonly startsAt: Date;
  readonly endsAt: Date;
  readonly timeZone: string;
  readonly location?: string | null;
  readonly videoUrl?: string | null;
  readonly capacity: number;
  readonly minNoticeMinutes?: number | null;
}

/** A session input that passed every rule, normalised (trimmed, empty → null). */
export interface SessionDraft {
  readonly kind: SessionKind;
  readonly title: string;
  readonly startsAt: Date;
  readonly endsAt: Date;
  readonly timeZone: string;
  readonly location: string | null;
  readonly videoUrl: string | null;
  readonly capacity: number;
  readonly minNoticeMinutes: number;
}

/** Validates a whole session; `requireFuture` for new sessions and for sessions being moved. */
export function validateSessionInput(input: SessionInput, opts: { now: Date; requireFuture: boolean }): SessionDraft {
  const kind = validateSessionKind(input.kind);
  const title = validateSessionTitle(input.title);
  const timeZone = validateTimeZone(input.timeZone);
  const { startsAt, endsAt } = validateSessionTimes(input.startsAt, input.endsAt, opts);
  return {
    kind,
    title,
    startsAt,
    endsAt,
    timeZone,
    location: validateLocation(input.location),
    videoUrl: validateVideoUrl(input.videoUrl),
    capacity: validateCapacity(input.capacity),
    minNoticeMinutes: validateMinNotice(input.minNoticeMinutes ?? 0),
  };
}
