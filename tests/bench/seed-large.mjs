// `npm run seed:large [-- --force]`: loads a realistic large organisation into its own database
// (`attune_large`) for the benchmark: 200 teams of 25 people, two years of monthly care sessions
// with bookings and attendance, supervision, reflections with peer responses, and — where the
// schema has them — weekly check-ins and small-steps goals. Bulk-loaded with COPY; free text
// sealed with the API's own Keyring (AAD `table:column:rowId`), so the API can read it back.
//
// The database is created from scratch (migrations of the built API); an existing one is only
// replaced with --force. See lib/server.mjs for which PostgreSQL is used.
/* eslint-disable no-console */
import { randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { copyRows } from './lib/copy.mjs';
import { clamp, rng } from './lib/random.mjs';
import { BENCH_EMAIL_DOMAIN, BENCH_PASSWORD, DATABASE, apiDist, benchKeys, openServer } from './lib/server.mjs';
import { CHECK_IN_NOTES, FIRST_NAMES, LAST_NAMES, PLACES, PROMPT_TEXTS, RESPONSES } from './lib/text.mjs';

export const TEAMS = 200;
export const TEAM_SIZE = 25;
export const CARE_CAPACITY = 14;
const PAST_MONTHS = 24;
const AHEAD_MONTHS = 3;
const CHECK_IN_WEEKS = 104;
const TZ = 'Europe/Amsterdam';
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Team n (1-based) and person p (1 = the lead) → e-mail address. */
export const emailOf = (team, person) =>
  `t${String(team).padStart(3, '0')}p${String(person).padStart(2, '0')}@${BENCH_EMAIL_DOMAIN}`;
export const ADMIN_EMAIL = `admin@${BENCH_EMAIL_DOMAIN}`;

const require = createRequire(import.meta.url);
const started = performance.now();
const elapsed = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;
const step = (m) => console.log(`[seed:large ${elapsed().padStart(7)}] ${m}`);

async function recreateDatabase(adminUrl, force) {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE]);
    if (rowCount > 0) {
      if (!force) {
        throw new Error(`Database "${DATABASE}" exists already. Run \`npm run seed:large -- --force\` to drop and reload it.`);
      }
      step(`dropping the existing ${DATABASE}`);
      await admin.query(`DROP DATABASE ${DATABASE} WITH (FORCE)`);
    }
    await admin.query(`CREATE DATABASE ${DATABASE}`);
  } finally {
    await admin.end();
  }
}

async function applyMigrations(url) {
  const { createDataSource, migrate } = require(apiDist('database/data-source.js'));
  const ds = createDataSource(url, 2);
  await ds.initialize();
  try {
    return await migrate(ds);
  } finally {
    await ds.destroy();
  }
}

/** UTC offset of Europe/Amsterdam at a UTC instant, in ms (CET +1, CEST +2). */
function amsterdamOffset(utcMs) {
  const year = new Date(utcMs).getUTCFullYear();
  const lastSunday = (month) => {
    const d = new Date(Date.UTC(year, month + 1, 0, 1));
    return d.getTime() - d.getUTCDay() * DAY;
  };
  return utcMs >= lastSunday(2) && utcMs < lastSunday(9) ? 2 * HOUR : HOUR;
}

/** A local date in Amsterdam (UTC midnight of that date) plus a local time in hours → UTC instant. */
function localToUtc(dateMs, hours) {
  const guess = dateMs + hours * HOUR;
  return new Date(guess - amsterdamOffset(guess - HOUR));
}

function isoDate(ms) {
  return new Date(ms).toISOString().slice(0, 10);
}

