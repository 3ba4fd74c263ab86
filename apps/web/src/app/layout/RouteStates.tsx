import { Button } from '@attune/ui/Button';
import { ErrorState, LoadingState } from '@attune/ui/PageState';
import { useRouteError } from 'react-router';
import { useT } from '../i18n/I18nProvider';

/** Shown while the first page's code loads. */
export function BootFallback() {
  const t = useT();
  return (
    <div className="at-shell__main">
      <LoadingState label={t.common.loadingPage} />
    </div>
  );
}

/** A page failed to load or render (e.g. its code changed after a deploy): offer a reload. */
export function RouteError() {
  const t = useT();
  const error = useRouteError();
  if (import.meta.env.DEV) console.error(error);
  return (
    <div className="at-shell__main">
      <h1>{t.errors.pageFailed}</h1>
      <ErrorState title={t.errors.pageFailed} message={t.errors.pageFailedBody} />
      <p>
        <Button onPress={() => window.location.reload()}>{t.errors.reload}</Button>
      </p>
    </div>
  );
}
