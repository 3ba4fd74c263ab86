import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { segments, TrendChart } from '../TrendChart';

const base = {
  title: 'WHO-5 over time',
  min: 0,
  max: 100,
  periodHeader: 'Month',
  valueHeader: 'Score',
  missingLabel: 'not enough responses',
  tableToggleLabel: 'Show as table',
  emptyLabel: 'No data yet',
};

describe('TrendChart', () => {
  it('draws an image with a summary and offers the data as a table', () => {
    const { container } = render(
      <TrendChart
        {...base}
        summary="WHO-5 rose from 48 to 64"
        points={[
          { label: 'Jan', value: 48 },
          { label: 'Feb', value: null },
          { label: 'Mar', value: 56 },
          { label: 'Apr', value: 64 },
        ]}
        thresholds={[{ value: 50, label: 'low wellbeing' }]}
      />,
    );
    expect(screen.getByRole('img', { name: 'WHO-5 rose from 48 to 64' })).toBeTruthy();
    const table = screen.getByRole('table', { hidden: true });
    const rows = within(table).getAllByRole('row', { hidden: true });
    expect(rows.map((r) => r.textContent)).toEqual(['MonthScore', 'Jan48', 'Febnot enough responses', 'Mar56', 'Apr64']);
    // one line for Mar–Apr only (Jan stands alone), three points, one gap marker
    expect(container.querySelectorAll('path.at-chart__line')).toHaveLength(1);
    expect(container.querySelectorAll('circle.at-chart__point')).toHaveLength(3);
    expect(container.querySelectorAll('text.at-chart__gap')).toHaveLength(1);
    expect(screen.getByText('low wellbeing')).toBeTruthy();
  });

  it('places higher values higher up', () => {
    const { container } = render(
      <TrendChart
        {...base}
        points={[
          { label: 'a', value: 10 },
          { label: 'b', value: 90 },
        ]}
      />,
    );
    const [low, high] = [...container.querySelectorAll('circle.at-chart__point')].map((c) => Number(c.getAttribute('cy')));
    expect(high).toBeLessThan(low as number);
  });

  it('says so when there is no data', () => {
    render(<TrendChart {...base} points={[]} />);
    expect(screen.getByText('No data yet')).toBeTruthy();
    expect(screen.queryByRole('img')).toBeNull();
  });

  it('splits runs at missing values', () => {
    expect(
      segments([
        { label: 'a', value: 1 },
        { label: 'b', value: 2 },
        { label: 'c', value: null },
        { label: 'd', value: 4 },
      ]).map((run) => run.map((p) => p.index)),
    ).toEqual([[0, 1], [3]]);
  });
});
