/**
 * English texts of sessions that the app shell and Home need (`t.sessions`): navigation, the kinds
 * of session, the next-session card. The pages' own texts are in `sessionPages.ts`, loaded with them.
 */
export const enSessions = {
  nav: {
    sessions: 'Sessions',
    myBookings: 'My bookings',
  },
  kinds: {
    CARE: 'Care session',
    SUPERVISION: 'Supervision',
    INTERVISION: 'Peer supervision',
  },
  home: {
    title: 'Your next session',
    loading: 'Loading your next session…',
    loadFailed: 'Your next session could not be loaded.',
    none: 'You have no session booked.',
    findSession: 'Find a session',
    allBookings: 'All my bookings',
  },
};

export type SessionsMessages = typeof enSessions;
