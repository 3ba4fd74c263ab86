import {
  METRIC_BANDS,
  WELLBEING_METRICS,
  addDays,
  bucketEnd,
  bucketStart,
  bucketStartsCovering,
  type Granularity,
  type LocalDate,
  type WellbeingMetric,
} from '@attune/domain';
import { AUDIT_LOG_COLUMNS, AuditAction } from '../audit/audit.service';

/** check_in column of each metric. */
export const METRIC_COLUMN: Readonly<Record<WellbeingMetric, string>> = {
  WHO5: 'who5_score',
  STRESS_LOAD: 'stress_load',
  SLEEP_QUALITY: 'sleep_quality',
  BODY_TENSION: 'body_tension',
  SAFETY: 'safety',
  CONNECTION: 'connection',
  CLIENT_MATERIAL: 'client_material',
};

/**
 * The band of a response's value for a metric, as SQL: its position (0-based) in the domain's
 * METRIC_BANDS[metric] (constants, not input).
 */
function bandIndexCase(metric: WellbeingMetric): string {
  const value = `r."${metric}"`;
  const whens = METRIC_BANDS[metric].map((d, i) =>
    d.upTo === null ? `ELSE ${i}` : `WHEN ${value} ${d.inclusive ? '<=' : '<'} ${Number(d.upTo)} THEN ${i}`,
  );
  return `CASE ${whens.join(' ')} END`;
}

const responseColumns = WELLBEING_METRICS.map((m) => `avg(c.${METRIC_COLUMN[m]})::float8 AS "${m}"`).join(',\n           ');
const bandColumns = WELLBEING_METRICS.map((m) => `${bandIndexCase(m)} AS "${m}:band"`).join(',\n           ');
/** Per atom: one entry per respondent, `[p, band index of each metric (WELLBEING_METRICS order)]`. */
const atomEntries = `array_agg(ARRAY[n.p, ${WELLBEING_METRICS.map((m) => `n."${m}:band"`).join(', ')}])`;
/** Per bucket: the sum of each metric's response values (WELLBEING_METRICS order). */
const bucketTotals = `ARRAY[${WELLBEING_METRICS.map((m) => `sum(n."${m}")::float8`).join(', ')}]`;
/** Per bucket: responses in each band of each metric, flattened (WELLBEING_METRICS order, then METRIC_BANDS order). */
const bucketBandCounts = `ARRAY[${WELLBEING_METRICS.flatMap((m) =>
  METRIC_BANDS[m].map((_, i) => `(count(*) FILTER (WHERE n."${m}:band" = ${i}))::int`),
).join(', ')}]`;

/**
 * The two membership rules every wellbeing figure counts by, as SQL over a membership `m`
 * (shared by TEAM_WELLBEING_SQL and the view statement in wellbeing.service.ts):
 * - a check-in `c` counts for the team when its author was a member when they submitted it;
 * - a member of a bucket is someone whose membership overlaps it (`b.start_at`, `b.end_at`).
 */
export const MEMBER_WHEN_SUBMITTED = `m.joined_at <= c.submitted_at AND (m.left_at IS NULL OR m.left_at > c.submitted_at)`;
export const MEMBER_DURING_BUCKET = `m.joined_at < b.end_at AND (m.left_at IS NULL OR m.left_at > b.start_at)`;

/**
 * The one aggregate query behind teamWellbeing.
 *
 * - A check-in counts for the team when its author was a member when they submitted it.
 * - A *response* is one member's check-ins in one ISO week ∩ calendar month, averaged; each
 *   response gets a band per metric and a pseudonymous respondent number `p` (dense_rank over
 *   the user id, valid for this query only — user ids never leave the database).
 * - ATOM rows (one per week ∩ month in the data window): who responded (as numbers, for the
 *   suppression rule's set unions), each with their band per metric — one array entry per
 *   respondent (a member has one response per atom), so numbers and bands cannot drift apart.
 * - WEEK / MONTH / QUARTER rows, only for the requested buckets: responses, distinct
 *   respondents, the sum behind each mean and the count in each band.
 * - MEMBERS rows: distinct members whose membership overlaps each requested bucket (the
 *   participation denominator), and the bucket's start/end instants in the team's zone.
 * One pass over the responses, no per-metric unpivot, and only what the decision needs.
 *
 * $1 team id, $2/$3 the data window [from, to) as dates, $4/$5/$6 the requested buckets
 * (granularity, first day, day after), $7 the team's time zone.
 */
