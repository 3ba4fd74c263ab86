import { describe, expect, it } from 'vitest';
import { SUGGESTION_TEXT, scalesThatStandOut, suggestFor, who5Trend, type ScaleValues, type SuggestionKey } from '../../index.js';

const calm: ScaleValues = { STRESS_LOAD: 3, SLEEP_QUALITY: 7, BODY_TENSION: 3, SAFETY: 8, CONNECTION: 7, CLIENT_MATERIAL: 3 };
const steady = who5Trend(64, [60]);

describe('gentle suggestions', () => {
  it('answers the heaviest scale that stands out with its recovery condition', () => {
    const s = suggestFor({ band: 'OK', trend: steady, scales: { ...calm, SLEEP_QUALITY: 1, STRESS_LOAD: 8 } });
    expect(s.standingOut).toEqual(['SLEEP_QUALITY', 'STRESS_LOAD']);
    expect(s.key).toBe('rest.sleep');
    expect(s.condition).toBe('REST');
    expect(s.nextStep).toBe('NONE');
    expect(s.nextStepText).toBeNull();
  });

  it('puts safety first among equally heavy scales', () => {
    const s = suggestFor({ band: 'LOW', trend: steady, scales: { ...calm, SAFETY: 2, CLIENT_MATERIAL: 8, STRESS_LOAD: 8 } });
    expect(s.standingOut[0]).toBe('SAFETY');
    expect(s.condition).toBe('SAFETY');
  });

  it('notices a scale that rose against the member\'s own recent check-ins', () => {
    expect(scalesThatStandOut({ ...calm, BODY_TENSION: 6 }, [calm, calm])).toEqual(['BODY_TENSION']);
    expect(scalesThatStandOut({ ...calm, BODY_TENSION: 6 })).toEqual([]);
  });

  it('maps every scale to one of the five recovery conditions', () => {
    const conditions = new Set<string>();
    for (const scale of Object.keys(calm) as (keyof ScaleValues)[]) {
      const heavy = { ...calm, [scale]: calm[scale] >= 5 ? 0 : 10 };
      conditions.add(suggestFor({ band: 'OK', trend: steady, scales: heavy }).condition);
    }
    expect([...conditions].sort()).toEqual(['ACCEPTANCE', 'PRESENCE', 'REST', 'RHYTHM', 'SAFETY']);
  });

  it('without a standing-out scale: acceptance when low, presence after a dip, rhythm otherwise', () => {
    expect(suggestFor({ band: 'LOW', trend: steady, scales: calm }).key).toBe('acceptance.lowWellbeing');
    expect(suggestFor({ band: 'OK', trend: who5Trend(50, [72]), scales: calm }).key).toBe('presence.noticeDip');
    expect(suggestFor({ band: 'OK', trend: steady, scales: calm }).key).toBe('rhythm.keepWhatHelps');
  });

  it('offers a peer talk or a session below 50 and the support resources at or below 28', () => {
    expect(suggestFor({ band: 'LOW', trend: steady, scales: calm }).nextStep).toBe('PEER_TALK_OR_SESSION');
    const s = suggestFor({ band: 'NEEDS_SUPPORT', trend: steady, scales: calm });
    expect(s.nextStep).toBe('SUPPORT_RESOURCES');
    expect(s.nextStepText?.nl).toContain('zorgsessie');
  });

  it('has Dutch and English text for every key', () => {
    for (const key of Object.keys(SUGGESTION_TEXT) as SuggestionKey[]) {
      expect(SUGGESTION_TEXT[key].nl.length).toBeGreaterThan(20);
      expect(SUGGESTION_TEXT[key].en.length).toBeGreaterThan(20);
      expect(SUGGESTION_TEXT[key].nl).not.toBe(SUGGESTION_TEXT[key].en);
    }
  });
});
