import { Card } from '@attune/ui/Card';
import { LinkButton } from '@attune/ui/Link';
import { EmptyState, ErrorState, LoadingState } from '@attune/ui/PageState';
import { PageHeader } from '@attune/ui/PageHeader';
import { useParams } from 'react-router';
import { useT } from '../app/i18n/I18nProvider';
import { errorText } from '../app/result';
import { usePageTitle } from '../app/usePageTitle';
import { useMe } from '../modules/account/hooks/useMe';
import { InvitationList } from '../modules/team/components/InvitationList';
import { InviteForm } from '../modules/team/components/InviteForm';
import { MemberList } from '../modules/team/components/MemberList';
import { useTeam } from '../modules/team/hooks/useTeam';

/** /teams/:teamId — members; for leads and org admins also inviting and open invitations. */
export default function TeamPage() {
  const t = useT();
  const teamId = useParams().teamId ?? '';
  const { me } = useMe();
  const { team, loading, error, refetch } = useTeam(teamId);
  usePageTitle(team?.name ?? t.shell.team);

  if (loading && !team) {
    return (
      <>
        <PageHeader title={t.shell.team} />
        <LoadingState label={t.team.loading} />
      </>
    );
  }
  if (!team) {
    const missing = !error || error.code === 'NOT_FOUND' || error.code === 'FORBIDDEN';
    return (
      <div className="at-stack">
        <PageHeader title={missing ? t.team.notFound : t.shell.team} />
        {missing ? (
          <ErrorState title={t.team.notFound} message={t.team.notFoundBody} />
        ) : (
          <ErrorState title={t.team.loadFailed} message={errorText(t, error)} retryLabel={t.common.retry} onRetry={refetch} />
        )}
        <p>
          <LinkButton href="/">{t.team.backHome}</LinkButton>
        </p>
      </div>
    );
  }

  const canManage = team.myRole === 'LEAD' || (me?.isOrgAdmin ?? false);
  return (
    <div className="at-stack">
      <PageHeader
        title={team.name}
        description={
          <>
            {team.organisation.name} · {t.team.timeZone}: {team.timeZone.replaceAll('_', ' ')}
          </>
        }
      />
      <Card title={t.team.members}>
        {team.members.length === 0 ? (
          <EmptyState title={t.team.membersEmpty} />
        ) : (
          <MemberList members={team.members} myId={me?.id} />
        )}
      </Card>
      {canManage ? (
        <>
          <Card title={t.team.invite}>
            <p className="at-muted">{t.team.inviteIntro}</p>
            <InviteForm teamId={team.id} />
          </Card>
          <Card title={t.team.openInvitations}>
            <InvitationList teamId={team.id} />
          </Card>
        </>
      ) : null}
    </div>
  );
}
