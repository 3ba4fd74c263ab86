import { screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { MyCheckInsDocument, SubmitCheckInDocument, type SubmitCheckInMutation, type Who5Band } from '../../../generated/graphql';
import { CheckInFeedbackView } from '../components/CheckInFeedbackView';
import type { CheckInFeedback } from '../hooks/useSubmitCheckIn';
import { lead, renderApp } from '../../../test/render';
import CheckInPage from '../../../pages/CheckInPage';

const member = { ...lead, id: '00000000-0000-4000-8000-000000000002', email: 'sanne@attune.demo', displayName: 'Sanne de Vries' };
const anyVariables = () => true;

const checkIn = (overrides: Partial<SubmitCheckInMutation['submitCheckIn']['checkIn']> = {}) => ({
  __typename: 'CheckIn' as const,
  id: '44444444-4444-4444-8444-444444444444',
  localDate: '2026-11-23',
  submittedAt: '2026-11-23T09:00:00Z',
  who5: [1, 1, 1, 1, 2],
  who5Score: 24,
  who5Band: 'NEEDS_SUPPORT' as Who5Band,
  stressLoad: 8,
  sleepQuality: 2,
  bodyTension: 7,
  safety: 5,
  connection: 4,
  clientMaterial: 9,
  note: null,
  ...overrides,
});

const noCheckInToday = {
  request: { query: MyCheckInsDocument, variables: anyVariables },
  result: { data: { myCheckIns: [] } },
};

const SUPPORT_TEXT = {
  __typename: 'LocalizedText',
  en: 'Your answers suggest that support would be welcome now.',
  nl: 'Je antwoorden wijzen erop dat steun nu welkom kan zijn.',
};
const SESSION_TEXT = {
  __typename: 'LocalizedText',
  en: 'Consider a conversation with a colleague you trust, or book a place in the next care session.',
  nl: 'Overweeg een gesprek met een collega die je vertrouwt, of boek een plek in de volgende zorgsessie.',
};

function feedback(score: number, band: Who5Band, extra: Partial<SubmitCheckInMutation['submitCheckIn']> = {}) {
  const nextStep = band === 'NEEDS_SUPPORT' ? 'SUPPORT_RESOURCES' : band === 'LOW' ? 'PEER_TALK_OR_SESSION' : 'NONE';
  return {
    __typename: 'CheckInResult',
    score,
    band,
    replacedEarlierToday: false,
    trend: { __typename: 'CheckInTrend', direction: 'DOWN', previousMean: 52.5, change: -28.5, comparedWith: 4 },
    suggestion: {
      __typename: 'CheckInSuggestion',
      key: 'rest.sleep',
      condition: 'REST',
      standingOut: ['SLEEP_QUALITY', 'STRESS_LOAD'],
      text: { __typename: 'LocalizedText', en: 'Sleep has been hard. Rest is part of the work.', nl: 'Slapen gaat moeizaam. Rust hoort bij het werk.' },
      nextStep,
      nextStepText: nextStep === 'SUPPORT_RESOURCES' ? SUPPORT_TEXT : nextStep === 'PEER_TALK_OR_SESSION' ? SESSION_TEXT : null,
    },
    supportResources:
      band === 'NEEDS_SUPPORT'
        ? [
            {
              __typename: 'SupportResource',
              name: '113 Zelfmoordpreventie',
              phone: '0800-0113',
              url: 'https://www.113.nl',
              description: 'Day and night, free and anonymous.',
            },
            { __typename: 'SupportResource', name: 'Bedrijfsarts', phone: '+31 20 123 45 67', url: null, description: null },
          ]
        : [],
    checkIn: checkIn({ who5Score: score, who5Band: band }),
    ...extra,
  };
}

const INPUT = {
  who5: [1, 1, 1, 1, 2],
  stressLoad: 8,
  sleepQuality: 2,
  bodyTension: 7,
  safety: 5,
  connection: 4,
  clientMaterial: 9,
};

/** Answers every question by clicking, the way a person would. */
async function answer(user: UserEvent, who5: readonly number[], scales: readonly number[]): Promise<void> {
  const groups = screen.getAllByRole('radiogroup');
  expect(groups).toHaveLength(11);
  for (const [i, value] of [...who5, ...scales].entries()) {
    const group = groups[i];
    if (!group) throw new Error(`no group ${i}`);
    const radio = within(group)
      .getAllByRole('radio')
      .find((r) => (r as HTMLInputElement).value === String(value));
    if (!radio) throw new Error(`no radio ${value} in group ${i}`);
    await user.click(radio);
  }
}

const SCALES = [8, 2, 7, 5, 4, 9];

// Long, click-by-click flows: give them room on a busy machine (each step still waits at most 1 s).
describe('CheckInPage', { timeout: 60_000 }, () => {
  it('asks the five WHO-5 statements with their anchors and six 0–10 scales with end labels', async () => {
    renderApp({ element: <CheckInPage />, me: member, mocks: [noCheckInToday] });
    expect(await screen.findByRole('form', { name: 'Check-in' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1, name: 'Check-in' })).toBeTruthy();
    const cheerful = screen.getByRole('radiogroup', { name: 'I have felt cheerful and in good spirits' });
    expect(within(cheerful).getAllByRole('radio').map((r) => r.getAttribute('aria-label'))).toEqual([
      '0, at no time',
      '1, some of the time',
      '2, less than half of the time',
      '3, more than half of the time',
      '4, most of the time',
      '5, all of the time',
    ]);
    const safety = screen.getByRole('radiogroup', { name: 'How safe do you feel?' });
    expect(within(safety).getAllByRole('radio')).toHaveLength(11);
    expect(within(safety).getByRole('radio', { name: '0, not safe at all' })).toBeTruthy();
    expect(within(safety).getByRole('radio', { name: '10, completely safe' })).toBeTruthy();
    expect(screen.getByRole('radiogroup', { name: "How much do clients' stories stay with you after work?" })).toBeTruthy();
    expect(screen.getByRole('textbox', { name: 'Private note (optional)' })).toBeTruthy();
    expect(screen.getByText('Only you can read this; it is stored encrypted.')).toBeTruthy();
    expect(screen.getByText(/if you check in again today, the new one replaces the earlier one/)).toBeTruthy();
  });

  it('does not send an incomplete check-in and says what is missing', async () => {
    const user = userEvent.setup({ delay: null });
    let sent = 0;
    renderApp({
      element: <CheckInPage />,
      me: member,
      mocks: [noCheckInToday, { request: { query: SubmitCheckInDocument, variables: anyVariables }, result: () => ((sent += 1), { data: { submitCheckIn: feedback(24, 'NEEDS_SUPPORT') } }) }],
    });
    await screen.findByRole('form', { name: 'Check-in' });
    await user.click(screen.getByRole('button', { name: 'Save my check-in' }));
    expect(screen.getAllByText('Choose a number for this one.').length).toBe(11);
    expect(sent).toBe(0);
  });

  it('at or below 28 shows the score, the trend and the support resources with phone links, calmly', async () => {
    const user = userEvent.setup({ delay: null });
    renderApp({
      element: <CheckInPage />,
      me: member,
      mocks: [
        noCheckInToday,
        {
          request: { query: SubmitCheckInDocument, variables: { input: { ...INPUT, note: 'heavy week' } } },
          result: { data: { submitCheckIn: feedback(24, 'NEEDS_SUPPORT') } },
        },
      ],
    });
    await screen.findByRole('form', { name: 'Check-in' });
    await answer(user, INPUT.who5, SCALES);
    await user.type(screen.getByRole('textbox', { name: 'Private note (optional)' }), '  heavy week ');
    await user.click(screen.getByRole('button', { name: 'Save my check-in' }));

    expect(await screen.findByRole('heading', { name: 'Thank you for checking in' })).toBeTruthy();
    expect(screen.getByText('24 of 100')).toBeTruthy();
    expect(screen.getByText('Your answers suggest that things are heavy right now.')).toBeTruthy();
    expect(screen.getByText('Lower than the average of your last 4 check-ins (52.5), by 28.5 points.')).toBeTruthy();
    const support = screen.getByRole('region', { name: 'Support is close by' });
    expect(within(support).getByText(SUPPORT_TEXT.en)).toBeTruthy();
    const list = within(support).getByRole('list', { name: 'Where you can turn' });
    expect(within(list).getByText('113 Zelfmoordpreventie')).toBeTruthy();
    expect(within(list).getByRole('link', { name: 'Call 0800-0113' }).getAttribute('href')).toBe('tel:08000113');
    expect(within(list).getByRole('link', { name: 'Call +31 20 123 45 67' }).getAttribute('href')).toBe('tel:+31201234567');
    expect(within(list).getByRole('link', { name: 'Website of 113 Zelfmoordpreventie' }).getAttribute('href')).toBe('https://www.113.nl');
    expect(within(support).getByRole('link', { name: 'Book a session' }).getAttribute('href')).toBe('/sessions');
    expect(screen.getByText('Sleep has been hard. Rest is part of the work.')).toBeTruthy();
    expect(screen.getByText('What stands out today: sleep quality, stress load.')).toBeTruthy();
    expect(document.body.textContent).not.toMatch(/streak/i);

    // Changing today's answers brings the form back with them filled in.
    await user.click(screen.getByRole('button', { name: 'Change today’s answers' }));
    const group = await screen.findByRole('radiogroup', { name: 'How heavy does the load feel?' });
    expect((within(group).getByRole('radio', { name: '8' }) as HTMLInputElement).checked).toBe(true);
    expect(screen.getByText('You already checked in today. Checking in again replaces that check-in.')).toBeTruthy();
  });

  it('below 50 suggests a peer talk or booking a session, without support resources', () => {
    renderApp({ element: <CheckInFeedbackView feedback={feedback(40, 'LOW') as CheckInFeedback} onChangeAnswers={() => {}} />, me: member });
    expect(screen.getByText('40 of 100')).toBeTruthy();
    expect(screen.getByText('Your wellbeing is lower than it could be.')).toBeTruthy();
    const talk = screen.getByRole('region', { name: 'Someone to talk to' });
    expect(within(talk).getByText(SESSION_TEXT.en)).toBeTruthy();
    expect(within(talk).getByRole('link', { name: 'Book a session' }).getAttribute('href')).toBe('/sessions');
    expect(screen.queryByRole('region', { name: 'Support is close by' })).toBeNull();
    expect(screen.queryByRole('list', { name: 'Where you can turn' })).toBeNull();
  });

  it('at 50 or more offers neither, and says when today’s earlier check-in was replaced', () => {
    renderApp({
      element: <CheckInFeedbackView feedback={feedback(64, 'OK', { replacedEarlierToday: true }) as CheckInFeedback} onChangeAnswers={() => {}} />,
      me: member,
    });
    expect(screen.getByText('64 of 100')).toBeTruthy();
    expect(screen.getByText('Your wellbeing looks reasonable.')).toBeTruthy();
    expect(screen.getByText('This replaces your earlier check-in of today.')).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Book a session' })).toBeNull();
    expect(screen.queryByRole('region', { name: 'Support is close by' })).toBeNull();
  });

  it('says so when today already has a check-in', async () => {
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());
    renderApp({
      element: <CheckInPage />,
      me: member,
      mocks: [{ request: { query: MyCheckInsDocument, variables: anyVariables }, result: { data: { myCheckIns: [checkIn({ localDate: today })] } } }],
    });
    expect(await screen.findByText('You already checked in today. Checking in again replaces that check-in.')).toBeTruthy();
  });

  it('speaks Dutch: WHO-5 anchors, scales and the feedback in the member’s language', async () => {
    renderApp({ element: <CheckInPage />, me: { ...member, locale: 'nl' }, mocks: [noCheckInToday] });
    expect(await screen.findByRole('form', { name: 'Check-in' })).toBeTruthy();
    const cheerful = screen.getByRole('radiogroup', { name: 'Ik voelde me opgewekt en goedgehumeurd' });
    expect(within(cheerful).getByRole('radio', { name: '0, nooit' })).toBeTruthy();
    expect(within(cheerful).getByRole('radio', { name: '3, meer dan de helft van de tijd' })).toBeTruthy();
    expect(within(cheerful).getByRole('radio', { name: '5, de hele tijd' })).toBeTruthy();
    expect(screen.getByRole('radiogroup', { name: 'Hoe veilig voel je je?' })).toBeTruthy();
    expect(screen.getByText('Alleen jij kunt dit lezen; het wordt versleuteld bewaard.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Check-in bewaren' })).toBeTruthy();
    await waitFor(() => expect(document.title).toBe('Check-in · Attune'));
  });

  it('gives the feedback in Dutch, with the API’s Dutch texts', () => {
    renderApp({ element: <CheckInFeedbackView feedback={feedback(24, 'NEEDS_SUPPORT') as CheckInFeedback} onChangeAnswers={() => {}} />, me: { ...member, locale: 'nl' } });
    expect(screen.getByText('24 van 100')).toBeTruthy();
    expect(screen.getByText(SUPPORT_TEXT.nl)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Bel 0800-0113' }).getAttribute('href')).toBe('tel:08000113');
    expect(screen.getByText('Lager dan het gemiddelde van je laatste 4 check-ins (52,5), met 28,5 punten.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Een sessie boeken' }).getAttribute('href')).toBe('/sessions');
  });
});