export const TEAM_WELLBEING_SQL = `
WITH team_check_in AS (
    SELECT c.user_id, c.local_date, ${WELLBEING_METRICS.map((m) => `c.${METRIC_COLUMN[m]}`).join(', ')}
      FROM check_in c
     WHERE c.user_id IN (SELECT user_id FROM team_membership WHERE team_id = $1)
       AND c.local_date >= $2::date AND c.local_date < $3::date
       AND EXISTS (SELECT 1 FROM team_membership m
                    WHERE m.team_id = $1 AND m.user_id = c.user_id AND ${MEMBER_WHEN_SUBMITTED})
), response AS (
    SELECT c.user_id,
           date_trunc('week', c.local_date)::date AS week,
           date_trunc('month', c.local_date)::date AS month,
           ${responseColumns}
      FROM team_check_in c
     GROUP BY 1, 2, 3
), numbered AS (
    SELECT r.*, date_trunc('quarter', r.month)::date AS quarter, dense_rank() OVER (ORDER BY r.user_id)::int AS p,
           ${bandColumns}
      FROM response r
), requested AS (
    SELECT b.grain, b.start, b.stop,
           (b.start::timestamp AT TIME ZONE $7::text) AS start_at, (b.stop::timestamp AT TIME ZONE $7::text) AS end_at
      FROM unnest($4::text[], $5::date[], $6::date[]) AS b(grain, start, stop)
), bucket AS (
    SELECT l.grain, l.start, count(*)::int AS responses, count(DISTINCT n.p)::int AS respondents,
           ${bucketTotals} AS totals, ${bucketBandCounts} AS band_counts
      FROM numbered n
     CROSS JOIN LATERAL (VALUES ('WEEK', n.week), ('MONTH', n.month), ('QUARTER', n.quarter)) AS l(grain, start)
     WHERE (l.grain, l.start) IN (SELECT grain, start FROM requested)
     GROUP BY l.grain, l.start
), atom AS (
    SELECT n.week, n.month, ${atomEntries} AS entries
      FROM numbered n
     GROUP BY n.week, n.month
), members AS (
    SELECT b.grain, b.start::text AS bucket_start, count(DISTINCT m.user_id)::int AS members, b.start_at, b.end_at
      FROM requested b
      LEFT JOIN team_membership m
             ON m.team_id = $1 AND ${MEMBER_DURING_BUCKET}
     GROUP BY b.grain, b.start, b.start_at, b.end_at
)
SELECT 'ATOM' AS level, week::text AS bucket_start, month::text AS month, entries,
       NULL::int AS responses, NULL::int AS respondents, NULL::float8[] AS totals, NULL::int[] AS band_counts,
       NULL::int AS members, NULL::timestamptz AS start_at, NULL::timestamptz AS end_at
  FROM atom
UNION ALL
SELECT grain, start::text, NULL, NULL, responses, respondents, totals, band_counts, NULL, NULL, NULL
  FROM bucket
UNION ALL
SELECT 'MEMBERS', bucket_start, grain, NULL, NULL, NULL, NULL, NULL, members, start_at, end_at
  FROM members`;

