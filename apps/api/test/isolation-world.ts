import type { Pool } from 'pg';
import { GqlClient, arrange, clientsFor } from './harness';
import { addBooking } from './reflection-world';
import { isoFromNow } from './schema-walk';

/**
 * The world the tenant-isolation test attacks: organisation Acme with the victim team North
 * (a past care session with reflections of every visibility and responses, a future session
 * with a confirmed and a waitlisted booking, a series, an open invitation) and the attackers'
 * team South; a second organisation Other with team East.
 *
 * Everything of North a person reads carries the marker GEHEIM (Dutch for "secret") or the
 * domain north.test, so a response can be searched for leaks with one pattern.
 */
export const PEOPLE = {
  // North (victim team)
  lead: 'lotte.leiding@north.test', // LEAD; neither attended nor facilitated the past session
  author: 'anouk.auteur@north.test', // attended; GROUP reflection; confirmed on the future session
  peer: 'pieter.peer@north.test', // attended; FACILITATOR reflection; responds; waitlisted on the future session
  quiet: 'quinten.stil@north.test', // attended; PRIVATE reflection
  late: 'lieke.laat@north.test', // attended; no reflection yet; a response the author hid
  facilitator: 'fenna.facilitator@north.test', // facilitates the past session (did not book it)
  member: 'mila.lid@north.test', // plain member, no bookings
  former: 'olga.oud@north.test', // attended the past session, then left the team
  // Acme (same organisation)
  acmeAdmin: 'ada.admin@acme.test', // org admin of Acme, in no team
  southMember: 'sam.zuid@acme.test',
  southLead: 'sara.zuid@acme.test',
  leaver: 'luuk.weg@acme.test', // member of South who deletes their account
  // Other organisation
  otherAdmin: 'olaf.admin@other.test',
  eastMember: 'eva.oost@other.test',
} as const;

export type Person = keyof typeof PEOPLE;
export type Role = Person | 'anon';

/** Roles outside North that every id-taking operation is tried as. */
export const OUTSIDERS = ['southMember', 'southLead', 'otherAdmin'] as const satisfies readonly Role[];

/**
 * One pattern for every secret of North (names, e-mails, titles, places, texts, check-ins,
 * goals) and of Acme's organisation-level data (support resources, marked ACME-ONLY).
 */
export const SECRET = /GEHEIM|north\.test|ACME-ONLY/iu;

/** Ids of North's objects (the victim's) by kind. */
export interface VictimIds {
  organisation: string;
  team: string;
  futureSession: string;
  pastSession: string;
  /** The author's confirmed booking on the future session. */
  booking: string;
  /** The author's attended booking on the past session. */
  pastBooking: string;
  groupReflection: string;
  facilitatorReflection: string;
  privateReflection: string;
  /** The peer's (visible) response to the author's GROUP reflection. */
  response: string;
  /** The late attendee's response to the GROUP reflection, hidden by the author. */
  hiddenResponse: string;
  /** A plain member of North (a user id). */
  member: string;
  series: string;
  /** The author's small-steps goal. */
  goal: string;
  /** An entry of Acme's audit log (the lead viewing North's wellbeing). */
  auditEntry: string;
}
export type IdKind = keyof VictimIds;

export interface IsolationWorld {
  ids: VictimIds;
  /** The same kinds from South's side (the attackers' own objects), where they exist. */
  own: Partial<Record<IdKind, string>>;
  users: Record<Person, string>;
  clients: Record<Role, GqlClient>;
  invitationEmail: string;
}

const SECRET_TEXTS = (who: string) => ({
  whatHappenedInMe: `GEHEIM-${who}-inner: ik schrok van mijn eigen boosheid`,
  bodySignals: `GEHEIM-${who}-body: trillende handen`,
  feelingsNamed: `GEHEIM-${who}-feelings: schaamte`,
  attunementMoments: `GEHEIM-${who}-moments: contact kwijt`,
  resonanceFromOthers: `GEHEIM-${who}-resonance: de stilte`,
  whatINeedNow: `GEHEIM-${who}-need: rust`,
});

