import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { InviteMemberDocument, TeamInvitationsDocument } from '../../../generated/graphql';
import { lead, renderApp } from '../../../test/render';
import { InviteForm } from '../components/InviteForm';

const TEAM = '11111111-1111-4111-8111-111111111111';

const invitationsMock = {
  request: { query: TeamInvitationsDocument, variables: { id: TEAM } },
  result: { data: { team: { __typename: 'Team', id: TEAM, invitations: [] } } },
};

describe('InviteForm', () => {
  it('refuses an empty or malformed address without calling the server', async () => {
    const user = userEvent.setup();
    renderApp({ path: '/', element: <InviteForm teamId={TEAM} />, me: lead });
    await user.click(screen.getByRole('button', { name: 'Send invitation' }));
    expect(screen.getByText('Please fill this in.')).toBeTruthy();
    const email = screen.getByRole('textbox', { name: 'E-mail address' });
    expect(email.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(email);

    await user.type(email, 'sam@example');
    await user.click(screen.getByRole('button', { name: 'Send invitation' }));
    expect(screen.getByText('Enter a valid e-mail address, like name@example.org.')).toBeTruthy();
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('invites with the chosen role and shows the link to share when no mail server is set up', async () => {
    const user = userEvent.setup();
    renderApp({
      path: '/',
      element: <InviteForm teamId={TEAM} />,
      me: lead,
      mocks: [
        {
          request: { query: InviteMemberDocument, variables: { teamId: TEAM, email: 'sam@example.org', role: 'LEAD' } },
          result: {
            data: {
              inviteMember: {
                __typename: 'Invitation',
                id: '22222222-2222-4222-8222-222222222222',
                teamId: TEAM,
                email: 'sam@example.org',
                role: 'LEAD',
                createdAt: '2026-11-25T10:00:00.000Z',
                expiresAt: '2026-12-02T10:00:00.000Z',
                acceptedAt: null,
                acceptUrl: 'http://localhost:4000/invite/tok3n',
              },
            },
          },
        },
        invitationsMock,
      ],
    });
    await user.type(screen.getByRole('textbox', { name: 'E-mail address' }), ' sam@example.org ');
    await user.click(screen.getByRole('radio', { name: 'Lead' }));
    await user.click(screen.getByRole('button', { name: 'Send invitation' }));
    const link = await screen.findByRole('textbox', { name: 'Invitation link' });
    expect((link as HTMLInputElement).value).toBe('http://localhost:4000/invite/tok3n');
    expect(screen.getByText('Invitation created for sam@example.org.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Copy link' })).toBeTruthy();
    // the form is ready for the next person
    expect((screen.getByRole('textbox', { name: 'E-mail address' }) as HTMLInputElement).value).toBe('');
  });

  it('says so when the person is already invited', async () => {
    const user = userEvent.setup();
    renderApp({
      path: '/',
      element: <InviteForm teamId={TEAM} />,
      me: lead,
      mocks: [
        {
          request: { query: InviteMemberDocument, variables: { teamId: TEAM, email: 'sanne@attune.demo', role: 'MEMBER' } },
          result: { errors: [new GraphQLError('Already invited', { extensions: { code: 'CONFLICT' } })] },
        },
      ],
    });
    await user.type(screen.getByRole('textbox', { name: 'E-mail address' }), 'sanne@attune.demo');
    await user.click(screen.getByRole('button', { name: 'Send invitation' }));
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('This person is already a member or already has an open invitation.')).toBeTruthy();
  });
});
