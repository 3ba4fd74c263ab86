import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import {
  DeleteReflectionDocument,
  HidePeerResponseDocument,
  ReflectionDocument,
  RespondToReflectionDocument,
  UnhidePeerResponseDocument,
} from '../../../generated/graphql';
import { renderApp } from '../../../test/render';
import ReflectionPage from '../../../pages/ReflectionPage';
import { REFLECTION, member, peer, reflectionData, responseData } from './fixtures';

const routes = [{ path: '/reflections/:reflectionId', element: <ReflectionPage /> }];
const url = `/reflections/${REFLECTION}`;
const RESPONSE = responseData().id;

const reflectionMock = (data: Record<string, unknown>) => ({
  request: { query: ReflectionDocument, variables: { id: REFLECTION } },
  result: { data: { reflection: data } },
});

describe('ReflectionPage', () => {
  it('shows the texts and ratings, and lets the author hide a response and show it again', async () => {
    const user = userEvent.setup();
    const shared = reflectionData({
      visibility: 'GROUP',
      whatHappenedInMe: 'I stayed with her story longer than I expected.',
      chaosRigidity: -1,
      nineFunctions: { ...reflectionData().nineFunctions, empathy: 4 },
      responses: [responseData()],
    });
    renderApp({
      routes,
      url,
      me: member,
      mocks: [
        reflectionMock(shared),
        {
          request: { query: HidePeerResponseDocument, variables: { id: RESPONSE } },
          result: { data: { hidePeerResponse: responseData({ hidden: true }) } },
        },
        {
          request: { query: UnhidePeerResponseDocument, variables: { id: RESPONSE } },
          result: { data: { unhidePeerResponse: responseData({ hidden: false }) } },
        },
      ],
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Reflection on Zorgsessie maart' })).toBeTruthy();
    expect(screen.getByText('I stayed with her story longer than I expected.')).toBeTruthy();
    expect(screen.getByText('5 of 7')).toBeTruthy();
    expect(screen.getByText('−1, a little towards chaos')).toBeTruthy();
    expect(screen.getByText('Empathy')).toBeTruthy();
    expect(screen.getByText('Shared with the group')).toBeTruthy();

    const responses = screen.getByRole('list', { name: 'Responses' });
    expect(within(responses).getByText('Thank you for sharing this.')).toBeTruthy();
    await user.click(within(responses).getByRole('button', { name: `Hide (the response from ${peer.displayName})` }));
    expect(await within(responses).findByText('Hidden')).toBeTruthy();
    expect(within(responses).getByText('Only you still see this response.')).toBeTruthy();

    await user.click(within(responses).getByRole('button', { name: `Show again (the response from ${peer.displayName})` }));
    await waitFor(() => expect(within(responses).queryByText('Hidden')).toBeNull());
    expect(within(responses).getByRole('button', { name: `Hide (the response from ${peer.displayName})` })).toBeTruthy();
    // The author manages responses; they do not write one to themselves.
    expect(screen.queryByRole('textbox', { name: 'Your response' })).toBeNull();
  });

  it('lets a peer who can see it respond, and the response joins the list', async () => {
    const user = userEvent.setup();
    const seen = reflectionData({
      visibility: 'GROUP',
      isMine: false,
      canRespond: true,
      author: { __typename: 'ReflectionPerson', id: peer.id, displayName: peer.displayName },
    });
    renderApp({
      routes,
      url,
      me: member,
      mocks: [
        reflectionMock(seen),
        {
          request: { query: RespondToReflectionDocument, variables: { reflectionId: REFLECTION, text: 'I recognise that silence.' } },
          result: {
            data: {
              respondToReflection: responseData({
                id: '77777777-7777-4777-8777-777777777777',
                text: 'I recognise that silence.',
                author: { __typename: 'ReflectionPerson', id: member.id, displayName: member.displayName },
              }),
            },
          },
        },
      ],
    });
    expect(await screen.findByText(`Care session · Tue 10 Mar, 15:00–16:30 · Written by ${peer.displayName}`, { exact: false })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /^Edit/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Delete/ })).toBeNull();
    expect(screen.getByText('No responses yet.')).toBeTruthy();

    // An empty response is not sent.
    await user.click(screen.getByRole('button', { name: 'Send response' }));
    expect(screen.getByText('Write a response first.')).toBeTruthy();

    await user.click(screen.getByRole('textbox', { name: 'Your response' }));
    await user.paste('  I recognise that silence.  ');
    await user.click(screen.getByRole('button', { name: 'Send response' }));
    expect(await screen.findByText('Your response is sent.')).toBeTruthy();
    const responses = screen.getByRole('list', { name: 'Responses' });
    expect(within(responses).getByText('I recognise that silence.')).toBeTruthy();
    expect((screen.getByRole('textbox', { name: 'Your response' }) as HTMLTextAreaElement).value).toBe('');
    expect(within(responses).queryByRole('button', { name: /Hide/ })).toBeNull();
  });

  it('deletes after asking, responses included, and goes back to the list', async () => {
    const user = userEvent.setup();
    let deleted = false;
    renderApp({
      routes: [...routes, { path: '/reflections', element: <p>the list</p> }],
      url,
      me: member,
      mocks: [
        reflectionMock(reflectionData({ responses: [responseData()] })),
        {
          request: { query: DeleteReflectionDocument, variables: { id: REFLECTION } },
          result: () => {
            deleted = true;
            return { data: { deleteReflection: true } };
          },
        },
      ],
    });
    await user.click(await screen.findByRole('button', { name: 'Delete' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Delete this reflection?' });
    expect(within(dialog).getByText(/every response to it are deleted for good/)).toBeTruthy();
    // Cancel has focus first: nothing is deleted by a stray Enter.
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Cancel' }));
    await user.click(within(dialog).getByRole('button', { name: 'Delete reflection' }));
    expect(await screen.findByText('the list')).toBeTruthy();
    expect(deleted).toBe(true);
  });

  it('says when a reflection is not there or not shared with you', async () => {
    renderApp({
      routes,
      url,
      me: member,
      mocks: [
        {
          request: { query: ReflectionDocument, variables: { id: REFLECTION } },
          result: { errors: [new GraphQLError('Reflection not found', { extensions: { code: 'NOT_FOUND' } })] },
        },
      ],
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Reflection not found' })).toBeTruthy();
    expect(screen.getByText('This reflection does not exist, or it was not shared with you.')).toBeTruthy();
  });

  it('speaks Dutch', async () => {
    renderApp({
      routes,
      url,
      me: { ...member, locale: 'nl' },
      mocks: [reflectionMock(reflectionData({ visibility: 'FACILITATOR' }))],
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Reflectie op Zorgsessie maart' })).toBeTruthy();
    expect(screen.getByText('Gedeeld met de begeleider')).toBeTruthy();
    expect(screen.getByText('De begeleider van deze sessie kan het lezen en erop reageren.')).toBeTruthy();
    expect(screen.getByText('5 van 7')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Wijzig wie het kan lezen' })).toBeTruthy();
  });
});
