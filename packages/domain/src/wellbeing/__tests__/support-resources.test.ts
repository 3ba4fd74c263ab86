import { describe, expect, it } from 'vitest';
import { DomainError, validateSupportResources } from '../../index.js';

function fieldOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    if (e instanceof DomainError) return e.field;
    throw e;
  }
  throw new Error('accepted');
}

describe('support resources', () => {
  it('normalises names, phone numbers and links', () => {
    expect(
      validateSupportResources([
        { name: ' 113  Zelfmoordpreventie ', phone: '0800-0113', url: 'https://www.113.nl', description: '' },
        { name: 'Huisarts', phone: '+31 (20) 123 45 67' },
        { name: 'Online', url: 'https://example.org/help?lang=nl' },
      ]),
    ).toEqual([
      { name: '113 Zelfmoordpreventie', phone: '0800-0113', url: 'https://www.113.nl', description: null },
      { name: 'Huisarts', phone: '+31 (20) 123 45 67', url: null, description: null },
      { name: 'Online', phone: null, url: 'https://example.org/help?lang=nl', description: null },
    ]);
  });

  it('refuses what people could not use, naming the field', () => {
    expect(fieldOf(() => validateSupportResources([{ name: '', phone: '112' }]))).toBe('supportResources.0.name');
    expect(fieldOf(() => validateSupportResources([{ name: 'A', phone: '112' }, { name: 'B', phone: 'call me' }]))).toBe('supportResources.1.phone');
    expect(fieldOf(() => validateSupportResources([{ name: 'A', url: 'javascript:alert(1)' }]))).toBe('supportResources.0.url');
    expect(fieldOf(() => validateSupportResources([{ name: 'A', url: 'https://user:pw@example.org' }]))).toBe('supportResources.0.url');
    expect(fieldOf(() => validateSupportResources([{ name: 'A' }]))).toBe('supportResources.0.phone');
    expect(fieldOf(() => validateSupportResources(Array.from({ length: 21 }, () => ({ name: 'A', phone: '112' }))))).toBe('supportResources');
    expect(fieldOf(() => validateSupportResources([{ name: 'A', phone: '112', description: 'x'.repeat(301) }]))).toBe('supportResources.0.description');
  });
});
