import { isSessionKind } from '@attune/domain';
import { Button } from '@attune/ui/Button';
import { Card } from '@attune/ui/Card';
import { Notice } from '@attune/ui/Notice';
import { EmptyState, ErrorState, LoadingState } from '@attune/ui/PageState';
import { PageHeader } from '@attune/ui/PageHeader';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useLocation, useSearchParams } from 'react-router';
import { useT } from '../app/i18n/I18nProvider';
import { errorText } from '../app/result';
import { usePageTitle } from '../app/usePageTitle';
import { ReflectableSessionList } from '../modules/reflections/components/ReflectableSessionList';
import {
  PERIODS,
  ReflectionFilters,
  periodStart,
  type Period,
  type ReflectionFilterValues,
} from '../modules/reflections/components/ReflectionFilters';
import { ReflectionList } from '../modules/reflections/components/ReflectionList';
import { useMyReflections } from '../modules/reflections/hooks/useMyReflections';
import { useMyTeams } from '../modules/team/hooks/useMyTeams';
import { useReflectionTexts } from '../modules/reflections/texts';

const SEARCH_DELAY_MS = 300;

/** The filters live in the address (?team=&kind=&period=&q=), so going back to the list keeps them. */
function filtersFrom(params: URLSearchParams): ReflectionFilterValues {
  const kind = params.get('kind');
  const period = params.get('period');
  return {
    teamId: params.get('team') || null,
    kind: kind && isSessionKind(kind) ? kind : null,
    period: (PERIODS as readonly string[]).includes(period ?? '') ? (period as Period) : 'ALL',
    search: params.get('q') ?? '',
  };
}

function toParams(filters: ReflectionFilterValues): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.teamId) params.set('team', filters.teamId);
  if (filters.kind) params.set('kind', filters.kind);
  if (filters.period !== 'ALL') params.set('period', filters.period);
  if (filters.search.trim()) params.set('q', filters.search.trim());
  return params;
}

/** /reflections — sessions waiting for a reflection, and my reflections with filters and search. */
export default function ReflectionsPage() {
  const all = useT();
  const t = useReflectionTexts();
  usePageTitle(t.title);
  const location = useLocation();
  const [params, setParams] = useSearchParams();
  const applied = filtersFrom(params);
  const [search, setSearch] = useState(applied.search);
  const [told, setTold] = useState<string | null>(null);
  const status = useRef<HTMLDivElement>(null);
  const { teams } = useMyTeams();

  // Words are searched for once typing pauses; the other filters apply at once.
  useEffect(() => {
    const current = filtersFrom(params);
    if (search.trim() === current.search.trim()) return;
    const timer = setTimeout(() => setParams(toParams({ ...current, search }), { replace: true }), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [search, params, setParams]);

  const from = useMemo(() => periodStart(applied.period), [applied.period]);
  const { reflections, loading, error, refetch } = useMyReflections({
    teamId: applied.teamId,
    sessionKind: applied.kind,
    from,
    search: applied.search,
  });
  const teamNames = useMemo(() => new Map((teams ?? []).map((team) => [team.id, team.name])), [teams]);
  const filtered = Boolean(applied.teamId || applied.kind || applied.period !== 'ALL' || applied.search.trim());
  const deletedElsewhere = (location.state as { deleted?: boolean } | null)?.deleted === true;

  // After a delete the item and its button are gone: focus goes to what is said about it.
  const tell = (text: string, focus: boolean): void => {
    setTold(text);
    if (focus) requestAnimationFrame(() => status.current?.focus());
  };

  const content = (() => {
    if (!reflections) {
      if (error) return <ErrorState title={t.list.failed} message={errorText(all, error)} retryLabel={all.common.retry} onRetry={refetch} />;
      return <LoadingState label={t.list.loading} />;
    }
    if (reflections.length === 0) {
      return filtered ? (
        <EmptyState
          title={t.list.noMatches}
          action={
            <Button
              variant="secondary"
              onPress={() => {
                setSearch('');
                setParams(new URLSearchParams(), { replace: true });
              }}
            >
              {t.list.clearFilters}
            </Button>
          }
        >
          {t.list.noMatchesBody}
        </EmptyState>
      ) : (
        <EmptyState title={t.list.empty}>{t.list.emptyBody}</EmptyState>
      );
    }
    return (
      <ReflectionList
        reflections={reflections}
        teamNames={teams && teams.length > 1 ? teamNames : undefined}
        onVisibilityChanged={() => tell(t.visibility.saved, false)}
        onDeleted={() => tell(t.delete.deleted, true)}
      />
    );
  })();

  return (
    <div className="at-stack">
      <PageHeader title={t.title} description={t.intro} />
      {deletedElsewhere ? <Notice tone="success" live title={t.delete.deleted} /> : null}
      <Card title={t.reflectable.heading}>
        <ReflectableSessionList />
      </Card>
      <Card
        title={t.list.heading}
        aside={
          <span className="at-muted" role="status">
            {reflections && !loading ? t.list.count(reflections.length) : null}
          </span>
        }
      >
        <ReflectionFilters
          value={{ ...applied, search }}
          onChange={(next) => {
            setSearch(next.search);
            if (next.teamId !== applied.teamId || next.kind !== applied.kind || next.period !== applied.period) {
              setParams(toParams(next), { replace: true });
            }
          }}
          teams={teams ?? []}
        />
        <div ref={status} tabIndex={-1} className="rf-status">
          {told ? <Notice tone="success" live title={told} /> : null}
        </div>
        {reflections && error ? <Notice tone="error" title={errorText(all, error)} /> : null}
        {content}
      </Card>
    </div>
  );
}
