import {
  DEFAULT_TIME_ZONE,
  SERIES_MONTHS_DEFAULT,
  SERIES_MONTHS_MAX,
  SERIES_WEEKS,
  SESSION_CAPACITY_MAX,
  SESSION_CAPACITY_MIN,
  SESSION_KINDS,
  WEEKDAYS,
  formatYearMonth,
  isTimeZone,
  localDateKey,
  yearMonthOf,
  type SessionKind,
} from '@attune/domain';
import { Button } from '@attune/ui/Button';
import { ChoiceGroup } from '@attune/ui/ChoiceGroup';
import { ComboBox } from '@attune/ui/ComboBox';
import { DatePicker, TimeField } from '@attune/ui/DateTimeFields';
import { Form, FormActions } from '@attune/ui/Form';
import { LinkButton } from '@attune/ui/Link';
import { Notice } from '@attune/ui/Notice';
import { NumberField } from '@attune/ui/NumberField';
import { Select } from '@attune/ui/Select';
import { TextField } from '@attune/ui/TextField';
import { useMemo, useRef, useState, type FormEvent } from 'react';
import { I18nProvider as AriaI18nProvider } from 'react-aria-components';
import { useNavigate } from 'react-router';
import { useI18n } from '../../../app/i18n/I18nProvider';
import { useSessionsT } from '../texts';
import { INTL_LOCALE } from '../../../app/i18n/locale';
import { errorText, type AppError } from '../../../app/result';
import { timeFormat, timeZoneOptions } from '../../../app/time';
import type { TeamSummary } from '../../team/hooks/useMyTeams';
import { useTeam } from '../../team/hooks/useTeam';
import type { SessionsFlash } from '../flash';
import { useCreateSession } from '../hooks/useCreateSession';
import { useCreateSessionSeries } from '../hooks/useCreateSessionSeries';
import type { SessionDetail } from '../hooks/useSession';
import { useUpdateSession } from '../hooks/useUpdateSession';
import {
  firstMonthOptions,
  serverProblems,
  seriesOccurrences,
  seriesProblems,
  singleProblems,
  toCreateSeriesInput,
  toCreateSessionInput,
  toUpdateSessionInput,
  valuesFromSession,
  type FormMode,
  type Problems,
  type SessionFormValues,
} from '../sessionForm';
import { sessionErrorText } from '../sessionState';
import './sessions.css';

/** What the form needs of a team. */
export type PlanningTeam = Pick<TeamSummary, 'id' | 'name' | 'timeZone'>;

const MIN_NOTICE_CHOICES = [0, 60, 120, 1440, 2880, 10080];
const PREVIEW_COUNT = 6;
/** Form field names a value shows its problems under (where they differ from the key). */
const FIELD_NAMES: Partial<Record<keyof SessionFormValues, string[]>> = {
  date: ['date', 'startsAt', 'endsAt'],
  startTime: ['startsAt', 'startTime', 'endsAt', 'endTime'],
  endTime: ['endsAt', 'endTime'],
  timeZone: ['timeZone', 'startsAt', 'endsAt', 'firstMonth', 'months'],
  week: ['months'],
  weekday: ['months'],
  firstMonth: ['firstMonth', 'months'],
};

export interface SessionFormProps {
  /** Teams the reader leads (create: choose one; edit: the session's team). */
  teams: readonly PlanningTeam[];
  initialTeamId?: string;
  meId: string;
  /** Editing this session; otherwise a new session or series. */
  session?: SessionDetail;
}

function initialValues(teams: readonly PlanningTeam[], teamId: string | undefined, meId: string, kindLabel: (k: SessionKind) => string, now: Date): SessionFormValues {
  const team = teams.find((x) => x.id === teamId) ?? teams[0];
  const timeZone = team && isTimeZone(team.timeZone) ? team.timeZone : DEFAULT_TIME_ZONE;
  return {
    teamId: team?.id ?? '',
    kind: 'CARE',
    title: kindLabel('CARE'),
    date: null,
    startTime: '15:00',
    endTime: '16:30',
    week: 'SECOND',
    weekday: 'TUESDAY',
    firstMonth: formatYearMonth(yearMonthOf(now, timeZone)),
    months: SERIES_MONTHS_DEFAULT,
    timeZone,
    facilitatorId: meId,
    capacity: 8,
    location: '',
    videoUrl: '',
    minNoticeMinutes: 0,
  };
}

/**
 * Plans a single session or a monthly series (leads), or edits one session. Every field is
 * checked with the domain's rules before sending; server errors land on the named field.
 */
