import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { Button } from '../Button';
import { Form } from '../Form';
import { PasswordField } from '../PasswordField';
import { TextField } from '../TextField';

describe('Form, TextField and PasswordField', () => {
  it('blocks submit and shows our required message on an empty required field', async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn((e: { preventDefault: () => void }) => e.preventDefault());
    render(
      <Form onSubmit={onSubmit}>
        <TextField label="Name" name="name" isRequired requiredMessage="Fill in your name" />
        <Button type="submit">Save</Button>
      </Form>,
    );
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByText('Fill in your name')).toBeTruthy();
    const input = screen.getByRole('textbox', { name: 'Name' });
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(input);
  });

  it('runs the validate function and submits once it passes', async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn((e: { preventDefault: () => void }) => e.preventDefault());
    render(
      <Form onSubmit={onSubmit}>
        <TextField label="Code" name="code" validate={(v) => (v.length < 3 ? 'At least 3 characters' : null)} />
        <Button type="submit">Go</Button>
      </Form>,
    );
    await user.type(screen.getByRole('textbox', { name: 'Code' }), 'ab');
    await user.click(screen.getByRole('button', { name: 'Go' }));
    expect(screen.getByText('At least 3 characters')).toBeTruthy();
    expect(onSubmit).not.toHaveBeenCalled();
    await user.type(screen.getByRole('textbox', { name: 'Code' }), 'c');
    await user.click(screen.getByRole('button', { name: 'Go' }));
    expect(onSubmit).toHaveBeenCalledTimes(1);
    expect(screen.queryByText('At least 3 characters')).toBeNull();
  });

  it('clears an error as soon as the value is fixed, before leaving the field', async () => {
    const user = userEvent.setup();
    render(
      <Form onSubmit={(e) => e.preventDefault()}>
        <TextField label="Name" name="name" isRequired requiredMessage="Fill in your name" />
        <PasswordField label="Password" name="password" isRequired requiredMessage="Fill in a password" />
        <Button type="submit">Save</Button>
      </Form>,
    );
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByText('Fill in your name')).toBeTruthy();
    expect(screen.getByText('Fill in a password')).toBeTruthy();
    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'Sam');
    expect(screen.queryByText('Fill in your name')).toBeNull();
    expect(screen.getByRole('textbox', { name: 'Name' }).getAttribute('aria-invalid')).toBeNull();
    // still in the field: the other field keeps its message until it is fixed too
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Name' }));
    expect(screen.getByText('Fill in a password')).toBeTruthy();
    await user.type(screen.getByLabelText('Password', { selector: 'input' }), 'x');
    expect(screen.queryByText('Fill in a password')).toBeNull();
  });

  it('a pointer press on a submit button leaves focus in the field being edited', async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn((e: { preventDefault: () => void }) => e.preventDefault());
    render(
      <Form onSubmit={onSubmit}>
        <TextField label="Name" name="name" />
        <Button type="submit">Save</Button>
        <Button>Other</Button>
      </Form>,
    );
    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'Sam');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(onSubmit).toHaveBeenCalledTimes(1);
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Name' }));
    await user.click(screen.getByRole('button', { name: 'Other' }));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Other' }));
  });

  it('shows server errors under the named field and links them to the input', () => {
    render(
      <Form validationErrors={{ email: 'This address is taken' }}>
        <TextField label="E-mail" name="email" />
      </Form>,
    );
    const input = screen.getByRole('textbox', { name: 'E-mail' });
    expect(input.getAttribute('aria-invalid')).toBe('true');
    const describedBy = input.getAttribute('aria-describedby') ?? '';
    const described = describedBy.split(' ').map((id) => document.getElementById(id)?.textContent);
    expect(described).toContain('This address is taken');
  });

  it('password field hides the text until the reveal toggle is pressed', async () => {
    const user = userEvent.setup();
    render(<PasswordField label="Password" showLabel="Show password" />);
    const input = screen.getByLabelText('Password', { selector: 'input' });
    expect(input.getAttribute('type')).toBe('password');
    const toggle = screen.getByRole('button', { name: 'Show password' });
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
    await user.click(toggle);
    expect(input.getAttribute('type')).toBe('text');
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
  });
});
