import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  NINE_FUNCTIONS,
  QUICK_SCALES,
  badInput,
  compareNineFunctions,
  comparisonPeriods,
  localDateIn,
  reflectionSeries,
  toSeries,
  type NineFunction,
  type ReflectionRatings,
} from '@attune/domain';
import type { AuthUser } from '../../common/context';
import { SCALE_COLUMN } from '../check-in/check-in.service';
import { preparedQuery } from '../../database/prepared';
import { jsonTimestamptz } from '../../database/timestamps';
import { FUNCTION_SQL_COLUMNS } from '../reflection/reflection-crypto';
import type { MyIntegrationModel } from './integration.model';
import {
  SESSION_JSON,
  checkInTimelineItem,
  reflectionTimelineItem,
  sessionRef,
  type CheckInRow,
  type ReflectionTimelineRow,
  type SessionJson,
} from './timeline-providers';
import { TimelineRegistry, type TimelineProvider } from './timeline.registry';

const DAY_MS = 24 * 60 * 60 * 1000;
const MAX_RANGE_MS = 3 * 366 * DAY_MS;
const MAX_TIMELINE = 500;

/** A check-in as the statement gives it: id, day, time, WHO-5 score, then the quick scales. */
type CheckInJson = readonly [id: string, localDate: string, submittedAt: string, who5: number, ...scales: number[]];

/** A reflection as the statement gives it: the session's start, the ratings, the session, the nine functions. */
type ReflectionJson = readonly [
  startsAt: string,
  id: string,
  attunement: number,
  resonance: number,
  chaosRigidity: number | null,
  createdAt: string,
  ...rest: unknown[],
];

/** What the statement reads of a reflection: its plain ratings and its session (the sealed texts never). */
type ReflectionRow = ReflectionTimelineRow & { starts_at: Date; nineFunctions: (number | null)[] };

const SCALE_COLUMNS = QUICK_SCALES.map((s) => SCALE_COLUMN[s]);

/**
 * The one statement "my integration" runs: a column per timeline provider, then my check-ins and
 * my reflections, each a JSON array of rows (or null when there are none). $1 = my id, [$2, $3) =
 * the range, $4 = where the charts' reflections start (readFrom). One round trip instead of one
 * per source, and PostgreSQL writes every row as JSON, which Node reads in one native parse rather
 * than field by field: ≈ 17 % less CPU per request on the bench (README, Performance, seventh round).
 */
export function integrationSql(providers: readonly TimelineProvider[]): string {
  return `SELECT ${providers.map((p, i) => `(SELECT json_agg(j) FROM (${p.sql}) AS p(j)) AS p${i}`).join(',\n       ')}${providers.length ? ',' : ''}
       (SELECT json_agg(json_build_array(id, local_date, submitted_at, who5_score, ${SCALE_COLUMNS.join(', ')}) ORDER BY local_date)
          FROM check_in WHERE user_id = $1 AND submitted_at >= $2 AND submitted_at < $3) AS check_ins,
       (SELECT json_agg(json_build_array(s.starts_at, r.id, r.attunement, r.resonance, r.chaos_rigidity, r.created_at, ${SESSION_JSON},
                                         ${FUNCTION_SQL_COLUMNS.map((c) => `r.${c}`).join(', ')}))
          FROM reflection r JOIN session s ON s.id = r.session_id
         WHERE r.author_id = $1 AND ((s.starts_at >= $4 AND s.starts_at < $3) OR (r.created_at >= $2 AND r.created_at < $3))) AS reflections`;
}

type IntegrationRow = Record<string, unknown> & { check_ins: CheckInJson[] | null; reflections: ReflectionJson[] | null };

@Injectable()
export class IntegrationService {
  /** The statement for the providers registered (they are registered once, at start). */
  private statement: { providers: readonly TimelineProvider[]; sql: string } | null = null;

  constructor(
    private readonly ds: DataSource,
    private readonly timeline: TimelineRegistry,
  ) {}

  private sql(providers: readonly TimelineProvider[]): string {
    if (this.statement?.providers !== providers) this.statement = { providers, sql: integrationSql(providers) };
    return this.statement.sql;
  }

