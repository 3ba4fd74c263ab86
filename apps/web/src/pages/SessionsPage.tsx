import { Card } from '@attune/ui/Card';
import { LinkButton } from '@attune/ui/Link';
import { Notice } from '@attune/ui/Notice';
import { EmptyState, ErrorState, LoadingState } from '@attune/ui/PageState';
import { PageHeader } from '@attune/ui/PageHeader';
import { SegmentedControl } from '@attune/ui/SegmentedControl';
import { Select } from '@attune/ui/Select';
import { formatYearMonth, yearMonthOf, type YearMonth } from '@attune/domain';
import { useMemo } from 'react';
import { useLocation, useSearchParams } from 'react-router';
import { useSessionsT } from '../modules/sessions/texts';
import { errorText } from '../app/result';
import { useTimeFormat } from '../app/time';
import { usePageTitle } from '../app/usePageTitle';
import { SessionList } from '../modules/sessions/components/SessionList';
import { SessionMonth } from '../modules/sessions/components/SessionMonth';
import { readSessionsFlash } from '../modules/sessions/flash';
import { useSessions } from '../modules/sessions/hooks/useSessions';
import { monthRange, readMonth } from '../modules/sessions/sessionState';
import { useMyTeams } from '../modules/team/hooks/useMyTeams';

type View = 'list' | 'month';

/**
 * /sessions — the sessions of my team: upcoming as a list (with Book / Cancel), or a month at a
 * time. `?team=<id>&view=month&month=YYYY-MM` keep the choice in the address.
 */
export default function SessionsPage() {
  const t = useSessionsT();
  const time = useTimeFormat();
  const flash = readSessionsFlash(useLocation().state);
  const [params, setParams] = useSearchParams();
  const { teams, loading: teamsLoading, error: teamsError, refetch: refetchTeams } = useMyTeams();
  usePageTitle(t.sessions.list.title);

  const myTeams = useMemo(() => (teams ?? []).filter((team) => team.myRole !== null), [teams]);
  const team = myTeams.find((x) => x.id === params.get('team')) ?? myTeams[0];
  const view: View = params.get('view') === 'month' ? 'month' : 'list';
  const thisMonth = yearMonthOf(new Date(), time.timeZone);
  const month = readMonth(params.get('month')) ?? thisMonth;
  const range = view === 'month' ? monthRange(month, time.timeZone) : {};
  const { sessions, loading, error, refetch } = useSessions(team?.id ?? null, range);

  const update = (changes: Record<string, string | null>): void => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value === null) next.delete(key);
      else next.set(key, value);
    }
    setParams(next, { replace: true });
  };
  const setMonth = (ym: YearMonth): void => update({ month: formatYearMonth(ym) });
  const isLead = team?.myRole === 'LEAD';
  const planLink = team ? (
    <LinkButton variant="primary" href={`/sessions/new?team=${team.id}`}>
      {t.sessions.list.plan}
    </LinkButton>
  ) : null;

  let body;
  if (teamsLoading && !teams) body = <LoadingState label={t.sessions.list.loading} />;
  else if (teamsError && !teams)
    body = <ErrorState title={t.sessions.list.loadFailed} message={errorText(t, teamsError)} retryLabel={t.common.retry} onRetry={refetchTeams} />;
  else if (!team)
    body = (
      <EmptyState title={t.sessions.list.noTeams}>
        <p>{t.sessions.list.noTeamsBody}</p>
      </EmptyState>
    );
  else if (loading && !sessions) body = <LoadingState label={t.sessions.list.loading} />;
  else if (error && !sessions)
    body = <ErrorState title={t.sessions.list.loadFailed} message={errorText(t, error)} retryLabel={t.common.retry} onRetry={refetch} />;
  else if (view === 'month') body = <SessionMonth month={month} sessions={sessions ?? []} onMonthChange={setMonth} thisMonth={thisMonth} />;
  else if (!sessions || sessions.length === 0)
    body = (
      <EmptyState title={t.sessions.list.empty} action={isLead ? planLink : undefined}>
        <p>{isLead ? t.sessions.list.emptyBodyLead : t.sessions.list.emptyBody}</p>
      </EmptyState>
    );
  else body = <SessionList sessions={sessions} />;

  return (
    <div className="at-stack">
      <PageHeader
        title={t.sessions.list.title}
        description={t.sessions.list.intro(time.timeZone.replaceAll('_', ' '))}
        actions={isLead ? planLink : undefined}
      />
      {flash.sessionsNotice ? (
        <Notice tone="success" live>
          <p>{flash.sessionsNotice}</p>
        </Notice>
      ) : null}
      {team ? (
        <div className="sessions-toolbar">
          {myTeams.length > 1 ? (
            <Select
              label={t.sessions.list.team}
              options={myTeams.map((x) => ({ id: x.id, label: x.name }))}
              value={team.id}
              onChange={(id) => update({ team: id })}
            />
          ) : null}
          <SegmentedControl<View>
            label={t.sessions.list.view}
            options={[
              { id: 'list', label: t.sessions.list.viewList },
              { id: 'month', label: t.sessions.list.viewMonth },
            ]}
            value={view}
            onChange={(v) => update({ view: v === 'month' ? 'month' : null })}
          />
        </div>
      ) : null}
      {view === 'month' && team ? <Card>{body}</Card> : body}
    </div>
  );
}
