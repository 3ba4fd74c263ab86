import type { NavEntry } from '../../app/routes';

/**
 * The nav entry of team wellbeing: only for leads (an org admin is not a lead by virtue of that
 * role), pointing at the first team they lead (the page lets them switch teams).
 */
export const wellbeingNav: NavEntry = {
  label: (t) => t.wellbeingShell.teamWellbeing,
  to: (ctx) => {
    const first = ctx.teams.find((team) => team.myRole === 'LEAD');
    return first ? `/teams/${first.id}/wellbeing` : '/';
  },
  show: (ctx) => ctx.teams.some((team) => team.myRole === 'LEAD'),
};
