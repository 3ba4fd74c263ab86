import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { CancelBookingDocument, MyBookingsDocument, MyTeamsDocument } from '../../../generated/graphql';
import { renderApp } from '../../../test/render';
import HomePage from '../../../pages/HomePage';
import MyBookingsPage from '../../../pages/MyBookingsPage';
import { BOOKING, SESSION, booking, inDays, member, session } from './fixtures';

const WAITING = '77777777-7777-4777-8777-777777777777';
const OTHER_SESSION = '88888888-8888-4888-8888-888888888888';
const ICS = `http://localhost:4000/calendar/booking/${BOOKING}.ics`;

const confirmed = booking({ icsUrl: ICS });
const waiting = booking({ id: WAITING, sessionId: OTHER_SESSION, status: 'WAITLISTED', waitlistPosition: 2, confirmedAt: null });
const upcoming = [
  { ...confirmed, session: session({ myBooking: confirmed }) },
  {
    ...waiting,
    session: session({ id: OTHER_SESSION, title: 'Supervisie', kind: 'SUPERVISION', startsAt: inDays(9), bookingClosesAt: inDays(9), seatsLeft: 0, waitlistCount: 2, myBooking: waiting }),
  },
];
const pastBooking = booking({ attended: true });
const past = [{ ...pastBooking, session: session({ title: 'Zorgsessie oktober', startsAt: inDays(-30), bookingClosesAt: inDays(-30), myBooking: pastBooking }) }];

const myBookings = (upcomingFlag: boolean, list: unknown[]) => ({
  request: { query: MyBookingsDocument, variables: { upcoming: upcomingFlag } },
  result: { data: { myBookings: list } },
});

describe('My bookings', () => {
  it('lists upcoming bookings with the waitlist place and an .ics link, and cancels one', async () => {
    const user = userEvent.setup();
    renderApp({
      path: '/bookings',
      element: <MyBookingsPage />,
      me: member,
      mocks: [
        myBookings(true, upcoming),
        {
          request: { query: CancelBookingDocument, variables: { bookingId: BOOKING } },
          result: {
            data: {
              cancelBooking: {
                ...booking({ status: 'CANCELLED', cancelledAt: new Date().toISOString() }),
                session: { __typename: 'Session', id: SESSION, confirmedCount: 2, seatsLeft: 6, waitlistCount: 0, myBooking: null },
              },
            },
          },
        },
      ],
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'My bookings' })).toBeTruthy();
    expect(screen.getByRole('tab', { name: 'Upcoming', selected: true })).toBeTruthy();
    const care = await screen.findByRole('article', { name: 'Zorgsessie december' });
    const link = within(care).getByRole('link', { name: 'Add to calendar' });
    expect(link.getAttribute('href')).toBe(ICS);
    expect(link.hasAttribute('download')).toBe(true);
    const supervision = screen.getByRole('article', { name: 'Supervisie' });
    expect(within(supervision).getByText('You are 2nd on the waitlist.')).toBeTruthy();
    expect(within(supervision).queryByRole('link', { name: 'Add to calendar' })).toBeNull();

    await user.click(within(care).getByRole('button', { name: 'Cancel booking' }));
    await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Cancel booking' }));
    expect(await screen.findByText('Your booking has been cancelled.')).toBeTruthy();
    expect(screen.queryByRole('article', { name: 'Zorgsessie december' })).toBeNull();
    expect(screen.getByRole('article', { name: 'Supervisie' })).toBeTruthy();
  });

  it('shows past sessions with attendance on the Past tab', async () => {
    const user = userEvent.setup();
    renderApp({ path: '/bookings', element: <MyBookingsPage />, me: member, mocks: [myBookings(true, []), myBookings(false, past)] });
    expect(await screen.findByText('You have no upcoming bookings')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Find a session' }).getAttribute('href')).toBe('/sessions');
    await user.click(screen.getByRole('tab', { name: 'Past' }));
    const card = await screen.findByRole('article', { name: 'Zorgsessie oktober' });
    expect(within(card).getByText('Attended')).toBeTruthy();
    expect(within(card).queryByRole('button')).toBeNull();
  });
});

describe('Home', () => {
  it('shows my next confirmed session, not a waitlist place', async () => {
    renderApp({
      path: '/',
      element: <HomePage />,
      me: member,
      mocks: [{ request: { query: MyTeamsDocument }, result: { data: { myTeams: [] } } }, myBookings(true, [upcoming[1], upcoming[0]])],
    });
    const card = await screen.findByRole('region', { name: 'Your next session' });
    const link = await within(card).findByRole('link', { name: 'Zorgsessie december' });
    expect(link.getAttribute('href')).toBe(`/sessions/${SESSION}`);
    expect(card.textContent).toContain('Care session');
    expect(within(card).getByRole('link', { name: 'All my bookings' }).getAttribute('href')).toBe('/bookings');
  });

  it('says so when nothing is booked', async () => {
    renderApp({
      path: '/',
      element: <HomePage />,
      me: member,
      mocks: [{ request: { query: MyTeamsDocument }, result: { data: { myTeams: [] } } }, myBookings(true, [])],
    });
    const card = await screen.findByRole('region', { name: 'Your next session' });
    expect(await within(card).findByText('You have no session booked.')).toBeTruthy();
  });
});
