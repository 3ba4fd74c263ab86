import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { Scale } from '../Scale';

function Controlled({ onChange, initial = null }: { onChange?: (n: number) => void; initial?: number | null }) {
  const [value, setValue] = useState<number | null>(initial);
  return (
    <>
      <button type="button">before</button>
      <Scale
        label="Stress load"
        min={0}
        max={10}
        minLabel="none"
        maxLabel="very high"
        value={value}
        onChange={(n) => {
          setValue(n);
          onChange?.(n);
        }}
      />
      <button type="button">after</button>
    </>
  );
}

describe('Scale', () => {
  it('is a labelled radio group with one radio per value and named ends', () => {
    render(<Controlled />);
    const group = screen.getByRole('radiogroup', { name: 'Stress load' });
    expect(group).toBeTruthy();
    const radios = screen.getAllByRole('radio');
    expect(radios).toHaveLength(11);
    expect(screen.getByRole('radio', { name: '0, none' })).toBeTruthy();
    expect(screen.getByRole('radio', { name: '5' })).toBeTruthy();
    expect(screen.getByRole('radio', { name: '10, very high' })).toBeTruthy();
  });

  it('is operable by keyboard: Tab enters, arrows choose, Tab leaves', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<Controlled onChange={onChange} />);
    await user.click(screen.getByRole('button', { name: 'before' }));
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('radio', { name: '0, none' }));
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(screen.getByRole('radio', { name: '1' }));
    expect(onChange).toHaveBeenLastCalledWith(1);
    await user.keyboard('{ArrowRight}{ArrowRight}');
    expect(onChange).toHaveBeenLastCalledWith(3);
    expect((screen.getByRole('radio', { name: '3' }) as HTMLInputElement).checked).toBe(true);
    await user.keyboard('{ArrowLeft}');
    expect(onChange).toHaveBeenLastCalledWith(2);
    expect((screen.getByRole('radio', { name: '2' }) as HTMLInputElement).checked).toBe(true);
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'after' }));
    // Shift+Tab returns to the chosen value, not to the first one.
    await user.tab({ shift: true });
    expect(document.activeElement).toBe(screen.getByRole('radio', { name: '2' }));
  });

  it('reports numbers, and a click chooses too', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<Controlled onChange={onChange} initial={4} />);
    expect((screen.getByRole('radio', { name: '4' }) as HTMLInputElement).checked).toBe(true);
    await user.click(screen.getByRole('radio', { name: '7' }));
    expect(onChange).toHaveBeenCalledWith(7);
    expect(typeof onChange.mock.calls[0]?.[0]).toBe('number');
  });

  it('supports 1–7 and 0–5 ranges and custom value names', () => {
    const { unmount } = render(<Scale label="Attunement" min={1} max={7} value={null} onChange={() => {}} />);
    expect(screen.getAllByRole('radio').map((r) => r.getAttribute('value'))).toEqual(['1', '2', '3', '4', '5', '6', '7']);
    unmount();
    render(
      <Scale label="Cheerful" min={0} max={5} value={null} onChange={() => {}} valueLabel={(n) => `${n} of 5`} />,
    );
    expect(screen.getAllByRole('radio')).toHaveLength(6);
    expect(screen.getByRole('radio', { name: '5 of 5' })).toBeTruthy();
  });

  it('refuses an empty or fractional range', () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => render(<Scale label="x" min={3} max={3} value={null} onChange={() => {}} />)).toThrow(/min < max/);
    expect(() => render(<Scale label="x" min={0} max={2.5} value={null} onChange={() => {}} />)).toThrow();
    spy.mockRestore();
  });
});
