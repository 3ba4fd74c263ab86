import { badInput } from '../errors.js';

export const Locale = { nl: 'nl', en: 'en' } as const;
export type Locale = (typeof Locale)[keyof typeof Locale];
export const LOCALES: readonly Locale[] = ['nl', 'en'];
export const DEFAULT_LOCALE: Locale = 'nl';
export const DEFAULT_TIME_ZONE = 'Europe/Amsterdam';

export const TeamRole = { MEMBER: 'MEMBER', LEAD: 'LEAD' } as const;
export type TeamRole = (typeof TeamRole)[keyof typeof TeamRole];
export const TEAM_ROLES: readonly TeamRole[] = ['MEMBER', 'LEAD'];

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 256;
export const DISPLAY_NAME_MAX_LENGTH = 80;
export const EMAIL_MAX_LENGTH = 254;
export const TEAM_NAME_MAX_LENGTH = 80;

/** Invitations are valid for seven days. */
export const INVITE_TTL_MS = 7 * 24 * 60 * 60 * 1000;
/** A login session lasts fourteen days without use. */
export const SESSION_TTL_MS = 14 * 24 * 60 * 60 * 1000;
/** Login attempts allowed per e-mail address, and per client address, in one window. */
export const LOGIN_ATTEMPTS_PER_WINDOW = 5;
export const LOGIN_WINDOW_MS = 60 * 1000;

const EMAIL_RE = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]{2,}$/u;

/** Lower-cased, trimmed e-mail; throws BAD_USER_INPUT when it cannot be an address. */
export function normaliseEmail(raw: string, field = 'email'): string {
  const email = raw.trim().toLowerCase();
  if (email.length === 0) throw badInput(field, 'E-mail address is required');
  if (email.length > EMAIL_MAX_LENGTH || !EMAIL_RE.test(email)) {
    throw badInput(field, 'This is not a valid e-mail address');
  }
  return email;
}

export function validatePassword(password: string, field = 'password'): string {
  if (password.length < PASSWORD_MIN_LENGTH) {
    throw badInput(field, `Password must be at least ${PASSWORD_MIN_LENGTH} characters`);
  }
  if (password.length > PASSWORD_MAX_LENGTH) {
    throw badInput(field, `Password must be at most ${PASSWORD_MAX_LENGTH} characters`);
  }
  return password;
}

/** Trims and collapses whitespace; refuses empty or overly long names and control characters. */
export function validateName(raw: string, field: string, max = DISPLAY_NAME_MAX_LENGTH): string {
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/u.test(raw)) throw badInput(field, 'Name contains invalid characters');
  const name = raw.trim().replace(/\s+/gu, ' ');
  if (name.length === 0) throw badInput(field, 'Name is required');
  if (name.length > max) throw badInput(field, `Name must be at most ${max} characters`);
  return name;
}

export function isLocale(value: string): value is Locale {
  return (LOCALES as readonly string[]).includes(value);
}

export function validateLocale(value: string, field = 'locale'): Locale {
  if (!isLocale(value)) throw badInput(field, 'Locale must be nl or en');
  return value;
}

/** True when the runtime knows this IANA time zone. */
export function isTimeZone(value: string): boolean {
  if (value.length === 0 || value.length > 64) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

export function validateTimeZone(value: string, field = 'timeZone'): string {
  if (!isTimeZone(value)) throw badInput(field, 'Unknown time zone');
  return value;
}

export function isTeamRole(value: string): value is TeamRole {
  return (TEAM_ROLES as readonly string[]).includes(value);
}

/**
 * Who may invite into a team: an org admin of the team's organisation, or a lead of the team.
 * Only those may invite another lead.
 */
export function canInvite(actor: { isOrgAdmin: boolean; teamRole: TeamRole | null }): boolean {
  return actor.isOrgAdmin || actor.teamRole === 'LEAD';
}
