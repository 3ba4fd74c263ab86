import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import {
  ReflectableSessionsDocument,
  ReflectionDocument,
  SessionToReflectOnDocument,
  SharedReflectionsDocument,
  UpdateReflectionDocument,
  WriteReflectionDocument,
} from '../../../generated/graphql';
import EditReflectionPage from '../../../pages/EditReflectionPage';
import NewReflectionPage from '../../../pages/NewReflectionPage';
import SessionReflectionsPage from '../../../pages/SessionReflectionsPage';
import { renderApp } from '../../../test/render';
import { reflectionDraftKey } from '../hooks/useReflectionDraft';
import { REFLECTION, SESSION, TEAM, bookingData, member, peer, reflectionData, responseData } from './fixtures';

function sessionData(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Session',
    id: SESSION,
    title: 'Zorgsessie maart',
    kind: 'CARE',
    startsAt: '2026-03-10T14:00:00.000Z',
    endsAt: '2026-03-10T15:30:00.000Z',
    cancelledAt: null,
    canReflect: true,
    myReflection: null,
    team: { __typename: 'Team', id: TEAM, name: 'Traumateam Oost' },
    ...overrides,
  };
}

const sessionMock = (overrides: Record<string, unknown> = {}) => ({
  request: { query: SessionToReflectOnDocument, variables: { id: SESSION } },
  result: { data: { session: sessionData(overrides) } },
  maxUsageCount: 5,
});

