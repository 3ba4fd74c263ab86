import { Card } from '@attune/ui/Card';
import { LinkButton } from '@attune/ui/Link';
import { ErrorState, LoadingState } from '@attune/ui/PageState';
import { PageHeader } from '@attune/ui/PageHeader';
import { useSearchParams } from 'react-router';
import { useSessionsT } from '../modules/sessions/texts';
import { errorText } from '../app/result';
import { usePageTitle } from '../app/usePageTitle';
import { useMe } from '../modules/account/hooks/useMe';
import { SessionForm } from '../modules/sessions/components/SessionForm';
import { useMyTeams } from '../modules/team/hooks/useMyTeams';

/** /sessions/new?team=<id> — a lead plans a single session or a monthly series. */
export default function NewSessionPage() {
  const t = useSessionsT();
  const f = t.sessions.form;
  const [params] = useSearchParams();
  const { me } = useMe();
  const { teams, loading, error, refetch } = useMyTeams();
  usePageTitle(f.newTitle);
  const leadTeams = (teams ?? []).filter((team) => team.myRole === 'LEAD');

  let body;
  if ((loading && !teams) || !me) body = <LoadingState label={f.loading} />;
  else if (error && !teams) body = <ErrorState title={t.sessions.list.loadFailed} message={errorText(t, error)} retryLabel={t.common.retry} onRetry={refetch} />;
  else if (leadTeams.length === 0)
    body = (
      <>
        <ErrorState title={f.notLead} message={f.notLeadBody} />
        <p>
          <LinkButton href="/sessions">{t.sessions.session.back}</LinkButton>
        </p>
      </>
    );
  else
    body = (
      <Card>
        <SessionForm teams={leadTeams} initialTeamId={params.get('team') ?? undefined} meId={me.id} />
      </Card>
    );

  return (
    <div className="at-stack">
      <PageHeader title={f.newTitle} description={f.newIntro} />
      {body}
    </div>
  );
}
