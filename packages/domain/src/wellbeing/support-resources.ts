import { badInput } from '../errors.js';

/** A place a member can turn to for support: shown after a check-in at or below 28. */
export interface SupportResource {
  readonly name: string;
  readonly phone: string | null;
  readonly url: string | null;
  readonly description: string | null;
}

export interface SupportResourceInput {
  readonly name: string;
  readonly phone?: string | null;
  readonly url?: string | null;
  readonly description?: string | null;
}

export const MAX_SUPPORT_RESOURCES = 20;
export const SUPPORT_NAME_MAX_LENGTH = 120;
export const SUPPORT_DESCRIPTION_MAX_LENGTH = 300;
export const SUPPORT_URL_MAX_LENGTH = 500;

/** Digits, spaces, and + - ( ) . — e.g. "0800-0113", "+31 20 123 45 67", "(020) 765 43 21". */
const PHONE_RE = /^\+?[0-9][0-9 ().-]{1,28}[0-9]$/u;
// eslint-disable-next-line no-control-regex
const CONTROL_RE = /[\u0000-\u001f\u007f]/u;

function optional(raw: string | null | undefined): string | null {
  if (raw === null || raw === undefined) return null;
  const v = raw.trim().replace(/\s+/gu, ' ');
  return v.length === 0 ? null : v;
}

/** http(s) links to a named host, without credentials: `https://www.113.nl`, `https://example.org/help?x=1`. */
const URL_RE = /^https?:\/\/(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}(?::\d{1,5})?(?:[/?#][^\s]*)?$/iu;

function validateUrl(raw: string, field: string): string {
  if (raw.length > SUPPORT_URL_MAX_LENGTH) throw badInput(field, `A link can be at most ${SUPPORT_URL_MAX_LENGTH} characters`);
  if (!/^https?:\/\//iu.test(raw)) throw badInput(field, 'A link must start with https:// or http://');
  if (!URL_RE.test(raw)) throw badInput(field, 'This is not a valid link');
  return raw;
}

/** Checks and normalises the organisation's support resources; each refusal names the field. */
export function validateSupportResources(list: readonly SupportResourceInput[], field = 'supportResources'): SupportResource[] {
  if (list.length > MAX_SUPPORT_RESOURCES) throw badInput(field, `At most ${MAX_SUPPORT_RESOURCES} support resources`);
  return list.map((r, i) => {
    const at = `${field}.${i}`;
    for (const [name, value] of Object.entries(r)) {
      if (typeof value === 'string' && CONTROL_RE.test(value)) throw badInput(`${at}.${name}`, 'Contains invalid characters');
    }
    const name = optional(r.name);
    if (!name) throw badInput(`${at}.name`, 'A support resource needs a name');
    if (name.length > SUPPORT_NAME_MAX_LENGTH) throw badInput(`${at}.name`, `A name can be at most ${SUPPORT_NAME_MAX_LENGTH} characters`);
    const phone = optional(r.phone);
    if (phone !== null && !PHONE_RE.test(phone)) throw badInput(`${at}.phone`, 'This is not a valid phone number');
    const rawUrl = optional(r.url);
    const url = rawUrl === null ? null : validateUrl(rawUrl, `${at}.url`);
    if (phone === null && url === null) throw badInput(`${at}.phone`, 'Give a phone number or a link, so people can reach it');
    const description = optional(r.description);
    if (description !== null && description.length > SUPPORT_DESCRIPTION_MAX_LENGTH) {
      throw badInput(`${at}.description`, `A description can be at most ${SUPPORT_DESCRIPTION_MAX_LENGTH} characters`);
    }
    return { name, phone, url, description };
  });
}