describe('NewReflectionPage', () => {
  const routes = [{ path: '/reflections/new', element: <NewReflectionPage /> }];
  const url = `/reflections/new?sessionId=${SESSION}`;

  it('writes a reflection on the session and opens it', async () => {
    const user = userEvent.setup();
    let sent: unknown;
    const { router } = renderApp({
      routes,
      url,
      me: member,
      mocks: [
        sessionMock(),
        {
          request: {
            query: WriteReflectionDocument,
            variables: (v: unknown) => {
              sent = v;
              return true;
            },
          },
          result: { data: { writeReflection: reflectionData({ visibility: 'GROUP', feelingsNamed: 'tired, moved' }) } },
        },
      ],
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Reflect on a session' })).toBeTruthy();
    // The heading is there while the session still loads: wait for the session itself.
    expect(await screen.findByText(/Zorgsessie maart, Tue 10 Mar, 15:00–16:30/)).toBeTruthy();
    await user.click(screen.getByRole('textbox', { name: 'Feelings I can name' }));
    await user.paste('  tired, moved ');
    await user.click(within(screen.getByRole('radiogroup', { name: 'How attuned did you feel?' })).getByRole('radio', { name: '4' }));
    await user.click(
      within(screen.getByRole('radiogroup', { name: 'How much did you resonate with others?' })).getByRole('radio', { name: '7, very much' }),
    );
    await user.click(screen.getByRole('button', { name: 'Place today on the river' }));
    await user.click(screen.getByRole('radio', { name: 'You and the people who attended' }));
    expect(localStorage.getItem(reflectionDraftKey(member.id, SESSION))).toContain('tired, moved');
    await user.click(screen.getByRole('button', { name: 'Save reflection' }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/reflections/${REFLECTION}`));
    expect(sent).toEqual({
      input: { sessionId: SESSION, attunement: 4, resonance: 7, visibility: 'GROUP', feelingsNamed: 'tired, moved', chaosRigidity: 0 },
    });
    expect(localStorage.getItem(reflectionDraftKey(member.id, SESSION))).toBeNull();
  });

  it('says why when the server will not take a reflection on this session', async () => {
    const user = userEvent.setup();
    renderApp({
      routes,
      url,
      me: member,
      mocks: [
        sessionMock(),
        {
          request: { query: WriteReflectionDocument, variables: () => true },
          result: {
            errors: [
              new GraphQLError('You can reflect on this session once your attendance is marked', {
                extensions: { code: 'FORBIDDEN', field: 'sessionId', reason: 'NOT_ATTENDED' },
              }),
            ],
          },
        },
      ],
    });
    const attunement = await screen.findByRole('radiogroup', { name: 'How attuned did you feel?' });
    await user.click(within(attunement).getByRole('radio', { name: '3' }));
    await user.click(within(screen.getByRole('radiogroup', { name: 'How much did you resonate with others?' })).getByRole('radio', { name: '3' }));
    await user.click(screen.getByRole('button', { name: 'Save reflection' }));
    expect((await screen.findByRole('alert')).textContent).toContain(
      'You can reflect on this session once your attendance has been marked.',
    );
    // What was typed stays, in the form and in the draft.
    expect(localStorage.getItem(reflectionDraftKey(member.id, SESSION))).not.toBeNull();
  });

  it('points to the existing reflection instead of a second one', async () => {
    renderApp({ routes, url, me: member, mocks: [sessionMock({ myReflection: { __typename: 'Reflection', id: REFLECTION } })] });
    expect(await screen.findByText('You have already reflected on this session.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Edit that reflection' }).getAttribute('href')).toBe(`/reflections/${REFLECTION}/edit`);
    expect(screen.queryByRole('button', { name: 'Save reflection' })).toBeNull();
  });

  it('explains that a session opens for reflection once attendance is marked', async () => {
    renderApp({ routes, url, me: member, mocks: [sessionMock({ canReflect: false })] });
    expect(await screen.findByText('You can reflect on this session once your attendance has been marked.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Save reflection' })).toBeNull();
  });

  it('without a session, offers the sessions to choose from', async () => {
    renderApp({
      routes,
      url: '/reflections/new',
      me: member,
      mocks: [
        {
          request: { query: ReflectableSessionsDocument },
          result: {
            data: { myBookings: [bookingData('b1', { id: SESSION, title: 'Zorgsessie maart', startsAt: '2026-03-10T14:00:00Z', canReflect: true })] },
          },
        },
      ],
    });
    expect(await screen.findByRole('link', { name: 'Reflect on Zorgsessie maart, Tue 10 Mar, 15:00–16:30' })).toBeTruthy();
  });

  it('says so when the session is not there', async () => {
    renderApp({
      routes,
      url,
      me: member,
      mocks: [
        {
          request: { query: SessionToReflectOnDocument, variables: { id: SESSION } },
          result: { errors: [new GraphQLError('Session not found', { extensions: { code: 'NOT_FOUND' } })] },
        },
      ],
    });
    expect(await screen.findByText('This session does not exist, or it is not one of your teams.')).toBeTruthy();
  });
});

describe('EditReflectionPage', () => {
  const routes = [{ path: '/reflections/:reflectionId/edit', element: <EditReflectionPage /> }];
  const url = `/reflections/${REFLECTION}/edit`;

  it('starts from the saved reflection, and saving sends every field so emptied ones are cleared', async () => {
    const user = userEvent.setup();
    let sent: unknown;
    const saved = reflectionData({
      visibility: 'GROUP',
      whatHappenedInMe: 'Tight chest',
      whatINeedNow: 'A walk',
      chaosRigidity: 2,
      nineFunctions: { ...reflectionData().nineFunctions, insight: 3 },
    });
    const { router } = renderApp({
      routes,
      url,
      me: member,
      mocks: [
        { request: { query: ReflectionDocument, variables: { id: REFLECTION } }, result: { data: { reflection: saved } } },
        {
          request: {
            query: UpdateReflectionDocument,
            variables: (v: unknown) => {
              sent = v;
              return true;
            },
          },
          result: { data: { updateReflection: { ...saved, visibility: 'PRIVATE', whatINeedNow: null } } },
        },
      ],
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Edit your reflection' })).toBeTruthy();
    expect(((await screen.findByRole('textbox', { name: 'What happened in me' })) as HTMLTextAreaElement).value).toBe('Tight chest');
    // The rated function shows: the self-check starts open.
    expect(screen.getByRole('button', { name: 'The nine functions (optional)' }).getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByRole('slider', { name: 'Between chaos and rigidity' }).getAttribute('aria-valuetext')).toBe('+2, mostly rigid');

    await user.clear(screen.getByRole('textbox', { name: 'What I need now' }));
    await user.click(screen.getByRole('radio', { name: 'Only you' }));
    expect(screen.getByText('Peers will no longer see this reflection or the responses to it.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/reflections/${REFLECTION}`));
    expect(sent).toEqual({
      id: REFLECTION,
      input: {
        attunement: 5,
        resonance: 4,
        visibility: 'PRIVATE',
        chaosRigidity: 2,
        nineFunctions: { insight: 3 },
        whatHappenedInMe: 'Tight chest',
        bodySignals: null,
        feelingsNamed: null,
        attunementMoments: null,
        resonanceFromOthers: null,
        whatINeedNow: null,
      },
    });
  });

  it("does not offer someone else's reflection for editing", async () => {
    renderApp({
      routes,
      url,
      me: member,
      mocks: [
        {
          request: { query: ReflectionDocument, variables: { id: REFLECTION } },
          result: { data: { reflection: reflectionData({ isMine: false, visibility: 'GROUP' }) } },
        },
      ],
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Reflection not found' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Save changes' })).toBeNull();
  });
});

describe('SessionReflectionsPage', () => {
  const routes = [{ path: '/sessions/:sessionId/reflections', element: <SessionReflectionsPage /> }];
  const url = `/sessions/${SESSION}/reflections`;

  it("shows what was shared about the session, mine first, with a way to respond to a peer's", async () => {
    renderApp({
      routes,
      url,
      me: member,
      mocks: [
        sessionMock({ myReflection: null }),
        {
          request: { query: SharedReflectionsDocument, variables: { sessionId: SESSION } },
          result: {
            data: {
              sharedReflections: [
                reflectionData({
                  id: '88888888-8888-4888-8888-888888888888',
                  visibility: 'GROUP',
                  isMine: false,
                  canRespond: true,
                  whatHappenedInMe: 'I felt the silence in the room.',
                  author: { __typename: 'ReflectionPerson', id: peer.id, displayName: peer.displayName },
                  responses: [responseData({ reflectionId: '88888888-8888-4888-8888-888888888888' })],
                }),
              ],
            },
          },
        },
      ],
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Shared reflections' })).toBeTruthy();
    const card = await screen.findByRole('article', { name: `Reflection by ${peer.displayName}` });
    expect(within(card).getByText('I felt the silence in the room.')).toBeTruthy();
    expect(within(card).getByText('Thank you for sharing this.')).toBeTruthy();
    expect(within(card).getByRole('form', { name: `Respond to the reflection by ${peer.displayName}` })).toBeTruthy();
    expect(within(card).queryByRole('button', { name: /^Hide/ })).toBeNull();
    expect(await screen.findByRole('link', { name: 'Reflect on this session' })).toBeTruthy();
  });

  it('is calm when nothing was shared', async () => {
    renderApp({
      routes,
      url,
      me: { ...member, locale: 'nl' },
      mocks: [
        sessionMock({ canReflect: false }),
        { request: { query: SharedReflectionsDocument, variables: { sessionId: SESSION } }, result: { data: { sharedReflections: [] } } },
      ],
    });
    expect(await screen.findByText('Nog niets gedeeld')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1, name: 'Gedeelde reflecties' })).toBeTruthy();
  });
});
