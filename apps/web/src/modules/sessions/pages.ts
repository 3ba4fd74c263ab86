import type { AppPage } from '../../app/routes';

/**
 * The sessions pages, in navigation order (spread into `signedInPages`):
 *   /sessions                 upcoming sessions (list or month), book / cancel
 *   /sessions/new             leads: plan a session or a monthly series
 *   /sessions/:sessionId      one session: details, my booking, who is coming, attendance
 *   /sessions/:sessionId/edit leads: change a session
 *   /bookings                 my bookings, upcoming and past
 */
export const sessionPages: AppPage[] = [
  {
    path: 'sessions',
    load: () => import('../../pages/SessionsPage'),
    nav: { label: (t) => t.sessions.nav.sessions, to: '/sessions' },
  },
  { path: 'sessions/new', load: () => import('../../pages/NewSessionPage') },
  { path: 'sessions/:sessionId', load: () => import('../../pages/SessionPage') },
  { path: 'sessions/:sessionId/edit', load: () => import('../../pages/EditSessionPage') },
  {
    path: 'bookings',
    load: () => import('../../pages/MyBookingsPage'),
    nav: { label: (t) => t.sessions.nav.myBookings, to: '/bookings' },
  },
];