  async mine(user: AuthUser, from: Date, to: Date): Promise<MyIntegrationModel> {
    if (to.getTime() <= from.getTime()) throw badInput('to', '`to` must be after `from`');
    if (to.getTime() - from.getTime() > MAX_RANGE_MS) throw badInput('to', 'At most three years at a time');
    // The nine functions compare the three months up to the end of the range (or today, if
    // earlier) with the three before, whatever `from` is; so reflections are read from the
    // earlier of `from` and that comparison's first day (a day's margin covers any time zone).
    const asOf = localDateIn(new Date(Math.min(to.getTime() - 1, Date.now())), user.timeZone);
    const periods = comparisonPeriods(asOf);
    const readFrom = new Date(Math.min(from.getTime(), Date.parse(`${periods.earlierFrom}T00:00:00Z`) - DAY_MS));
    const providers = this.timeline.all();
    const [row] = await preparedQuery<IntegrationRow>(this.ds, this.sql(providers), [user.id, from, to, readFrom]);
    if (!row) throw new Error('my integration: the statement gave no row');
    const items = providers.flatMap((p, i) => p.items((row[`p${i}`] as readonly unknown[][] | null) ?? [], user));
    const checkIns = (row.check_ins ?? []).map(toCheckIn);
    // My reflections, read once for both the timeline (written in [from, to)) and the charts
    // (sessions from readFrom).
    const reflections = (row.reflections ?? []).map(toReflection);
    const inRange = (d: Date): boolean => d.getTime() >= from.getTime() && d.getTime() < to.getTime();
    const written = reflections.filter((r) => inRange(r.created_at)).map((r) => reflectionTimelineItem(r, user.timeZone));
    const timeline = [...items, ...checkIns.map(checkInTimelineItem), ...written]
      .sort((a, b) => b.occurredAt.getTime() - a.occurredAt.getTime() || (a.id < b.id ? -1 : 1))
      .slice(0, MAX_TIMELINE);
    const ratings = reflections
      .filter((r) => r.starts_at.getTime() >= readFrom.getTime() && r.starts_at.getTime() < to.getTime())
      .map((r) => ({ inRange: r.starts_at.getTime() >= from.getTime(), ratings: toRatings(r, user.timeZone) }));
    const charts = reflectionSeries(
      ratings.filter((r) => r.inRange).map((r) => r.ratings),
      asOf,
    );
    return {
      from,
      to,
      timeline,
      who5: toSeries(checkIns.map((r) => ({ date: r.local_date, value: r.who5_score }))),
      scales: QUICK_SCALES.map((scale, k) => ({
        scale,
        points: toSeries(checkIns.map((r) => ({ date: r.local_date, value: r.scales[k] as number }))),
      })),
      attunement: charts.attunement,
      resonance: charts.resonance,
      chaosRigidity: charts.chaosRigidity,
      nineFunctions: {
        asOf,
        ...periods,
        functions: compareNineFunctions(
          ratings.map((r) => ({ date: r.ratings.date, scores: r.ratings.nineFunctions })),
          asOf,
        ),
      },
    };
  }
}

function toCheckIn([id, localDate, submittedAt, who5, ...scales]: CheckInJson): CheckInRow & { scales: number[] } {
  return { id, local_date: localDate, submitted_at: jsonTimestamptz(submittedAt), who5_score: who5, scales };
}

function toReflection(a: ReflectionJson): ReflectionRow {
  const [startsAt, id, attunement, resonance, chaosRigidity, createdAt, ...rest] = a;
  return {
    starts_at: jsonTimestamptz(startsAt),
    id,
    attunement,
    resonance,
    chaos_rigidity: chaosRigidity,
    created_at: jsonTimestamptz(createdAt),
    session: sessionRef(rest.slice(0, 5) as unknown as SessionJson),
    nineFunctions: rest.slice(5) as (number | null)[],
  };
}

/** A reflection as the charts see it: dated by its session's day in the member's time zone. */
function toRatings(row: ReflectionRow, timeZone: string): ReflectionRatings {
  const nineFunctions: Partial<Record<NineFunction, number>> = {};
  NINE_FUNCTIONS.forEach((fn, k) => {
    const v = row.nineFunctions[k];
    if (v !== null && v !== undefined) nineFunctions[fn] = v;
  });
  return {
    date: localDateIn(row.starts_at, timeZone),
    attunement: row.attunement,
    resonance: row.resonance,
    nineFunctions,
    chaosRigidity: row.chaos_rigidity,
  };
}
