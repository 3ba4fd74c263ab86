import { ErrorState, LoadingState } from '@attune/ui/PageState';
import { useEffect, useRef } from 'react';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { useMe } from '../../modules/account/hooks/useMe';
import { useT } from '../i18n/I18nProvider';
import { errorText } from '../result';
import { takeSignOutReason, type FlashState } from '../session';

/** Guards the signed-in pages: sends people who are not signed in to the login page. */
export function RequireAuth() {
  const t = useT();
  const { me, loading, error, refetch } = useMe();
  const navigate = useNavigate();
  const location = useLocation();
  const wasSignedIn = useRef(false);
  if (me) wasSignedIn.current = true;

  useEffect(() => {
    if (me !== null) return;
    const reason = takeSignOutReason() ?? (wasSignedIn.current ? 'sessionEnded' : null);
    const explicit = reason === 'signedOut' || reason === 'signedOutEverywhere';
    const state: FlashState = {
      ...(reason ? { notice: reason } : {}),
      ...(explicit ? {} : { from: `${location.pathname}${location.search}` }),
    };
    void navigate('/login', { replace: true, state });
  }, [me]);

  if (me) return <Outlet />;
  if (error && !loading && me === undefined) {
    return <ErrorState title={t.shell.accountFailed} message={errorText(t, error)} retryLabel={t.common.retry} onRetry={refetch} />;
  }
  return <LoadingState label={t.shell.loadingAccount} />;
}
