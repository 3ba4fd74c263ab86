import { Card } from '@attune/ui/Card';
import { Notice } from '@attune/ui/Notice';
import { EmptyState, ErrorState, LoadingState } from '@attune/ui/PageState';
import { PageHeader } from '@attune/ui/PageHeader';
import { useLocation } from 'react-router';
import { useT } from '../app/i18n/I18nProvider';
import { errorText } from '../app/result';
import { readFlash } from '../app/session';
import { usePageTitle } from '../app/usePageTitle';
import { useMe } from '../modules/account/hooks/useMe';
import { NextSessionCard } from '../modules/sessions/components/NextSessionCard';
import { TeamList } from '../modules/team/components/TeamList';
import { useMyTeams } from '../modules/team/hooks/useMyTeams';

/** / — welcome, and the teams I am in with my role. */
export default function HomePage() {
  const t = useT();
  const { me } = useMe();
  const { teams, loading, error, refetch } = useMyTeams();
  const flash = readFlash(useLocation().state);
  usePageTitle(t.shell.home);

  let teamsBody;
  if (loading && !teams) teamsBody = <LoadingState label={t.home.loading} />;
  else if (error && !teams)
    teamsBody = <ErrorState title={t.home.loadFailed} message={errorText(t, error)} retryLabel={t.common.retry} onRetry={refetch} />;
  else if (!teams || teams.length === 0)
    teamsBody = (
      <EmptyState title={t.home.empty}>
        <p>{t.home.emptyBody}</p>
      </EmptyState>
    );
  else teamsBody = <TeamList teams={teams} isOrgAdmin={me?.isOrgAdmin ?? false} />;

  return (
    <div className="at-stack">
      <PageHeader title={t.home.title(me?.displayName ?? '')} description={t.home.intro} />
      {flash.joinedTeam ? (
        <Notice tone="success" live>
          <p>{t.invite.joined(flash.joinedTeam)}</p>
        </Notice>
      ) : null}
      <NextSessionCard />
      <Card title={t.home.teams}>{teamsBody}</Card>
    </div>
  );
}