export async function seedLarge({ url }) {
  const r = rng(20261125);
  const { Keyring } = require(apiDist('common/encryption/keyring.js'));
  const { hashPassword } = require(apiDist('modules/auth/password.js'));
  const keyring = new Keyring(benchKeys());
  const seal = (table, column, id, text) => keyring.seal(text, `${table}:${column}:${id}`);
  const passwordHash = await hashPassword(BENCH_PASSWORD);
  const now = Date.now();

  const db = new pg.Client({ connectionString: url, application_name: 'attune-seed-large' });
  await db.connect();
  const counts = {};
  try {
    await db.query(`SET synchronous_commit = off`);
    await db.query(`SET TIME ZONE 'UTC'`);
    const hasTable = async (t) => (await db.query(`SELECT to_regclass($1) IS NOT NULL AS ok`, [t])).rows[0].ok;

    // People, teams, memberships ------------------------------------------------------------
    const orgId = randomUUID();
    await db.query(
      `INSERT INTO organisation (id, name, anonymity_threshold, support_resources, created_at)
       VALUES ($1, 'Traumacentrum Groot', 5, $2::jsonb, now() - interval '4 years')`,
      [orgId, JSON.stringify([{ name: '113 Zelfmoordpreventie', phone: '0800-0113', url: 'https://www.113.nl', description: 'Dag en nacht.' }])],
    );
    const teams = [];
    const people = [];
    for (let n = 1; n <= TEAMS; n++) {
      const team = { n, id: randomUUID(), name: `Team ${String(n).padStart(3, '0')} ${PLACES[(n - 1) % PLACES.length]}`, members: [] };
      for (let p = 1; p <= TEAM_SIZE; p++) {
        const person = {
          id: randomUUID(),
          team,
          lead: p === 1,
          email: emailOf(n, p),
          name: `${r.pick(FIRST_NAMES)} ${r.pick(LAST_NAMES)}`,
          locale: r.chance(0.15) ? 'en' : 'nl',
          // Traits that shape their data: how often they book, reflect and check in, how they feel.
          bookingPropensity: 0.35 + 0.6 * r.next(),
          reflectiveness: 0.45 * r.next() ** 1.5,
          checkInRate: 0.85 + 0.15 * r.next(),
          checkInWeekday: r.int(0, 4),
          wellbeing: clamp(r.normal(3.0, 0.6), 0.8, 4.7),
          safetyBias: r.normal(0, 1),
          attunement: clamp(r.normal(4.8, 0.8), 2, 6.8),
        };
        team.members.push(person);
        people.push(person);
      }
      team.lead = team.members[0];
      teams.push(team);
    }
    const adminId = randomUUID();
    counts.app_user = await copyRows(
      db,
      'app_user',
      ['id', 'organisation_id', 'email', 'display_name', 'password_hash', 'locale', 'time_zone', 'created_at'],
      [
        [adminId, orgId, ADMIN_EMAIL, 'Ilse Beheer', passwordHash, 'nl', TZ, new Date(now - 4 * 365 * DAY)],
        ...people.map((p) => [p.id, orgId, p.email, p.name, passwordHash, p.locale, TZ, new Date(now - 3 * 365 * DAY)]),
      ],
    );
    await db.query(`INSERT INTO org_admin (organisation_id, user_id) VALUES ($1, $2)`, [orgId, adminId]);
    counts.team = await copyRows(
      db,
      'team',
      ['id', 'organisation_id', 'name', 'time_zone', 'created_at'],
      teams.map((t) => [t.id, orgId, t.name, TZ, new Date(now - 3 * 365 * DAY)]),
    );
    counts.team_membership = await copyRows(
      db,
      'team_membership',
      ['team_id', 'user_id', 'role', 'joined_at'],
      people.map((p) => [p.team.id, p.id, p.lead ? 'LEAD' : 'MEMBER', new Date(now - (800 + r.int(0, 400)) * DAY)]),
    );
    step(`${counts.app_user} people in ${counts.team} teams`);

    // Sessions: a monthly CARE series per team (two years back, three months ahead), quarterly
    // supervision. Local wall-clock times in the team's zone, computed by PostgreSQL (DST-correct).
    await db.query(`CREATE TEMP TABLE bench_team (n int PRIMARY KEY, id uuid NOT NULL, lead_id uuid NOT NULL)`);
    await copyRows(db, 'bench_team', ['n', 'id', 'lead_id'], teams.map((t) => [t.n, t.id, t.lead.id]));
    await db.query(
      `CREATE TEMP TABLE bench_series AS
       SELECT t.n, t.id AS team_id, t.lead_id, part.past, gen_random_uuid() AS id,
              (ARRAY['FIRST','SECOND','THIRD','FOURTH'])[1 + t.n % 4] AS week_of_month, 1 + t.n % 4 AS week_no,
              (ARRAY['TUESDAY','WEDNESDAY','THURSDAY'])[1 + t.n % 3] AS weekday, 2 + t.n % 3 AS isodow,
              (date_trunc('month', now() AT TIME ZONE $1) + make_interval(months => part.first_offset))::date AS first_month,
              part.months
         FROM bench_team t
        CROSS JOIN (VALUES (true, -${PAST_MONTHS}, ${PAST_MONTHS}), (false, 0, ${AHEAD_MONTHS + 1})) AS part(past, first_offset, months)`,
      [TZ],
    );
    counts.session_series = (
      await db.query(
        `INSERT INTO session_series (id, team_id, kind, title, week_of_month, weekday, start_time, end_time, time_zone, location,
                                     capacity, facilitator_id, min_notice_minutes, first_month, months, created_by, created_at)
         SELECT id, team_id, 'CARE', 'Zorgsessie', week_of_month, weekday, '15:00', '16:30', $1, 'Zaal ' || (1 + n % 6),
                ${CARE_CAPACITY}, lead_id, 60, first_month, months, lead_id, first_month::timestamp AT TIME ZONE $1 - interval '20 days'
           FROM bench_series`,
        [TZ],
      )
    ).rowCount;
    const careSessions = await db.query(
      `INSERT INTO session (team_id, series_id, kind, title, starts_at, ends_at, time_zone, location, capacity, facilitator_id,
                            min_notice_minutes, created_by, created_at, cancelled_at, cancel_reason)
       SELECT s.team_id, s.id, 'CARE', 'Zorgsessie', (o.day + time '15:00') AT TIME ZONE $1, (o.day + time '16:30') AT TIME ZONE $1, $1,
              'Zaal ' || (1 + s.n % 6), ${CARE_CAPACITY}, s.lead_id, 60, s.lead_id, s.first_month::timestamp AT TIME ZONE $1 - interval '20 days',
              CASE WHEN s.past AND abs(hashtext(s.team_id::text || o.day::text)) % 40 = 0 THEN (o.day - 3 + time '09:00') AT TIME ZONE $1 END,
              CASE WHEN s.past AND abs(hashtext(s.team_id::text || o.day::text)) % 40 = 0 THEN 'Facilitator ziek; we plannen opnieuw' END
         FROM bench_series s
        CROSS JOIN LATERAL (
          SELECT m::date + ((s.isodow - extract(isodow FROM m)::int + 7) % 7) + 7 * (s.week_no - 1) AS day
            FROM generate_series(s.first_month, s.first_month + make_interval(months => s.months - 1), interval '1 month') AS m
        ) o`,
      [TZ],
    );
    const supervision = await db.query(
      `INSERT INTO session (team_id, kind, title, starts_at, ends_at, time_zone, location, capacity, facilitator_id,
                            min_notice_minutes, created_by, created_at)
       SELECT t.id, 'SUPERVISION', 'Supervisie', (o.day + time '10:00') AT TIME ZONE $1, (o.day + time '11:00') AT TIME ZONE $1, $1,
              'Spreekkamer ' || (1 + t.n % 4), 3, t.lead_id, 1440, t.lead_id, (o.day - 30 + time '09:00') AT TIME ZONE $1
         FROM bench_team t
        CROSS JOIN generate_series(-${PAST_MONTHS}, ${AHEAD_MONTHS}, 3) AS k
        CROSS JOIN LATERAL (
          SELECT m + ((8 - extract(isodow FROM m)::int) % 7) AS day
            FROM (SELECT (date_trunc('month', now() AT TIME ZONE $1) + make_interval(months => k))::date AS m) mm
        ) o`,
      [TZ],
    );
    counts.session = careSessions.rowCount + supervision.rowCount;
    step(`${counts.session} sessions (${careSessions.rowCount} CARE, ${supervision.rowCount} SUPERVISION)`);

    // Bookings, waitlists, cancellations and attendance ---------------------------------------
    const { rows: sessions } = await db.query(
      `SELECT s.id, s.team_id, s.kind, s.starts_at, s.ends_at, s.capacity, s.facilitator_id, s.cancelled_at
         FROM session s ORDER BY s.starts_at, s.id`,
    );
    const teamById = new Map(teams.map((t) => [t.id, t]));
    const attendedBy = new Map(); // session id → people who attended (CARE) or had supervision
    const bookingRows = [];
    for (const s of sessions) {
      const team = teamById.get(s.team_id);
      const start = s.starts_at.getTime();
      const end = s.ends_at.getTime();
      const past = end < now;
      const monthsAhead = Math.max(0, (start - now) / (30 * DAY));
      const share = past ? 1 : monthsAhead < 0.5 ? 0.85 : monthsAhead < 1.5 ? 0.55 : monthsAhead < 2.5 ? 0.3 : 0.1;
      const candidates = team.members.filter((p) => !p.lead);
      let wanting;
      if (s.kind === 'CARE') {
        wanting = r.shuffle(candidates.filter((p) => r.chance(p.bookingPropensity * share)));
      } else {
        wanting = r.shuffle([...candidates]).slice(0, past || r.chance(share) ? r.int(1, 3) : 0);
      }
      const bookedAt = () => new Date(Math.min(start - r.int(2, 30 * 24) * HOUR, now - r.int(1, 72) * HOUR));
      let confirmed = 0;
      const attended = [];
      for (const p of wanting) {
        const createdAt = bookedAt();
        if (s.cancelled_at) {
          const at = s.cancelled_at.getTime();
          bookingRows.push([s.id, p.id, 'CANCELLED', new Date(at - r.int(1, 20 * 24) * HOUR), s.cancelled_at, null, null, null]);
          continue;
        }
        if (r.chance(0.06)) {
          const cancelledAt = new Date(Math.min(now - HOUR, createdAt.getTime() + r.int(1, 10 * 24) * HOUR, start - HOUR));
          bookingRows.push([s.id, p.id, 'CANCELLED', createdAt, new Date(Math.max(cancelledAt.getTime(), createdAt.getTime() + 60_000)), null, null, null]);
          continue;
        }
        if (confirmed < s.capacity) {
          confirmed += 1;
          if (past) {
            const came = r.chance(0.92);
            if (came) attended.push(p);
            bookingRows.push([s.id, p.id, 'CONFIRMED', createdAt, null, came, s.facilitator_id, new Date(end + r.int(1, 48) * HOUR)]);
          } else {
            bookingRows.push([s.id, p.id, 'CONFIRMED', createdAt, null, null, null, null]);
          }
        } else {
          bookingRows.push([s.id, p.id, 'WAITLISTED', createdAt, null, null, null, null]);
        }
      }
      if (past && attended.length > 0) attendedBy.set(s.id, { session: s, people: attended });
    }
    // Attendance marked in the future of "now" would be odd: clamp to now.
    for (const b of bookingRows) if (b[7] && b[7].getTime() > now) b[7] = new Date(now - 60_000);
    counts.booking = await copyRows(
      db,
      'booking',
      ['session_id', 'user_id', 'status', 'created_at', 'cancelled_at', 'attended', 'attendance_marked_by', 'attendance_marked_at'],
      bookingRows,
    );
    step(`${counts.booking} bookings`);

    // Reflections (sealed prompts) and peer responses on shared ones --------------------------
    const prompts = Object.keys(PROMPT_TEXTS);
    const functions = [
      'fn_body_regulation', 'fn_attuned_communication', 'fn_emotional_balance', 'fn_fear_modulation', 'fn_response_flexibility',
      'fn_insight', 'fn_empathy', 'fn_morality', 'fn_intuition',
    ];
    const reflectionColumns = ['id', 'author_id', 'session_id', 'visibility', 'attunement', 'resonance', 'chaos_rigidity', ...functions, ...prompts, 'created_at', 'updated_at'];
    const reflectionRows = [];
    const responseRows = [];
    for (const { session: s, people: attendees } of attendedBy.values()) {
      for (const p of attendees) {
        if (!r.chance(p.reflectiveness)) continue;
        const id = randomUUID();
        const visibility = r.chance(0.6) ? 'PRIVATE' : s.kind === 'SUPERVISION' || r.chance(0.25) ? 'FACILITATOR' : 'GROUP';
        const createdAt = new Date(Math.min(now - 60_000, s.ends_at.getTime() + r.int(1, 72) * HOUR));
        const filled = new Set(r.shuffle([...prompts]).slice(0, r.int(2, 5)));
        const withFunctions = r.chance(0.5);
        reflectionRows.push([
          id,
          p.id,
          s.id,
          visibility,
          clamp(Math.round(r.normal(p.attunement, 0.9)), 1, 7),
          clamp(Math.round(r.normal(p.attunement - 0.3, 1.1)), 1, 7),
          r.chance(0.6) ? clamp(Math.round(r.normal(0, 1.1)), -3, 3) : null,
          ...functions.map(() => (withFunctions && r.chance(0.7) ? r.int(1, 5) : null)),
          ...prompts.map((c) => (filled.has(c) ? seal('reflection', c, id, r.pick(PROMPT_TEXTS[c])) : null)),
          createdAt,
          createdAt,
        ]);
        if (visibility !== 'GROUP') continue;
        const peers = r.shuffle(attendees.filter((q) => q !== p)).slice(0, r.chance(0.5) ? (r.chance(0.5) ? 2 : 1) : 0);
        for (const peer of peers) {
          const responseId = randomUUID();
          const at = new Date(Math.min(now - 30_000, createdAt.getTime() + r.int(1, 48) * HOUR));
          responseRows.push([responseId, id, peer.id, seal('peer_response', 'body', responseId, r.pick(RESPONSES)), at, r.chance(0.03) ? at : null]);
        }
      }
    }
    counts.reflection = await copyRows(db, 'reflection', reflectionColumns, reflectionRows);
    counts.peer_response = await copyRows(db, 'peer_response', ['id', 'reflection_id', 'author_id', 'body', 'created_at', 'hidden_at'], responseRows);
    step(`${counts.reflection} reflections, ${counts.peer_response} peer responses`);

    // Weekly check-ins for two years (when the check-in schema is present) ---------------------
    if (await hasTable('check_in')) {
      counts.check_in = await copyRows(
        db,
        'check_in',
        [
          'id', 'user_id', 'local_date', 'time_zone', 'submitted_at', 'created_at', 'who5_1', 'who5_2', 'who5_3', 'who5_4', 'who5_5',
          'stress_load', 'sleep_quality', 'body_tension', 'safety', 'connection', 'client_material', 'note',
        ],
        checkIns(people, r, now, seal),
      );
      step(`${counts.check_in} check-ins`);
    }
    if (await hasTable('goal')) {
      const goalRows = [];
      const stepRows = [];
      for (const p of people) {
        const n = r.chance(0.4) ? r.int(1, 2) : 0;
        for (let g = 0; g < n; g++) {
          const id = randomUUID();
          const createdAt = now - r.int(7, 600) * DAY;
          const target = r.pick([5, 10, 12, 20, 30]);
          goalRows.push([id, p.id, r.pick(['Elke dag 10 minuten wandelen', 'Pauze zonder scherm', 'Ademhalingsoefening na zware sessie', 'Op tijd naar bed']), target, r.chance(0.2) ? 'ARCHIVED' : 'ACTIVE', new Date(createdAt), new Date(createdAt)]);
          const steps = r.int(0, target + 3);
          for (let k = 0; k < steps; k++) {
            const at = Math.min(now - HOUR, createdAt + (k + r.next()) * 3 * DAY);
            stepRows.push([id, p.id, new Date(at), isoDate(at + amsterdamOffset(at))]);
          }
        }
      }
      counts.goal = await copyRows(db, 'goal', ['id', 'user_id', 'title', 'target_steps', 'status', 'created_at', 'updated_at'], goalRows);
      counts.goal_step = await copyRows(db, 'goal_step', ['goal_id', 'user_id', 'taken_at', 'local_date'], stepRows);
      step(`${counts.goal} goals, ${counts.goal_step} steps`);
    }

    await db.query(`VACUUM (ANALYZE)`);
    step('vacuumed and analysed');
    return counts;
  } finally {
    await db.end();
  }
}

