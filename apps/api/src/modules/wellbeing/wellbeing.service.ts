import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  GRANULARITIES,
  LATEST_TIME_ZONE,
  METRIC_BANDS,
  WELLBEING_METRICS,
  badInput,
  bucketEnd,
  bucketLabel,
  bucketStartsCovering,
  dataWindow,
  decidePublication,
  settledAt,
  localDateIn,
  notFound,
  participationRate,
  round1,
  type Atom,
  type Granularity,
  type LocalDate,
  type WellbeingMetric,
} from '@attune/domain';
import type { AuthUser } from '../../common/context';
import { preparedQuery } from '../../database/prepared';
import type { MetricAggregateModel, WellbeingBucketModel } from './wellbeing.model';
import { fromKeptFigures, keptFigures, shownBands, type KeptFigures } from './kept-figures';
import { MAX_BUCKETS, TEAM_VIEW_SQL, TEAM_WELLBEING_SQL, teamViewParams, type AggregateRow } from './wellbeing-sql';

export interface TeamInfo {
  id: string;
  organisationId: string;
  timeZone: string;
  k: number;
}

export interface BucketRef {
  granularity: Granularity;
  start: LocalDate;
}

interface Figures {
  respondents: number;
  responses: number;
  metrics: Map<WellbeingMetric, { total: number; responses: number; bands: Map<string, number> }>;
}

const bucketKey = (g: string, start: string): string => `${g}|${start}`;

type StoredBucket = Omit<WellbeingBucketModel, 'start' | 'end'> & { start: string; end: string };

function revive(p: StoredBucket): WellbeingBucketModel {
  return { ...p, start: new Date(p.start), end: new Date(p.end) };
}

interface OpenFigures {
  startAt: string;
  endAt: string;
  members: number;
  respondents: number;
}

interface ViewRow {
  id: string;
  organisation_id: string;
  time_zone: string;
  k: number;
  /** The range's first and last day in the team's zone, and how many buckets cover them. */
  first_day: LocalDate;
  last_day: LocalDate;
  buckets: number;
  until: string | null;
  frozen: Record<string, StoredBucket> | null;
  kept: Record<string, KeptFigures> | null;
  open: Record<string, OpenFigures> | null;
}

/**
 * Team wellbeing per fixed calendar bucket: one aggregate SQL query, then the domain's
 * suppression rule (packages/domain/src/wellbeing/anonymity.ts, docs/anonymity.md).
 */
@Injectable()
export class WellbeingService {
  constructor(private readonly ds: DataSource) {}

  async teamInfo(m: EntityManager, teamId: string): Promise<TeamInfo | null> {
    const rows: { id: string; organisation_id: string; time_zone: string; k: number }[] = await m.query(
      `SELECT t.id, t.organisation_id, t.time_zone, o.anonymity_threshold AS k
         FROM team t JOIN organisation o ON o.id = t.organisation_id WHERE t.id = $1`,
      [teamId],
    );
    const r = rows[0];
    return r ? { id: r.id, organisationId: r.organisation_id, timeZone: r.time_zone, k: r.k } : null;
  }

