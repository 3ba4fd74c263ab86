import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { LogGoalStepDocument, MyGoalsDocument, SetGoalDocument } from '../../../generated/graphql';
import { lead, renderApp } from '../../../test/render';
import { GoalsPanel } from '../components/GoalsPanel';
import { GOAL_ID, goal } from './fixtures';

const goalsMock = (goals: unknown[]) => ({ request: { query: MyGoalsDocument, variables: { includeArchived: false } }, result: { data: { myGoals: goals } } });

const HALFWAY = {
  __typename: 'LocalizedText',
  en: 'Halfway: 5 of 10. Look how far you have come.',
  nl: 'Halverwege: 5 van 10. Kijk eens hoe ver je al bent.',
};

// Long, click-by-click flows: give them room on a busy machine (each step still waits at most 1 s).
describe('GoalsPanel', { timeout: 60_000 }, () => {
  it('logs a step and celebrates it with the message the API gives, counting steps — not streaks', async () => {
    const user = userEvent.setup();
    renderApp({
      element: <GoalsPanel />,
      me: lead,
      mocks: [
        goalsMock([goal(4, 10)]),
        {
          request: { query: LogGoalStepDocument, variables: { goalId: GOAL_ID } },
          result: {
            data: {
              logGoalStep: {
                __typename: 'GoalStepResult',
                celebration: 'HALFWAY',
                stepNumber: 5,
                takenAt: '2026-11-23T10:00:00Z',
                message: HALFWAY,
                goal: goal(5, 10, { lastStepAt: '2026-11-23T10:00:00Z' }),
              },
            },
          },
        },
      ],
    });
    const list = await screen.findByRole('list', { name: 'My goals' });
    expect(within(list).getByRole('heading', { name: 'Walk 20 minutes' })).toBeTruthy();
    expect(within(list).getByText('4 of 10 steps', { exact: false })).toBeTruthy();
    const bar = within(list).getByRole('progressbar', { name: 'Progress on Walk 20 minutes' }) as HTMLProgressElement;
    expect(bar.value).toBe(4);
    expect(bar.max).toBe(10);

    await user.click(within(list).getByRole('button', { name: 'Log a step for Walk 20 minutes' }));
    const status = await screen.findByRole('status');
    expect(status.textContent).toContain(HALFWAY.en);
    expect(within(list).getByText('5 of 10 steps', { exact: false })).toBeTruthy();
    expect(bar.value).toBe(5);
    expect(document.body.textContent).not.toMatch(/streak|in a row/i);
  });

  it('invites one step more once the goal is reached', async () => {
    const user = userEvent.setup();
    let sent: unknown = null;
    renderApp({
      element: <GoalsPanel />,
      me: lead,
      mocks: [
        goalsMock([goal(10, 10)]),
        {
          request: { query: SetGoalDocument, variables: () => true },
          result: (variables) => {
            sent = variables;
            return { data: { setGoal: goal(10, 11) } };
          },
        },
      ],
    });
    expect(await screen.findByText('Goal reached')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Make Walk 20 minutes 11 steps' }));
    expect(await screen.findByText('Your next small step: 11.')).toBeTruthy();
    expect(sent).toEqual({ input: { id: GOAL_ID, title: 'Walk 20 minutes', targetSteps: 11 } });
    expect(screen.getByText('10 of 11 steps', { exact: false })).toBeTruthy();
  });

  it('sets a new goal, refusing a count outside 1–1000 before asking the server', async () => {
    const user = userEvent.setup();
    let calls = 0;
    renderApp({
      element: <GoalsPanel />,
      me: lead,
      mocks: [
        goalsMock([]),
        {
          request: { query: SetGoalDocument, variables: { input: { title: 'Drink a glass of water', targetSteps: 20 } } },
          result: () => {
            calls += 1;
            return { data: { setGoal: goal(0, 20, { id: '66666666-6666-4666-8666-666666666666', title: 'Drink a glass of water' }) } };
          },
        },
      ],
    });
    expect(await screen.findByText(/No goals yet/)).toBeTruthy();
    const form = screen.getByRole('form', { name: 'Set a small goal' });
    await user.type(within(form).getByRole('textbox', { name: 'Your goal' }), ' Drink  a glass of water ');
    const count = within(form).getByRole('textbox', { name: 'How many times' });
    await user.clear(count);
    await user.type(count, '0');
    await user.click(within(form).getByRole('button', { name: 'Set goal' }));
    expect(within(form).getByText('Choose a whole number from 1 to 1000.')).toBeTruthy();
    expect(calls).toBe(0);
    await user.clear(count);
    await user.type(count, '20');
    await user.click(within(form).getByRole('button', { name: 'Set goal' }));
    expect(await screen.findByText('Your goal is set: Drink a glass of water.')).toBeTruthy();
    expect(calls).toBe(1);
    expect(within(screen.getByRole('list', { name: 'My goals' })).getByRole('heading', { name: 'Drink a glass of water' })).toBeTruthy();
  });

  it('celebrates in Dutch for a Dutch member', async () => {
    const user = userEvent.setup();
    renderApp({
      element: <GoalsPanel />,
      me: { ...lead, locale: 'nl' },
      mocks: [
        goalsMock([goal(4, 10)]),
        {
          request: { query: LogGoalStepDocument, variables: { goalId: GOAL_ID } },
          result: {
            data: {
              logGoalStep: {
                __typename: 'GoalStepResult',
                celebration: 'HALFWAY',
                stepNumber: 5,
                takenAt: '2026-11-23T10:00:00Z',
                message: HALFWAY,
                goal: goal(5, 10),
              },
            },
          },
        },
      ],
    });
    await user.click(await screen.findByRole('button', { name: 'Stap noteren voor Walk 20 minutes' }));
    expect((await screen.findByRole('status')).textContent).toContain(HALFWAY.nl);
    expect(screen.getByText('5 van 10 stappen', { exact: false })).toBeTruthy();
  });
});