/**
 * Two years of weekly check-ins per person: a personal baseline, a slow random walk, a winter dip
 * and item noise drive WHO-5; the quick scales follow the same underlying state. A few people
 * skip weeks, some check in twice a week; 2 % add a (sealed) note.
 */
function* checkIns(people, r, now, seal) {
  const today = Date.UTC(new Date(now).getUTCFullYear(), new Date(now).getUTCMonth(), new Date(now).getUTCDate());
  const scale = (v) => clamp(Math.round(v), 0, 10);
  for (const p of people) {
    let drift = r.normal(0, 0.3);
    for (let w = CHECK_IN_WEEKS - 1; w >= 0; w--) {
      drift = 0.85 * drift + r.normal(0, 0.3);
      // Monday of that week, then the person's usual weekday.
      const monday = today - ((new Date(today).getUTCDay() + 6) % 7) * DAY - w * 7 * DAY;
      const days = [p.checkInWeekday];
      if (r.chance(0.08)) days.push(p.checkInWeekday + 2);
      for (const d of days) {
        if (d === p.checkInWeekday && !r.chance(p.checkInRate)) continue;
        const date = monday + d * DAY;
        const submitted = localToUtc(date, 7 + 15 * r.next());
        if (submitted.getTime() > now) continue;
        const dayOfYear = (date - Date.UTC(new Date(date).getUTCFullYear(), 0, 1)) / DAY;
        const level = clamp(p.wellbeing + drift - 0.25 * Math.cos((2 * Math.PI * dayOfYear) / 365), 0, 5);
        const item = () => clamp(Math.round(r.normal(level, 0.7)), 0, 5);
        const id = randomUUID();
        yield [
          id,
          p.id,
          isoDate(date),
          TZ,
          submitted,
          submitted,
          item(),
          item(),
          item(),
          item(),
          item(),
          scale(8.5 - 1.3 * level + r.normal(0, 1.3)),
          scale(1 + 1.2 * level + r.normal(0, 1.4)),
          scale(8 - 1.1 * level + r.normal(0, 1.5)),
          scale(5 + 0.9 * (level - 2.5) + p.safetyBias + r.normal(0, 1.2)),
          scale(3 + 0.9 * level + r.normal(0, 1.5)),
          scale(7 - 0.9 * level + r.normal(0, 1.6)),
          r.chance(0.02) ? seal('check_in', 'note', id, r.pick(CHECK_IN_NOTES)) : null,
        ];
      }
    }
  }
}

async function main() {
  const force = process.argv.includes('--force');
  const server = await openServer({ log: step });
  try {
    await recreateDatabase(server.adminUrl, force);
    const applied = await applyMigrations(server.url);
    step(`database ${DATABASE} created, ${applied.length} migrations applied`);
    const counts = await seedLarge({ url: server.url });
    console.log('');
    console.log('rows loaded:');
    for (const [table, n] of Object.entries(counts)) console.log(`  ${table.padEnd(16)} ${String(n).padStart(9)}`);
    console.log(`\nseed:large done in ${elapsed()}. Log in as ${emailOf(1, 1)} (lead) or ${emailOf(1, 2)} (member), password "${BENCH_PASSWORD}".`);
  } finally {
    await server.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  // Exit explicitly: the embedded server's stop leaves a 15 s safety timer behind.
  main().then(
    () => process.exit(0),
    (e) => {
      console.error(e instanceof Error ? e.message : e);
      process.exit(1);
    },
  );
}
