import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { I18nProvider } from 'react-aria-components';
import { describe, expect, it, vi } from 'vitest';
import { Checkbox } from '../Checkbox';
import { DatePicker, TimeField } from '../DateTimeFields';
import { MonthGrid, monthWeeks } from '../MonthGrid';
import { NumberField } from '../NumberField';

describe('MonthGrid', () => {
  it('lays a month out in weeks from Monday', () => {
    const weeks = monthWeeks(2026, 3);
    // 1 March 2026 is a Sunday: six empty days first; 31 March is a Tuesday.
    expect(weeks[0]).toEqual([null, null, null, null, null, null, '2026-03-01']);
    expect(weeks.at(-1)).toEqual(['2026-03-30', '2026-03-31', null, null, null, null, null]);
    expect(weeks.every((w) => w.length === 7)).toBe(true);
    // February 2027 starts on a Monday and fills exactly four weeks.
    expect(monthWeeks(2027, 2)).toHaveLength(4);
  });

  it('renders a captioned table with weekday headers, the full date in each day, today marked', () => {
    render(
      <MonthGrid
        year={2026}
        month={3}
        locale="nl-NL"
        caption="maart 2026"
        today="2026-03-10"
        renderDay={(d) => (d === '2026-03-10' ? <a href="/s/1">15:00 Zorgsessie</a> : null)}
      />,
    );
    const table = screen.getByRole('table', { name: 'maart 2026' });
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo']);
    const today = within(table).getByText('dinsdag 10 maart').closest('td');
    expect(today?.getAttribute('aria-current')).toBe('date');
    expect(within(today as HTMLElement).getByRole('link', { name: '15:00 Zorgsessie' })).toBeTruthy();
    expect(within(table).getByText('woensdag 11 maart').closest('td')?.getAttribute('aria-current')).toBeNull();
  });
});

describe('DatePicker and TimeField', () => {
  function Harness({ onDate, onTime }: { onDate: (v: string | null) => void; onTime: (v: string | null) => void }) {
    const [date, setDate] = useState<string | null>('2026-03-10');
    const [time, setTime] = useState<string | null>('15:00');
    return (
      <I18nProvider locale="en-GB">
        <DatePicker
          label="Date"
          calendarLabel="Choose a date"
          value={date}
          onChange={(v) => {
            setDate(v);
            onDate(v);
          }}
        />
        <TimeField
          label="Starts at"
          value={time}
          onChange={(v) => {
            setTime(v);
            onTime(v);
          }}
        />
      </I18nProvider>
    );
  }

  it('show plain-string values in segments and report changes as strings (keyboard only)', async () => {
    const user = userEvent.setup();
    const onDate = vi.fn();
    const onTime = vi.fn();
    render(<Harness onDate={onDate} onTime={onTime} />);
    const date = screen.getByRole('group', { name: 'Date' });
    expect(within(date).getAllByRole('spinbutton').map((s) => s.textContent)).toEqual(['10', '03', '2026']);
    expect(screen.getByRole('button', { name: /Choose a date/ })).toBeTruthy();
    const [day] = within(date).getAllByRole('spinbutton');
    await user.click(day as HTMLElement);
    await user.keyboard('{ArrowUp}');
    expect(onDate).toHaveBeenLastCalledWith('2026-03-11');

    const [hour, minute] = within(screen.getByRole('group', { name: 'Starts at' })).getAllByRole('spinbutton');
    expect(hour?.textContent).toBe('15');
    await user.click(minute as HTMLElement);
    await user.keyboard('45');
    expect(onTime).toHaveBeenLastCalledWith('15:45');
  });
});

describe('NumberField', () => {
  it('reports every keystroke (NaN while not a number) and steps with the arrow keys within bounds', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    function Harness() {
      const [n, setN] = useState(8);
      return (
        <NumberField
          label="Seats"
          value={n}
          minValue={1}
          maxValue={10}
          onChange={(v) => {
            setN(v);
            onChange(v);
          }}
        />
      );
    }
    render(<Harness />);
    const input = screen.getByRole('textbox', { name: 'Seats' });
    expect((input as HTMLInputElement).value).toBe('8');
    await user.clear(input);
    expect(onChange).toHaveBeenLastCalledWith(Number.NaN);
    await user.type(input, '12');
    expect(onChange).toHaveBeenLastCalledWith(12);
    await user.keyboard('{ArrowUp}');
    expect(onChange).toHaveBeenLastCalledWith(10);
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(onChange).toHaveBeenLastCalledWith(8);
    await user.clear(input);
    await user.type(input, 'x');
    expect(onChange).toHaveBeenLastCalledWith(Number.NaN);
  });
});

describe('Checkbox', () => {
  it('toggles with Space and ignores presses while pending', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    const { rerender } = render(
      <Checkbox isSelected={false} onChange={onChange}>
        Sanne de Vries
      </Checkbox>,
    );
    const box = screen.getByRole('checkbox', { name: 'Sanne de Vries' });
    await user.tab();
    expect(document.activeElement).toBe(box);
    await user.keyboard(' ');
    expect(onChange).toHaveBeenLastCalledWith(true);
    rerender(
      <Checkbox isSelected={false} onChange={onChange} isPending>
        Sanne de Vries
      </Checkbox>,
    );
    await user.click(screen.getByRole('checkbox', { name: 'Sanne de Vries' }));
    expect(onChange).toHaveBeenCalledTimes(1);
  });
});