async function insertSession(
  db: Pool,
  s: { teamId: string; kind: string; title: string; startsAt: string; endsAt: string; capacity: number; facilitatorId?: string | null },
): Promise<string> {
  const r = await db.query<{ id: string }>(
    `INSERT INTO session (team_id, kind, title, starts_at, ends_at, time_zone, capacity, facilitator_id, location)
     VALUES ($1, $2, $3, $4, $5, 'Europe/Amsterdam', $6, $7, $8) RETURNING id`,
    [s.teamId, s.kind, s.title, s.startsAt, s.endsAt, s.capacity, s.facilitatorId ?? null, `${s.title} — kamer`],
  );
  return r.rows[0]!.id;
}

export async function arrangeIsolationWorld(db: Pool, baseUrl: string): Promise<IsolationWorld> {
  const acme = await arrange(db, {
    organisation: 'Acme',
    teams: ['North GEHEIM-team', 'South'],
    people: {
      [PEOPLE.lead]: { team: 'North GEHEIM-team', role: 'LEAD' },
      [PEOPLE.author]: { team: 'North GEHEIM-team' },
      [PEOPLE.peer]: { team: 'North GEHEIM-team' },
      [PEOPLE.quiet]: { team: 'North GEHEIM-team' },
      [PEOPLE.late]: { team: 'North GEHEIM-team' },
      [PEOPLE.facilitator]: { team: 'North GEHEIM-team' },
      [PEOPLE.member]: { team: 'North GEHEIM-team' },
      [PEOPLE.former]: { team: 'North GEHEIM-team' },
      [PEOPLE.acmeAdmin]: { admin: true },
      [PEOPLE.southMember]: { team: 'South' },
      [PEOPLE.southLead]: { team: 'South', role: 'LEAD' },
      [PEOPLE.leaver]: { team: 'South' },
    },
  });
  const other = await arrange(db, {
    organisation: 'Other',
    teams: ['East'],
    people: { [PEOPLE.otherAdmin]: { admin: true }, [PEOPLE.eastMember]: { team: 'East' } },
  });
  const users = { ...acme.users, ...other.users } as Record<string, string>;
  const uid = (p: Person): string => users[PEOPLE[p]]!;
  // Display names carry the marker too (the harness names people after their e-mail).
  await db.query(`UPDATE app_user SET display_name = 'GEHEIM ' || display_name WHERE email LIKE '%@north.test'`);
  const north = acme.teams['North GEHEIM-team']!;
  const south = acme.teams.South!;

  const pastSession = await insertSession(db, {
    teamId: north,
    kind: 'CARE',
    title: 'Zorgsessie GEHEIM-past',
    startsAt: isoFromNow(-3),
    endsAt: isoFromNow(-3, 2),
    capacity: 20,
    facilitatorId: uid('facilitator'),
  });
  for (const p of ['author', 'peer', 'quiet', 'late', 'former'] as const) await addBooking(db, pastSession, uid(p), 'CONFIRMED', true);
  const futureSession = await insertSession(db, {
    teamId: north,
    kind: 'SUPERVISION',
    title: 'Supervisie GEHEIM-future',
    startsAt: isoFromNow(10),
    endsAt: isoFromNow(10, 1),
    capacity: 1,
    facilitatorId: uid('lead'),
  });
  await addBooking(db, futureSession, uid('author'), 'CONFIRMED');
  await addBooking(db, futureSession, uid('peer'), 'WAITLISTED');
  const southSession = await insertSession(db, {
    teamId: south,
    kind: 'INTERVISION',
    title: 'Intervisie zuid',
    startsAt: isoFromNow(12),
    endsAt: isoFromNow(12, 1),
    capacity: 8,
    facilitatorId: uid('southLead'),
  });
  const bookingId = async (sessionId: string, p: Person): Promise<string> =>
    (await db.query<{ id: string }>(`SELECT id FROM booking WHERE session_id = $1 AND user_id = $2`, [sessionId, uid(p)])).rows[0]!.id;

  const roles = Object.keys(PEOPLE) as Person[];
  const signedIn = await clientsFor(
    baseUrl,
    roles.map((r) => PEOPLE[r]),
  );
  const clients = { anon: new GqlClient(baseUrl) } as Record<Role, GqlClient>;
  for (const r of roles) clients[r] = signedIn[PEOPLE[r]]!;

  // Ratings differ per author, so a series built from someone else's reflection would show.
  const RATINGS: Partial<Record<Person, { attunement: number; resonance: number; chaosRigidity: number; insight: number }>> = {
    author: { attunement: 2, resonance: 3, chaosRigidity: -2, insight: 1 },
    peer: { attunement: 6, resonance: 7, chaosRigidity: 1, insight: 5 },
    quiet: { attunement: 4, resonance: 1, chaosRigidity: 3, insight: 3 },
  };
  const write = async (p: Person, visibility: string): Promise<string> => {
    const { insight, ...ratings } = RATINGS[p]!;
    const r = await clients[p].ok<{ writeReflection: { id: string } }>(
      `mutation($input: WriteReflectionInput!) { writeReflection(input: $input) { id } }`,
      {
        input: {
          sessionId: pastSession,
          visibility,
          ...ratings,
          nineFunctions: { insight, empathy: 5 },
          ...SECRET_TEXTS(p),
        },
      },
    );
    return r.writeReflection.id;
  };
  const groupReflection = await write('author', 'GROUP');
  const facilitatorReflection = await write('peer', 'FACILITATOR');
  const privateReflection = await write('quiet', 'PRIVATE');
  const respond = async (p: Person, reflectionId: string, text: string): Promise<string> =>
    (
      await clients[p].ok<{ respondToReflection: { id: string } }>(
        `mutation($id: ID!, $text: String!) { respondToReflection(reflectionId: $id, text: $text) { id } }`,
        { id: reflectionId, text },
      )
    ).respondToReflection.id;
  const response = await respond('peer', groupReflection, 'GEHEIM-response-peer: dat herken ik');
  const hiddenResponse = await respond('late', groupReflection, 'GEHEIM-response-late: iets te veel');
  await clients.author.ok(`mutation($id: ID!) { hidePeerResponse(id: $id) { id } }`, { id: hiddenResponse });
  await respond('facilitator', facilitatorReflection, 'GEHEIM-response-facilitator: dank');

  const series = await clients.lead.ok<{ createSessionSeries: { id: string } }>(
    `mutation($input: CreateSessionSeriesInput!) { createSessionSeries(input: $input) { id } }`,
    {
      input: {
        teamId: north,
        kind: 'INTERVISION',
        title: 'Reeks GEHEIM-series',
        week: 'SECOND',
        weekday: 'TUESDAY',
        startTime: '15:00',
        endTime: '16:30',
        capacity: 6,
        months: 2,
        firstMonth: new Date(Date.now() + 40 * 86_400_000).toISOString().slice(0, 7),
        location: 'GEHEIM-series-room',
      },
    },
  );
  const invitationEmail = 'geheim.invitee@north.test';
  await clients.lead.ok(`mutation($t: ID!, $e: String!) { inviteMember(teamId: $t, email: $e) { id } }`, { t: north, e: invitationEmail });
  await clients.southLead.ok(`mutation($t: ID!, $e: String!) { inviteMember(teamId: $t, email: $e) { id } }`, {
    t: south,
    e: 'zuid.invitee@acme.test',
  });

  // Self-care: the author's check-in and goal; Acme's and Other's support resources; audit entries.
  await clients.author.ok(`mutation($i: SubmitCheckInInput!) { submitCheckIn(input: $i) { score } }`, {
    i: { who5: [2, 2, 1, 2, 1], stressLoad: 8, sleepQuality: 3, bodyTension: 7, safety: 5, connection: 4, clientMaterial: 8, note: 'GEHEIM-checkin-note: zwaar' },
  });
  const goal = await clients.author.ok<{ setGoal: { id: string } }>(`mutation { setGoal(input: { title: "GEHEIM-goal: 51 stappen", targetSteps: 51 }) { id } }`);
  await clients.author.ok(`mutation($g: ID!) { logGoalStep(goalId: $g) { stepNumber } }`, { g: goal.setGoal.id });
  await clients.acmeAdmin.ok(`mutation { updateOrganisationSettings(input: { supportResources: [{ name: "ACME-ONLY hulplijn", phone: "0800-0000" }] }) { organisationId } }`);
  await clients.otherAdmin.ok(`mutation { updateOrganisationSettings(input: { supportResources: [{ name: "Other helpline", phone: "0800-1111" }] }) { organisationId } }`);
  await clients.lead.ok(`query($t: ID!, $from: DateTime!, $to: DateTime!) { teamWellbeing(teamId: $t, granularity: MONTH, from: $from, to: $to) { label } }`, {
    t: north,
    from: isoFromNow(-60),
    to: isoFromNow(0),
  });
  const auditEntry = async (organisationId: string): Promise<string> =>
    (await db.query<{ id: string }>(`SELECT max(id)::text AS id FROM audit_log WHERE organisation_id = $1`, [organisationId])).rows[0]!.id;

  // The former member leaves North after attending; their session cookie stays valid.
  await db.query(`UPDATE team_membership SET left_at = now() WHERE user_id = $1`, [uid('former')]);

  return {
    ids: {
      organisation: acme.organisationId,
      team: north,
      futureSession,
      pastSession,
      booking: await bookingId(futureSession, 'author'),
      pastBooking: await bookingId(pastSession, 'author'),
      groupReflection,
      facilitatorReflection,
      privateReflection,
      response,
      hiddenResponse,
      member: uid('member'),
      series: series.createSessionSeries.id,
      goal: goal.setGoal.id,
      auditEntry: await auditEntry(acme.organisationId),
    },
    own: {
      team: south,
      futureSession: southSession,
      pastSession: southSession,
      member: uid('southMember'),
      organisation: other.organisationId,
      auditEntry: await auditEntry(other.organisationId),
    },
    users: Object.fromEntries(roles.map((r) => [r, uid(r)])) as Record<Person, string>,
    clients,
    invitationEmail,
  };
}

