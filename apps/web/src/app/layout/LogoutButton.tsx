import { Button } from '@attune/ui/Button';
import { useLogout } from '../../modules/auth/hooks/useLogout';
import { useT } from '../i18n/I18nProvider';

/** Logs out; RequireAuth then sends the person to the login page with a note. */
export function LogoutButton() {
  const t = useT();
  const { logout, loading } = useLogout();
  return (
    <Button variant="secondary" size="sm" isPending={loading} onPress={() => void logout()}>
      {t.shell.logout}
    </Button>
  );
}
