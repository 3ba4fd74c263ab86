import { describe, expect, it } from 'vitest';
import { DomainError } from '../../errors.js';
import {
  validateCancelReason,
  validateCapacity,
  validateLocation,
  validateMinNotice,
  validateSessionInput,
  validateSessionTitle,
  validateVideoUrl,
} from '../validation.js';

function refusal(fn: () => unknown): { code: string; field: string | undefined } | null {
  try {
    fn();
  } catch (e) {
    if (e instanceof DomainError) return { code: e.code, field: e.field };
    throw e;
  }
  return null;
}

const now = new Date('2026-06-01T10:00:00Z');
const base = {
  kind: 'CARE',
  title: '  Zorgsessie   juni ',
  startsAt: new Date('2026-06-09T13:00:00Z'),
  endsAt: new Date('2026-06-09T14:30:00Z'),
  timeZone: 'Europe/Amsterdam',
  location: ' Kamer 2 ',
  videoUrl: '',
  capacity: 8,
};

describe('session input', () => {
  it('normalises a valid session', () => {
    expect(validateSessionInput(base, { now, requireFuture: true })).toEqual({
      ...base,
      kind: 'CARE',
      title: 'Zorgsessie juni',
      location: 'Kamer 2',
      videoUrl: null,
      minNoticeMinutes: 0,
    });
  });

  it('names the offending field', () => {
    const bad = (patch: Record<string, unknown>) => refusal(() => validateSessionInput({ ...base, ...patch }, { now, requireFuture: true }));
    expect(bad({ kind: 'PARTY' })).toEqual({ code: 'BAD_USER_INPUT', field: 'kind' });
    expect(bad({ title: '   ' })?.field).toBe('title');
    expect(bad({ title: 'x'.repeat(121) })?.field).toBe('title');
    expect(bad({ timeZone: 'Mars/Olympus' })?.field).toBe('timeZone');
    expect(bad({ endsAt: base.startsAt })?.field).toBe('endsAt');
    expect(bad({ endsAt: new Date(base.startsAt.getTime() + 12 * 3_600_000 + 60_000) })?.field).toBe('endsAt');
    expect(bad({ startsAt: new Date('2026-05-31T10:00:00Z'), endsAt: new Date('2026-05-31T11:00:00Z') })?.field).toBe('startsAt');
    expect(bad({ startsAt: now, endsAt: new Date(now.getTime() + 60_000) })?.field).toBe('startsAt');
    expect(bad({ capacity: 0 })?.field).toBe('capacity');
    expect(bad({ minNoticeMinutes: -1 })?.field).toBe('minNoticeMinutes');
    expect(bad({ videoUrl: 'http://meet.example.com/x' })?.field).toBe('videoUrl');
    // a session in the past is fine where the future is not required (e.g. editing a title)
    expect(refusal(() => validateSessionInput({ ...base, startsAt: new Date('2026-05-01T10:00:00Z'), endsAt: new Date('2026-05-01T11:00:00Z') }, { now, requireFuture: false }))).toBeNull();
  });

  it('limits capacity to 1..500 whole seats', () => {
    expect(validateCapacity(1)).toBe(1);
    expect(validateCapacity(500)).toBe(500);
    for (const n of [0, -1, 501, 2.5, Number.NaN]) expect(refusal(() => validateCapacity(n))?.field).toBe('capacity');
  });

  it('accepts only https video links', () => {
    expect(validateVideoUrl(' https://teams.microsoft.com/l/meetup-join/19%3ameeting_x?context=%7b%7d ')).toBe(
      'https://teams.microsoft.com/l/meetup-join/19%3ameeting_x?context=%7b%7d',
    );
    expect(validateVideoUrl('https://meet.jit.si:8443/zorgsessie')).toBe('https://meet.jit.si:8443/zorgsessie');
    expect(validateVideoUrl('HTTPS://Meet.Example.org/Room')).toBe('https://Meet.Example.org/Room');
    expect(validateVideoUrl(null)).toBeNull();
    expect(validateVideoUrl('  ')).toBeNull();
    for (const bad of ['http://zoom.us/j/1', 'javascript:alert(1)', 'https://', 'https://no spaces.nl', 'ftp://x.nl', 'https://localhost', `https://x.nl/${'a'.repeat(500)}`]) {
      expect(refusal(() => validateVideoUrl(bad))?.field).toBe('videoUrl');
    }
  });

  it('checks titles, locations, notice and reasons', () => {
    expect(refusal(() => validateSessionTitle('a\u0000b'))?.field).toBe('title');
    expect(validateLocation('   ')).toBeNull();
    expect(refusal(() => validateLocation('x'.repeat(201)))?.field).toBe('location');
    expect(refusal(() => validateLocation('line\nbreak'))?.field).toBe('location');
    expect(validateMinNotice(0)).toBe(0);
    expect(validateMinNotice(20160)).toBe(20160);
    expect(refusal(() => validateMinNotice(20161))?.field).toBe('minNoticeMinutes');
    expect(validateCancelReason('  Ziek\nSorry ')).toBe('Ziek\nSorry');
    expect(refusal(() => validateCancelReason('  '))?.field).toBe('reason');
    expect(refusal(() => validateCancelReason('x'.repeat(501)))?.field).toBe('reason');
  });
});