  /**
   * For a lead of the team (the resolver's guard checks): the buckets covering [from, to). Audited.
   *
   * A bucket comes from, in this order: the figures frozen at an erasure (`wellbeing_snapshot`);
   * the figures published for it earlier under the same k and time zone (`wellbeing_publication`,
   * settled buckets only: they are a pure function of data that no longer changes); or a fresh
   * computation, which is then kept if the bucket is settled. Kept rows are the computation as is,
   * before the erasure boundary, which is applied on the way out like for a fresh one.
   */
  async teamWellbeing(user: AuthUser, teamId: string, granularity: Granularity, from: Date, to: Date): Promise<WellbeingBucketModel[]> {
    if (to.getTime() <= from.getTime()) throw badInput('to', '`to` must be after `from`');
    const now = new Date();
    const settled = settledAt(now);
    // Written to the audit log by the same statement (TEAM_VIEW_SQL), unless the team is not there
    // or the range holds more than MAX_BUCKETS buckets.
    const [view] = await preparedQuery<ViewRow>(this.ds, TEAM_VIEW_SQL, teamViewParams(user.id, teamId, granularity, from, to, settled));
    if (!view) throw notFound('Team');
    const team: TeamInfo = { id: view.id, organisationId: view.organisation_id, timeZone: view.time_zone, k: view.k };
    const starts = bucketStartsCovering(view.first_day, view.last_day, granularity, MAX_BUCKETS);
    if (starts.length > MAX_BUCKETS) throw badInput('to', `At most ${MAX_BUCKETS} ${granularity.toLowerCase()}s at a time`);
    if (starts.length !== view.buckets) throw new Error(`teamWellbeing: the view counted ${view.buckets} buckets, the calendar ${starts.length}`);

    const frozen = view.frozen ?? {};
    const kept = view.kept ?? {};
    const openFigures = view.open ?? {};
    // Settled, and neither frozen nor kept yet: computed now, and kept (settled ones only, should
    // an open one ever get here).
    const missing = starts.filter((start) => !frozen[start] && !kept[start] && !openFigures[start]);
    const computed = await this.compute(this.ds.manager, team, missing.map((start) => ({ granularity, start })), now);
    const fresh = missing.filter((start) => settled(start, granularity));

    const result = starts.map((start) => {
      const stored = frozen[start];
      if (stored) return revive(stored);
      const keptRow = kept[start];
      const openRow = openFigures[start];
      const live = keptRow
        ? fromKeptFigures(granularity, start, team.k, keptRow)
        : openRow
          ? openBucket(team, { granularity, start }, openRow.respondents, { members: openRow.members, startAt: new Date(openRow.startAt), endAt: new Date(openRow.endAt) })
          : (computed.get(bucketKey(granularity, start)) as WellbeingBucketModel);
      return view.until && start < view.until ? erasureBoundary(live) : live;
    });

    if (fresh.length > 0) {
      // Kept for the next views; two first views at once both computed the same figures.
      await this.ds.query(
        `INSERT INTO wellbeing_publication (team_id, granularity, bucket_start, anonymity_threshold, time_zone, figures)
         SELECT $1, $2, s, $3, $4, p FROM unnest($5::date[], $6::json[]) AS x(s, p)
         ON CONFLICT DO NOTHING`,
        [team.id, granularity, team.k, team.timeZone, fresh, fresh.map((start) => JSON.stringify(keptFigures(computed.get(bucketKey(granularity, start)) as WellbeingBucketModel)))],
      );
    }
    return result;
  }

