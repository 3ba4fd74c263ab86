import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import LoginPage from '../../../pages/LoginPage';
import { LoginDocument } from '../../../generated/graphql';
import { lead, renderApp } from '../../../test/render';

function loginMock(email: string, password: string, result: object) {
  return { request: { query: LoginDocument, variables: { email, password } }, result };
}

async function signIn(email: string, password: string): Promise<void> {
  const user = userEvent.setup();
  await user.type(screen.getByRole('textbox', { name: 'E-mail address' }), email);
  await user.type(screen.getByLabelText('Password', { selector: 'input' }), password);
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
}

describe('Login', () => {
  it('shows a clear error for wrong credentials and stays on the page', async () => {
    renderApp({
      path: '/login',
      element: <LoginPage />,
      me: null,
      mocks: [
        loginMock('lead@attune.demo', 'not-the-password', {
          errors: [new GraphQLError('E-mail address or password is incorrect', { extensions: { code: 'UNAUTHENTICATED' } })],
        }),
      ],
    });
    expect(screen.getByRole('heading', { level: 1, name: 'Sign in' })).toBeTruthy();
    await signIn('lead@attune.demo', 'not-the-password');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The e-mail address or password is incorrect.');
    expect(screen.queryByTestId('location')).toBeNull();
  });

  it('explains the rate limit with the waiting time', async () => {
    renderApp({
      path: '/login',
      element: <LoginPage />,
      me: null,
      mocks: [
        loginMock('lead@attune.demo', 'attempt-number-6', {
          errors: [
            new GraphQLError('Too many login attempts', {
              extensions: { code: 'UNAUTHENTICATED', reason: 'RATE_LIMITED', retryAfterSeconds: 60 },
            }),
          ],
        }),
      ],
    });
    await signIn('lead@attune.demo', 'attempt-number-6');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Too many sign-in attempts');
    expect(alert.textContent).toContain('wait a minute');
    expect(alert.textContent).not.toContain('incorrect');
  });

  it('checks the fields before asking the server', async () => {
    const user = userEvent.setup();
    renderApp({ path: '/login', element: <LoginPage />, me: null });
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(screen.getAllByText('Please fill this in.')).toHaveLength(2);
    await user.type(screen.getByRole('textbox', { name: 'E-mail address' }), 'lead@attune');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(screen.getByText('Enter a valid e-mail address, like name@example.org.')).toBeTruthy();
  });

  it('signs in after a first attempt with empty fields was refused', async () => {
    const user = userEvent.setup();
    renderApp({
      path: '/login',
      element: <LoginPage />,
      me: null,
      mocks: [loginMock('lead@attune.demo', 'attune-demo-2026', { data: { login: { __typename: 'Me', ...lead } } })],
    });
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(screen.getAllByText('Please fill this in.')).toHaveLength(2);
    await signIn('lead@attune.demo', 'attune-demo-2026');
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/'));
  });

  it('signs in and goes to where the person wanted to be', async () => {
    const { router } = renderApp({
      path: '/login',
      element: <LoginPage />,
      me: null,
      mocks: [loginMock('lead@attune.demo', 'attune-demo-2026', { data: { login: { __typename: 'Me', ...lead } } })],
    });
    await signIn('lead@attune.demo', 'attune-demo-2026');
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/'));
    expect(router.state.location.pathname).toBe('/');
  });
});
