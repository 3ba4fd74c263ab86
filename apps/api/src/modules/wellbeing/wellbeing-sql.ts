import { METRIC_BANDS, WELLBEING_METRICS, type WellbeingMetric } from '@attune/domain';

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

/** The band of `value` for a metric, as SQL, from the domain's band definitions (constants, not input). */
function bandCase(metric: WellbeingMetric): string {
  const whens = METRIC_BANDS[metric].map((d) =>
    d.upTo === null ? `ELSE '${d.band}'` : `WHEN v.value ${d.inclusive ? '<=' : '<'} ${Number(d.upTo)} THEN '${d.band}'`,
  );
  return `CASE ${whens.join(' ')} END`;
}

const responseColumns = WELLBEING_METRICS.map((m) => `avg(c.${METRIC_COLUMN[m]})::float8 AS "${m}"`).join(',\n           ');
const unpivot = WELLBEING_METRICS.map((m) => `('${m}', n."${m}")`).join(', ');
const bandCases = WELLBEING_METRICS.map((m) => `WHEN '${m}' THEN ${bandCase(m)}`).join('\n                          ');

/**
 * The one aggregate query behind teamWellbeing.
 *
 * - A check-in counts for the team when its author was a member when they submitted it.
 * - A *response* is one member's check-ins in one ISO week ∩ calendar month, averaged; each
 *   response gets a band per metric and a pseudonymous respondent number `p` (dense_rank over
 *   the user id, valid for this query only — user ids never leave the database).
 * - GROUPING SETS give, in one pass: per atom (week ∩ month), per ISO week, per month and per
 *   quarter, and per metric (and per band): responses, distinct respondents, who (as numbers,
 *   for the suppression rule's set unions) and the sum of values.
 * - MEMBERS rows: distinct members whose membership overlaps each requested bucket (the
 *   participation denominator), and the bucket's start/end instants in the team's zone.
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
                    WHERE m.team_id = $1 AND m.user_id = c.user_id
                      AND m.joined_at <= c.submitted_at AND (m.left_at IS NULL OR m.left_at > c.submitted_at))
), response AS (
    SELECT c.user_id,
           date_trunc('week', c.local_date)::date AS week,
           date_trunc('month', c.local_date)::date AS month,
           ${responseColumns}
      FROM team_check_in c
     GROUP BY 1, 2, 3
), numbered AS (
    SELECT r.*, date_trunc('quarter', r.month)::date AS quarter, dense_rank() OVER (ORDER BY r.user_id)::int AS p
      FROM response r
), valued AS (
    SELECT n.p, n.week, n.month, n.quarter, v.metric, v.value,
           CASE v.metric ${bandCases}
           END AS band
      FROM numbered n CROSS JOIN LATERAL (VALUES ${unpivot}) AS v(metric, value)
), aggregate AS (
    SELECT CASE WHEN GROUPING(week) = 0 AND GROUPING(month) = 0 THEN 'ATOM'
                WHEN GROUPING(week) = 0 THEN 'WEEK'
                WHEN GROUPING(month) = 0 THEN 'MONTH'
                ELSE 'QUARTER' END AS level,
           COALESCE(week, month, quarter)::text AS bucket_start,
           month::text AS month,
           metric, band, GROUPING(band) = 1 AS all_bands,
           count(*)::int AS responses,
           count(DISTINCT p)::int AS respondents,
           array_agg(DISTINCT p ORDER BY p) AS people,
           sum(value)::float8 AS total
      FROM valued
     GROUP BY GROUPING SETS ((week, month, metric), (week, month, metric, band),
                             (week, metric), (week, metric, band),
                             (month, metric), (month, metric, band),
                             (quarter, metric), (quarter, metric, band))
), members AS (
    SELECT b.grain, b.start::text AS bucket_start, count(DISTINCT m.user_id)::int AS members,
           (b.start::timestamp AT TIME ZONE $7::text) AS start_at, (b.stop::timestamp AT TIME ZONE $7::text) AS end_at
      FROM unnest($4::text[], $5::date[], $6::date[]) AS b(grain, start, stop)
      LEFT JOIN team_membership m
             ON m.team_id = $1
            AND m.joined_at < (b.stop::timestamp AT TIME ZONE $7::text)
            AND (m.left_at IS NULL OR m.left_at > (b.start::timestamp AT TIME ZONE $7::text))
     GROUP BY b.grain, b.start, b.stop
)
SELECT level, bucket_start, month, metric, band, all_bands, responses, respondents, people, total,
       NULL::int AS members, NULL::timestamptz AS start_at, NULL::timestamptz AS end_at
  FROM aggregate
UNION ALL
SELECT 'MEMBERS', bucket_start, grain, NULL, NULL, NULL, NULL, NULL, NULL, NULL, members, start_at, end_at
  FROM members`;

export interface AggregateRow {
  level: 'ATOM' | 'WEEK' | 'MONTH' | 'QUARTER' | 'MEMBERS';
  bucket_start: string;
  /** The atom's month; for MEMBERS rows the granularity. */
  month: string | null;
  metric: WellbeingMetric | null;
  band: string | null;
  all_bands: boolean | null;
  responses: number | null;
  respondents: number | null;
  people: number[] | null;
  total: number | null;
  members: number | null;
  start_at: Date | null;
  end_at: Date | null;
}
