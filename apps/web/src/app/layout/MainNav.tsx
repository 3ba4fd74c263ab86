import { Nav, NavItem } from '@attune/ui/Nav';
import { NavLink } from 'react-router';
import type { Me } from '../../modules/account/hooks/useMe';
import { useMyTeams } from '../../modules/team/hooks/useMyTeams';
import { useT } from '../i18n/I18nProvider';
import { signedInPages, type NavContext } from '../routes';

/** The main navigation, built from the page list (items a person may not use are left out). */
export function MainNav({ me }: { me: Me }) {
  const t = useT();
  const { teams } = useMyTeams();
  const ctx: NavContext = { me, teams: teams ?? [] };
  const entries = signedInPages.flatMap((page) => (page.nav && (page.nav.show?.(ctx) ?? true) ? [page.nav] : []));
  return (
    <Nav label={t.shell.mainNav}>
      {entries.map((entry) => {
        const to = typeof entry.to === 'function' ? entry.to(ctx) : entry.to;
        const label = entry.label(t);
        return (
          <NavItem key={label}>
            <NavLink to={to} end={entry.end} className="at-nav__link">
              {label}
            </NavLink>
          </NavItem>
        );
      })}
    </Nav>
  );
}
