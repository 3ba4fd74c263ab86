import { addMonths, formatYearMonth, yearMonthOf } from '@attune/domain';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { CreateSessionDocument, CreateSessionSeriesDocument, MyTeamsDocument, TeamDocument } from '../../../generated/graphql';
import { lead, renderApp } from '../../../test/render';
import NewSessionPage from '../../../pages/NewSessionPage';
import { SESSION, TEAM, member, session, team } from './fixtures';

const routes = [{ path: '/sessions/new', element: <NewSessionPage /> }];
const url = `/sessions/new?team=${TEAM}`;

const teamsMock = (role: 'LEAD' | 'MEMBER') => ({ request: { query: MyTeamsDocument }, result: { data: { myTeams: [team(role)] } } });
const teamMock = {
  request: { query: TeamDocument, variables: { id: TEAM } },
  result: {
    data: {
      team: {
        ...team('LEAD'),
        members: [
          { __typename: 'TeamMember', id: lead.id, teamId: TEAM, displayName: lead.displayName, role: 'LEAD' },
          { __typename: 'TeamMember', id: member.id, teamId: TEAM, displayName: member.displayName, role: 'MEMBER' },
        ],
      },
    },
  },
};

const thisMonth = (): string => formatYearMonth(yearMonthOf(new Date(), 'Europe/Amsterdam'));

function seriesInput(overrides: Record<string, unknown> = {}) {
  return {
    teamId: TEAM,
    kind: 'CARE',
    title: 'Care session',
    week: 'SECOND',
    weekday: 'TUESDAY',
    startTime: '15:00',
    endTime: '17:30',
    firstMonth: thisMonth(),
    months: 6,
    timeZone: 'Europe/Amsterdam',
    facilitatorId: lead.id,
    capacity: 8,
    location: null,
    videoUrl: null,
    minNoticeMinutes: 0,
    ...overrides,
  };
}

/** The hour segment of a time field, moved with the arrow keys (as a keyboard user would). */
async function moveHour(user: ReturnType<typeof userEvent.setup>, label: string, steps: number): Promise<void> {
  const [hour] = within(screen.getByRole('group', { name: label })).getAllByRole('spinbutton');
  if (!hour) throw new Error(`no hour segment in ${label}`);
  await user.click(hour);
  await user.keyboard((steps > 0 ? '{ArrowUp}' : '{ArrowDown}').repeat(Math.abs(steps)));
}

