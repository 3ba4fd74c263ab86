import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DeleteMyAccountDocument, ExportMyDataDocument, MyGoalsDocument, MyIntegrationDocument } from '../../../generated/graphql';
import { lead, renderApp } from '../../../test/render';
import IntegrationPage from '../../../pages/IntegrationPage';
import LoginPage from '../../../pages/LoginPage';
import { RequireAuth } from '../../../app/layout/RequireAuth';
import { periodRange } from '../hooks/periods';

const text = (en: string, nl: string) => ({ __typename: 'LocalizedText', en, nl });
const point = (date: string, value: number) => ({ __typename: 'SeriesPoint', date, value });
const SCALES = ['STRESS_LOAD', 'SLEEP_QUALITY', 'BODY_TENSION', 'SAFETY', 'CONNECTION', 'CLIENT_MATERIAL'];

const INTEGRATION = {
  __typename: 'MyIntegration',
  from: '2026-08-23T10:00:00.000Z',
  to: '2026-11-23T10:01:00.000Z',
  who5: [point('2026-11-02', 48), point('2026-11-09', 56), point('2026-11-16', 64)],
  scales: SCALES.map((scale, i) => ({ __typename: 'ScaleSeries', scale, points: [point('2026-11-02', i + 2), point('2026-11-16', i + 3)] })),
  attunement: [point('2026-10-13', 5), point('2026-11-10', 6)],
  resonance: [point('2026-10-13', 4), point('2026-11-10', 5)],
  chaosRigidity: [point('2026-10-13', -1)],
  nineFunctions: {
    __typename: 'NineFunctionsComparison',
    asOf: '2026-11-23',
    recentFrom: '2026-08-23',
    earlierFrom: '2026-05-23',
    functions: [
      { __typename: 'NineFunctionComparison', fn: 'bodyRegulation', recentMean: 3.5, recentCount: 2, earlierMean: 2, earlierCount: 1 },
      { __typename: 'NineFunctionComparison', fn: 'empathy', recentMean: null, recentCount: 0, earlierMean: null, earlierCount: 0 },
    ],
  },
  timeline: [
    {
      __typename: 'TimelineEntry',
      id: 'reflection:1',
      kind: 'REFLECTION',
      date: '2026-11-21',
      occurredAt: '2026-11-21T09:00:00Z',
      value: null,
      title: text('Reflection on Zorgsessie november', 'Reflectie op Zorgsessie november'),
      detail: text('Attunement 6/7 · resonance 5/7', 'Afstemming 6/7 · resonantie 5/7'),
    },
    {
      __typename: 'TimelineEntry',
      id: 'goal-step:1',
      kind: 'GOAL_STEP',
      date: '2026-11-20',
      occurredAt: '2026-11-20T17:00:00Z',
      value: 3,
      title: text('Step 3 of 10: Walk 20 minutes', 'Stap 3 van 10: Walk 20 minutes'),
      detail: null,
    },
    {
      __typename: 'TimelineEntry',
      id: 'check-in:1',
      kind: 'CHECK_IN',
      date: '2026-11-16',
      occurredAt: '2026-11-16T08:30:00Z',
      value: 64,
      title: text('Check-in · WHO-5 64', 'Check-in · WHO-5 64'),
      detail: text('doing well', 'gaat goed'),
    },
  ],
};

const integrationMock = (check?: (v: Record<string, unknown>) => void) => ({
  request: { query: MyIntegrationDocument, variables: () => true },
  maxUsageCount: 3,
  result: (variables: Record<string, unknown>) => {
    check?.(variables);
    return { data: { myIntegration: INTEGRATION } };
  },
});
const goalsMock = { request: { query: MyGoalsDocument, variables: { includeArchived: false } }, result: { data: { myGoals: [] } } };

describe('periodRange', () => {
  it('ends just after now and starts the chosen period before', () => {
    const now = new Date('2026-11-23T10:00:00Z');
    expect(periodRange('P3M', now)).toEqual({ from: '2026-08-23T10:00:00.000Z', to: '2026-11-23T10:01:00.000Z' });
    expect(periodRange('P1Y', now).from).toBe('2025-11-23T10:00:00.000Z');
    expect(periodRange('P2Y', now).from).toBe('2024-11-23T10:00:00.000Z');
  });
});

