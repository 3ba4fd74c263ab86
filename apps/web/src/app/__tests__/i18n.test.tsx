import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { RootLayout } from '../layout/RootLayout';
import LoginPage from '../../pages/LoginPage';
import HomePage from '../../pages/HomePage';
import { MyBookingsDocument, MyTeamsDocument, UpdateProfileDocument } from '../../generated/graphql';
import { lead, renderApp } from '../../test/render';
import { en } from '../i18n/messages/en';
import { nl } from '../i18n/messages/nl';

const myTeamsMock = {
  request: { query: MyTeamsDocument },
  result: { data: { myTeams: [] } },
  maxUsageCount: 5,
};
/** Home's next-session card. */
const myBookingsMock = {
  request: { query: MyBookingsDocument, variables: { upcoming: true } },
  result: { data: { myBookings: [] } },
  maxUsageCount: 5,
};

describe('language switch', () => {
  it('turns the interface Dutch and back, and remembers the choice when signed out', async () => {
    const user = userEvent.setup();
    renderApp({
      routes: [{ path: '/', element: <RootLayout />, children: [{ path: 'login', element: <LoginPage /> }] }],
      url: '/login',
      me: null,
    });
    expect(screen.getByRole('heading', { level: 1, name: 'Sign in' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('en');

    await user.click(screen.getByRole('radio', { name: 'Nederlands' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Inloggen' })).toBeTruthy();
    expect(screen.getByRole('textbox', { name: 'E-mailadres' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Naar de inhoud' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('nl');
    expect(localStorage.getItem('attune.locale')).toBe('nl');

    await user.click(screen.getByRole('radio', { name: 'English' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeTruthy();
  });

  it('saves the choice to the profile when signed in', async () => {
    const user = userEvent.setup();
    let saved = false;
    renderApp({
      routes: [{ path: '/', element: <RootLayout />, children: [{ index: true, element: <HomePage /> }] }],
      url: '/',
      me: lead,
      mocks: [
        myTeamsMock,
        myBookingsMock,
        {
          request: { query: UpdateProfileDocument, variables: { input: { locale: 'nl' } } },
          result: () => {
            saved = true;
            return { data: { updateProfile: { __typename: 'Me', ...lead, locale: 'nl' } } };
          },
        },
      ],
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Welcome, Marieke Jansen' })).toBeTruthy();
    await user.click(screen.getByRole('radio', { name: 'Nederlands' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Welkom, Marieke Jansen' })).toBeTruthy();
    await waitFor(() => expect(saved).toBe(true));
    expect(screen.getByRole('navigation', { name: 'Hoofdmenu' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Uitloggen' })).toBeTruthy();
  });

  it('follows the profile language over the browser and the device choice', async () => {
    localStorage.setItem('attune.locale', 'en');
    renderApp({
      routes: [{ path: '/', element: <RootLayout />, children: [{ index: true, element: <HomePage /> }] }],
      url: '/',
      me: { ...lead, locale: 'nl' },
      mocks: [myTeamsMock, myBookingsMock],
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Welkom, Marieke Jansen' })).toBeTruthy();
  });
});

/** Every text exists in both languages and none is left empty. */
describe('dictionaries', () => {
  const leaves = (o: object, prefix = ''): [string, unknown][] =>
    Object.entries(o).flatMap(([k, v]) =>
      v && typeof v === 'object' ? leaves(v, `${prefix}${k}.`) : [[`${prefix}${k}`, v] as [string, unknown]],
    );

  it('nl and en have the same keys, of the same kind, all filled in', () => {
    const a = leaves(en);
    const b = new Map(leaves(nl));
    expect([...b.keys()].sort()).toEqual(a.map(([k]) => k).sort());
    for (const [key, value] of a) {
      const other = b.get(key);
      expect(typeof other, key).toBe(typeof value);
      if (typeof value === 'string') expect((value as string).trim().length, key).toBeGreaterThan(0);
      if (typeof other === 'string') expect(other.trim().length, key).toBeGreaterThan(0);
    }
  });

  it('Dutch texts are actually Dutch where they differ', () => {
    expect(nl.login.title).not.toBe(en.login.title);
    expect(nl.login.rateLimited(120)).toContain('2 minuten');
    expect(en.login.rateLimited(30)).toContain('a minute');
  });
});
