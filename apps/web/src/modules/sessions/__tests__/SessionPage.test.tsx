import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import {
  CancelSessionDocument,
  MarkAttendanceDocument,
  SessionAttendeesDocument,
  SessionBookingsDocument,
  SessionDocument,
} from '../../../generated/graphql';
import { lead, renderApp } from '../../../test/render';
import SessionPage from '../../../pages/SessionPage';
import { BOOKING, SESSION, TEAM, booking, inDays, member, session } from './fixtures';

const routes = [{ path: '/sessions/:sessionId', element: <SessionPage /> }];
const url = `/sessions/${SESSION}`;

function sessionMock(
  myRole: 'LEAD' | 'MEMBER',
  overrides: Parameters<typeof session>[0] = {},
  reflection: { canReflect: boolean; myReflection: { __typename: 'Reflection'; id: string } | null } = { canReflect: false, myReflection: null },
) {
  return {
    request: { query: SessionDocument, variables: { id: SESSION } },
    result: {
      data: {
        session: {
          ...session(overrides),
          ...reflection,
          team: { __typename: 'Team', id: TEAM, name: 'Traumateam Oost', timeZone: 'Europe/Amsterdam', myRole },
        },
      },
    },
  };
}

const person = (id: string, displayName: string) => ({ __typename: 'SessionPerson', id, displayName });
const sanne = person(member.id, 'Sanne de Vries');
const ahmed = person('00000000-0000-4000-8000-000000000003', 'Ahmed El Amrani');

const attendeesMock = {
  request: { query: SessionAttendeesDocument, variables: { id: SESSION } },
  result: { data: { session: { __typename: 'Session', id: SESSION, attendees: [sanne, ahmed] } } },
};

const bookingRow = (id: string, who: ReturnType<typeof person>, status: 'CONFIRMED' | 'WAITLISTED', extra: Record<string, unknown> = {}) => ({
  __typename: 'Booking',
  id,
  sessionId: SESSION,
  status,
  waitlistPosition: null,
  attended: null,
  attendanceMarkedAt: null,
  member: who,
  ...extra,
});

const bookingsMock = {
  request: { query: SessionBookingsDocument, variables: { id: SESSION } },
  result: {
    data: {
      session: {
        __typename: 'Session',
        id: SESSION,
        bookings: [
          bookingRow(BOOKING, sanne, 'CONFIRMED'),
          bookingRow('44444444-4444-4444-8444-444444444444', ahmed, 'CONFIRMED', { attended: true, attendanceMarkedAt: inDays(0) }),
        ],
      },
    },
  },
};

/** A session that started an hour ago. */
const started = { startsAt: inDays(0, -1), bookingClosesAt: inDays(0, -1) };

