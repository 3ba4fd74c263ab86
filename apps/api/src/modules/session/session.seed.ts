import type { EntityManager } from 'typeorm';
import { addMonths, expandMonthlySeries, formatYearMonth, localParts, yearMonthOf, zonedTimeToInstant, type SessionKind } from '@attune/domain';
import { registerDemoSeeder, type DemoIds } from '../../database/seed-demo';

const TZ = 'Europe/Amsterdam';
const ROOM = 'Stiltekamer, 2e verdieping';

/** The local date `days` from now, at a wall-clock time in Amsterdam. */
function dayAt(now: Date, days: number, hour: number, minute = 0): Date {
  const p = localParts(new Date(now.getTime() + days * 86_400_000), TZ);
  return zonedTimeToInstant({ year: p.year, month: p.month, day: p.day, hour, minute }, TZ);
}

interface NewSession {
  kind: SessionKind;
  title: string;
  startsAt: Date;
  endsAt: Date;
  capacity: number;
  location?: string;
  videoUrl?: string;
  seriesId?: string;
}

async function insertSession(m: EntityManager, teamId: string, leadId: string, s: NewSession): Promise<string> {
  const [row] = (await m.query(
    `INSERT INTO session (team_id, series_id, kind, title, starts_at, ends_at, time_zone, location, video_url, capacity, facilitator_id, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $11) RETURNING id`,
    [teamId, s.seriesId ?? null, s.kind, s.title, s.startsAt, s.endsAt, TZ, s.location ?? null, s.videoUrl ?? null, s.capacity, leadId],
  )) as [{ id: string }];
  return row.id;
}

/** Bookings in order: the first `capacity` confirmed, the rest waitlisted (FIFO by insertion). */
async function book(m: EntityManager, sessionId: string, userIds: readonly string[], capacity: number): Promise<string[]> {
  const out: string[] = [];
  for (const [i, userId] of userIds.entries()) {
    const [row] = (await m.query(`INSERT INTO booking (session_id, user_id, status) VALUES ($1, $2, $3) RETURNING id`, [
      sessionId,
      userId,
      i < capacity ? 'CONFIRMED' : 'WAITLISTED',
    ])) as [{ id: string }];
    out.push(row.id);
  }
  return out;
}

async function markAttendance(m: EntityManager, bookingIds: readonly string[], absent: ReadonlySet<number>, by: string): Promise<void> {
  for (const [i, id] of bookingIds.entries()) {
    await m.query(`UPDATE booking SET attended = $2, attendance_marked_by = $3, attendance_marked_at = now() WHERE id = $1`, [id, !absent.has(i), by]);
  }
}

/**
 * Demo sessions for the demo team: the monthly care session (2nd Tuesday 15:00–16:30, led by
 * the team lead) from three months back to six ahead, past ones with attendance; supervision
 * and intervision sessions, one with a waitlist.
 */
export async function seedDemoSessions(m: EntityManager, ids: DemoIds): Promise<void> {
  const now = new Date();
  const user = (email: string): string => {
    const id = ids.users[email];
    if (!id) throw new Error(`demo user ${email} missing`);
    return id;
  };
  const lead = user('lead@attune.demo');
  const [sanne, ahmed, joost, lotte, daan, fatima] = ['sanne', 'ahmed', 'joost', 'lotte', 'daan', 'fatima'].map((n) => user(`${n}@attune.demo`)) as [
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  const members = [sanne, ahmed, joost, lotte, daan, fatima];

  const first = addMonths(yearMonthOf(now, TZ), -3);
  const months = 10;
  const [series] = (await m.query(
    `INSERT INTO session_series (team_id, kind, title, week_of_month, weekday, start_time, end_time, time_zone, location, capacity,
                                 facilitator_id, first_month, months, created_by)
     VALUES ($1, 'CARE', 'Zorgsessie', 'SECOND', 'TUESDAY', '15:00', '16:30', $2, $3, 8, $4, $5, $6, $4) RETURNING id`,
    [ids.teamId, TZ, ROOM, lead, `${formatYearMonth(first)}-01`, months],
  )) as [{ id: string }];
  const rule = { week: 'SECOND', weekday: 'TUESDAY', start: { hour: 15, minute: 0 }, end: { hour: 16, minute: 30 }, timeZone: TZ } as const;
  let pastIndex = 0;
  let nextBooked = false;
  for (const o of expandMonthlySeries(rule, first, months)) {
    const id = await insertSession(m, ids.teamId, lead, {
      kind: 'CARE',
      title: 'Zorgsessie',
      startsAt: o.startsAt,
      endsAt: o.endsAt,
      capacity: 8,
      location: ROOM,
      seriesId: series.id,
    });
    if (o.endsAt.getTime() < now.getTime()) {
      // Five of six members came each month; who stayed away rotates.
      const booked = members.filter((_, i) => i !== pastIndex % members.length);
      const bookingIds = await book(m, id, booked, 8);
      await markAttendance(m, bookingIds, new Set([pastIndex % 3]), lead);
      pastIndex += 1;
    } else if (o.startsAt.getTime() > now.getTime() && !nextBooked) {
      await book(m, id, [ahmed, joost, daan, fatima], 8);
      nextBooked = true;
    }
  }

  const pastSupervision = await insertSession(m, ids.teamId, lead, {
    kind: 'SUPERVISION',
    title: 'Supervisie: casuïstiek en eigen grenzen',
    startsAt: dayAt(now, -10, 10),
    endsAt: dayAt(now, -10, 11),
    capacity: 2,
    location: 'Kamer 3.12',
  });
  await markAttendance(m, await book(m, pastSupervision, [sanne, joost], 2), new Set(), lead);

  const supervision = await insertSession(m, ids.teamId, lead, {
    kind: 'SUPERVISION',
    title: 'Individuele supervisie',
    startsAt: dayAt(now, 9, 10),
    endsAt: dayAt(now, 9, 11),
    capacity: 1,
    location: 'Kamer 3.12',
  });
  await book(m, supervision, [ahmed, lotte], 1);

  const intervision = await insertSession(m, ids.teamId, lead, {
    kind: 'INTERVISION',
    title: 'Intervisie: wat raakte je deze maand?',
    startsAt: dayAt(now, 16, 13, 30),
    endsAt: dayAt(now, 16, 15),
    capacity: 4,
    videoUrl: 'https://meet.jit.si/attune-intervisie-noord',
  });
  await book(m, intervision, [sanne, joost, daan, fatima, lotte, ahmed], 4);

  await insertSession(m, ids.teamId, lead, {
    kind: 'INTERVISION',
    title: 'Intervisie: lichaamssignalen herkennen',
    startsAt: dayAt(now, 30, 13, 30),
    endsAt: dayAt(now, 30, 15),
    capacity: 6,
    location: ROOM,
  });
}

registerDemoSeeder(seedDemoSessions);
