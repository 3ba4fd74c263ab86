import type { ComponentType } from 'react';
import type { RouteObject } from 'react-router';
import type { Messages } from './i18n/messages/en';
import type { Me } from '../modules/account/hooks/useMe';
import type { TeamSummary } from '../modules/team/hooks/useMyTeams';
import { sessionPages } from '../modules/sessions/pages';
import { reflectionPages } from '../modules/reflections/routes';
import { wellbeingNav } from '../modules/wellbeing/nav';

/** A page module: its default export is the page component (loaded on demand). */
type PageModule = { default: ComponentType };

/** Turns `() => import('../pages/X')` into a react-router lazy route (one chunk per page). */
export const lazyPage = (load: () => Promise<PageModule>) => async () => ({ Component: (await load()).default });

export interface NavContext {
  me: Me;
  teams: readonly TeamSummary[];
}

export interface NavEntry {
  label: (t: Messages) => string;
  /** Where the item links to (may depend on the person, e.g. their team). */
  to: string | ((ctx: NavContext) => string);
  /** Whether this person sees the item (default: everyone signed in). */
  show?: (ctx: NavContext) => boolean;
  /** Match only the exact path (for "/"). */
  end?: boolean;
}

export interface AppPage {
  /** Path below the root, e.g. "sessions" or "teams/:teamId"; omit for the index page. */
  path?: string;
  load: () => Promise<PageModule>;
  nav?: NavEntry;
}

const leadTeams = (ctx: NavContext): readonly TeamSummary[] =>
  ctx.me.isOrgAdmin ? ctx.teams : ctx.teams.filter((team) => team.myRole === 'LEAD');

/**
 * Pages for signed-in people, in navigation order. A feature adds its page here (and its
 * texts to the dictionaries): e.g.
 *   { path: 'sessions', load: () => import('../pages/SessionsPage'), nav: { label: (t) => t.shell.sessions, to: '/sessions' } }
 */
export const signedInPages: AppPage[] = [
  { load: () => import('../pages/HomePage'), nav: { label: (t) => t.shell.home, to: '/', end: true } },
  ...sessionPages,
  ...reflectionPages,
  {
    path: 'teams/:teamId',
    load: () => import('../pages/TeamPage'),
    nav: {
      label: (t) => t.shell.team,
      to: (ctx) => {
        const teams = leadTeams(ctx);
        return teams.length === 1 && teams[0] ? `/teams/${teams[0].id}` : '/';
      },
      show: (ctx) => leadTeams(ctx).length > 0,
    },
  },
  { path: 'check-in', load: () => import('../pages/CheckInPage'), nav: { label: (t) => t.shell.checkIn, to: '/check-in' } },
  { path: 'integration', load: () => import('../pages/IntegrationPage'), nav: { label: (t) => t.shell.integration, to: '/integration' } },
  { path: 'teams/:teamId/wellbeing', load: () => import('../pages/TeamWellbeingPage'), nav: wellbeingNav },
  { path: 'profile', load: () => import('../pages/ProfilePage'), nav: { label: (t) => t.shell.profile, to: '/profile' } },
  { path: 'organisation', load: () => import('../pages/OrganisationPage'), nav: { label: (t) => t.wellbeingShell.organisation, to: '/organisation', show: (ctx) => ctx.me.isOrgAdmin } },
];

/** Pages anyone can open. */
export const publicPages: AppPage[] = [
  { path: 'login', load: () => import('../pages/LoginPage') },
  { path: 'invite/:token', load: () => import('../pages/AcceptInvitePage') },
];

export function toRouteObjects(pages: readonly AppPage[]): RouteObject[] {
  return pages.map((page) =>
    page.path === undefined ? { index: true, lazy: lazyPage(page.load) } : { path: page.path, lazy: lazyPage(page.load) },
  );
}
