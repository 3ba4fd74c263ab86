import { REFLECTION_SEARCH_MAX_LENGTH, SESSION_KINDS, type SessionKind } from '@attune/domain';
import { Select } from '@attune/ui/Select';
import { TextField } from '@attune/ui/TextField';
import '../reflections.css';
import { useReflectionTexts } from '../texts';

export const PERIODS = ['ALL', 'MONTH', 'QUARTER', 'YEAR'] as const;
export type Period = (typeof PERIODS)[number];

const MONTHS: Record<Period, number | null> = { ALL: null, MONTH: 1, QUARTER: 3, YEAR: 12 };

/** The start of a period counted back from today (local midnight), as an ISO instant; null for any time. */
export function periodStart(period: Period, today: Date = new Date()): string | null {
  const months = MONTHS[period];
  if (months === null) return null;
  const start = new Date(today.getFullYear(), today.getMonth() - months, today.getDate());
  return start.toISOString();
}

export interface ReflectionFilterValues {
  teamId: string | null;
  kind: SessionKind | null;
  period: Period;
  /** What is typed in the search box (the page decides when it is searched for). */
  search: string;
}

export interface ReflectionFiltersProps {
  value: ReflectionFilterValues;
  onChange: (next: ReflectionFilterValues) => void;
  teams: readonly { id: string; name: string }[];
}

const ALL = 'ALL';

/** Team, kind of session, period and words: each narrows my list of reflections. */
export function ReflectionFilters({ value, onChange, teams }: ReflectionFiltersProps) {
  const t = useReflectionTexts();
  return (
    <div role="search" aria-label={t.filters.label} className="rf-filters">
      {teams.length > 1 ? (
        <Select
          label={t.filters.team}
          value={value.teamId ?? ALL}
          onChange={(id) => onChange({ ...value, teamId: id === ALL ? null : id })}
          options={[{ id: ALL, label: t.filters.allTeams }, ...teams.map((team) => ({ id: team.id, label: team.name }))]}
        />
      ) : null}
      <Select<SessionKind | typeof ALL>
        label={t.filters.kind}
        value={value.kind ?? ALL}
        onChange={(kind) => onChange({ ...value, kind: kind === ALL ? null : kind })}
        options={[{ id: ALL, label: t.filters.allKinds }, ...SESSION_KINDS.map((kind) => ({ id: kind, label: t.kinds[kind] }))]}
      />
      <Select<Period>
        label={t.filters.period}
        value={value.period}
        onChange={(period) => onChange({ ...value, period })}
        options={PERIODS.map((period) => ({ id: period, label: t.filters.periods[period] }))}
      />
      <TextField
        className="rf-filters__search"
        type="search"
        label={t.filters.search}
        description={t.filters.searchHelp}
        maxLength={REFLECTION_SEARCH_MAX_LENGTH}
        value={value.search}
        onChange={(search) => onChange({ ...value, search })}
      />
    </div>
  );
}
