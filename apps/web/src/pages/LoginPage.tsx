import { Card } from '@attune/ui/Card';
import { Notice } from '@attune/ui/Notice';
import { PageHeader } from '@attune/ui/PageHeader';
import { Navigate, useLocation } from 'react-router';
import { useT } from '../app/i18n/I18nProvider';
import { readFlash } from '../app/session';
import { usePageTitle } from '../app/usePageTitle';
import { useMe } from '../modules/account/hooks/useMe';
import { LoginForm } from '../modules/auth/components/LoginForm';

/** /login — signing in; someone already signed in goes on to where they wanted to be. */
export default function LoginPage() {
  const t = useT();
  const { me } = useMe();
  const flash = readFlash(useLocation().state);
  usePageTitle(t.login.title);

  if (me) return <Navigate to={flash.from && flash.from.startsWith('/') ? flash.from : '/'} replace />;

  const notice =
    flash.notice === 'signedOut'
      ? t.login.signedOut
      : flash.notice === 'signedOutEverywhere'
        ? t.login.signedOutEverywhere
        : flash.notice === 'sessionEnded'
          ? t.errors.sessionEnded
          : null;

  return (
    <div className="app-narrow at-stack">
      <PageHeader title={t.login.title} description={t.login.intro} />
      {notice ? (
        <Notice tone={flash.notice === 'sessionEnded' ? 'warning' : 'success'} live>
          <p>{notice}</p>
        </Notice>
      ) : null}
      <Card>
        <LoginForm />
      </Card>
      <p className="at-muted">
        {t.login.inviteOnly}
      </p>
    </div>
  );
}
