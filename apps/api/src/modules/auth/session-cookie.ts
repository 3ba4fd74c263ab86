import type { CookieOptions, Request, Response } from 'express';
import { SESSION_TTL_MS } from '@attune/domain';

export const SESSION_COOKIE = 'attune_session';

export function sessionCookieOptions(secure: boolean): CookieOptions {
  return { httpOnly: true, sameSite: 'lax', secure, path: '/', maxAge: SESSION_TTL_MS };
}

/**
 * The session token from the Cookie header (the first `attune_session`, as browsers send the most
 * specific first). Read directly: the session cookie is the only one the API reads, so parsing
 * every cookie of every request into an object would be wasted work.
 */
export function readSessionCookie(req: Request): string | null {
  const header = req.headers.cookie;
  if (typeof header !== 'string') return null;
  for (const pair of header.split(';')) {
    const eq = pair.indexOf('=');
    if (eq < 0 || pair.slice(0, eq).trim() !== SESSION_COOKIE) continue;
    let value = pair.slice(eq + 1).trim();
    if (value.startsWith('"') && value.endsWith('"') && value.length >= 2) value = value.slice(1, -1);
    try {
      value = value.includes('%') ? decodeURIComponent(value) : value;
    } catch {
      return null;
    }
    return value.length > 0 && value.length < 200 ? value : null;
  }
  return null;
}

export function setSessionCookie(res: Response, token: string, secure: boolean): void {
  res.cookie(SESSION_COOKIE, token, sessionCookieOptions(secure));
}

export function clearSessionCookie(res: Response, secure: boolean): void {
  const { maxAge: _maxAge, ...options } = sessionCookieOptions(secure);
  res.clearCookie(SESSION_COOKIE, options);
}