  /** Computes the buckets (any granularities) from the check-ins, with the suppression rule applied. */
  async compute(m: EntityManager, team: TeamInfo, buckets: readonly BucketRef[], now: Date): Promise<Map<string, WellbeingBucketModel>> {
    const out = new Map<string, WellbeingBucketModel>();
    if (buckets.length === 0) return out;
    let windowFrom: LocalDate | null = null;
    let windowTo: LocalDate | null = null;
    for (const g of GRANULARITIES) {
      const starts = buckets.filter((b) => b.granularity === g).map((b) => b.start).sort();
      const first = starts[0];
      const last = starts[starts.length - 1];
      if (!first || !last) continue;
      const w = dataWindow(first, last, g);
      if (windowFrom === null || w.from < windowFrom) windowFrom = w.from;
      if (windowTo === null || w.to > windowTo) windowTo = w.to;
    }

    const rows: AggregateRow[] = await m.query(TEAM_WELLBEING_SQL, [
      team.id,
      windowFrom,
      windowTo,
      buckets.map((b) => b.granularity),
      buckets.map((b) => b.start),
      buckets.map((b) => bucketEnd(b.start, b.granularity)),
      team.timeZone,
    ]);

    const atoms: Atom[] = [];
    const figures = new Map<string, Figures>();
    const members = new Map<string, { members: number; startAt: Date; endAt: Date }>();
    for (const r of rows) {
      if (r.level === 'MEMBERS') {
        members.set(bucketKey(r.month ?? '', r.bucket_start), { members: r.members ?? 0, startAt: r.start_at as Date, endAt: r.end_at as Date });
      } else if (r.level === 'ATOM') {
        atoms.push(atomOf(r));
      } else {
        figures.set(bucketKey(r.level, r.bucket_start), figuresOf(r));
      }
    }

    const publication = decidePublication(atoms, team.k);
    const settled = settledAt(now);
    for (const b of buckets) {
      const key = bucketKey(b.granularity, b.start);
      const decision = publication.decision(b.granularity, b.start);
      const f = figures.get(key);
      const mem = members.get(key);
      if (!mem) throw new Error(`No member count for ${key}`);
      const respondents = f?.respondents ?? 0;
      if (!settled(b.start, b.granularity)) {
        out.set(key, openBucket(team, b, respondents, mem));
        continue;
      }
      const suppressed = !decision.shown || !f;
      out.set(key, {
        granularity: b.granularity,
        label: bucketLabel(b.start, b.granularity),
        start: mem.startAt,
        end: mem.endAt,
        startDate: b.start,
        endDate: bucketEnd(b.start, b.granularity),
        respondents,
        members: mem.members,
        participationRate: participationRate(respondents, mem.members),
        suppressed,
        suppressionReason: suppressed ? (decision.reason ?? 'TOO_FEW_RESPONDENTS') : null,
        responses: suppressed || !f ? null : f.responses,
        metrics: suppressed || !f ? null : WELLBEING_METRICS.map((metric) => metricAggregate(metric, f, decision.bandsShown.includes(metric))),
        anonymityThreshold: team.k,
      });
    }
    return out;
  }

  /**
   * Before someone's check-ins are erased, the settled figures of every team they belonged to
   * are frozen as they stand, so that nothing already shown changes — a before/after comparison
   * would otherwise reveal exactly that person's answers. Buckets that were still open straddle
   * the erasure and stay suppressed (ERASURE_BOUNDARY). Only aggregate figures are kept.
   */
  async freezeTeamsOf(m: EntityManager, userId: string): Promise<void> {
    const teamIds: { team_id: string }[] = await m.query(`SELECT DISTINCT team_id FROM team_membership WHERE user_id = $1 ORDER BY team_id`, [userId]);
    // The figures kept for views counted this person among the members; from now on they come
    // from the frozen figures below, or are computed again without them.
    await m.query(`DELETE FROM wellbeing_publication WHERE team_id = ANY($1::uuid[])`, [teamIds.map((r) => r.team_id)]);
    const now = new Date();
    const settled = settledAt(now);
    for (const { team_id } of teamIds) {
      await m.query(`SELECT pg_advisory_xact_lock(hashtext('wellbeing-snapshot:' || $1))`, [team_id]);
      const team = await this.teamInfo(m, team_id);
      if (!team) continue;
      const [first] = (await m.query(
        `SELECT min(local_date)::text AS first FROM check_in WHERE user_id IN (SELECT user_id FROM team_membership WHERE team_id = $1)`,
        [team.id],
      )) as { first: string | null }[];
      if (!first?.first) continue;
      const [existing] = (await m.query(
        `SELECT max(bucket_end)::text AS until, COALESCE(array_agg(granularity || '|' || bucket_start::text), '{}') AS keys
           FROM wellbeing_snapshot WHERE team_id = $1`,
        [team.id],
      )) as { until: string | null; keys: string[] }[];
      const have = new Set(existing?.keys ?? []);
      const today = localDateIn(now, LATEST_TIME_ZONE);
      const buckets = GRANULARITIES.flatMap((g) =>
        bucketStartsCovering(first.first as string, today, g)
          .filter((start) => settled(start, g) && !have.has(bucketKey(g, start)))
          .map((start) => ({ granularity: g, start })),
      );
      if (buckets.length === 0) continue;
      const rows = await this.compute(m, team, buckets, now);
      const until = existing?.until ?? null;
      const payloads = buckets.map((b) => {
        const row = rows.get(bucketKey(b.granularity, b.start)) as WellbeingBucketModel;
        return until && b.start < until ? erasureBoundary(row) : row;
      });
      await m.query(
        `INSERT INTO wellbeing_snapshot (team_id, granularity, bucket_start, bucket_end, payload)
         SELECT $1, g, s, e, p FROM unnest($2::text[], $3::date[], $4::date[], $5::jsonb[]) AS x(g, s, e, p)
         ON CONFLICT DO NOTHING`,
        [
          team.id,
          payloads.map((p) => p.granularity),
          payloads.map((p) => p.startDate),
          payloads.map((p) => p.endDate),
          payloads.map((p) => JSON.stringify(p)),
        ],
      );
    }
  }
}