export interface AggregateRow {
  level: 'ATOM' | 'WEEK' | 'MONTH' | 'QUARTER' | 'MEMBERS';
  bucket_start: string;
  /** The atom's month; for MEMBERS rows the granularity. */
  month: string | null;
  /** ATOM: per respondent `[p, band index of each metric (WELLBEING_METRICS order)]`. */
  entries: number[][] | null;
  /** WEEK / MONTH / QUARTER: responses and distinct respondents in the bucket. */
  responses: number | null;
  respondents: number | null;
  /** WEEK / MONTH / QUARTER: the sum of each metric's response values (WELLBEING_METRICS order). */
  totals: number[] | null;
  /** WEEK / MONTH / QUARTER: responses per band, WELLBEING_METRICS order then METRIC_BANDS order. */
  band_counts: number[] | null;
  members: number | null;
  start_at: Date | null;
  end_at: Date | null;
}

/** At most this many buckets per request. */
export const MAX_BUCKETS = 60;

/**
 * SQL for how many buckets of `granularity` (a text expression: WEEK, MONTH or QUARTER) cover the
 * days `first` to `last` (date expressions, first ≤ last): the domain's
 * `bucketStartsCovering(first, last, granularity).length`, in date arithmetic alone (no zone).
 */
export function bucketCountSql(granularity: string, first: string, last: string): string {
  const monthIndex = (d: string): string => `(extract(year FROM ${d}) * 12 + extract(month FROM ${d}) - 1)`;
  return `CASE ${granularity}
             WHEN 'WEEK' THEN ((${last} - extract(isodow FROM ${last})::int) - (${first} - extract(isodow FROM ${first})::int)) / 7 + 1
             WHEN 'MONTH' THEN (${monthIndex(last)} - ${monthIndex(first)})::int + 1
             ELSE (floor(${monthIndex(last)} / 3) - floor(${monthIndex(first)} / 3))::int + 1
           END`;
}

/**
 * Everything a view reads before deciding what to compute, in one statement, which also writes the
 * view to the audit log (every view is audited; one round trip instead of two: 3–9 % less CPU per
 * view on the bench, README, Performance, seventh round): the team, its k and zone; the range's
 * first and last day in the team's zone and the number of buckets covering them; where its frozen figures end (the erasure boundary) and
 * its frozen buckets; the figures kept for its settled buckets under the current k and zone; and
 * for the buckets still open, all they show — respondents (members who checked in during it,
 * counted as TEAM_WELLBEING_SQL counts them: by membership when they submitted), members and the
 * bucket's instants in the team's zone.
 * $1 team, $2 granularity, $3/$4 first and last bucket start to read, $5 the open buckets as
 * JSON (`[{ start, stop }]`: first day, day after) near the range, $6/$7 the range [from, to): of
 * the open buckets, only those the view shows are counted (a range of complete months ending
 * before today does not pay for this month's participation: ≈ 0.3 of 0.7 ms in SQL); $8 the
 * viewer, $9 the audit entry's details but for the number of buckets, which is counted here.
 *
 * The buckets are counted in SQL (`span.buckets`, the ISO weeks, months or quarters from the first
 * day to the last) because the team's zone is only known here; the service lists them with the
 * domain's calendar from the same two days and refuses the view, unaudited, when they are more
 * than MAX_BUCKETS (a test checks both counts agree). No team, no entry and no row.
 *
 * The open buckets come as JSON rather than as arrays because PostgreSQL then estimates their
 * number the same with or without the values (100 rows), so after five calls a connection keeps
 * one generic plan of this statement instead of planning it afresh for every view (with arrays
 * it judged the generic plan 8× dearer and never used it): ≈ 0.8 ms less database time per view,
 * measured on the bench dataset (`pg_prepared_statements` shows the generic plans in use).
 */
