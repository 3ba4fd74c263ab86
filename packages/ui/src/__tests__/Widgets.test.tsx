import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { AnonymityNotice } from '../AnonymityNotice';
import { Button } from '../Button';
import { ChoiceGroup } from '../ChoiceGroup';
import { ConfirmDialog } from '../Dialog';
import { CopyField } from '../CopyField';
import { ErrorState, LoadingState, PageState } from '../PageState';
import { SegmentedControl } from '../SegmentedControl';
import { Select } from '../Select';
import { Tabs } from '../Tabs';

describe('Button', () => {
  it('fires on click and on Enter/Space, not while pending', async () => {
    const user = userEvent.setup();
    const onPress = vi.fn();
    const { rerender } = render(<Button onPress={onPress}>Save</Button>);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await user.keyboard('{Enter}');
    await user.keyboard(' ');
    expect(onPress).toHaveBeenCalledTimes(3);
    rerender(
      <Button onPress={onPress} isPending>
        Save
      </Button>,
    );
    await user.click(screen.getByRole('button', { name: /Save/ }));
    expect(onPress).toHaveBeenCalledTimes(3);
  });
});

describe('Select', () => {
  function Harness({ onChange }: { onChange: (v: string) => void }) {
    const [value, setValue] = useState<string | null>('nl');
    return (
      <Select
        label="Language"
        options={[
          { id: 'nl', label: 'Nederlands' },
          { id: 'en', label: 'English' },
        ]}
        value={value}
        onChange={(v) => {
          setValue(v);
          onChange(v);
        }}
      />
    );
  }

  it('opens with the keyboard and chooses an option', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<Harness onChange={onChange} />);
    const trigger = screen.getByRole('button', { name: /Language/ });
    expect(trigger.textContent).toContain('Nederlands');
    await user.tab();
    await waitFor(() => expect(document.activeElement).toBe(trigger));
    await user.keyboard('{ArrowDown}');
    const listbox = await screen.findByRole('listbox');
    await user.click(within(listbox).getByRole('option', { name: 'English' }));
    expect(onChange).toHaveBeenCalledWith('en');
    expect(screen.getByRole('button', { name: /Language/ }).textContent).toContain('English');
  });
});

describe('ChoiceGroup and SegmentedControl', () => {
  it('ChoiceGroup is a labelled radio group', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(
      <ChoiceGroup
        label="Role"
        options={[
          { id: 'MEMBER', label: 'Member' },
          { id: 'LEAD', label: 'Lead' },
        ]}
        value="MEMBER"
        onChange={onChange}
      />,
    );
    expect(screen.getByRole('radiogroup', { name: 'Role' })).toBeTruthy();
    await user.click(screen.getByRole('radio', { name: 'Lead' }));
    expect(onChange).toHaveBeenCalledWith('LEAD');
  });

  it('SegmentedControl switches with a click and is one tab stop on the chosen option', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(
      <SegmentedControl
        label="Language"
        options={[
          { id: 'nl', label: 'NL', lang: 'nl' },
          { id: 'en', label: 'EN', lang: 'en' },
        ]}
        value="nl"
        onChange={onChange}
      />,
    );
    const group = screen.getByRole('radiogroup', { name: 'Language' });
    const [nl, en] = within(group).getAllByRole('radio');
    expect((nl as HTMLInputElement).checked).toBe(true);
    expect((en as HTMLInputElement).checked).toBe(false);
    await user.click(en as HTMLElement);
    expect(onChange).toHaveBeenCalledWith('en');
    // Tab lands on the chosen option, as in any radio group
    (document.activeElement as HTMLElement | null)?.blur();
    await user.tab();
    expect(document.activeElement).toBe(nl);
  });
});

describe('ConfirmDialog', () => {
  function Harness({ onConfirm }: { onConfirm: () => void }) {
    const [open, setOpen] = useState(false);
    return (
      <>
        <Button onPress={() => setOpen(true)}>Log out everywhere</Button>
        <ConfirmDialog
          title="Log out on all devices?"
          confirmLabel="Log out"
          cancelLabel="Cancel"
          isOpen={open}
          onOpenChange={setOpen}
          onConfirm={() => {
            onConfirm();
            setOpen(false);
          }}
        >
          You will need to log in again everywhere.
        </ConfirmDialog>
      </>
    );
  }

  it('focuses cancel, closes on Escape and returns focus; confirms on request', async () => {
    const user = userEvent.setup();
    const onConfirm = vi.fn();
    render(<Harness onConfirm={onConfirm} />);
    const trigger = screen.getByRole('button', { name: 'Log out everywhere' });
    await user.click(trigger);
    const dialog = await screen.findByRole('alertdialog', { name: 'Log out on all devices?' });
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Cancel' }));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(trigger));
    expect(onConfirm).not.toHaveBeenCalled();

    await user.click(trigger);
    await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Log out' }));
    expect(onConfirm).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });
});

describe('Tabs', () => {
  it('moves between tabs with arrow keys', async () => {
    const user = userEvent.setup();
    render(
      <Tabs
        label="Views"
        items={[
          { id: 'a', label: 'Members', content: <p>member list</p> },
          { id: 'b', label: 'Invitations', content: <p>open invitations</p> },
        ]}
      />,
    );
    expect(screen.getByRole('tabpanel').textContent).toBe('member list');
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('tab', { name: 'Members' }));
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: 'Invitations' }).getAttribute('aria-selected')).toBe('true');
    expect(screen.getByRole('tabpanel').textContent).toBe('open invitations');
  });
});

describe('PageState', () => {
  it('loading is a polite status with its label', () => {
    render(<LoadingState label="Loading your teams…" />);
    expect(screen.getByRole('status').textContent).toContain('Loading your teams…');
  });

  it('error is an alert whose retry button calls back', async () => {
    const user = userEvent.setup();
    const onRetry = vi.fn();
    render(<ErrorState title="Could not load" message="Check your connection" retryLabel="Try again" onRetry={onRetry} />);
    expect(screen.getByRole('alert').textContent).toContain('Could not load');
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it('empty shows its title and action', () => {
    render(<PageState kind="empty" title="No teams yet" action={<Button>Create</Button>} />);
    expect(screen.getByText('No teams yet')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Create' })).toBeTruthy();
  });
});

describe('AnonymityNotice', () => {
  it('says why there are no figures, and shows none', () => {
    const { container } = render(
      <AnonymityNotice title="Not enough responses to protect anonymity">Figures appear from 5 responses.</AnonymityNotice>,
    );
    expect(screen.getByText('Not enough responses to protect anonymity')).toBeTruthy();
    expect(container.querySelector('svg')?.getAttribute('aria-hidden')).toBe('true');
  });
});

describe('CopyField', () => {
  it('copies the value and announces it', async () => {
    const user = userEvent.setup();
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    render(
      <CopyField
        label="Invitation link"
        value="http://localhost:4000/invite/abc"
        copyLabel="Copy link"
        copiedLabel="Link copied"
        copyFailedLabel="Select and copy"
      />,
    );
    expect((screen.getByRole('textbox', { name: 'Invitation link' }) as HTMLInputElement).value).toBe(
      'http://localhost:4000/invite/abc',
    );
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(writeText).toHaveBeenCalledWith('http://localhost:4000/invite/abc');
    expect(screen.getByRole('status').textContent).toBe('Link copied');
  });
});
