import { Card } from '@attune/ui/Card';
import { LoadingState } from '@attune/ui/PageState';
import { PageHeader } from '@attune/ui/PageHeader';
import { useT } from '../app/i18n/I18nProvider';
import { usePageTitle } from '../app/usePageTitle';
import { ProfileForm } from '../modules/account/components/ProfileForm';
import { useMe } from '../modules/account/hooks/useMe';
import { SignOutPanel } from '../modules/auth/components/SignOutPanel';
import { CalendarSettings } from '../modules/calendar/components/CalendarSettings';

/** /profile — name, language, time zone; logging out here or everywhere. */
export default function ProfilePage() {
  const t = useT();
  const { me } = useMe();
  usePageTitle(t.profile.title);
  return (
    <div className="at-stack">
      <PageHeader title={t.profile.title} description={t.profile.intro} />
      {me ? (
        <>
          <Card title={t.profile.details}>
            <ProfileForm me={me} />
          </Card>
          <CalendarSettings />
          <Card title={t.profile.signOut}>
            <SignOutPanel />
          </Card>
        </>
      ) : (
        <LoadingState label={t.shell.loadingAccount} />
      )}
    </div>
  );
}
