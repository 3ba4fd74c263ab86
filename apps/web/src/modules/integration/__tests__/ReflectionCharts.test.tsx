import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { lead, renderApp } from '../../../test/render';
import { ReflectionCharts, type ReflectionSeries } from '../components/ReflectionCharts';

const SERIES: ReflectionSeries = {
  attunement: [
    { date: '2026-09-08', value: 4 },
    { date: '2026-10-13', value: 5.5 },
  ],
  resonance: [{ date: '2026-10-13', value: 6 }],
  chaosRigidity: [
    { date: '2026-09-08', value: -2 },
    { date: '2026-10-13', value: 0 },
    { date: '2026-11-10', value: 1 },
  ],
  nineFunctions: {
    recentFrom: '2026-08-23',
    earlierFrom: '2026-05-23',
    functions: [
      { fn: 'bodyRegulation', recentMean: 3.5, recentCount: 2, earlierMean: 2, earlierCount: 1 },
      { fn: 'insight', recentMean: 4, recentCount: 1, earlierMean: null, earlierCount: 0 },
    ],
  },
};

describe('ReflectionCharts', () => {
  it('charts attunement, resonance and the chaos–rigidity position, and pairs the nine functions', () => {
    renderApp({ element: <ReflectionCharts series={SERIES} />, me: lead });
    const attunement = screen.getByRole('figure', { name: 'Attunement (1–7)' });
    expect(within(attunement).getAllByRole('row').map((r) => r.textContent)).toEqual(['DayValue', '8 Sept 20264', '13 Oct 20265.5']);
    expect(screen.getByRole('figure', { name: 'Resonance (1–7)' })).toBeTruthy();
    const chaos = screen.getByRole('figure', { name: 'Between chaos and rigidity' });
    expect(within(chaos).getAllByRole('row').map((r) => r.textContent)).toEqual(['DayValue', '8 Sept 2026-2', '13 Oct 20260', '10 Nov 2026+1']);
    expect(chaos.textContent).toContain('integrated');

    const nine = screen.getByRole('figure', { name: 'The nine functions' });
    expect(nine.textContent).toContain('(from 23 Aug 2026) against the three months before (from 23 May 2026)');
    const rows = within(nine).getAllByRole('row');
    expect(rows).toHaveLength(10);
    expect(rows[0]?.textContent).toBe('FunctionThree months beforeRecent three months');
    expect(rows[1]?.textContent).toBe('Body regulation2.0 (rated once)3.5 (rated 2 times)');
    expect(within(nine).getByRole('row', { name: /Insight/ }).textContent).toBe('Insightnot rated4.0 (rated once)');
    expect(within(nine).getByRole('row', { name: /Empathy/ }).textContent).toBe('Empathynot ratednot rated');
  });

  it('says so when nothing was rated, in Dutch too', () => {
    renderApp({
      element: (
        <ReflectionCharts
          series={{ attunement: [], resonance: [], chaosRigidity: [], nineFunctions: { recentFrom: '2026-08-23', earlierFrom: '2026-05-23', functions: [] } }}
        />
      ),
      me: { ...lead, locale: 'nl' },
    });
    expect(screen.getAllByText('Nog geen reflecties met beoordelingen in deze periode.')).toHaveLength(3);
    expect(screen.getByText('Je hebt de negen functies de afgelopen zes maanden niet beoordeeld.')).toBeTruthy();
  });
});