// Long, click-by-click flows: give them room on a busy machine (each step still waits at most 1 s).
describe('IntegrationPage', { timeout: 60_000 }, () => {
  beforeEach(() => {
    let n = 0;
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: vi.fn(() => `blob:attune/${++n}`), revokeObjectURL: vi.fn() }));
  });
  afterEach(() => vi.unstubAllGlobals());

  it('shows WHO-5 and the quick scales as charts with tables, and the timeline', async () => {
    const user = userEvent.setup();
    const spans: number[] = [];
    renderApp({
      element: <IntegrationPage />,
      me: lead,
      mocks: [
        integrationMock((v) => spans.push((Date.parse(String(v.to)) - Date.parse(String(v.from))) / 86_400_000)),
        goalsMock,
      ],
    });
    expect(screen.getByRole('heading', { level: 1, name: 'My integration' })).toBeTruthy();
    const who5 = await screen.findByRole('figure', { name: 'WHO-5 wellbeing over time' });
    expect(within(who5).getByRole('img').getAttribute('aria-label')).toBe(
      'WHO-5 wellbeing over time: 3 points, from 48 (2 Nov 2026) to 64 (16 Nov 2026).',
    );
    expect(within(who5).getAllByRole('row').map((r) => r.textContent)).toEqual(['DayScore', '2 Nov 202648', '9 Nov 202656', '16 Nov 202664']);

    const tabs = screen.getByRole('tablist', { name: 'Quick scales' });
    expect(within(tabs).getAllByRole('tab').map((t) => t.textContent)).toEqual([
      'Stress load',
      'Sleep quality',
      'Body tension',
      'Sense of safety',
      'Connection with the team',
      'Client material after work',
    ]);
    await user.click(within(tabs).getByRole('tab', { name: 'Sense of safety' }));
    const safety = screen.getByRole('figure', { name: 'Sense of safety' });
    expect(within(safety).getAllByRole('row').map((r) => r.textContent)).toEqual(['DayValue', '2 Nov 20265', '16 Nov 20266']);

    const timeline = screen.getByRole('list', { name: 'My timeline, newest first' });
    const items = within(timeline).getAllByRole('listitem').map((li) => li.textContent);
    expect(items[0]).toContain('Reflection');
    expect(items[0]).toContain('Reflection on Zorgsessie november');
    expect(items[0]).toContain('Attunement 6/7 · resonance 5/7');
    expect(items[1]).toContain('Small step');
    expect(items[1]).toContain('Step 3 of 10: Walk 20 minutes');
    expect(items[2]).toContain('Check-in · WHO-5 64');
    expect(items[2]).toContain('doing well');

    const fromReflections = screen.getByRole('region', { name: 'From my reflections' });
    expect(within(fromReflections).getByRole('figure', { name: 'Attunement (1–7)' })).toBeTruthy();
    expect(within(fromReflections).getByRole('figure', { name: 'Resonance (1–7)' })).toBeTruthy();
    expect(within(fromReflections).getByRole('figure', { name: 'Between chaos and rigidity' })).toBeTruthy();
    const nine = within(fromReflections).getByRole('figure', { name: 'The nine functions' });
    expect(within(nine).getByRole('row', { name: /Body regulation/ }).textContent).toBe('Body regulation2.0 (rated once)3.5 (rated 2 times)');

    await user.click(screen.getByRole('radio', { name: 'Last year' }));
    await waitFor(() => expect(spans).toHaveLength(2));
    expect(spans[0]).toBeGreaterThan(88);
    expect(spans[0]).toBeLessThan(94);
    expect(spans[1]).toBeGreaterThan(364);
  });

  it('prepares my data as JSON and CSV downloads', async () => {
    const user = userEvent.setup();
    renderApp({
      element: <IntegrationPage />,
      me: lead,
      mocks: [
        integrationMock(),
        goalsMock,
        {
          request: { query: ExportMyDataDocument },
          result: {
            data: {
              exportMyData: {
                __typename: 'MyDataExport',
                generatedAt: '2026-11-23T10:00:00Z',
                json: '{"format":"attune-personal-data/1"}',
                csv: 'section,record,field,value\n',
                files: [
                  { __typename: 'ExportFile', filename: 'data.json', contentType: 'application/json', content: '{}' },
                  { __typename: 'ExportFile', filename: 'check-ins.csv', contentType: 'text/csv', content: 'id\n' },
                ],
              },
            },
          },
        },
      ],
    });
    await user.click(await screen.findByRole('button', { name: 'Prepare my data' }));
    const downloads = await screen.findByRole('list', { name: 'Downloads' });
    const links = within(downloads).getAllByRole('link');
    expect(links.map((a) => [a.textContent, a.getAttribute('download'), a.getAttribute('href')?.startsWith('blob:')])).toEqual([
      ['All my data (JSON)', 'attune-2026-11-23.json', true],
      ['All my data in one CSV file', 'attune-2026-11-23.csv', true],
      ['data.json', 'data.json', true],
      ['check-ins.csv', 'check-ins.csv', true],
    ]);
    const blobs = vi.mocked(URL.createObjectURL).mock.calls.map(([b]) => b as Blob);
    expect(await blobs[0]?.text()).toBe('{"format":"attune-personal-data/1"}');
    expect(blobs[1]?.type).toBe('text/csv;charset=utf-8');
  });

  it('deletes my account after the password, says goodbye, then signs out', async () => {
    const user = userEvent.setup();
    const { cache } = renderApp({
      routes: [
        { path: '/login', element: <LoginPage /> },
        { path: '/', element: <RequireAuth />, children: [{ path: 'integration', element: <IntegrationPage /> }] },
      ],
      url: '/integration',
      me: lead,
      mocks: [
        { ...integrationMock(), maxUsageCount: 1 },
        // Signing out empties the cache while this page is still mounted, so it may ask again
        // before the login page replaces it; the server answers that as it would once the
        // session is gone (on a slow machine the answer used to arrive, with data, after the reset).
        {
          request: { query: MyIntegrationDocument, variables: () => true },
          maxUsageCount: 3,
          result: { errors: [new GraphQLError('Not signed in', { extensions: { code: 'UNAUTHENTICATED' } })] },
        },
        goalsMock,
        {
          request: { query: DeleteMyAccountDocument, variables: { password: 'not it' } },
          result: { errors: [new GraphQLError('The password is not correct', { extensions: { code: 'BAD_USER_INPUT', field: 'password' } })] },
        },
        { request: { query: DeleteMyAccountDocument, variables: { password: 'attune-demo-2026' } }, result: { data: { deleteMyAccount: true } } },
      ],
    });
    await user.click(await screen.findByRole('button', { name: 'Delete my account…' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Delete your account?' });
    expect(dialog.textContent).toContain('There is no hurry');
    const password = within(dialog).getByLabelText('Your password', { selector: 'input' });
    expect(document.activeElement).toBe(password);
    await user.type(password, 'not it');
    await user.click(within(dialog).getByRole('button', { name: 'Delete my account for good' }));
    expect(await within(dialog).findByText('That password is not correct.')).toBeTruthy();

    await user.clear(password);
    await user.type(password, 'attune-demo-2026');
    await user.click(within(dialog).getByRole('button', { name: 'Delete my account for good' }));
    const goodbye = await screen.findByRole('alertdialog', { name: 'Your account has been deleted' });
    await user.click(within(goodbye).getByRole('button', { name: 'Close' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeTruthy();
    expect(cache.extract()).toEqual({ ROOT_QUERY: { __typename: 'Query', me: null } });
  });

  it('speaks Dutch', async () => {
    renderApp({ element: <IntegrationPage />, me: { ...lead, locale: 'nl' }, mocks: [integrationMock(), goalsMock] });
    expect(screen.getByRole('heading', { level: 1, name: 'Mijn integratie' })).toBeTruthy();
    expect(await screen.findByRole('figure', { name: 'WHO-5-welzijn door de tijd' })).toBeTruthy();
    expect(screen.getByRole('radio', { name: 'Afgelopen 3 maanden' })).toBeTruthy();
    expect(screen.getByRole('list', { name: 'Mijn tijdlijn, nieuwste eerst' }).textContent).toContain('gaat goed');
    expect(screen.getByRole('button', { name: 'Mijn account verwijderen…' })).toBeTruthy();
  });
});
