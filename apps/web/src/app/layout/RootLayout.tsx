import { AppShell } from '@attune/ui/AppShell';
import { useEffect, useRef } from 'react';
import { RouterProvider as AriaRouterProvider } from 'react-aria-components';
import { Link, Outlet, ScrollRestoration, useHref, useLocation, useNavigate, useNavigation } from 'react-router';
import { useMe } from '../../modules/account/hooks/useMe';
import { useT } from '../i18n/I18nProvider';
import { DevMailboxLink } from './DevMailboxLink';
import { LanguageSwitch } from './LanguageSwitch';
import { LogoutButton } from './LogoutButton';
import { MainNav } from './MainNav';

/** After a client-side navigation, move focus to the main content (as a page load would). */
function useFocusMainOnNavigate(): void {
  const { pathname } = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    document.getElementById('main')?.focus({ preventScroll: true });
  }, [pathname]);
}

/** The frame around every page: skip link, header with navigation, main, footer. */
export function RootLayout() {
  const t = useT();
  const navigate = useNavigate();
  const navigation = useNavigation();
  const { me } = useMe();
  useFocusMainOnNavigate();

  return (
    <AriaRouterProvider navigate={(to) => void navigate(to)} useHref={useHref}>
      {navigation.state === 'loading' ? (
        <div className="app-progress" role="progressbar" aria-label={t.common.loadingPage} />
      ) : null}
      <AppShell
        skipLabel={t.shell.skipToContent}
        brand={
          <Link to="/" className="at-shell__brand">
            {t.meta.appName}
          </Link>
        }
        nav={me ? <MainNav me={me} /> : null}
        actions={
          <>
            <LanguageSwitch />
            {me ? <LogoutButton /> : null}
          </>
        }
        footer={
          <>
            <span>{t.shell.footer}</span>
            <DevMailboxLink />
          </>
        }
      >
        <Outlet />
      </AppShell>
      <ScrollRestoration />
    </AriaRouterProvider>
  );
}
