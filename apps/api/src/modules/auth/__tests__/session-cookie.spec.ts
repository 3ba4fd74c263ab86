import type { Request } from 'express';
import { readSessionCookie } from '../session-cookie';

const req = (cookie?: string): Request => ({ headers: cookie === undefined ? {} : { cookie } }) as unknown as Request;

describe('readSessionCookie', () => {
  it('finds the session token among other cookies', () => {
    expect(readSessionCookie(req('theme=dark; attune_session=abc-DEF_123; lang=nl'))).toBe('abc-DEF_123');
    expect(readSessionCookie(req('attune_session=tok'))).toBe('tok');
    expect(readSessionCookie(req(' attune_session = "quoted" '))).toBe('quoted');
    expect(readSessionCookie(req('attune_session=a%2Bb'))).toBe('a+b');
  });

  it('takes the first of two, and ignores look-alike names', () => {
    expect(readSessionCookie(req('attune_session=first; attune_session=second'))).toBe('first');
    expect(readSessionCookie(req('x_attune_session=no; attune_session_old=no'))).toBeNull();
  });

  it('answers null for no, empty, oversized or undecodable tokens', () => {
    expect(readSessionCookie(req())).toBeNull();
    expect(readSessionCookie(req(''))).toBeNull();
    expect(readSessionCookie(req('attune_session='))).toBeNull();
    expect(readSessionCookie(req(`attune_session=${'x'.repeat(200)}`))).toBeNull();
    expect(readSessionCookie(req('attune_session=%E0%A4%A'))).toBeNull();
    expect(readSessionCookie(req('garbage;;;=;'))).toBeNull();
  });
});
