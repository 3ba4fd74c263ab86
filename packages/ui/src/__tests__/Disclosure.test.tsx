import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { ChoiceGroup } from '../ChoiceGroup';
import { Disclosure } from '../Disclosure';

describe('Disclosure', () => {
  it('folds its content away behind a button that says whether it is open', async () => {
    const user = userEvent.setup();
    render(
      <Disclosure title="The nine functions" summary="Optional">
        <button type="button">inside</button>
      </Disclosure>,
    );
    const trigger = screen.getByRole('button', { name: 'The nine functions' });
    expect(trigger.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('button', { name: 'inside' })).toBeNull();
    expect(screen.getByText('Optional')).toBeTruthy();
    await user.click(trigger);
    expect(trigger.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByRole('button', { name: 'inside' })).toBeTruthy();
    await user.keyboard('{Enter}');
    expect(trigger.getAttribute('aria-expanded')).toBe('false');
  });

  it('can be opened from outside (e.g. to show an error inside)', () => {
    render(
      <Disclosure title="More" isExpanded>
        <p>shown</p>
      </Disclosure>,
    );
    expect(screen.getByRole('button', { name: 'More' }).getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByText('shown')).toBeTruthy();
  });
});

describe('ChoiceGroup with descriptions', () => {
  function Who() {
    const [value, setValue] = useState<'ME' | 'ALL'>('ME');
    return (
      <ChoiceGroup<'ME' | 'ALL'>
        label="Who can read this?"
        orientation="vertical"
        value={value}
        onChange={setValue}
        options={[
          { id: 'ME', label: 'Only you', description: 'Nobody else can read it.' },
          { id: 'ALL', label: 'Everyone', description: 'Everyone who attended can read it.' },
        ]}
      />
    );
  }

  it('names each option by its label and describes it with what it means', async () => {
    render(<Who />);
    const only = screen.getByRole('radio', { name: 'Only you' });
    const describedBy = (only.getAttribute('aria-describedby') ?? '').split(' ');
    expect(describedBy.map((id) => document.getElementById(id)?.textContent)).toContain('Nobody else can read it.');
    await userEvent.setup().click(screen.getByRole('radio', { name: 'Everyone' }));
    expect((screen.getByRole('radio', { name: 'Everyone' }) as HTMLInputElement).checked).toBe(true);
  });
});
