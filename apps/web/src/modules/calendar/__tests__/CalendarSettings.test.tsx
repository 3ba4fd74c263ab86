import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import {
  MyCalendarFeedUrlDocument,
  ReminderPreferenceDocument,
  RotateCalendarFeedDocument,
  SetReminderPreferenceDocument,
} from '../../../generated/graphql';
import { lead, renderApp } from '../../../test/render';
import { CalendarSettings } from '../components/CalendarSettings';

const OLD = 'http://localhost:4000/calendar/feed/old-secret.ics';
const NEW = 'http://localhost:4000/calendar/feed/new-secret.ics';

const feedMock = { request: { query: MyCalendarFeedUrlDocument }, result: { data: { myCalendarFeedUrl: OLD } } };
const reminderMock = (minutes: number | null) => ({
  request: { query: ReminderPreferenceDocument },
  result: { data: { me: { __typename: 'Me', id: lead.id, reminderMinutesBefore: minutes } } },
});

describe('CalendarSettings', () => {
  it('shows the feed address with copy, explains subscribing, and makes a new address after asking', async () => {
    const user = userEvent.setup();
    renderApp({
      path: '/',
      element: <CalendarSettings />,
      me: lead,
      mocks: [feedMock, reminderMock(1440), { request: { query: RotateCalendarFeedDocument }, result: { data: { rotateCalendarFeed: NEW } } }],
    });
    const field = await screen.findByRole('textbox', { name: 'Your calendar feed address' });
    expect((field as HTMLInputElement).value).toBe(OLD);
    expect(screen.getByRole('button', { name: 'Copy address' })).toBeTruthy();
    expect(screen.getByText('How do I subscribe?')).toBeTruthy();
    expect(screen.getByText(/^Outlook:/)).toBeTruthy();
    expect(screen.getByText(/^Google Calendar/)).toBeTruthy();
    expect(screen.getByText(/^Apple Calendar:/)).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Make a new address' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Make a new address?' });
    expect(dialog.textContent).toContain('stops working straight away');
    await user.click(within(dialog).getByRole('button', { name: 'Make a new address' }));
    expect(await screen.findByText(/You have a new address/)).toBeTruthy();
    expect((screen.getByRole('textbox', { name: 'Your calendar feed address' }) as HTMLInputElement).value).toBe(NEW);
  });

  it('keeps the old address when the person changes their mind', async () => {
    const user = userEvent.setup();
    renderApp({ path: '/', element: <CalendarSettings />, me: lead, mocks: [feedMock, reminderMock(1440)] });
    await user.click(await screen.findByRole('button', { name: 'Make a new address' }));
    const dialog = await screen.findByRole('alertdialog');
    await user.click(within(dialog).getByRole('button', { name: 'Keep the current one' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect((screen.getByRole('textbox', { name: 'Your calendar feed address' }) as HTMLInputElement).value).toBe(OLD);
  });

  it('shows and saves the reminder preference, including switching reminders off', async () => {
    const user = userEvent.setup();
    let saved: unknown = 'not yet';
    renderApp({
      path: '/',
      element: <CalendarSettings />,
      me: lead,
      mocks: [
        feedMock,
        reminderMock(1440),
        {
          request: {
            query: SetReminderPreferenceDocument,
            variables: (v: Record<string, unknown>) => {
              saved = v.minutesBefore;
              return true;
            },
          },
          result: { data: { setReminderPreference: { __typename: 'Me', id: lead.id, reminderMinutesBefore: null } } },
        },
      ],
    });
    const select = await screen.findByRole('button', { name: /Remind me before a session/ });
    expect(select.textContent).toContain('1 day before');
    await user.click(select);
    await user.click(await screen.findByRole('option', { name: 'No reminders' }));
    expect(await screen.findByText('Your reminder setting has been saved.')).toBeTruthy();
    expect(saved).toBeNull();
    expect(screen.getByRole('button', { name: /Remind me before a session/ }).textContent).toContain('No reminders');
  });

  it('speaks Dutch and offers an unusual saved value as it is', async () => {
    renderApp({ path: '/', element: <CalendarSettings />, me: { ...lead, locale: 'nl' }, mocks: [feedMock, reminderMock(90)] });
    expect(await screen.findByRole('textbox', { name: 'Adres van je agenda-feed' })).toBeTruthy();
    const select = await screen.findByRole('button', { name: /Herinner me voor een sessie/ });
    expect(select.textContent).toContain('90 minuten van tevoren');
    expect(screen.getByRole('button', { name: 'Nieuw adres maken' })).toBeTruthy();
  });
});
