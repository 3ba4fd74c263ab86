import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { Slider } from '../Slider';

const WORDS: Record<number, string> = { [-1]: 'a little chaotic', 0: 'integrated', 1: 'a little rigid' };

function Controlled({ onChange, errorMessage }: { onChange?: (n: number) => void; errorMessage?: string }) {
  const [value, setValue] = useState(0);
  return (
    <Slider
      label="Between chaos and rigidity"
      description="Where was today?"
      min={-1}
      max={1}
      value={value}
      onChange={(n) => {
        setValue(n);
        onChange?.(n);
      }}
      valueText={(n) => `${n}, ${WORDS[n] ?? ''}`}
      marks={[
        { value: -1, label: 'chaos' },
        { value: 0, label: 'integrated' },
        { value: 1, label: 'rigid' },
      ]}
      errorMessage={errorMessage}
    />
  );
}

describe('Slider', () => {
  it('is a labelled slider whose value is said in words, and shows the words at its marks', () => {
    render(<Controlled />);
    const slider = screen.getByRole('slider', { name: 'Between chaos and rigidity' });
    expect(slider.getAttribute('aria-valuetext')).toBe('0, integrated');
    expect(slider.getAttribute('aria-valuemin') ?? slider.getAttribute('min')).toBe('-1');
    expect(screen.getByText('chaos')).toBeTruthy();
    expect(screen.getByText('rigid')).toBeTruthy();
    expect(screen.getByText('0, integrated')).toBeTruthy();
  });

  it('follows a changed value and keeps the words in step', async () => {
    const onChange = vi.fn();
    render(<Controlled onChange={onChange} />);
    const slider = screen.getByRole('slider', { name: 'Between chaos and rigidity' });
    // jsdom does not move range inputs on arrow keys; the browser's change event is what React Aria listens to.
    fireEvent.change(slider, { target: { value: '1' } });
    expect(onChange).toHaveBeenLastCalledWith(1);
    expect(slider.getAttribute('aria-valuetext')).toBe('1, a little rigid');
    fireEvent.change(slider, { target: { value: '-1' } });
    expect(onChange).toHaveBeenLastCalledWith(-1);
    expect(slider.getAttribute('aria-valuetext')).toBe('-1, a little chaotic');
    expect(screen.getByText('-1, a little chaotic')).toBeTruthy();
  });

  it('ties an error to the input', async () => {
    render(<Controlled errorMessage="Choose a whole step" />);
    const slider = screen.getByRole('slider', { name: 'Between chaos and rigidity' });
    expect(slider.getAttribute('aria-invalid')).toBe('true');
    const ids = (slider.getAttribute('aria-describedby') ?? '').split(' ');
    const described = ids.map((id) => document.getElementById(id)?.textContent);
    expect(described).toContain('Choose a whole step');
    await userEvent.setup().tab();
    expect(document.activeElement).toBe(slider);
  });
});