/** An atom as the decision needs it: who responded, and who had which band of each metric. */
function atomOf(r: AggregateRow): Atom {
  const entries = [...(r.entries ?? [])].sort((a, b) => (a[0] as number) - (b[0] as number));
  const bands: Record<string, Record<string, number[]>> = {};
  WELLBEING_METRICS.forEach((metric, m) => {
    const perBand: Record<string, number[]> = {};
    for (const e of entries) {
      const band = METRIC_BANDS[metric][e[m + 1] as number]?.band as string;
      (perBand[band] ??= []).push(e[0] as number);
    }
    bands[metric] = perBand;
  });
  return { week: r.bucket_start, month: r.month as string, people: entries.map((e) => e[0] as number), bands };
}

/** A bucket's responses, respondents, and per metric the sum and the count in each band. */
function figuresOf(r: AggregateRow): Figures {
  const metrics: Figures['metrics'] = new Map();
  let offset = 0;
  WELLBEING_METRICS.forEach((metric, m) => {
    const bands = new Map<string, number>();
    for (const def of METRIC_BANDS[metric]) bands.set(def.band, r.band_counts?.[offset++] ?? 0);
    metrics.set(metric, { total: r.totals?.[m] ?? 0, responses: r.responses ?? 0, bands });
  });
  return { respondents: r.respondents ?? 0, responses: r.responses ?? 0, metrics };
}

function metricAggregate(metric: WellbeingMetric, f: Figures, withBands: boolean): MetricAggregateModel {
  const mf = f.metrics.get(metric);
  const responses = mf?.responses ?? 0;
  return {
    metric,
    mean: responses > 0 ? round1((mf?.total ?? 0) / responses) : 0,
    bands: withBands ? shownBands(metric, METRIC_BANDS[metric].map((d) => mf?.bands.get(d.band) ?? 0), responses) : null,
  };
}

/** A bucket that is not settled yet: who took part, never what they answered (NOT_SETTLED). */
function openBucket(team: TeamInfo, b: BucketRef, respondents: number, mem: { members: number; startAt: Date; endAt: Date }): WellbeingBucketModel {
  return {
    granularity: b.granularity,
    label: bucketLabel(b.start, b.granularity),
    start: mem.startAt,
    end: mem.endAt,
    startDate: b.start,
    endDate: bucketEnd(b.start, b.granularity),
    respondents,
    members: mem.members,
    participationRate: participationRate(respondents, mem.members),
    suppressed: true,
    suppressionReason: 'NOT_SETTLED',
    responses: null,
    metrics: null,
    anonymityThreshold: team.k,
  };
}

function erasureBoundary(row: WellbeingBucketModel): WellbeingBucketModel {
  if (row.suppressed && row.suppressionReason === 'NOT_SETTLED') return row;
  return { ...row, suppressed: true, suppressionReason: 'ERASURE_BOUNDARY', responses: null, metrics: null };
}