export function SessionForm({ teams, initialTeamId, meId, session }: SessionFormProps) {
  const { locale } = useI18n();
  const t = useSessionsT();
  const f = t.sessions.form;
  const navigate = useNavigate();
  const editing = !!session;
  const [mode, setMode] = useState<FormMode>('single');
  const [values, setValues] = useState<SessionFormValues>(() => {
    const defaults = initialValues(teams, initialTeamId, meId, (k) => t.sessions.kinds[k], new Date());
    return session ? valuesFromSession(session, defaults) : defaults;
  });
  const [titleTouched, setTitleTouched] = useState(editing);
  const [clientErrors, setClientErrors] = useState<Problems>({});
  const [error, setError] = useState<AppError | null>(null);
  const wrapRef = useRef<HTMLDivElement>(null);
  const { team } = useTeam(values.teamId);
  const { create: createSession, loading: creating } = useCreateSession();
  const { create: createSeries, loading: creatingSeries } = useCreateSessionSeries();
  const { update, loading: updating } = useUpdateSession();
  const zones = useMemo(() => timeZoneOptions(locale, values.timeZone), [locale, values.timeZone]);
  const tag = INTL_LOCALE[locale];

  const set = <K extends keyof SessionFormValues>(key: K, value: SessionFormValues[K]): void => {
    setValues((v) => ({ ...v, [key]: value }));
    setError(null);
    // A changed value is checked afresh by its field's `validate`; drop what the last submit found.
    const names: string[] = FIELD_NAMES[key] ?? [key];
    setClientErrors((e) => (names.some((n) => n in e) ? Object.fromEntries(Object.entries(e).filter(([n]) => !names.includes(n))) : e));
  };

  const now = new Date();
  const problems = (v: SessionFormValues): Problems =>
    mode === 'single' ? singleProblems(t, v, new Date(), session ?? undefined) : seriesProblems(t, v, new Date());
  // Checked once per change of the values; each field's `validate` reads its part.
  const current = useMemo(() => problems(values), [values, mode, t, session]);
  /** A field's `validate`: the problem with this value, given the others. */
  const fieldCheck =
    <K extends keyof SessionFormValues>(key: K, name: string = key) =>
    (value: SessionFormValues[K]): string | null =>
      (Object.is(value, values[key]) ? current : problems({ ...values, [key]: value }))[name] ?? null;

  const onSubmit = async (e: FormEvent<HTMLFormElement>): Promise<void> => {
    e.preventDefault();
    setError(null);
    const found = problems(values);
    if (Object.keys(found).length > 0) {
      setClientErrors(found);
      requestAnimationFrame(() => {
        const first = wrapRef.current?.querySelector<HTMLElement>('[data-invalid] input:not([type="hidden"]), [data-invalid] [role="spinbutton"], [data-invalid] button, [aria-invalid="true"]');
        first?.focus();
      });
      return;
    }
    setClientErrors({});
    if (session) {
      const result = await update(session.id, toUpdateSessionInput(values));
      if (!result.ok) return setError(result.error);
      const state: SessionsFlash = { sessionsNotice: f.saved };
      void navigate(`/sessions/${session.id}`, { state });
    } else if (mode === 'single') {
      const result = await createSession(toCreateSessionInput(values));
      if (!result.ok) return setError(result.error);
      const state: SessionsFlash = { sessionsNotice: f.created };
      void navigate(`/sessions/${result.value.id}`, { state });
    } else {
      const result = await createSeries(toCreateSeriesInput(values));
      if (!result.ok) return setError(result.error);
      const first = result.value.sessions[0];
      const month = first ? formatYearMonth(yearMonthOf(new Date(first.startsAt), values.timeZone)) : result.value.firstMonth;
      const state: SessionsFlash = { sessionsNotice: f.seriesCreated(result.value.sessions.length) };
      void navigate(`/sessions?team=${values.teamId}&view=month&month=${month}`, { state });
    }
  };

  const fromServer = serverProblems(t, error, values, mode, now);
  const validationErrors = Object.fromEntries(
    Object.entries({ ...clientErrors, ...fromServer }).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
  );
  const formError =
    error && Object.keys(fromServer).length === 0
      ? error.code === 'CONFLICT' && !error.reason && editing
        ? f.moveConflict
        : sessionErrorText(t, error)
      : null;

  const { weekdayName, monthName } = useMemo(() => {
    const weekdays = new Intl.DateTimeFormat(tag, { weekday: 'long', timeZone: 'UTC' });
    const months = new Intl.DateTimeFormat(tag, { month: 'long', year: 'numeric', timeZone: 'UTC' });
    return {
      // 2024-01-01 was a Monday.
      weekdayName: (i: number): string => weekdays.format(new Date(Date.UTC(2024, 0, 1 + i))),
      monthName: (ym: string): string => {
        const [y, m] = ym.split('-').map(Number) as [number, number];
        return months.format(new Date(Date.UTC(y, m - 1, 1)));
      },
    };
  }, [tag]);
  const minNoticeChoices = MIN_NOTICE_CHOICES.includes(values.minNoticeMinutes)
    ? MIN_NOTICE_CHOICES
    : [...MIN_NOTICE_CHOICES, values.minNoticeMinutes].sort((a, b) => a - b);
  const occurrences = mode === 'series' ? seriesOccurrences(values, now) : null;
  const sessionZone = isTimeZone(values.timeZone) ? timeFormat(locale, values.timeZone) : null;
  const todayInZone = localDateKey(now, isTimeZone(values.timeZone) ? values.timeZone : DEFAULT_TIME_ZONE);
  const busy = creating || creatingSeries || updating;
  const members = team?.members ?? [];
  const cancelHref = session ? `/sessions/${session.id}` : `/sessions?team=${values.teamId}`;

  return (
    <AriaI18nProvider locale={tag}>
      <div ref={wrapRef}>
        <Form
          onSubmit={(e) => void onSubmit(e)}
          validationErrors={validationErrors}
          aria-label={editing ? f.editTitle : f.newTitle}
          className="sessions-form"
        >
          {formError ? (
            <Notice tone="error">
              <p>{formError}</p>
            </Notice>
          ) : null}
          {editing ? null : (
            <ChoiceGroup<FormMode>
              label={f.mode}
              value={mode}
              onChange={(m) => {
                setMode(m);
                setClientErrors({});
                setError(null);
              }}
              options={[
                { id: 'single', label: f.modeSingle },
                { id: 'series', label: f.modeSeries },
              ]}
            />
          )}
          {!editing && teams.length > 1 ? (
            <Select
              label={f.team}
              name="teamId"
              options={teams.map((x) => ({ id: x.id, label: x.name }))}
              value={values.teamId}
              onChange={(id) => {
                const next = teams.find((x) => x.id === id);
                setValues((v) => ({ ...v, teamId: id, facilitatorId: meId, timeZone: next?.timeZone ?? v.timeZone }));
              }}
            />
          ) : null}
          {editing ? null : (
            <ChoiceGroup<SessionKind>
              label={f.kind}
              name="kind"
              value={values.kind}
              onChange={(kind) =>
                setValues((v) => ({ ...v, kind, title: titleTouched ? v.title : t.sessions.kinds[kind] }))
              }
              options={SESSION_KINDS.map((k) => ({ id: k, label: t.sessions.kinds[k] }))}
            />
          )}
          <TextField
            label={f.title}
            description={f.titleDescription}
            name="title"
            value={values.title}
            onChange={(v) => {
              setTitleTouched(true);
              set('title', v);
            }}
            isRequired
            requiredMessage={t.sessions.form.errors.required}
            validate={fieldCheck('title')}
          />

          {mode === 'single' ? (
            <fieldset className="sessions-form__group">
              <legend className="at-visually-hidden">{t.sessions.details.when}</legend>
              <DatePicker
                label={f.date}
                name="date"
                calendarLabel={f.chooseDate}
                value={values.date}
                minValue={todayInZone}
                onChange={(v) => set('date', v)}
                isRequired
                requiredMessage={f.errors.dateRequired}
                validate={fieldCheck('date')}
              />
              <div className="sessions-form__row">
                <TimeField
                  label={f.startTime}
                  name="startsAt"
                  value={values.startTime}
                  onChange={(v) => set('startTime', v)}
                  isRequired
                  requiredMessage={f.errors.timeRequired}
                  validate={fieldCheck('startTime', 'startsAt')}
                />
                <TimeField
                  label={f.endTime}
                  name="endsAt"
                  value={values.endTime}
                  onChange={(v) => set('endTime', v)}
                  isRequired
                  requiredMessage={f.errors.timeRequired}
                  validate={fieldCheck('endTime', 'endsAt')}
                />
              </div>
            </fieldset>
          ) : (
            <fieldset className="sessions-form__group">
              <legend className="at-visually-hidden">{f.modeSeries}</legend>
              <div className="sessions-form__row">
                <Select
                  label={f.week}
                  name="week"
                  options={SERIES_WEEKS.map((w) => ({ id: w, label: f.weeks[w] }))}
                  value={values.week}
                  onChange={(w) => set('week', w)}
                />
                <Select
                  label={f.weekday}
                  name="weekday"
                  options={WEEKDAYS.map((d, i) => ({ id: d, label: weekdayName(i) }))}
                  value={values.weekday}
                  onChange={(d) => set('weekday', d)}
                />
              </div>
              <div className="sessions-form__row">
                <TimeField
                  label={f.startTime}
                  name="startTime"
                  value={values.startTime}
                  onChange={(v) => set('startTime', v)}
                  isRequired
                  requiredMessage={f.errors.timeRequired}
                  validate={fieldCheck('startTime')}
                />
                <TimeField
                  label={f.endTime}
                  name="endTime"
                  value={values.endTime}
                  onChange={(v) => set('endTime', v)}
                  isRequired
                  requiredMessage={f.errors.timeRequired}
                  validate={fieldCheck('endTime')}
                />
              </div>
              <div className="sessions-form__row">
                <Select
                  label={f.firstMonth}
                  name="firstMonth"
                  options={firstMonthOptions(now, values.timeZone).map((m) => ({ id: m, label: monthName(m) }))}
                  value={values.firstMonth}
                  onChange={(m) => set('firstMonth', m)}
                  errorMessage={validationErrors.firstMonth}
                />
                <NumberField
                  label={f.months}
                  description={f.monthsDescription(SERIES_MONTHS_MAX)}
                  name="months"
                  value={values.months}
                  onChange={(n) => set('months', n)}
                  isRequired
                  requiredMessage={f.errors.required}
                  validate={fieldCheck('months')}
                />
              </div>
              <div className="sessions-form__preview" aria-live="polite">
                <p className="at-label">
                  {f.seriesSummary(
                    f.weeks[values.week],
                    weekdayName(WEEKDAYS.indexOf(values.weekday)),
                    values.startTime ?? '…',
                    values.endTime ?? '…',
                  )}
                </p>
                {occurrences && sessionZone ? (
                  occurrences.length === 0 ? (
                    <p className="at-muted">{f.seriesPreviewEmpty}</p>
                  ) : (
                    <>
                      <p className="at-muted">{f.seriesPreview}:</p>
                      <ul className="sessions-form__dates">
                        {occurrences.slice(0, PREVIEW_COUNT).map((o) => (
                          <li key={o.localDate}>{sessionZone.range(o.startsAt, o.endsAt)}</li>
                        ))}
                        {occurrences.length > PREVIEW_COUNT ? <li>{f.seriesPreviewMore(occurrences.length - PREVIEW_COUNT)}</li> : null}
                      </ul>
                    </>
                  )
                ) : null}
              </div>
            </fieldset>
          )}

          <ComboBox
            label={f.timeZone}
            description={f.timeZoneDescription}
            name="timeZone"
            options={zones}
            value={values.timeZone}
            onChange={(z) => set('timeZone', z)}
            openLabel={f.showTimeZones}
            isRequired
            requiredMessage={f.errors.timeZone}
            errorMessage={(v) => (v.isInvalid && !isTimeZone(values.timeZone) ? f.errors.timeZone : null)}
          />
          <Select
            label={f.facilitator}
            name="facilitatorId"
            options={members.map((m) => ({ id: m.id, label: m.displayName }))}
            value={values.facilitatorId}
            onChange={(id) => set('facilitatorId', id)}
            isRequired
            requiredMessage={f.errors.facilitator}
          />
          <NumberField
            label={f.capacity}
            description={f.capacityDescription}
            name="capacity"
            value={values.capacity}
            minValue={SESSION_CAPACITY_MIN}
            maxValue={SESSION_CAPACITY_MAX}
            onChange={(n) => set('capacity', n)}
            isRequired
            requiredMessage={f.errors.required}
            validate={fieldCheck('capacity')}
          />
          <TextField
            label={f.location}
            description={f.placeDescription}
            name="location"
            value={values.location}
            onChange={(v) => set('location', v)}
            validate={fieldCheck('location')}
          />
          <TextField
            label={f.videoUrl}
            name="videoUrl"
            type="url"
            placeholder="https://"
            value={values.videoUrl}
            onChange={(v) => set('videoUrl', v)}
            validate={fieldCheck('videoUrl')}
          />
          <Select
            label={f.minNotice}
            name="minNoticeMinutes"
            options={minNoticeChoices.map((m) => ({ id: String(m), label: f.minNoticeOptions[m] ?? f.minNoticeMinutes(m) }))}
            value={String(values.minNoticeMinutes)}
            onChange={(m) => set('minNoticeMinutes', Number(m))}
          />
          <FormActions>
            <Button type="submit" isPending={busy}>
              {editing ? f.submitEdit : mode === 'single' ? f.submitSingle : f.submitSeries}
            </Button>
            <LinkButton href={cancelHref} variant="quiet">
              {f.cancel}
            </LinkButton>
          </FormActions>
          {error && Object.keys(fromServer).length > 0 ? (
            <p className="at-visually-hidden" role="alert">
              {errorText(t, error)}
            </p>
          ) : null}
        </Form>
      </div>
    </AriaI18nProvider>
  );
}
