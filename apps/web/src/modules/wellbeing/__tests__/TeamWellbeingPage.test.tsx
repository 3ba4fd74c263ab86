import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { MyTeamsDocument, TeamDocument, TeamWellbeingDocument } from '../../../generated/graphql';
import { lead, renderApp } from '../../../test/render';
import TeamWellbeingPage from '../../../pages/TeamWellbeingPage';

const TEAM = '11111111-1111-4111-8111-111111111111';
const anyVariables = () => true;

const summary = (myRole: 'LEAD' | 'MEMBER') => ({
  __typename: 'Team',
  id: TEAM,
  name: 'Traumateam Oost',
  timeZone: 'Europe/Amsterdam',
  myRole,
  organisation: { __typename: 'Organisation', id: lead.organisationId, name: 'Centrum Veerkracht' },
});
const teamMock = (myRole: 'LEAD' | 'MEMBER') => ({
  request: { query: TeamDocument, variables: { id: TEAM } },
  result: { data: { team: { ...summary(myRole), members: [] } } },
});
const myTeamsMock = (myRole: 'LEAD' | 'MEMBER') => ({ request: { query: MyTeamsDocument }, result: { data: { myTeams: [summary(myRole)] } } });

const bucket = (startDate: string, endDate: string, label: string) => ({
  __typename: 'WellbeingBucket',
  label,
  granularity: 'MONTH',
  start: `${startDate}T00:00:00+02:00`,
  end: `${endDate}T00:00:00+01:00`,
  startDate,
  endDate,
  anonymityThreshold: 5,
});
const scale = (metric: string, mean: number) => ({ __typename: 'MetricAggregate', metric, mean, bands: null });

const BUCKETS = [
  {
    ...bucket('2026-09-01', '2026-10-01', '2026-09'),
    members: 8,
    respondents: 6,
    participationRate: 0.75,
    responses: 17,
    suppressed: false,
    suppressionReason: null,
    metrics: [
      {
        __typename: 'MetricAggregate',
        metric: 'WHO5',
        mean: 55.2,
        bands: [
          { __typename: 'BandCount', band: 'NEEDS_SUPPORT', count: 0, share: 0 },
          { __typename: 'BandCount', band: 'LOW', count: 6, share: 6 / 17 },
          { __typename: 'BandCount', band: 'OK', count: 11, share: 11 / 17 },
        ],
      },
      scale('STRESS_LOAD', 6.4),
      scale('SLEEP_QUALITY', 5.1),
      scale('BODY_TENSION', 4.8),
      scale('SAFETY', 7.3),
      scale('CONNECTION', 6.9),
      scale('CLIENT_MATERIAL', 5.5),
    ],
  },
  {
    ...bucket('2026-10-01', '2026-11-01', '2026-10'),
    members: 8,
    respondents: 3,
    participationRate: 0.375,
    responses: null,
    suppressed: true,
    suppressionReason: 'TOO_FEW_RESPONDENTS',
    metrics: null,
  },
  {
    ...bucket('2026-11-01', '2026-12-01', '2026-11'),
    members: 8,
    respondents: 7,
    participationRate: 0.875,
    responses: null,
    suppressed: true,
    suppressionReason: 'NOT_SETTLED',
    metrics: null,
  },
];

