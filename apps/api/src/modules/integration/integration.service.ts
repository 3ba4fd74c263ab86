import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { QUICK_SCALES, badInput, toSeries } from '@attune/domain';
import type { AuthUser } from '../../common/context';
import { SCALE_COLUMN } from '../check-in/check-in.service';
import { preparedQuery } from '../../database/prepared';
import type { MyIntegrationModel } from './integration.model';
import { checkInTimelineItem, type CheckInRow } from './timeline-providers';
import { TimelineRegistry } from './timeline.registry';

const MAX_RANGE_MS = 3 * 366 * 24 * 60 * 60 * 1000;
const MAX_TIMELINE = 500;

@Injectable()
export class IntegrationService {
  constructor(
    private readonly ds: DataSource,
    private readonly timeline: TimelineRegistry,
  ) {}

  async mine(user: AuthUser, from: Date, to: Date): Promise<MyIntegrationModel> {
    if (to.getTime() <= from.getTime()) throw badInput('to', '`to` must be after `from`');
    if (to.getTime() - from.getTime() > MAX_RANGE_MS) throw badInput('to', 'At most three years at a time');
    const m = this.ds.manager;
    const [items, checkIns] = await Promise.all([
      Promise.all(this.timeline.all().map((p) => p.load(m, user, from, to))),
      preparedQuery<CheckInRow & Record<string, string | number | Date>>(
        this.ds,
        `SELECT id, local_date::text AS local_date, submitted_at, who5_score, ${QUICK_SCALES.map((s) => SCALE_COLUMN[s]).join(', ')}
           FROM check_in WHERE user_id = $1 AND submitted_at >= $2 AND submitted_at < $3 ORDER BY local_date`,
        [user.id, from, to],
      ),
    ]);
    const timeline = [...items.flat(), ...checkIns.map(checkInTimelineItem)]
      .sort((a, b) => b.occurredAt.getTime() - a.occurredAt.getTime() || (a.id < b.id ? -1 : 1))
      .slice(0, MAX_TIMELINE);
    return {
      from,
      to,
      timeline,
      who5: toSeries(checkIns.map((r) => ({ date: String(r.local_date), value: Number(r.who5_score) }))),
      scales: QUICK_SCALES.map((scale) => ({
        scale,
        points: toSeries(checkIns.map((r) => ({ date: String(r.local_date), value: Number(r[SCALE_COLUMN[scale]]) }))),
      })),
    };
  }
}
