import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { BookSessionDocument, CancelBookingDocument, MyTeamsDocument, SessionsDocument } from '../../../generated/graphql';
import { renderApp } from '../../../test/render';
import SessionsPage from '../../../pages/SessionsPage';
import { BOOKING, SESSION, booking, member, session, team } from './fixtures';

const teamsMock = { request: { query: MyTeamsDocument }, result: { data: { myTeams: [team('MEMBER')] } } };
const sessionsMock = (s: ReturnType<typeof session>) => ({
  request: { query: SessionsDocument, variables: { teamId: team('MEMBER').id, from: null, to: null } },
  result: { data: { sessions: [s] } },
});

/** What bookSession answers: the booking plus the session's new counts. */
function booked(b: ReturnType<typeof booking>, counts: { confirmedCount: number; seatsLeft: number; waitlistCount: number }) {
  return { data: { bookSession: { ...b, session: { __typename: 'Session', id: SESSION, ...counts, myBooking: b } } } };
}

describe('booking from the sessions list', () => {
  it('books a full session onto the waitlist and says which place the member has', async () => {
    const user = userEvent.setup();
    const full = session({ title: 'Supervisie december', kind: 'SUPERVISION', capacity: 4, confirmedCount: 4, seatsLeft: 0, waitlistCount: 2 });
    renderApp({
      path: '/sessions',
      element: <SessionsPage />,
      me: member,
      mocks: [
        teamsMock,
        sessionsMock(full),
        {
          request: { query: BookSessionDocument, variables: { sessionId: SESSION } },
          result: booked(booking({ status: 'WAITLISTED', waitlistPosition: 3, confirmedAt: null }), { confirmedCount: 4, seatsLeft: 0, waitlistCount: 3 }),
        },
      ],
    });
    const card = await screen.findByRole('article', { name: 'Supervisie december' });
    expect(within(card).getByText('Supervision')).toBeTruthy();
    expect(within(card).getByText('Full — 2 people on the waitlist')).toBeTruthy();
    await user.click(within(card).getByRole('button', { name: 'Join the waitlist' }));
    expect(await within(card).findByText('You are 3rd on the waitlist.')).toBeTruthy();
    expect((await within(card).findByRole('status')).textContent).toContain('so you are on the waitlist: you are 3rd');
    expect(within(card).getByText('Full — 3 people on the waitlist')).toBeTruthy();
    expect(within(card).getByText('On the waitlist')).toBeTruthy();
    expect(within(card).getByRole('button', { name: 'Leave the waitlist' })).toBeTruthy();
    expect(within(card).queryByRole('alert')).toBeNull();
  });

  it('books a seat when there is one, and cancels it after asking', async () => {
    const user = userEvent.setup();
    renderApp({
      path: '/sessions',
      element: <SessionsPage />,
      me: member,
      mocks: [
        teamsMock,
        sessionsMock(session()),
        { request: { query: BookSessionDocument, variables: { sessionId: SESSION } }, result: booked(booking(), { confirmedCount: 4, seatsLeft: 4, waitlistCount: 0 }) },
        {
          request: { query: CancelBookingDocument, variables: { bookingId: BOOKING } },
          result: {
            data: {
              cancelBooking: {
                ...booking({ status: 'CANCELLED', cancelledAt: new Date().toISOString() }),
                session: { __typename: 'Session', id: SESSION, confirmedCount: 3, seatsLeft: 5, waitlistCount: 0, myBooking: null },
              },
            },
          },
        },
      ],
    });
    const card = await screen.findByRole('article', { name: 'Zorgsessie december' });
    expect(within(card).getByText('Care session')).toBeTruthy();
    expect(within(card).getByText('5 of 8 seats left')).toBeTruthy();
    await user.click(within(card).getByRole('button', { name: 'Book' }));
    expect(await within(card).findByText('You are booked. You will get a confirmation by e-mail.')).toBeTruthy();
    expect(within(card).getByText('4 of 8 seats left')).toBeTruthy();
    expect(within(card).getByText('Booked')).toBeTruthy();

    await user.click(within(card).getByRole('button', { name: 'Cancel booking' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Cancel your booking?' });
    await user.click(within(dialog).getByRole('button', { name: 'Cancel booking' }));
    expect(await within(card).findByText('Your booking has been cancelled.')).toBeTruthy();
    expect(within(card).getByRole('button', { name: 'Book' })).toBeTruthy();
    expect(within(card).getByText('5 of 8 seats left')).toBeTruthy();
  });

  it.each([
    ['CARE_MONTH_TAKEN', 'You already have a care session booked this month.'],
    ['OVERLAP', 'You already have a session booked at this time.'],
    ['BOOKING_CLOSED', 'Booking for this session has closed.'],
    ['ALREADY_BOOKED', 'You already have a booking for this session.'],
  ])('explains a %s refusal calmly and specifically', async (reason, text) => {
    const user = userEvent.setup();
    renderApp({
      path: '/sessions',
      element: <SessionsPage />,
      me: member,
      mocks: [
        teamsMock,
        sessionsMock(session()),
        {
          request: { query: BookSessionDocument, variables: { sessionId: SESSION } },
          result: { errors: [new GraphQLError('refused', { extensions: { code: 'CONFLICT', reason } })] },
        },
      ],
    });
    const card = await screen.findByRole('article', { name: 'Zorgsessie december' });
    await user.click(within(card).getByRole('button', { name: 'Book' }));
    const alert = await within(card).findByRole('alert');
    expect(alert.textContent).toContain(text);
    expect(alert.textContent).not.toContain('refused');
    expect(within(card).getByRole('button', { name: 'Book' })).toBeTruthy();
  });

  it('speaks Dutch: kinds, seats and the waitlist place as an ordinal', async () => {
    const user = userEvent.setup();
    const full = session({ kind: 'INTERVISION', title: 'Intervisie', capacity: 6, confirmedCount: 6, seatsLeft: 0, waitlistCount: 0 });
    renderApp({
      path: '/sessions',
      element: <SessionsPage />,
      me: { ...member, locale: 'nl' },
      mocks: [
        teamsMock,
        sessionsMock(full),
        {
          request: { query: BookSessionDocument, variables: { sessionId: SESSION } },
          result: booked(booking({ status: 'WAITLISTED', waitlistPosition: 1, confirmedAt: null }), { confirmedCount: 6, seatsLeft: 0, waitlistCount: 1 }),
        },
      ],
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Sessies' })).toBeTruthy();
    const card = await screen.findByRole('article', { name: 'Intervisie' });
    expect(within(card).getAllByText('Intervisie').length).toBeGreaterThan(0);
    expect(within(card).getByText('Vol — nog niemand op de wachtlijst')).toBeTruthy();
    await user.click(within(card).getByRole('button', { name: 'Aanmelden voor de wachtlijst' }));
    expect(await within(card).findByText('Je staat 1e op de wachtlijst.')).toBeTruthy();
  });
});