/**
 * Columns the background workers change on their own (mail delivery bookkeeping), left out of
 * the snapshot so it shows only what requests changed.
 */
const WORKER_COLUMNS: Readonly<Record<string, readonly string[]>> = {
  outbox_message: ['delivered_at', 'delivered_via', 'message_id', 'attempts', 'last_error', 'last_attempt_at', 'failed_at'],
  calendar_feed: ['last_fetched_at'],
};

/** A snapshot of every table an attack could change (content hashes), to prove nothing did. */
export async function snapshot(db: Pool): Promise<Record<string, string>> {
  const tables = await db.query<{ table_name: string }>(
    `SELECT table_name FROM information_schema.tables
      WHERE table_schema = 'public' AND table_type = 'BASE TABLE'
        AND table_name NOT IN ('user_session', 'login_attempt', 'migrations', 'typeorm_metadata')
      ORDER BY table_name`,
  );
  const out: Record<string, string> = {};
  for (const { table_name } of tables.rows) {
    const r = await db.query<{ h: string | null }>(
      `SELECT md5(string_agg(j::text, '|' ORDER BY j::text)) AS h FROM (SELECT to_jsonb(t) - $1::text[] AS j FROM "${table_name}" t) rows`,
      [WORKER_COLUMNS[table_name] ?? []],
    );
    out[table_name] = r.rows[0]?.h ?? 'empty';
  }
  return out;
}

export interface Probe {
  status: number;
  /** The raw response body, searched for leaks. */
  text: string;
  data: Record<string, unknown> | null;
  errors: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

/** Sends one GraphQL request with the client's session cookie and keeps the raw body. */
export async function send(baseUrl: string, client: GqlClient, query: string, variables: Record<string, unknown> = {}): Promise<Probe> {
  const res = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(client.cookie ? { cookie: client.cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const text = await res.text();
  let body: { data?: Record<string, unknown> | null; errors?: Probe['errors'] } = {};
  try {
    body = JSON.parse(text) as typeof body;
  } catch {
    body = {};
  }
  return { status: res.status, text, data: body.data ?? null, errors: body.errors ?? [] };
}

/** The value at a dotted path of a response's data (`session.bookings`). */
export function valueAt(data: unknown, path: string): unknown {
  let v: unknown = data;
  for (const part of path.split('.')) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string, unknown>)[part];
  }
  return v;
}

/** A short excerpt around the first secret in a body, for failure messages. */
export function leakExcerpt(text: string): string | null {
  const m = SECRET.exec(text);
  if (!m) return null;
  return text.slice(Math.max(0, m.index - 60), m.index + 60);
}
