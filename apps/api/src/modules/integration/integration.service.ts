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
import { FUNCTION_COLUMNS } from '../reflection/reflection-crypto';
import type { MyIntegrationModel } from './integration.model';
import {
  REFLECTION_TIMELINE_COLUMNS,
  checkInTimelineItem,
  reflectionTimelineItem,
  type CheckInRow,
  type ReflectionTimelineRow,
} from './timeline-providers';
import { TimelineRegistry, type TimelineRead } from './timeline.registry';

const DAY_MS = 24 * 60 * 60 * 1000;
const MAX_RANGE_MS = 3 * 366 * DAY_MS;
const MAX_TIMELINE = 500;

/** A reflection's plain ratings and its session's start; the sealed texts are never selected here. */
type RatingRow = { starts_at: Date; attunement: number; resonance: number; chaos_rigidity: number | null } & Record<string, unknown>;

@Injectable()
export class IntegrationService {
  constructor(
    private readonly ds: DataSource,
    private readonly timeline: TimelineRegistry,
  ) {}

  async mine(user: AuthUser, from: Date, to: Date): Promise<MyIntegrationModel> {
    if (to.getTime() <= from.getTime()) throw badInput('to', '`to` must be after `from`');
    if (to.getTime() - from.getTime() > MAX_RANGE_MS) throw badInput('to', 'At most three years at a time');
    // The nine functions compare the three months up to the end of the range (or today, if
    // earlier) with the three before, whatever `from` is; so reflections are read from the
    // earlier of `from` and that comparison's first day (a day's margin covers any time zone).
    const asOf = localDateIn(new Date(Math.min(to.getTime() - 1, Date.now())), user.timeZone);
    const periods = comparisonPeriods(asOf);
    const readFrom = new Date(Math.min(from.getTime(), Date.parse(`${periods.earlierFrom}T00:00:00Z`) - DAY_MS));
    const read: TimelineRead = (text, values) => preparedQuery(this.ds, text, values);
    const [items, checkIns, reflections] = await Promise.all([
      Promise.all(this.timeline.all().map((p) => p.load(read, user, from, to))),
      preparedQuery<CheckInRow & Record<string, string | number | Date>>(
        this.ds,
        `SELECT id, local_date::text AS local_date, submitted_at, who5_score, ${QUICK_SCALES.map((s) => SCALE_COLUMN[s]).join(', ')}
           FROM check_in WHERE user_id = $1 AND submitted_at >= $2 AND submitted_at < $3 ORDER BY local_date`,
        [user.id, from, to],
      ),
      // My reflections, once, for both the timeline (written in [from, to)) and the charts
      // (sessions from readFrom).
      preparedQuery<RatingRow & ReflectionTimelineRow>(
        this.ds,
        `SELECT s.starts_at, ${REFLECTION_TIMELINE_COLUMNS}, ${NINE_FUNCTIONS.map((f) => `r.${FUNCTION_COLUMNS[f]}`).join(', ')}
           FROM reflection r JOIN session s ON s.id = r.session_id
          WHERE r.author_id = $1 AND ((s.starts_at >= $2 AND s.starts_at < $3) OR (r.created_at >= $4 AND r.created_at < $3))`,
        [user.id, readFrom, to, from],
      ),
    ]);
    const inRange = (d: Date): boolean => d.getTime() >= from.getTime() && d.getTime() < to.getTime();
    const written = reflections.filter((r) => inRange(r.created_at)).map((r) => reflectionTimelineItem(r, user.timeZone));
    const timeline = [...items.flat(), ...checkIns.map(checkInTimelineItem), ...written]
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
      who5: toSeries(checkIns.map((r) => ({ date: String(r.local_date), value: Number(r.who5_score) }))),
      scales: QUICK_SCALES.map((scale) => ({
        scale,
        points: toSeries(checkIns.map((r) => ({ date: String(r.local_date), value: Number(r[SCALE_COLUMN[scale]]) }))),
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

/** A reflection as the charts see it: dated by its session's day in the member's time zone. */
function toRatings(row: RatingRow, timeZone: string): ReflectionRatings {
  const nineFunctions: Partial<Record<NineFunction, number>> = {};
  for (const fn of NINE_FUNCTIONS) {
    const v = row[FUNCTION_COLUMNS[fn]];
    if (v !== null && v !== undefined) nineFunctions[fn] = Number(v);
  }
  return {
    date: localDateIn(row.starts_at, timeZone),
    attunement: row.attunement,
    resonance: row.resonance,
    nineFunctions,
    chaosRigidity: row.chaos_rigidity,
  };
}
