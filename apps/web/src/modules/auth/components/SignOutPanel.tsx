import { Button } from '@attune/ui/Button';
import { ConfirmDialog } from '@attune/ui/Dialog';
import { Notice } from '@attune/ui/Notice';
import { useState } from 'react';
import { useT } from '../../../app/i18n/I18nProvider';
import { errorText, type AppError } from '../../../app/result';
import { useLogout, useLogoutEverywhere } from '../hooks/useLogout';

/** Log out here, or (after confirming) on every device. */
export function SignOutPanel() {
  const t = useT();
  const { logout, loading } = useLogout();
  const { logoutEverywhere, loading: loadingEverywhere } = useLogoutEverywhere();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<AppError | null>(null);

  return (
    <div className="at-stack">
      <p>{t.profile.signOutIntro}</p>
      {error ? <Notice tone="error" title={errorText(t, error)} /> : null}
      <div className="at-form__actions">
        <Button
          variant="secondary"
          isPending={loading}
          onPress={() => {
            setError(null);
            void logout().then((r) => !r.ok && setError(r.error));
          }}
        >
          {t.profile.logout}
        </Button>
        <Button variant="danger" onPress={() => setConfirming(true)}>
          {t.profile.logoutEverywhere}
        </Button>
      </div>
      <ConfirmDialog
        title={t.profile.confirmTitle}
        confirmLabel={t.profile.confirm}
        cancelLabel={t.common.cancel}
        tone="danger"
        isOpen={confirming}
        onOpenChange={setConfirming}
        isPending={loadingEverywhere}
        onConfirm={async () => {
          setError(null);
          const r = await logoutEverywhere();
          if (!r.ok) {
            setConfirming(false);
            setError(r.error);
          }
        }}
      >
        <p>{t.profile.confirmBody}</p>
      </ConfirmDialog>
    </div>
  );
}
