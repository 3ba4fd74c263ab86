import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { RequireAuth } from '../../app/layout/RequireAuth';
import {
  AcceptInviteDocument,
  InvitationPreviewDocument,
  LogoutEverywhereDocument,
  MyCalendarFeedUrlDocument,
  ReminderPreferenceDocument,
  TeamDocument,
  TeamInvitationsDocument,
} from '../../generated/graphql';
import { lead, renderApp } from '../../test/render';
import AcceptInvitePage from '../AcceptInvitePage';
import LoginPage from '../LoginPage';
import NotFoundPage from '../NotFoundPage';
import ProfilePage from '../ProfilePage';
import TeamPage from '../TeamPage';

const TEAM = '11111111-1111-4111-8111-111111111111';
const member = { ...lead, id: '00000000-0000-4000-8000-000000000002', email: 'sanne@attune.demo', displayName: 'Sanne de Vries' };

const team = (myRole: 'LEAD' | 'MEMBER') => ({
  __typename: 'Team',
  id: TEAM,
  name: 'Traumateam Oost',
  timeZone: 'Europe/Amsterdam',
  myRole,
  organisation: { __typename: 'Organisation', id: lead.organisationId, name: 'Centrum Veerkracht' },
  members: [
    { __typename: 'TeamMember', id: lead.id, teamId: TEAM, displayName: 'Marieke Jansen', role: 'LEAD' },
    { __typename: 'TeamMember', id: member.id, teamId: TEAM, displayName: 'Sanne de Vries', role: 'MEMBER' },
  ],
});

