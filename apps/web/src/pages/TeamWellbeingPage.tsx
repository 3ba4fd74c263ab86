import { Card } from '@attune/ui/Card';
import { ChoiceGroup } from '@attune/ui/ChoiceGroup';
import { LinkButton } from '@attune/ui/Link';
import { Notice } from '@attune/ui/Notice';
import { EmptyState, ErrorState, LoadingState } from '@attune/ui/PageState';
import { PageHeader } from '@attune/ui/PageHeader';
import { Select } from '@attune/ui/Select';
import { useMemo, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useI18n } from '../app/i18n/I18nProvider';
import { errorText } from '../app/result';
import { usePageTitle } from '../app/usePageTitle';
import { useMyTeams } from '../modules/team/hooks/useMyTeams';
import { useTeam } from '../modules/team/hooks/useTeam';
import { BucketCard } from '../modules/wellbeing/components/BucketCard';
import { bucketLabel } from '../modules/wellbeing/components/bucketLabel';
import { WellbeingTrend } from '../modules/wellbeing/components/WellbeingTrend';
import { DEFAULT_SPAN, SPANS, useTeamWellbeing, type Granularity } from '../modules/wellbeing/hooks/useTeamWellbeing';
import { localDateFormat } from '../modules/wellbeing/localDates';
import '../modules/wellbeing/wellbeing.css';
import { useWellbeingTexts } from '../modules/wellbeing/texts';

const GRANULARITIES: readonly Granularity[] = ['WEEK', 'MONTH', 'QUARTER'];

/** /teams/:teamId/wellbeing — the team in aggregate, for its leads only; every view is audited. */
export default function TeamWellbeingPage() {
  const { t, locale } = useI18n();
  const tWellbeing = useWellbeingTexts();
  const w = tWellbeing;
  const navigate = useNavigate();
  const teamId = useParams().teamId ?? '';
  const { team, loading: teamLoading, error: teamError, refetch: refetchTeam } = useTeam(teamId);
  const { teams } = useMyTeams();
  const leadTeams = (teams ?? []).filter((x) => x.myRole === 'LEAD');
  const isLead = team?.myRole === 'LEAD';
  const [granularity, setGranularity] = useState<Granularity>('MONTH');
  const [span, setSpan] = useState<number>(DEFAULT_SPAN.MONTH);
  const { buckets, loading, error, refetch } = useTeamWellbeing(teamId, granularity, span, { skip: !isLead });
  const dates = useMemo(() => localDateFormat(locale), [locale]);
  usePageTitle(team ? w.title(team.name) : w.titleFallback);

  if (!team) {
    return (
      <div className="at-stack">
        <PageHeader title={w.titleFallback} />
        {teamLoading ? (
          <LoadingState label={w.loading} />
        ) : teamError && teamError.code !== 'NOT_FOUND' && teamError.code !== 'FORBIDDEN' ? (
          <ErrorState title={w.loadFailed} message={errorText(t, teamError)} retryLabel={t.common.retry} onRetry={refetchTeam} />
        ) : (
          <ErrorState title={t.team.notFound} message={t.team.notFoundBody} />
        )}
      </div>
    );
  }
  if (!isLead) {
    return (
      <div className="at-stack">
        <PageHeader title={w.title(team.name)} />
        <EmptyState title={w.onlyLeads} action={<LinkButton href={`/teams/${team.id}`}>{team.name}</LinkButton>}>
          <p>{w.onlyLeadsBody}</p>
        </EmptyState>
      </div>
    );
  }

  const spanLabel = (n: number): string =>
    granularity === 'WEEK' ? w.lastWeeks(n) : granularity === 'MONTH' ? w.lastMonths(n) : w.lastQuarters(n);
  const labels = (buckets ?? []).map((b) => bucketLabel(w, dates, b));
  const k = buckets?.[0]?.anonymityThreshold;

  return (
    <div className="at-stack">
      <PageHeader title={w.title(team.name)} description={w.intro} />
      <Notice tone="info" title={w.logged} />
      <div className="app-wellbeing-controls">
        {leadTeams.length > 1 ? (
          <Select<string>
            label={w.team}
            value={team.id}
            onChange={(id) => void navigate(`/teams/${id}/wellbeing`)}
            options={leadTeams.map((x) => ({ id: x.id, label: x.name }))}
          />
        ) : null}
        <ChoiceGroup<Granularity>
          label={w.granularity}
          name="granularity"
          value={granularity}
          onChange={(g) => {
            setGranularity(g);
            setSpan(DEFAULT_SPAN[g]);
          }}
          options={GRANULARITIES.map((g) => ({ id: g, label: w.granularities[g] }))}
        />
        <Select<string>
          label={w.range}
          value={String(span)}
          onChange={(v) => setSpan(Number(v))}
          options={SPANS[granularity].map((n) => ({ id: String(n), label: spanLabel(n) }))}
        />
      </div>
      {k !== undefined ? <p className="at-muted">{w.threshold(k)}</p> : null}

      {!buckets ? (
        loading ? (
          <LoadingState label={w.loading} />
        ) : (
          <ErrorState title={w.loadFailed} message={error ? errorText(t, error) : undefined} retryLabel={t.common.retry} onRetry={refetch} />
        )
      ) : buckets.length === 0 ? (
        <EmptyState title={w.empty} />
      ) : (
        <>
          <Card title={w.trend.heading}>
            <WellbeingTrend buckets={buckets} labels={labels.map((l) => l.short)} />
          </Card>
          <section aria-labelledby="app-periods-heading" className="at-stack">
            <h2 id="app-periods-heading">{w.periods}</h2>
            <p className="at-muted">{w.responseExplained}</p>
            <ul className="app-bucket-list" aria-labelledby="app-periods-heading">
              {buckets
                .map((b, i) => ({ b, label: labels[i]?.long ?? b.label }))
                .reverse()
                .map(({ b, label }) => (
                  <li key={`${b.granularity}-${b.startDate}`}>
                    <BucketCard bucket={b} label={label} />
                  </li>
                ))}
            </ul>
          </section>
        </>
      )}
    </div>
  );
}
