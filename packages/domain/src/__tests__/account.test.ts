import { describe, expect, it } from 'vitest';
import {
  DomainError,
  canInvite,
  isTimeZone,
  normaliseEmail,
  validateLocale,
  validateName,
  validatePassword,
} from '../index.js';

function codeAndField(fn: () => unknown): [string, string | undefined] {
  try {
    fn();
  } catch (e) {
    if (e instanceof DomainError) return [e.code, e.field];
    throw e;
  }
  throw new Error('expected a DomainError');
}

describe('account rules', () => {
  it('normalises e-mail addresses and refuses broken ones with the field named', () => {
    expect(normaliseEmail('  Anna@Example.NL ')).toBe('anna@example.nl');
    expect(codeAndField(() => normaliseEmail('not-an-address'))).toEqual(['BAD_USER_INPUT', 'email']);
    expect(codeAndField(() => normaliseEmail(''))).toEqual(['BAD_USER_INPUT', 'email']);
    expect(codeAndField(() => normaliseEmail(`${'a'.repeat(250)}@x.nl`))).toEqual(['BAD_USER_INPUT', 'email']);
  });

  it('requires passwords of a sensible length', () => {
    expect(validatePassword('correct horse')).toBe('correct horse');
    expect(codeAndField(() => validatePassword('short'))).toEqual(['BAD_USER_INPUT', 'password']);
    expect(codeAndField(() => validatePassword('x'.repeat(300)))).toEqual(['BAD_USER_INPUT', 'password']);
  });

  it('cleans names and refuses control characters', () => {
    expect(validateName('  Sanne   de  Vries ', 'name')).toBe('Sanne de Vries');
    expect(codeAndField(() => validateName('   ', 'name'))).toEqual(['BAD_USER_INPUT', 'name']);
    expect(codeAndField(() => validateName('a\u0000b', 'name'))).toEqual(['BAD_USER_INPUT', 'name']);
  });

  it('knows locales and time zones', () => {
    expect(validateLocale('en')).toBe('en');
    expect(codeAndField(() => validateLocale('de'))).toEqual(['BAD_USER_INPUT', 'locale']);
    expect(isTimeZone('Europe/Amsterdam')).toBe(true);
    expect(isTimeZone('Mars/Olympus')).toBe(false);
  });

  it('lets only admins and leads invite', () => {
    expect(canInvite({ isOrgAdmin: true, teamRole: null })).toBe(true);
    expect(canInvite({ isOrgAdmin: false, teamRole: 'LEAD' })).toBe(true);
    expect(canInvite({ isOrgAdmin: false, teamRole: 'MEMBER' })).toBe(false);
    expect(canInvite({ isOrgAdmin: false, teamRole: null })).toBe(false);
  });
});
