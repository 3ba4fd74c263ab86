import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import {
  DeleteReflectionDocument,
  MyReflectionsDocument,
  MyTeamsDocument,
  ReflectableSessionsDocument,
  UpdateReflectionDocument,
  type MyReflectionsQueryVariables,
} from '../../../generated/graphql';
import { renderApp } from '../../../test/render';
import ReflectionsPage from '../../../pages/ReflectionsPage';
import { REFLECTION, SESSION, TEAM, bookingData, member, reflectionData, team } from './fixtures';

const routes = [{ path: '/reflections', element: <ReflectionsPage /> }];
const WHICH = '(your reflection on Zorgsessie maart, Tue 10 Mar, 15:00–16:30)';

const teamsMock = (teams = [team(TEAM, 'Traumateam Oost')]) => ({
  request: { query: MyTeamsDocument },
  result: { data: { myTeams: teams } },
  maxUsageCount: 10,
});

const reflectableMock = (bookings: unknown[]) => ({
  request: { query: ReflectableSessionsDocument },
  result: { data: { myBookings: bookings } },
  maxUsageCount: 10,
});

/** Answers every myReflections query from `answer`, remembering the variables asked. */
function myReflectionsMock(answer: (v: MyReflectionsQueryVariables) => unknown[], asked: MyReflectionsQueryVariables[]) {
  return {
    request: { query: MyReflectionsDocument, variables: () => true },
    result: (variables: MyReflectionsQueryVariables) => {
      asked.push(variables);
      return { data: { myReflections: answer(variables) } };
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

describe('ReflectionsPage', () => {
  it('lists the sessions I can still reflect on, each with a Reflect link that names it', async () => {
    renderApp({
      routes,
      url: '/reflections',
      me: member,
      mocks: [
        teamsMock(),
        reflectableMock([
          bookingData('b1', { id: 'open-care', title: 'Zorgsessie april', startsAt: '2026-04-14T13:00:00Z', canReflect: true }),
          bookingData('b2', { id: SESSION, title: 'Zorgsessie maart', startsAt: '2026-03-10T14:00:00Z', canReflect: true, myReflection: { id: REFLECTION } }),
          bookingData('b3', { id: 'not-marked', title: 'Intervisie mei', kind: 'INTERVISION', startsAt: '2026-05-01T08:00:00Z', canReflect: false }),
          bookingData('b4', { id: 'supervision', title: 'Supervisie', kind: 'SUPERVISION', startsAt: '2026-05-20T08:00:00Z', canReflect: true }),
        ]),
        myReflectionsMock(() => [reflectionData()], []),
      ],
    });
    const list = await screen.findByRole('list', { name: 'Sessions you can reflect on' });
    const links = within(list).getAllByRole('link');
    expect(links.map((l) => l.textContent?.replace(/\s+/g, ' ').trim())).toEqual([
      'Reflect on Supervisie, Wed 20 May, 10:00–11:30',
      'Reflect on Zorgsessie april, Tue 14 Apr, 15:00–16:30',
    ]);
    expect(links[0]?.getAttribute('href')).toBe('/reflections/new?sessionId=supervision');
    expect(within(list).getByRole('link', { name: 'Reflect on Zorgsessie april, Tue 14 Apr, 15:00–16:30' })).toBeTruthy();
  });

  it('narrows my reflections by kind, period and words, and keeps the filters in the address', async () => {
    const user = userEvent.setup();
    const asked: MyReflectionsQueryVariables[] = [];
    const { router } = renderApp({
      routes,
      url: '/reflections',
      me: member,
      mocks: [
        teamsMock(),
        reflectableMock([]),
        myReflectionsMock((v) => (v.filter?.search === 'nothing-like-this' ? [] : [reflectionData({ whatHappenedInMe: 'A knot in my stomach' })]), asked),
      ],
    });
    expect(await screen.findByText('A knot in my stomach')).toBeTruthy();
    expect(asked[0]).toEqual({ limit: 100 });
    expect(screen.getByText('1 reflection')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: /Kind of session/ }));
    await user.click(await screen.findByRole('option', { name: 'Supervision' }));
    await waitFor(() => expect(asked.at(-1)).toEqual({ filter: { sessionKind: 'SUPERVISION' }, limit: 100 }));

    await user.click(screen.getByRole('button', { name: /Period/ }));
    await user.click(await screen.findByRole('option', { name: 'Past year' }));
    await waitFor(() => expect(asked.at(-1)?.filter?.from).toBeTruthy());
    const from = new Date(asked.at(-1)?.filter?.from as string);
    const days = (Date.now() - from.getTime()) / 86_400_000;
    expect(days).toBeGreaterThan(364);
    expect(days).toBeLessThan(367);

    await user.type(screen.getByRole('searchbox', { name: 'Search in my reflections' }), 'nothing-like-this');
    await waitFor(() => expect(asked.at(-1)?.filter?.search).toBe('nothing-like-this'));
    // Searched once typing paused, not per keystroke.
    expect(asked.filter((v) => v.filter?.search).length).toBe(1);
    expect(await screen.findByText('No reflections match')).toBeTruthy();
    expect(router.state.location.search).toBe('?kind=SUPERVISION&period=YEAR&q=nothing-like-this');

    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(asked.at(-1)).toEqual({ limit: 100 }));
    expect(await screen.findByText('A knot in my stomach')).toBeTruthy();
    expect((screen.getByRole('searchbox', { name: 'Search in my reflections' }) as HTMLInputElement).value).toBe('');
  });

  it('offers the team filter only to someone in more than one team', async () => {
    const asked: MyReflectionsQueryVariables[] = [];
    const user = userEvent.setup();
    renderApp({
      routes,
      url: '/reflections',
      me: member,
      mocks: [teamsMock([team(TEAM, 'Traumateam Oost'), team('other-team', 'Traumateam West')]), reflectableMock([]), myReflectionsMock(() => [reflectionData()], asked)],
    });
    await user.click(await screen.findByRole('button', { name: /Team/ }));
    await user.click(await screen.findByRole('option', { name: 'Traumateam West' }));
    await waitFor(() => expect(asked.at(-1)).toEqual({ filter: { teamId: 'other-team' }, limit: 100 }));
  });

  it('changes who can read a reflection: un-sharing warns that peers lose it and its responses', async () => {
    const user = userEvent.setup();
    let sent: unknown;
    renderApp({
      routes,
      url: '/reflections',
      me: member,
      mocks: [
        teamsMock(),
        reflectableMock([]),
        myReflectionsMock(() => [reflectionData({ visibility: sent ? 'PRIVATE' : 'GROUP' })], []),
        {
          request: {
            query: UpdateReflectionDocument,
            variables: (v: unknown) => {
              sent = v;
              return true;
            },
          },
          result: { data: { updateReflection: reflectionData({ visibility: 'PRIVATE' }) } },
        },
      ],
    });
    expect(await screen.findByText('Shared with the group')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: `Change who can read it ${WHICH}` }));
    const dialog = screen.getByRole('dialog', { name: 'Who can read this reflection?' });
    expect((within(dialog).getByRole('radio', { name: 'You and the people who attended' }) as HTMLInputElement).checked).toBe(true);
    await user.click(within(dialog).getByRole('radio', { name: 'Only you' }));
    expect(within(dialog).getByText('Peers will no longer see this reflection or the responses to it.')).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Saved. The right people can read it now.')).toBeTruthy();
    expect(sent).toEqual({ id: REFLECTION, input: { visibility: 'PRIVATE' } });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(await screen.findByText('Only you')).toBeTruthy();
  });

  it('deletes a reflection from the list after asking', async () => {
    const user = userEvent.setup();
    let deleted = false;
    renderApp({
      routes,
      url: '/reflections',
      me: member,
      mocks: [
        teamsMock(),
        reflectableMock([]),
        myReflectionsMock(() => (deleted ? [] : [reflectionData()]), []),
        {
          request: { query: DeleteReflectionDocument, variables: { id: REFLECTION } },
          result: () => {
            deleted = true;
            return { data: { deleteReflection: true } };
          },
        },
      ],
    });
    await user.click(await screen.findByRole('button', { name: `Delete ${WHICH}` }));
    const dialog = screen.getByRole('alertdialog', { name: 'Delete this reflection?' });
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(deleted).toBe(false);
    expect(screen.getByRole('link', { name: 'Zorgsessie maart' })).toBeTruthy();

    await user.click(screen.getByRole('button', { name: `Delete ${WHICH}` }));
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Delete reflection' }));
    expect(await screen.findByText('The reflection is deleted.')).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('link', { name: 'Zorgsessie maart' })).toBeNull());
    expect(deleted).toBe(true);
    expect(await screen.findByText('No reflections yet')).toBeTruthy();
    // Focus is not lost with the removed button: it rests on the message.
    await waitFor(() => expect(document.activeElement?.textContent).toContain('The reflection is deleted.'));
  });

  it('is kind when there is nothing yet, in Dutch too', async () => {
    renderApp({
      routes,
      url: '/reflections',
      me: { ...member, locale: 'nl' },
      mocks: [teamsMock(), reflectableMock([]), myReflectionsMock(() => [], [])],
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Reflecties' })).toBeTruthy();
    expect(await screen.findByText('Nog geen reflecties')).toBeTruthy();
    expect(await screen.findByText('Nu geen sessies om op te reflecteren')).toBeTruthy();
    expect(screen.getByRole('searchbox', { name: 'Zoeken in mijn reflecties' })).toBeTruthy();
  });
});
