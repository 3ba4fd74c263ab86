import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// WCAG 2.2 AA: text 4.5:1; focus indicators, input borders and chart lines 3:1 (1.4.11).
const css = readFileSync(resolve(import.meta.dirname, '../styles.css'), 'utf8');
const colors = new Map<string, string>();
for (const m of css.matchAll(/--at-color-([a-z-]+):\s*(#[0-9a-fA-F]{6});/g)) colors.set(m[1] as string, (m[2] as string).toLowerCase());

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

const color = (name: string): string => {
  const c = colors.get(name);
  if (!c) throw new Error(`--at-color-${name} is not defined as a 6-digit hex colour`);
  return c;
};

const TEXT_PAIRS: [string, string][] = [
  ['text', 'bg'],
  ['text', 'surface'],
  ['text', 'surface-sunken'],
  ['text', 'primary-soft'],
  ['text', 'info-soft'],
  ['text', 'danger-soft'],
  ['text', 'success-soft'],
  ['text', 'warning-soft'],
  ['text-muted', 'bg'],
  ['text-muted', 'surface'],
  ['text-muted', 'surface-sunken'],
  ['on-primary', 'primary'],
  ['on-primary', 'primary-hover'],
  ['on-primary', 'danger'],
  ['on-primary', 'danger-hover'],
  ['primary', 'surface'],
  ['primary', 'bg'],
  ['primary', 'primary-soft'],
  ['primary', 'surface-sunken'],
  ['primary-hover', 'primary-soft'],
  ['danger', 'surface'],
  ['danger', 'danger-soft'],
  ['success', 'surface'],
  ['success', 'success-soft'],
  ['warning-text', 'warning-soft'],
  ['warning-text', 'surface'],
];

const UI_PAIRS: [string, string][] = [
  ['focus', 'bg'],
  ['focus', 'surface'],
  ['focus', 'primary-soft'],
  ['border-strong', 'surface'],
  ['border-strong', 'bg'],
  ['chart-line', 'surface'],
  ['chart-grid', 'surface'],
  ['danger', 'bg'],
];

describe('theme contrast (WCAG 2.2 AA)', () => {
  it.each(TEXT_PAIRS)('text %s on %s is at least 4.5:1', (fg, bg) => {
    expect(contrast(color(fg), color(bg))).toBeGreaterThanOrEqual(4.5);
  });
  it.each(UI_PAIRS)('non-text %s against %s is at least 3:1', (fg, bg) => {
    expect(contrast(color(fg), color(bg))).toBeGreaterThanOrEqual(3);
  });
  it('computes known ratios', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });
});
