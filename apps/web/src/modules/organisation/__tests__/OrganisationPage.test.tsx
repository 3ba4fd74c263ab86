import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { AuditLogDocument, OrganisationSettingsDocument, UpdateOrganisationSettingsDocument } from '../../../generated/graphql';
import { lead, renderApp } from '../../../test/render';
import OrganisationPage from '../../../pages/OrganisationPage';

const admin = { ...lead, id: '00000000-0000-4000-8000-000000000009', email: 'admin@attune.demo', displayName: 'Anouk Admin', isOrgAdmin: true };

const RESOURCE = {
  __typename: 'SupportResource',
  name: '113 Zelfmoordpreventie',
  phone: '0800-0113',
  url: 'https://www.113.nl',
  description: 'Dag en nacht bereikbaar.',
};
const settings = (k: number, resources: unknown[] = [RESOURCE]) => ({
  __typename: 'OrganisationSettings',
  organisationId: admin.organisationId,
  name: 'Centrum Veerkracht',
  anonymityThreshold: k,
  supportResources: resources,
});
const settingsMock = { request: { query: OrganisationSettingsDocument }, result: { data: { organisationSettings: settings(5) } } };

const entry = (id: number, action: string, details: object, extra: object = {}) => ({
  __typename: 'AuditEntry',
  id: String(id),
  occurredAt: `2026-11-${String(10 + (id % 10)).padStart(2, '0')}T09:00:00Z`,
  action,
  actorId: lead.id,
  actorName: 'Marieke Jansen',
  teamId: null,
  teamName: null,
  details: JSON.stringify(details),
  ...extra,
});

const auditMock = (before: string | null, entries: unknown[]) => ({
  request: { query: AuditLogDocument, variables: { limit: 21, before } },
  result: { data: { auditLog: entries } },
  maxUsageCount: 3,
});

const firstPage = Array.from({ length: 21 }, (_, i) =>
  i === 0
    ? entry(100, 'TEAM_WELLBEING_VIEWED', { granularity: 'MONTH', from: '2026-01-01T00:00:00Z', to: '2026-11-23T00:00:00Z', buckets: 11 }, { teamId: 't', teamName: 'Traumateam Oost' })
    : i === 1
      ? entry(99, 'ORGANISATION_SETTINGS_UPDATED', { anonymityThreshold: { from: 5, to: 6 } }, { actorId: null, actorName: null })
      : entry(100 - i, 'PERSONAL_DATA_EXPORTED', { sections: ['profile', 'checkIns'] }),
);

