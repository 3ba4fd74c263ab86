import type { ReactNode } from 'react';

/**
 * Primary navigation: a labelled `nav` landmark with a plain list of links. Render your
 * router's link inside `NavItem` with `className="at-nav__link"`; it should set
 * `aria-current="page"` on the current one (react-router's NavLink does).
 */
export function Nav({ label, children }: { label: string; children: ReactNode }) {
  return (
    <nav className="at-nav" aria-label={label}>
      <ul className="at-nav__list">{children}</ul>
    </nav>
  );
}

export function NavItem({ children }: { children: ReactNode }) {
  return <li className="at-nav__item">{children}</li>;
}