describe('SessionPage', () => {
  it('shows a member without a seat the details and a gentle note instead of names, and no attendance', async () => {
    renderApp({ routes, url, me: member, mocks: [sessionMock('MEMBER', { videoUrl: 'https://meet.example.org/zorg' })] });
    expect(await screen.findByRole('heading', { level: 1, name: 'Zorgsessie december' })).toBeTruthy();
    const details = screen.getByRole('region', { name: 'Details' });
    expect(details.textContent).toContain('Marieke Jansen');
    expect(details.textContent).toContain('Stiltekamer');
    expect(within(details).getByRole('link', { name: 'https://meet.example.org/zorg' })).toBeTruthy();
    expect(details.textContent).toContain('8 seats, 5 left');
    const who = screen.getByRole('region', { name: 'Who is coming' });
    expect(who.textContent).toContain('Who is coming is shown to people with a confirmed seat');
    expect(screen.queryByRole('region', { name: 'Bookings and attendance' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Cancel session' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Edit session' })).toBeNull();
    expect(within(screen.getByRole('region', { name: 'Your booking' })).getByRole('button', { name: 'Book' })).toBeTruthy();
  });

  it('shows a confirmed member who else is coming, but no attendance marking even after the start', async () => {
    renderApp({
      routes,
      url,
      me: member,
      mocks: [
        sessionMock('MEMBER', { ...started, facilitator: person(lead.id, lead.displayName), myBooking: booking({ icsUrl: '/calendar/booking/b.ics' }) }),
        attendeesMock,
      ],
    });
    const mine = await screen.findByRole('region', { name: 'Your booking' });
    expect(mine.textContent).toContain('You have a seat.');
    expect(within(mine).getByRole('link', { name: 'Add to calendar' }).getAttribute('href')).toBe('/calendar/booking/b.ics');
    const who = await screen.findByRole('region', { name: 'Who is coming' });
    await waitFor(() => expect(who.textContent).toContain('Ahmed El Amrani'));
    expect(who.textContent).toContain('Sanne de Vries (you)');
    expect(screen.queryByRole('region', { name: 'Bookings and attendance' })).toBeNull();
    expect(screen.queryByRole('checkbox')).toBeNull();
  });

  it('lets the facilitator (a member, not a lead) mark attendance once the session has started', async () => {
    const user = userEvent.setup();
    renderApp({
      routes,
      url,
      me: member,
      mocks: [
        sessionMock('MEMBER', { ...started, facilitator: sanne }),
        attendeesMock,
        bookingsMock,
        {
          request: { query: MarkAttendanceDocument, variables: { bookingId: BOOKING, attended: true } },
          result: { data: { markAttendance: { __typename: 'Booking', id: BOOKING, attended: true, attendanceMarkedAt: inDays(0) } } },
        },
      ],
    });
    const panel = await screen.findByRole('region', { name: 'Bookings and attendance' });
    const group = await within(panel).findByRole('group', { name: 'Who attended?' });
    const box = within(group).getByRole('checkbox', { name: 'Sanne de Vries' });
    expect((box as HTMLInputElement).checked).toBe(false);
    expect((within(group).getByRole('checkbox', { name: 'Ahmed El Amrani' }) as HTMLInputElement).checked).toBe(true);
    expect(group.textContent).toContain('not marked yet');
    await user.click(box);
    expect(await within(group).findByText('Saved: Sanne de Vries attended.')).toBeTruthy();
    expect((within(group).getByRole('checkbox', { name: 'Sanne de Vries' }) as HTMLInputElement).checked).toBe(true);
    // Only leads edit or cancel sessions.
    expect(screen.queryByRole('button', { name: 'Cancel session' })).toBeNull();
  });

  it('shows a lead the bookings before the start without checkboxes, and cancels the session with a reason', async () => {
    const user = userEvent.setup();
    const cancelledAt = new Date().toISOString();
    renderApp({
      routes,
      url,
      me: lead,
      mocks: [
        sessionMock('LEAD', { confirmedCount: 2, seatsLeft: 6 }),
        attendeesMock,
        bookingsMock,
        {
          request: { query: CancelSessionDocument, variables: { id: SESSION, reason: 'De begeleider is ziek.' } },
          result: { data: { cancelSession: { ...session({ cancelledAt, cancelReason: 'De begeleider is ziek.', confirmedCount: 0, seatsLeft: 8 }) } } },
        },
        // Cancelling forgets who attends; what is on screen asks again.
        { ...attendeesMock, result: { data: { session: { __typename: 'Session', id: SESSION, attendees: [] } } } },
        { ...bookingsMock, result: { data: { session: { __typename: 'Session', id: SESSION, bookings: [] } } } },
      ],
    });
    const panel = await screen.findByRole('region', { name: 'Bookings and attendance' });
    await waitFor(() => expect(panel.textContent).toContain('Ahmed El Amrani'));
    expect(panel.textContent).toContain('You can mark attendance once the session has started.');
    expect(within(panel).queryByRole('checkbox')).toBeNull();
    expect(screen.getByRole('link', { name: 'Edit session' }).getAttribute('href')).toBe(`/sessions/${SESSION}/edit`);

    await user.click(screen.getByRole('button', { name: 'Cancel session' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Cancel this session?' });
    expect(dialog.textContent).toContain('2 people have a seat and 0 are on the waitlist');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel session' }));
    expect(await within(dialog).findByText('Please give a reason.')).toBeTruthy();
    await user.type(within(dialog).getByRole('textbox', { name: 'Reason' }), 'De begeleider is ziek.');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel session' }));
    expect(await screen.findByText('The session has been cancelled and everyone who booked has been told.')).toBeTruthy();
    expect(screen.getByText('Reason: De begeleider is ziek.')).toBeTruthy();
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Cancel session' })).toBeNull();
  });

  it('offers a member who attended to reflect, and later to read their reflection', async () => {
    const attended = { ...started, myBooking: booking({ icsUrl: '/calendar/booking/b.ics' }) };
    const first = renderApp({ routes, url, me: member, mocks: [sessionMock('MEMBER', attended, { canReflect: true, myReflection: null }), attendeesMock] });
    const card = await screen.findByRole('region', { name: 'Reflection' });
    expect(within(card).getByRole('link', { name: 'Reflect on this session' }).getAttribute('href')).toBe(`/reflections/new?sessionId=${SESSION}`);
    expect(within(card).getByRole('link', { name: 'Reflections shared with you' }).getAttribute('href')).toBe(`/sessions/${SESSION}/reflections`);
    first.unmount();

    const REFLECTION = '55555555-5555-4555-8555-555555555555';
    renderApp({
      routes,
      url,
      me: member,
      mocks: [sessionMock('MEMBER', attended, { canReflect: true, myReflection: { __typename: 'Reflection', id: REFLECTION } }), attendeesMock],
    });
    const again = await screen.findByRole('region', { name: 'Reflection' });
    expect(within(again).getByRole('link', { name: 'Read your reflection' }).getAttribute('href')).toBe(`/reflections/${REFLECTION}`);
    expect(within(again).queryByRole('link', { name: 'Reflect on this session' })).toBeNull();
  });

  it('offers no reflection to someone who may not reflect on the session', async () => {
    renderApp({ routes, url, me: member, mocks: [sessionMock('MEMBER')] });
    expect(await screen.findByRole('heading', { level: 1, name: 'Zorgsessie december' })).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Reflection' })).toBeNull();
  });

  it('says a session of another team is not found', async () => {
    renderApp({
      routes,
      url,
      me: member,
      mocks: [
        {
          request: { query: SessionDocument, variables: { id: SESSION } },
          result: { errors: [{ message: 'Session not found', extensions: { code: 'NOT_FOUND' } }] },
        },
      ],
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Session not found' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'All sessions' })).toBeTruthy();
  });
});