// Long, click-by-click flows: give them room on a busy machine (each step still waits at most 1 s).
describe('OrganisationPage', { timeout: 60_000 }, () => {
  it('refuses k below 3 in the form, and saves a valid k', async () => {
    const user = userEvent.setup();
    const sent: unknown[] = [];
    renderApp({
      element: <OrganisationPage />,
      me: admin,
      mocks: [
        settingsMock,
        auditMock(null, firstPage),
        {
          request: { query: UpdateOrganisationSettingsDocument, variables: () => true },
          result: (variables) => {
            sent.push(variables);
            return { data: { updateOrganisationSettings: settings(4) } };
          },
        },
      ],
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Organisation settings' })).toBeTruthy();
    const form = await screen.findByRole('form', { name: 'Anonymity threshold' }, { timeout: 10_000 });
    expect(form.textContent).toContain('k can never be below 3; 5 is the default.');
    const k = within(form).getByRole('textbox', { name: 'Smallest group shown (k)' }) as HTMLInputElement;
    expect(k.value).toBe('5');

    await user.clear(k);
    await user.type(k, '2');
    await user.click(within(form).getByRole('button', { name: 'Save threshold' }));
    expect(within(form).getByText('k can never be below 3: smaller groups would expose individuals.')).toBeTruthy();
    expect(k.getAttribute('aria-invalid')).toBe('true');
    expect(sent).toEqual([]);

    await user.clear(k);
    await user.type(k, '2.5');
    await user.click(within(form).getByRole('button', { name: 'Save threshold' }));
    expect(within(form).getByText('Enter a whole number.')).toBeTruthy();
    expect(sent).toEqual([]);

    await user.clear(k);
    await user.type(k, '4');
    await user.click(within(form).getByRole('button', { name: 'Save threshold' }));
    expect(await screen.findByText('The anonymity threshold is now 4.')).toBeTruthy();
    expect(sent).toEqual([{ input: { anonymityThreshold: 4 } }]);
  });

  it('adds, edits and removes support resources, saving the whole list each time', async () => {
    const user = userEvent.setup();
    const sent: unknown[] = [];
    const SECOND = { name: 'Bedrijfsarts', phone: '+31 20 123 45 67', url: null, description: null };
    renderApp({
      element: <OrganisationPage />,
      me: admin,
      mocks: [
        settingsMock,
        auditMock(null, firstPage),
        {
          request: { query: UpdateOrganisationSettingsDocument, variables: () => true },
          maxUsageCount: 3,
          result: (variables) => {
            sent.push(variables);
            const list = (variables.input as { supportResources: object[] }).supportResources;
            return { data: { updateOrganisationSettings: settings(5, list.map((r) => ({ __typename: 'SupportResource', ...r }))) } };
          },
        },
      ],
    });
    const list = await screen.findByRole('list', { name: 'Support resources' });
    expect(within(list).getByText('113 Zelfmoordpreventie')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Add a support resource' }));
    let dialog = await screen.findByRole('dialog', { name: 'Add a support resource' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Name' }), 'Bedrijfsarts');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(within(dialog).getByText('Give a phone number or a website, so people can reach it.')).toBeTruthy();
    await user.type(within(dialog).getByRole('textbox', { name: 'Website' }), 'www.example');
    await user.type(within(dialog).getByRole('textbox', { name: 'Phone number' }), '+31 20 123 45 67');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(within(dialog).getByText('Enter a full link, starting with https://')).toBeTruthy();
    await user.clear(within(dialog).getByRole('textbox', { name: 'Website' }));
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('The support resources have been saved.')).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(sent[0]).toEqual({
      input: {
        supportResources: [{ name: '113 Zelfmoordpreventie', phone: '0800-0113', url: 'https://www.113.nl', description: 'Dag en nacht bereikbaar.' }, SECOND],
      },
    });

    await user.click(screen.getByRole('button', { name: 'Edit Bedrijfsarts' }));
    dialog = await screen.findByRole('dialog', { name: 'Edit support resource' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Description (optional)' }), 'Weekdays 9–17');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(within(screen.getByRole('list', { name: 'Support resources' })).getByText('Weekdays 9–17')).toBeTruthy();
    expect(sent[1]).toEqual({ input: { supportResources: [expect.objectContaining({ name: '113 Zelfmoordpreventie' }), { ...SECOND, description: 'Weekdays 9–17' }] } });

    await user.click(screen.getByRole('button', { name: 'Remove 113 Zelfmoordpreventie' }));
    const confirm = await screen.findByRole('alertdialog', { name: 'Remove 113 Zelfmoordpreventie?' });
    await user.click(within(confirm).getByRole('button', { name: 'Remove' }));
    await screen.findByRole('list', { name: 'Support resources' });
    expect(sent[2]).toEqual({ input: { supportResources: [{ ...SECOND, description: 'Weekdays 9–17' }] } });
    expect(screen.queryByText('113 Zelfmoordpreventie')).toBeNull();
  });

  it('pages through the audit log and describes each entry', async () => {
    const user = userEvent.setup();
    renderApp({
      element: <OrganisationPage />,
      me: admin,
      mocks: [settingsMock, auditMock(null, firstPage), auditMock('81', [entry(79, 'ACCOUNT_DELETED', { sections: ['profile'] }, { actorId: null, actorName: null })])],
    });
    const table = await screen.findByRole('table', { name: 'Audit log, newest first · Page 1' });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(21); // header + 20 of the 21 asked for
    expect(rows[1]?.textContent).toContain('Viewed team wellbeing');
    expect(rows[1]?.textContent).toContain('Traumateam Oost');
    expect(rows[1]?.textContent).toContain('Months, ');
    expect(rows[1]?.textContent).toContain('(11 periods)');
    expect(rows[2]?.textContent).toContain('a deleted account');
    expect(rows[2]?.textContent).toContain('Anonymity threshold 5 → 6');
    expect(rows[3]?.textContent).toContain('Parts: profile, checkIns');
    expect(screen.getByRole('button', { name: 'Newer entries' }).hasAttribute('disabled')).toBe(true);

    await user.click(screen.getByRole('button', { name: 'Older entries' }));
    const older = await screen.findByRole('table', { name: 'Audit log, newest first · Page 2' });
    expect(within(older).getAllByRole('row')).toHaveLength(2);
    expect(older.textContent).toContain('Deleted their own account');
    expect(screen.getByRole('button', { name: 'Older entries' }).hasAttribute('disabled')).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Newer entries' }));
    expect(await screen.findByRole('table', { name: 'Audit log, newest first · Page 1' })).toBeTruthy();
  });

  it('shows nothing of the settings to someone who is not an org admin', async () => {
    let asked = 0;
    renderApp({
      element: <OrganisationPage />,
      me: lead,
      mocks: [{ request: { query: OrganisationSettingsDocument }, result: () => ((asked += 1), { data: { organisationSettings: settings(5) } }) }],
    });
    expect(screen.getByText('Only for organisation admins')).toBeTruthy();
    expect(screen.queryByRole('form')).toBeNull();
    expect(asked).toBe(0);
  });

  it('speaks Dutch', async () => {
    const user = userEvent.setup();
    renderApp({ element: <OrganisationPage />, me: { ...admin, locale: 'nl' }, mocks: [settingsMock, auditMock(null, firstPage)] });
    const k = await screen.findByRole('textbox', { name: 'Kleinste getoonde groep (k)' });
    expect(screen.getByRole('heading', { level: 1, name: 'Instellingen van de organisatie' })).toBeTruthy();
    await user.clear(k);
    await user.type(k, '1');
    await user.click(screen.getByRole('button', { name: 'Drempel opslaan' }));
    expect(screen.getByText('k kan nooit lager zijn dan 3: kleinere groepen zouden personen blootgeven.')).toBeTruthy();
    expect(await screen.findByText('Bekeek teamwelzijn')).toBeTruthy();
  });
});