export const TEAM_VIEW_SQL = `
WITH day AS (
    SELECT t.id AS team_id, t.organisation_id,
           ($6::timestamptz AT TIME ZONE t.time_zone)::date AS first_day,
           (($7::timestamptz - interval '1 millisecond') AT TIME ZONE t.time_zone)::date AS last_day
      FROM team t WHERE t.id = $1
), span AS (
    SELECT day.*, ${bucketCountSql('$2::text', 'first_day', 'last_day')} AS buckets
      FROM day
), viewed AS (
    INSERT INTO ${AUDIT_LOG_COLUMNS}
    SELECT $8::uuid, '${AuditAction.TEAM_WELLBEING_VIEWED}', s.organisation_id, s.team_id, $9::jsonb || jsonb_build_object('buckets', s.buckets)
      FROM span s
     WHERE s.buckets <= ${MAX_BUCKETS}
)
SELECT t.id, t.organisation_id, t.time_zone, o.anonymity_threshold AS k,
       d.first_day::text AS first_day, d.last_day::text AS last_day, d.buckets,
       (SELECT max(s.bucket_end)::text FROM wellbeing_snapshot s WHERE s.team_id = t.id) AS until,
       (SELECT json_object_agg(s.bucket_start::text, s.payload) FROM wellbeing_snapshot s
         WHERE s.team_id = t.id AND s.granularity = $2 AND s.bucket_start BETWEEN $3::date AND $4::date) AS frozen,
       (SELECT json_object_agg(p.bucket_start::text, p.figures) FROM wellbeing_publication p
         WHERE p.team_id = t.id AND p.granularity = $2 AND p.bucket_start BETWEEN $3::date AND $4::date
           AND p.anonymity_threshold = o.anonymity_threshold AND p.time_zone = t.time_zone) AS kept,
       (SELECT json_object_agg(b.start::text, json_build_object(
                 'startAt', b.start_at, 'endAt', b.end_at,
                 'members', (SELECT count(DISTINCT m.user_id) FROM team_membership m
                              WHERE m.team_id = t.id AND ${MEMBER_DURING_BUCKET}),
                 'respondents', (SELECT count(DISTINCT c.user_id) FROM team_membership m
                                   JOIN check_in c ON c.user_id = m.user_id AND ${MEMBER_WHEN_SUBMITTED}
                                  WHERE m.team_id = t.id AND c.local_date >= b.start AND c.local_date < b.stop)))
          FROM (SELECT x.start, x.stop, x.start::timestamp AT TIME ZONE t.time_zone AS start_at, x.stop::timestamp AT TIME ZONE t.time_zone AS end_at
                  FROM json_to_recordset($5::json) AS x(start date, stop date)
                 -- Only the buckets the view shows: those holding a day of [from, to) in the team's zone.
                 WHERE x.start <= d.last_day AND x.stop > d.first_day) b) AS open
  FROM team t JOIN organisation o ON o.id = t.organisation_id CROSS JOIN span d
 WHERE t.id = $1`;

/**
 * TEAM_VIEW_SQL's parameters for `viewer`'s view of [from, to), given which buckets are settled
 * now (`settledAt(now)`). The bench runs the statement with them too, as the floor of a view.
 */
export function teamViewParams(
  viewerId: string,
  teamId: string,
  granularity: Granularity,
  from: Date,
  to: Date,
  settled: (start: LocalDate, granularity: Granularity) => boolean,
): unknown[] {
  // The team's zone is not known yet: read a range of bucket starts that holds the requested
  // ones in any zone (a local date is within a day of the UTC date), no more than the cap allows.
  const near = bucketStartsCovering(
    bucketStart(addDays(from.toISOString().slice(0, 10), -1), granularity),
    addDays(new Date(to.getTime() - 1).toISOString().slice(0, 10), 1),
    granularity,
    MAX_BUCKETS + 2,
  );
  // Whether a bucket is settled does not depend on the zone either. Only the last few buckets
  // are open (a later bucket never settles earlier); should one be missed, the service computes
  // it like any other, and does not keep it.
  const open: LocalDate[] = [];
  for (let i = near.length - 1; i >= 0 && !settled(near[i] as LocalDate, granularity); i--) open.unshift(near[i] as LocalDate);
  return [
    teamId,
    granularity,
    near[0],
    near[near.length - 1],
    JSON.stringify(open.map((start) => ({ start, stop: bucketEnd(start, granularity) }))),
    from,
    to,
    viewerId,
    JSON.stringify({ granularity, from: from.toISOString(), to: to.toISOString() }),
  ];
}