describe('RequireAuth', () => {
  it('sends someone who is not signed in to the login page', async () => {
    renderApp({
      routes: [
        { path: '/login', element: <LoginPage /> },
        { path: '/', element: <RequireAuth />, children: [{ path: 'profile', element: <p>secret</p> }] },
      ],
      url: '/profile',
      me: null,
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeTruthy();
    expect(screen.queryByText('secret')).toBeNull();
  });
});

describe('TeamPage', () => {
  const routes = [{ path: '/teams/:teamId', element: <TeamPage /> }];

  it('shows members, and the invite form and open invitations to a lead', async () => {
    renderApp({
      routes,
      url: `/teams/${TEAM}`,
      me: lead,
      mocks: [
        { request: { query: TeamDocument, variables: { id: TEAM } }, result: { data: { team: team('LEAD') } } },
        {
          request: { query: TeamInvitationsDocument, variables: { id: TEAM } },
          result: {
            data: {
              team: {
                __typename: 'Team',
                id: TEAM,
                invitations: [
                  {
                    __typename: 'Invitation',
                    id: '33333333-3333-4333-8333-333333333333',
                    teamId: TEAM,
                    email: 'joost@example.org',
                    role: 'MEMBER',
                    createdAt: '2026-11-20T09:00:00Z',
                    expiresAt: '2026-11-27T09:00:00Z',
                    acceptedAt: null,
                  },
                ],
              },
            },
          },
        },
      ],
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Traumateam Oost' })).toBeTruthy();
    const members = screen.getByRole('list', { name: 'Members' });
    expect(within(members).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Marieke Jansen (you)Lead',
      'Sanne de VriesMember',
    ]);
    expect(screen.getByRole('form', { name: 'Invite someone' })).toBeTruthy();
    const open = await screen.findByRole('list', { name: 'Open invitations' });
    expect(open.textContent).toContain('joost@example.org');
    expect(open.textContent).toContain('valid until Fri, 27 Nov 2026, 10:00');
  });

  it('shows a member the members only', async () => {
    renderApp({
      routes,
      url: `/teams/${TEAM}`,
      me: member,
      mocks: [{ request: { query: TeamDocument, variables: { id: TEAM } }, result: { data: { team: team('MEMBER') } } }],
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Traumateam Oost' })).toBeTruthy();
    expect(screen.queryByRole('form', { name: 'Invite someone' })).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Open invitations' })).toBeNull();
  });

  it('says a team is not found for a team that is not yours', async () => {
    renderApp({
      routes,
      url: `/teams/${TEAM}`,
      me: member,
      mocks: [
        {
          request: { query: TeamDocument, variables: { id: TEAM } },
          result: { errors: [new GraphQLError('Team not found', { extensions: { code: 'NOT_FOUND' } })] },
        },
      ],
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Team not found' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Back to the overview' })).toBeTruthy();
  });

  it('offers a retry when the team could not be loaded', async () => {
    const user = userEvent.setup();
    renderApp({
      routes,
      url: `/teams/${TEAM}`,
      me: member,
      mocks: [
        { request: { query: TeamDocument, variables: { id: TEAM } }, error: new TypeError('Failed to fetch') },
        { request: { query: TeamDocument, variables: { id: TEAM } }, result: { data: { team: team('MEMBER') } } },
      ],
    });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain("We can't reach Attune right now");
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Traumateam Oost' })).toBeTruthy();
  });
});

describe('AcceptInvitePage', () => {
  const preview = (accountExists: boolean) => ({
    request: { query: InvitationPreviewDocument, variables: { token: 'tok3n' } },
    result: {
      data: {
        invitationPreview: {
          __typename: 'InvitationPreview',
          email: 'sam@example.org',
          teamName: 'Traumateam Oost',
          organisationName: 'Centrum Veerkracht',
          role: 'MEMBER',
          expiresAt: '2026-12-02T10:00:00Z',
          accountExists,
        },
      },
    },
  });
  const routes = [{ path: '/invite/:token', element: <AcceptInvitePage /> }];

  it('asks a new person for name and password, then signs them in', async () => {
    const user = userEvent.setup();
    renderApp({
      routes,
      url: '/invite/tok3n',
      me: null,
      mocks: [
        preview(false),
        {
          request: { query: AcceptInviteDocument, variables: { token: 'tok3n', name: 'Sam Bakker', password: 'a calm password' } },
          result: { data: { acceptInvite: { __typename: 'Me', ...member, email: 'sam@example.org', displayName: 'Sam Bakker' } } },
        },
      ],
    });
    expect(await screen.findByText('You have been invited to join Traumateam Oost at Centrum Veerkracht.')).toBeTruthy();
    expect((screen.getByRole('textbox', { name: 'E-mail address' }) as HTMLInputElement).value).toBe('sam@example.org');
    await user.type(screen.getByRole('textbox', { name: 'Your name' }), 'Sam Bakker');
    await user.type(screen.getByLabelText('Password', { selector: 'input' }), 'short');
    await user.click(screen.getByRole('button', { name: 'Join the team' }));
    expect(screen.getByText('Use at least 10 characters.')).toBeTruthy();
    await user.clear(screen.getByLabelText('Password', { selector: 'input' }));
    await user.type(screen.getByLabelText('Password', { selector: 'input' }), 'a calm password');
    await user.click(screen.getByRole('button', { name: 'Join the team' }));
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/'));
  });

  it('asks someone with an account for that account password only, and says when it is wrong', async () => {
    const user = userEvent.setup();
    renderApp({
      routes,
      url: '/invite/tok3n',
      me: null,
      mocks: [
        preview(true),
        {
          request: { query: AcceptInviteDocument, variables: { token: 'tok3n', name: '', password: 'wrong password' } },
          result: {
            errors: [new GraphQLError('enter its password', { extensions: { code: 'BAD_USER_INPUT', field: 'password' } })],
          },
        },
      ],
    });
    expect(await screen.findByText(/There is already an Attune account/)).toBeTruthy();
    expect(screen.queryByRole('textbox', { name: 'Your name' })).toBeNull();
    await user.type(screen.getByLabelText('Password of your account', { selector: 'input' }), 'wrong password');
    await user.click(screen.getByRole('button', { name: 'Join the team' }));
    expect(await screen.findByText('This is not the password of this account.')).toBeTruthy();
  });

  it('explains an unusable invitation', async () => {
    renderApp({
      routes,
      url: '/invite/tok3n',
      me: null,
      mocks: [
        {
          request: { query: InvitationPreviewDocument, variables: { token: 'tok3n' } },
          result: { errors: [new GraphQLError('Invitation not found', { extensions: { code: 'NOT_FOUND' } })] },
        },
      ],
    });
    expect(await screen.findByText('This invitation cannot be used')).toBeTruthy();
    expect(screen.getByText(/expired, been used already or been withdrawn/)).toBeTruthy();
  });
});

describe('ProfilePage', () => {
  it('logs out on all devices after confirming', async () => {
    const user = userEvent.setup();
    let called = 0;
    const { cache } = renderApp({
      routes: [
        { path: '/login', element: <LoginPage /> },
        { path: '/', element: <RequireAuth />, children: [{ path: 'profile', element: <ProfilePage /> }] },
      ],
      url: '/profile',
      me: lead,
      mocks: [
        // The calendar section, asked once (not again when logging out clears the cache).
        { request: { query: MyCalendarFeedUrlDocument }, result: { data: { myCalendarFeedUrl: 'http://localhost:4000/calendar/feed/s3cret.ics' } } },
        {
          request: { query: ReminderPreferenceDocument },
          result: { data: { me: { __typename: 'Me', id: lead.id, reminderMinutesBefore: 1440 } } },
        },
        {
          request: { query: LogoutEverywhereDocument },
          result: () => {
            called += 1;
            return { data: { logoutEverywhere: true } };
          },
        },
      ],
    });
    expect(screen.getByRole('heading', { level: 1, name: 'Profile' })).toBeTruthy();
    expect((screen.getByRole('textbox', { name: 'Display name' }) as HTMLInputElement).value).toBe('Marieke Jansen');
    expect((screen.getByRole('combobox', { name: 'Time zone' }) as HTMLInputElement).value).toMatch(/^Europe\/Amsterdam/);
    expect(await screen.findByRole('textbox', { name: 'Your calendar feed address' })).toBeTruthy();
    expect(await screen.findByRole('button', { name: /Remind me before a session/ })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Log out on all devices' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Log out on all devices?' });
    await user.click(within(dialog).getByRole('button', { name: 'Log out everywhere' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeTruthy();
    expect(screen.getByText('You have been logged out on all devices.')).toBeTruthy();
    expect(called).toBe(1);
    expect(cache.extract()).toEqual({ ROOT_QUERY: { __typename: 'Query', me: null } });
  });
});

describe('NotFoundPage', () => {
  it('has a heading and a way back', () => {
    renderApp({ path: '/nowhere', element: <NotFoundPage />, me: null });
    expect(screen.getByRole('heading', { level: 1, name: 'Page not found' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Go to the overview' }).getAttribute('href')).toBe('/');
  });
});
