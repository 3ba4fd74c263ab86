import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { describe, expect, it, vi } from 'vitest';
import { WriteReflectionDocument } from '../../../generated/graphql';
import { renderApp } from '../../../test/render';
import { ReflectionForm } from '../components/ReflectionForm';
import { reflectionDraftKey } from '../hooks/useReflectionDraft';
import { SESSION, member, reflectionData } from './fixtures';

function renderForm(options: { onSaved?: () => void; mocks?: Parameters<typeof renderApp>[0]['mocks']; locale?: 'nl' | 'en'; userId?: string } = {}) {
  return renderApp({
    path: '/',
    me: { ...member, id: options.userId ?? member.id, locale: options.locale ?? 'en' },
    mocks: options.mocks,
    element: (
      <ReflectionForm
        session={{ id: SESSION }}
        userId={options.userId ?? member.id}
        onSaved={options.onSaved ?? (() => {})}
        cancelHref="/reflections"
        label="Reflect on a session"
      />
    ),
  });
}

const textbox = (name: string) => screen.getByRole('textbox', { name }) as HTMLTextAreaElement;

describe('ReflectionForm', () => {
  it('keeps what was typed as a draft that comes back after the tab was closed, until discarded', async () => {
    const user = userEvent.setup();
    const first = renderForm();
    await user.click(textbox('What happened in me'));
    await user.paste('A knot in my stomach when she told her story');
    await user.click(within(screen.getByRole('radiogroup', { name: 'How attuned did you feel?' })).getByRole('radio', { name: '5' }));
    await user.click(within(screen.getByRole('radiogroup', { name: 'Who can read this?' })).getByRole('radio', { name: 'You and the facilitator' }));
    expect(localStorage.getItem(reflectionDraftKey(member.id, SESSION))).toContain('A knot in my stomach');
    first.unmount();

    renderForm();
    expect(await screen.findByText('We kept what you were writing')).toBeTruthy();
    expect(textbox('What happened in me').value).toBe('A knot in my stomach when she told her story');
    const attunement = screen.getByRole('radiogroup', { name: 'How attuned did you feel?' });
    expect((within(attunement).getByRole('radio', { name: '5' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('radio', { name: 'You and the facilitator' }) as HTMLInputElement).checked).toBe(true);

    await user.click(screen.getByRole('button', { name: 'Discard draft' }));
    expect(textbox('What happened in me').value).toBe('');
    expect((within(attunement).getByRole('radio', { name: '5' }) as HTMLInputElement).checked).toBe(false);
    expect((screen.getByRole('radio', { name: 'Only you' }) as HTMLInputElement).checked).toBe(true);
    expect(screen.getByRole('status').textContent).toContain('The draft is discarded.');
    expect(localStorage.getItem(reflectionDraftKey(member.id, SESSION))).toBeNull();
    expect(screen.queryByText('We kept what you were writing')).toBeNull();
  });

  it("does not show one person's draft to another on the same browser", async () => {
    const user = userEvent.setup();
    const first = renderForm();
    await user.click(textbox('Feelings I can name'));
    await user.paste('sad, restless');
    first.unmount();
    renderForm({ userId: '00000000-0000-4000-8000-000000000009' });
    expect(textbox('Feelings I can name').value).toBe('');
    expect(screen.queryByText('We kept what you were writing')).toBeNull();
  });

  it('explains each visibility choice in plain words, with only you as the default', () => {
    renderForm();
    const group = screen.getByRole('radiogroup', { name: 'Who can read this?' });
    const described = (name: string) => {
      const radio = within(group).getByRole('radio', { name });
      return (radio.getAttribute('aria-describedby') ?? '')
        .split(' ')
        .map((id) => document.getElementById(id)?.textContent ?? '')
        .join(' ');
    };
    expect((within(group).getByRole('radio', { name: 'Only you' }) as HTMLInputElement).checked).toBe(true);
    expect(described('Only you')).toContain('Private. Nobody else can read it.');
    expect(described('You and the facilitator')).toContain('The facilitator of this session can read it and respond.');
    expect(described('You and the people who attended')).toContain(
      'Everyone who attended this session, and the facilitator, can read it and respond.',
    );
  });

  it('keeps the nine functions folded away and optional: only the two ratings are needed', async () => {
    const user = userEvent.setup();
    const onSaved = vi.fn();
    let sent: unknown;
    renderForm({
      onSaved,
      mocks: [
        {
          request: {
            query: WriteReflectionDocument,
            variables: (variables) => {
              sent = variables;
              return true;
            },
          },
          result: { data: { writeReflection: reflectionData({ attunement: 6, resonance: 3 }) } },
        },
      ],
    });
    const toggle = screen.getByRole('button', { name: 'The nine functions (optional)' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('radiogroup', { name: 'Empathy' })).toBeNull();

    // Without the two ratings the form asks for them and sends nothing.
    await user.click(screen.getByRole('button', { name: 'Save reflection' }));
    expect(screen.getAllByText('Choose a number from 1 to 7.')).toHaveLength(2);
    expect(sent).toBeUndefined();

    await user.click(within(screen.getByRole('radiogroup', { name: 'How attuned did you feel?' })).getByRole('radio', { name: '6' }));
    await user.click(
      within(screen.getByRole('radiogroup', { name: 'How much did you resonate with others?' })).getByRole('radio', { name: '3' }),
    );
    // Rating one function and skipping it again leaves the self-check out altogether.
    await user.click(toggle);
    const empathy = screen.getByRole('radiogroup', { name: 'Empathy' });
    await user.click(within(empathy).getByRole('radio', { name: '4' }));
    await user.click(screen.getByRole('button', { name: 'Skip empathy' }));
    expect((within(empathy).getByRole('radio', { name: '4' }) as HTMLInputElement).checked).toBe(false);

    await user.click(screen.getByRole('button', { name: 'Save reflection' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledTimes(1));
    expect(sent).toEqual({ input: { sessionId: SESSION, attunement: 6, resonance: 3, visibility: 'PRIVATE' } });
    expect(localStorage.getItem(reflectionDraftKey(member.id, SESSION))).toBeNull();
  });

  it("shows the server's refusal of a nine-function score on that function, opening the self-check", async () => {
    const user = userEvent.setup();
    const draft = {
      version: 1,
      savedAt: '2026-03-10T16:05:00.000Z',
      reflectionId: null,
      values: { attunement: 4, resonance: 4, visibility: 'PRIVATE', texts: {}, nineFunctions: { empathy: 3 }, chaosRigidity: null },
    };
    localStorage.setItem(reflectionDraftKey(member.id, SESSION), JSON.stringify(draft));
    renderForm({
      mocks: [
        {
          request: { query: WriteReflectionDocument, variables: () => true },
          result: {
            errors: [
              new GraphQLError('Each function score must be a whole number from 1 to 5', {
                extensions: { code: 'BAD_USER_INPUT', field: 'nineFunctions.empathy' },
              }),
            ],
          },
        },
      ],
    });
    // The restored draft rated a function, so the self-check starts open; fold it to prove the error reopens it.
    const toggle = screen.getByRole('button', { name: 'The nine functions (optional)' });
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    await user.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('false');

    await user.click(screen.getByRole('button', { name: 'Save reflection' }));
    expect(await screen.findByRole('alert')).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toContain('Check the marked field.');
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const empathy = screen.getByRole('radiogroup', { name: 'Empathy' });
    expect(within(empathy).getByText('Choose a number from 1 to 5, or skip this one.')).toBeTruthy();
    expect(empathy.closest('[data-invalid]') ?? empathy.getAttribute('data-invalid')).toBeTruthy();
    // …and nowhere else.
    expect(screen.getAllByText('Choose a number from 1 to 5, or skip this one.')).toHaveLength(1);
    await waitFor(() => expect(empathy.contains(document.activeElement)).toBe(true));

    // Correcting the value takes the error away.
    await user.click(within(empathy).getByRole('radio', { name: '2' }));
    expect(screen.queryByText('Choose a number from 1 to 5, or skip this one.')).toBeNull();
  });

  it('places the day between chaos and rigidity only when asked, and says the place in words', async () => {
    const user = userEvent.setup();
    renderForm();
    expect(screen.queryByRole('slider')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Place today on the river' }));
    const slider = screen.getByRole('slider', { name: 'Between chaos and rigidity' });
    expect(document.activeElement).toBe(slider);
    expect(slider.getAttribute('aria-valuetext')).toBe('0, integrated');
    expect(screen.getByText('chaos')).toBeTruthy();
    expect(screen.getByText('rigid')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Remove the position' }));
    expect(screen.queryByRole('slider')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Place today on the river' }));
  });

  it('speaks Dutch', () => {
    renderForm({ locale: 'nl' });
    expect(screen.getByRole('textbox', { name: 'Wat er in mij gebeurde' })).toBeTruthy();
    expect(screen.getByText(/Name it to tame it: benoemen helpt/)).toBeTruthy();
    expect(screen.getByRole('radiogroup', { name: 'Hoe afgestemd voelde je je?' })).toBeTruthy();
    expect(screen.getAllByRole('radio', { name: '1, helemaal niet' })).toHaveLength(2);
    expect(screen.getByRole('radio', { name: 'Alleen jij' })).toBeTruthy();
    expect(screen.getByRole('radio', { name: 'Jij en wie er bij was' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'De negen functies (optioneel)' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Reflectie opslaan' })).toBeTruthy();
  });
});
