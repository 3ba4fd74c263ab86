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
  isSettled,
  localDateIn,
  notFound,
  participationRate,
  round1,
  type Atom,
  type DistributionBand,
  type Granularity,
  type LocalDate,
  type WellbeingMetric,
} from '@attune/domain';
import type { AuthUser } from '../../common/context';
import { AuditService } from '../audit/audit.service';
import type { MetricAggregateModel, WellbeingBucketModel } from './wellbeing.model';
import { TEAM_WELLBEING_SQL, type AggregateRow } from './wellbeing-sql';

/** At most this many buckets per request. */
export const MAX_BUCKETS = 60;

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

/**
 * Team wellbeing per fixed calendar bucket: one aggregate SQL query, then the domain's
 * suppression rule (packages/domain/src/wellbeing/anonymity.ts, docs/anonymity.md).
 */
@Injectable()
export class WellbeingService {
  constructor(
    private readonly ds: DataSource,
    private readonly audit: AuditService,
  ) {}

  async teamInfo(m: EntityManager, teamId: string): Promise<TeamInfo | null> {
    const rows: { id: string; organisation_id: string; time_zone: string; k: number }[] = await m.query(
      `SELECT t.id, t.organisation_id, t.time_zone, o.anonymity_threshold AS k
         FROM team t JOIN organisation o ON o.id = t.organisation_id WHERE t.id = $1`,
      [teamId],
    );
    const r = rows[0];
    return r ? { id: r.id, organisationId: r.organisation_id, timeZone: r.time_zone, k: r.k } : null;
  }

  /** For a lead of the team (the resolver's guard checks): the buckets covering [from, to). Audited. */
  async teamWellbeing(user: AuthUser, teamId: string, granularity: Granularity, from: Date, to: Date): Promise<WellbeingBucketModel[]> {
    if (to.getTime() <= from.getTime()) throw badInput('to', '`to` must be after `from`');
    const team = await this.teamInfo(this.ds.manager, teamId);
    if (!team) throw notFound('Team');
    const starts = bucketStartsCovering(localDateIn(from, team.timeZone), localDateIn(new Date(to.getTime() - 1), team.timeZone), granularity, MAX_BUCKETS);
    if (starts.length > MAX_BUCKETS) throw badInput('to', `At most ${MAX_BUCKETS} ${granularity.toLowerCase()}s at a time`);

    const now = new Date();
    const computed = await this.compute(this.ds.manager, team, starts.map((start) => ({ granularity, start })), now);
    const [frozen] = (await this.ds.query(
      `SELECT max(bucket_end)::text AS until,
              COALESCE(jsonb_object_agg(bucket_start::text, payload) FILTER (WHERE granularity = $2 AND bucket_start = ANY($3::date[])), '{}'::jsonb) AS rows
         FROM wellbeing_snapshot WHERE team_id = $1`,
      [team.id, granularity, starts],
    )) as { until: string | null; rows: Record<string, StoredBucket> }[];

    const result = starts.map((start) => {
      const stored = frozen?.rows[start];
      if (stored) return revive(stored);
      const live = computed.get(bucketKey(granularity, start)) as WellbeingBucketModel;
      return frozen?.until && start < frozen.until ? erasureBoundary(live) : live;
    });

    await this.audit.record(undefined, {
      actorId: user.id,
      action: 'TEAM_WELLBEING_VIEWED',
      organisationId: team.organisationId,
      teamId: team.id,
      details: { granularity, from: from.toISOString(), to: to.toISOString(), buckets: starts.length },
    });
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
    for (const b of buckets) {
      const key = bucketKey(b.granularity, b.start);
      const decision = publication.decision(b.granularity, b.start);
      const f = figures.get(key);
      const mem = members.get(key);
      if (!mem) throw new Error(`No member count for ${key}`);
      const settled = isSettled(b.start, b.granularity, now);
      const suppressed = !settled || !decision.shown || !f;
      const respondents = f?.respondents ?? 0;
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
        suppressionReason: suppressed ? (settled ? (decision.reason ?? 'TOO_FEW_RESPONDENTS') : 'NOT_SETTLED') : null,
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
    const now = new Date();
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
          .filter((start) => isSettled(start, g, now) && !have.has(bucketKey(g, start)))
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
    bands: withBands
      ? METRIC_BANDS[metric].map((d) => {
          const count = mf?.bands.get(d.band) ?? 0;
          return { band: d.band as DistributionBand, count, share: responses > 0 ? Math.round((count / responses) * 1000) / 1000 : 0 };
        })
      : null,
  };
}

function erasureBoundary(row: WellbeingBucketModel): WellbeingBucketModel {
  if (row.suppressed && row.suppressionReason === 'NOT_SETTLED') return row;
  return { ...row, suppressed: true, suppressionReason: 'ERASURE_BOUNDARY', responses: null, metrics: null };
}
