import { CombinedGraphQLErrors, ServerError } from '@apollo/client';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { browserLocale, resolveLocale } from '../i18n/locale';
import { en } from '../i18n/messages/en';
import { toAppError } from '../result';
import { timeFormat, timeZoneOptions } from '../time';
import { emailProblem, fieldErrors, nameProblem, newPasswordProblem } from '../validation';

describe('resolveLocale', () => {
  it('prefers the profile, then the device choice, then the browser, then Dutch', () => {
    expect(resolveLocale({ profile: 'en', stored: 'nl', browser: ['nl-NL'] })).toBe('en');
    expect(resolveLocale({ profile: null, stored: 'en', browser: ['nl-NL'] })).toBe('en');
    expect(resolveLocale({ profile: null, stored: 'xx', browser: ['de-DE', 'en-US'] })).toBe('en');
    expect(resolveLocale({ profile: undefined, stored: null, browser: ['fr-FR', 'de'] })).toBe('nl');
    expect(resolveLocale({ profile: null, stored: null, browser: [] })).toBe('nl');
  });
  it('reads region tags', () => {
    expect(browserLocale(['NL-be'])).toBe('nl');
    expect(browserLocale(['en-AU'])).toBe('en');
    expect(browserLocale(['fy'])).toBeNull();
  });
});

describe('timeFormat', () => {
  it('shows an instant in the reader zone, across the DST change', () => {
    const ams = timeFormat('nl', 'Europe/Amsterdam');
    // 14:00 UTC is 15:00 in winter (CET, +1) and 16:00 in summer (CEST, +2) in Amsterdam.
    expect(ams.time('2026-03-28T14:00:00Z')).toBe('15:00');
    expect(ams.time('2026-03-30T14:00:00Z')).toBe('16:00');
    expect(timeFormat('en', 'America/New_York').time('2026-03-30T14:00:00Z')).toBe('10:00');
  });
  it('speaks the reader language and shows a range on one date', () => {
    const nl = timeFormat('nl', 'Europe/Amsterdam');
    expect(nl.date('2026-03-10T14:00:00Z')).toBe('dinsdag 10 maart 2026');
    expect(timeFormat('en', 'Europe/Amsterdam').date('2026-03-10T14:00:00Z')).toBe('Tuesday, 10 March 2026');
    const range = nl.range('2026-03-10T14:00:00Z', '2026-03-10T15:30:00Z');
    expect(range).toContain('15:00');
    expect(range).toContain('16:30');
    expect(range.match(/10/g)?.length).toBe(1);
  });
  it('lists time zones with their offset and keeps the current one', () => {
    const zones = timeZoneOptions('en', 'Europe/Amsterdam');
    const ams = zones.find((z) => z.id === 'Europe/Amsterdam');
    expect(ams?.label).toMatch(/^Europe\/Amsterdam \(GMT\+[12]\)$/);
    expect(zones.some((z) => z.id === 'UTC')).toBe(true);
    expect(zones.find((z) => z.id === 'America/New_York')?.label).toMatch(/^America\/New York/);
    expect(zones.length).toBeGreaterThan(300);
  });
});

describe('toAppError', () => {
  it('reads code, field and reason from a GraphQL error', () => {
    const e = toAppError(
      new CombinedGraphQLErrors({
        errors: [new GraphQLError('nope', { extensions: { code: 'BAD_USER_INPUT', field: 'email' } })],
      }),
    );
    expect(e).toMatchObject({ code: 'BAD_USER_INPUT', field: 'email' });
    const r = toAppError(
      new CombinedGraphQLErrors({
        errors: [new GraphQLError('slow down', { extensions: { code: 'UNAUTHENTICATED', reason: 'RATE_LIMITED', retryAfterSeconds: 60 } })],
      }),
    );
    expect(r).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'RATE_LIMITED', retryAfterSeconds: 60 });
  });
  it('treats unknown codes, server failures and fetch failures sensibly', () => {
    expect(toAppError(new CombinedGraphQLErrors({ errors: [new GraphQLError('x', { extensions: { code: 'INTERNAL_SERVER_ERROR' } })] })).code).toBe('UNKNOWN');
    expect(toAppError(new ServerError('bad gateway', { response: new Response('', { status: 502 }), bodyText: '' })).code).toBe('NETWORK');
    expect(toAppError(new TypeError('Failed to fetch')).code).toBe('NETWORK');
  });
});

describe('validation', () => {
  it('uses the domain rules with translated texts', () => {
    expect(emailProblem(en, '')).toBe(en.validation.required);
    expect(emailProblem(en, 'a@b')).toBe(en.validation.email);
    expect(emailProblem(en, ' Sam@Example.org ')).toBeNull();
    expect(newPasswordProblem(en, 'short')).toBe(en.validation.passwordTooShort(10));
    expect(newPasswordProblem(en, 'long enough!')).toBeNull();
    expect(nameProblem(en, '   ')).toBe(en.validation.required);
    expect(nameProblem(en, 'x'.repeat(81))).toBe(en.validation.nameTooLong(80));
    expect(nameProblem(en, 'Sam\u0007')).toBe(en.validation.nameInvalid);
    expect(nameProblem(en, 'Sam de Vries')).toBeNull();
  });
  it('maps a server field error onto the form', () => {
    expect(fieldErrors({ code: 'BAD_USER_INPUT', field: 'email', message: 'x' }, { email: 'Bad address' })).toEqual({ email: 'Bad address' });
    expect(fieldErrors({ code: 'CONFLICT', message: 'x' }, { email: 'Bad address' })).toEqual({});
    expect(fieldErrors(null, {})).toEqual({});
  });
});
