import type { ReactNode } from 'react';

export interface AppShellProps {
  /** Text of the skip link, e.g. "Skip to content". */
  skipLabel: string;
  brand: ReactNode;
  nav?: ReactNode;
  actions?: ReactNode;
  footer?: ReactNode;
  children: ReactNode;
}

/**
 * The page frame: a skip link, then banner, main and contentinfo landmarks. `main` can take
 * focus (tabIndex -1) so the app can move focus there after navigation.
 */
export function AppShell({ skipLabel, brand, nav, actions, footer, children }: AppShellProps) {
  return (
    <div className="at-shell">
      <a className="at-skip-link" href="#main">
        {skipLabel}
      </a>
      <header className="at-shell__header">
        <div className="at-shell__header-inner">
          {brand}
          {nav}
          {actions ? <div className="at-shell__actions">{actions}</div> : null}
        </div>
      </header>
      <main id="main" className="at-shell__main" tabIndex={-1}>
        {children}
      </main>
      {footer ? (
        <footer className="at-shell__footer">
          <div className="at-shell__footer-inner">{footer}</div>
        </footer>
      ) : null}
    </div>
  );
}