describe('TeamWellbeingPage', () => {
  const routes = [{ path: '/teams/:teamId/wellbeing', element: <TeamWellbeingPage /> }];

  it('shows a reported month with figures, and a suppressed month with no figures at all', async () => {
    const asked: Record<string, unknown>[] = [];
    renderApp({
      routes,
      url: `/teams/${TEAM}/wellbeing`,
      me: lead,
      mocks: [
        teamMock('LEAD'),
        myTeamsMock('LEAD'),
        {
          request: { query: TeamWellbeingDocument, variables: anyVariables },
          result: (variables) => {
            asked.push(variables);
            return { data: { teamWellbeing: BUCKETS } };
          },
        },
      ],
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Wellbeing of Traumateam Oost' })).toBeTruthy();
    expect(screen.getByText(/Every time this view is opened, it is recorded in your organisation’s audit log/)).toBeTruthy();

    const reported = await screen.findByRole('article', { name: 'September 2026' });
    expect(reported.textContent).toContain('6 of 8 members');
    expect(reported.textContent).toContain('75%');
    const table = within(reported).getByRole('table', { name: 'Figures for September 2026' });
    const who5 = within(table).getByRole('row', { name: /WHO-5 wellbeing/ });
    expect(who5.textContent).toContain('55.2');
    expect(who5.textContent).toContain('needs support (≤ 28): 0 (0%) · low (< 50): 6 (35%) · reasonable (≥ 50): 11 (65%)');
    expect(within(table).getByRole('row', { name: /Sense of safety/ }).textContent).toContain('7.3');
    expect(within(table).getByRole('row', { name: /Sense of safety/ }).textContent).toContain('Distribution withheld to protect anonymity');

    const suppressed = screen.getByRole('article', { name: 'October 2026' });
    expect(within(suppressed).getByText('Not enough responses to protect anonymity')).toBeTruthy();
    const heading = within(suppressed).getByRole('heading', { name: 'October 2026' });
    const withoutHeading = (suppressed.textContent ?? '').replace(heading.textContent ?? '', '');
    expect(withoutHeading).not.toMatch(/\d/);
    expect(within(suppressed).queryByRole('table')).toBeNull();

    const open = screen.getByRole('article', { name: 'November 2026' });
    expect(within(open).getByText('This period hasn’t ended yet')).toBeTruthy();
    expect((open.textContent ?? '').replace('November 2026', '')).not.toMatch(/\d/);

    // Newest first in the list; the trend has a gap where figures are hidden.
    const list = screen.getByRole('list', { name: 'Periods, newest first' });
    expect(within(list).getAllByRole('article').map((a) => a.getAttribute('aria-labelledby') && within(a).getByRole('heading').textContent)).toEqual([
      'November 2026',
      'October 2026',
      'September 2026',
    ]);
    const chart = screen.getByRole('figure', { name: 'WHO-5 wellbeing: team average' });
    const rows = within(chart).getAllByRole('row').slice(1).map((r) => r.textContent);
    expect(rows).toEqual(['September 202655.2', 'October 2026not shown', 'November 2026not shown']);
    expect(screen.getByText(/at least 5 people responded/)).toBeTruthy();
    expect(asked[0]).toMatchObject({ teamId: TEAM, granularity: 'MONTH' });
  });

  it('asks again for weeks when the lead switches the periods', async () => {
    const user = userEvent.setup();
    const asked: string[] = [];
    renderApp({
      routes,
      url: `/teams/${TEAM}/wellbeing`,
      me: lead,
      mocks: [
        teamMock('LEAD'),
        myTeamsMock('LEAD'),
        {
          request: { query: TeamWellbeingDocument, variables: anyVariables },
          maxUsageCount: 2,
          result: (variables) => {
            asked.push(String(variables.granularity));
            return { data: { teamWellbeing: variables.granularity === 'WEEK' ? [] : BUCKETS } };
          },
        },
      ],
    });
    await screen.findByRole('article', { name: 'September 2026' });
    await user.click(screen.getByRole('radio', { name: 'Weeks' }));
    expect(await screen.findByText('No periods to show.')).toBeTruthy();
    expect(asked).toEqual(['MONTH', 'WEEK']);
  });

  it('tells a member that the view is for leads, without asking for figures', async () => {
    let asked = 0;
    renderApp({
      routes,
      url: `/teams/${TEAM}/wellbeing`,
      me: { ...lead, id: '00000000-0000-4000-8000-000000000002' },
      mocks: [
        teamMock('MEMBER'),
        myTeamsMock('MEMBER'),
        { request: { query: TeamWellbeingDocument, variables: anyVariables }, result: () => ((asked += 1), { data: { teamWellbeing: BUCKETS } }) },
      ],
    });
    expect(await screen.findByText('Only for leads of this team')).toBeTruthy();
    expect(screen.queryByRole('article')).toBeNull();
    expect(asked).toBe(0);
  });

  it('speaks Dutch', async () => {
    renderApp({
      routes,
      url: `/teams/${TEAM}/wellbeing`,
      me: { ...lead, locale: 'nl' },
      mocks: [teamMock('LEAD'), myTeamsMock('LEAD'), { request: { query: TeamWellbeingDocument, variables: anyVariables }, result: { data: { teamWellbeing: BUCKETS } } }],
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Welzijn van Traumateam Oost' })).toBeTruthy();
    const suppressed = await screen.findByRole('article', { name: 'oktober 2026' });
    expect(within(suppressed).getByText('Te weinig reacties om anonimiteit te beschermen')).toBeTruthy();
    const reported = screen.getByRole('article', { name: 'september 2026' });
    expect(reported.textContent).toContain('6 van 8 leden');
    expect(reported.textContent).toContain('55,2');
    expect(screen.getByText('Deze periode is nog niet voorbij')).toBeTruthy();
  });
});