describe('planning a monthly series', () => {
  it('checks the series with the domain rules before sending, then creates it', async () => {
    const user = userEvent.setup();
    let sent = 0;
    renderApp({
      routes,
      url,
      me: lead,
      mocks: [
        teamsMock('LEAD'),
        teamMock,
        {
          request: { query: CreateSessionSeriesDocument, variables: { input: seriesInput() } },
          result: () => {
            sent += 1;
            return {
              data: {
                createSessionSeries: {
                  __typename: 'SessionSeries',
                  id: '55555555-5555-4555-8555-555555555555',
                  teamId: TEAM,
                  firstMonth: thisMonth(),
                  months: 6,
                  sessions: [session(), session({ id: '66666666-6666-4666-8666-666666666666' })],
                },
              },
            };
          },
        },
      ],
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Plan a session' })).toBeTruthy();
    await user.click(await screen.findByRole('radio', { name: 'A monthly series' }));
    expect(await screen.findByText('Every second Tuesday of the month, 15:00–16:30')).toBeTruthy();

    // The end before the start: refused on the end field, nothing sent.
    await moveHour(user, 'Ends at', -2);
    await user.click(screen.getByRole('button', { name: 'Create series' }));
    expect(await screen.findByText('The session must end after it starts.')).toBeTruthy();

    // Too many months.
    const months = screen.getByRole('textbox', { name: 'Number of months' });
    await user.clear(months);
    await user.type(months, '30');
    await user.click(screen.getByRole('button', { name: 'Create series' }));
    expect(await screen.findByText('Enter a whole number from 1 to 24.')).toBeTruthy();
    expect(sent).toBe(0);

    await moveHour(user, 'Ends at', 3);
    await user.clear(months);
    await user.type(months, '6');
    await waitFor(() => expect(screen.queryByText('The session must end after it starts.')).toBeNull());
    expect(screen.getByText('Every second Tuesday of the month, 15:00–17:30')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Create series' }));
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/sessions'));
    expect(sent).toBe(1);
  }, 40_000);

  it('shows a server BAD_USER_INPUT on the field it names', async () => {
    const user = userEvent.setup();
    const later = formatYearMonth(addMonths(yearMonthOf(new Date(), 'Europe/Amsterdam'), 1));
    renderApp({
      routes,
      url,
      me: lead,
      mocks: [
        teamsMock('LEAD'),
        teamMock,
        {
          request: { query: CreateSessionSeriesDocument, variables: { input: seriesInput({ endTime: '16:30', firstMonth: later, months: 1 }) } },
          result: { errors: [new GraphQLError('This series has no dates in the future', { extensions: { code: 'BAD_USER_INPUT', field: 'months' } })] },
        },
      ],
    });
    await user.click(await screen.findByRole('radio', { name: 'A monthly series' }));
    await user.click(screen.getByRole('button', { name: /First month/ }));
    const listbox = await screen.findByRole('listbox');
    await user.click(within(listbox).getAllByRole('option')[1] as HTMLElement);
    const months = screen.getByRole('textbox', { name: 'Number of months' });
    await user.clear(months);
    await user.type(months, '1');
    await user.click(screen.getByRole('button', { name: 'Create series' }));
    const message = await screen.findByText('These months have no dates left in the future: choose a later first month.');
    expect(months.getAttribute('aria-describedby') ?? '').toContain(message.id || '__none__');
    expect(months.getAttribute('aria-invalid')).toBe('true');
    expect(screen.queryByText('This series has no dates in the future')).toBeNull();
  });

  it('asks for a date before creating a single session, and speaks Dutch', async () => {
    const user = userEvent.setup();
    renderApp({ routes, url, me: { ...lead, locale: 'nl' }, mocks: [teamsMock('LEAD'), teamMock] });
    expect(await screen.findByRole('heading', { level: 1, name: 'Sessie plannen' })).toBeTruthy();
    await user.click(await screen.findByRole('button', { name: 'Sessie aanmaken' }));
    expect(await screen.findByText('Kies een datum.')).toBeTruthy();
    expect(screen.getByRole('group', { name: 'Datum' })).toBeTruthy();
  });

  it('tells a member that only leads plan sessions', async () => {
    renderApp({ routes, url, me: member, mocks: [teamsMock('MEMBER')] });
    expect(await screen.findByText('Only team leads can plan sessions')).toBeTruthy();
    expect(screen.queryByRole('form')).toBeNull();
  });
});

describe('planning a single session', () => {
  it('sends the date and times as instants in the chosen zone', async () => {
    const user = userEvent.setup();
    let input: Record<string, unknown> | null = null;
    renderApp({
      routes,
      url,
      me: lead,
      mocks: [
        teamsMock('LEAD'),
        teamMock,
        {
          request: {
            query: CreateSessionDocument,
            variables: (vars: Record<string, unknown>) => {
              input = vars.input as Record<string, unknown>;
              return true;
            },
          },
          result: { data: { createSession: session() } },
        },
      ],
    });
    await screen.findByRole('button', { name: 'Create session' });
    // Type a date two years ahead in the date segments (en-GB: day / month / year).
    const next = new Date().getUTCFullYear() + 2;
    const segments = within(screen.getByRole('group', { name: 'Date' })).getAllByRole('spinbutton');
    await user.click(segments[0] as HTMLElement);
    await user.keyboard(`1507${next}`);
    await user.click(screen.getByRole('button', { name: 'Create session' }));
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe(`/sessions/${SESSION}`));
    // 15 July is summer time in Amsterdam (UTC+2): 15:00 local is 13:00 UTC.
    expect(input).toMatchObject({ teamId: TEAM, kind: 'CARE', startsAt: `${next}-07-15T13:00:00.000Z`, endsAt: `${next}-07-15T14:30:00.000Z` });
  });
});
