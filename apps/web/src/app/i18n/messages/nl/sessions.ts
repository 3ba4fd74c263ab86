import type { SessionsMessages } from '../en/sessions';

/** Nederlandse teksten van sessies voor de app-shell en Home (zelfde sleutels als `en/sessions.ts`). */
export const nlSessions: SessionsMessages = {
  nav: {
    sessions: 'Sessies',
    myBookings: 'Mijn boekingen',
  },
  kinds: {
    CARE: 'Zorgsessie',
    SUPERVISION: 'Supervisie',
    INTERVISION: 'Intervisie',
  },
  home: {
    title: 'Je volgende sessie',
    loading: 'Je volgende sessie wordt geladen…',
    loadFailed: 'Je volgende sessie kon niet worden geladen.',
    none: 'Je hebt geen sessie geboekt.',
    findSession: 'Sessie zoeken',
    allBookings: 'Al mijn boekingen',
  },
};
