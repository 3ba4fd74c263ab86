import * as fc from 'fast-check';
import { requestArb, type FuzzPools, type FuzzRequest, type FuzzRole } from './fuzz-arbitraries';
import { GqlClient, arrange, clientsFor, startTestApp, type TestApp } from './harness';
import { addBooking, addSession } from './reflection-world';
import { report } from './report';
import { loadSchema, operations } from './schema-walk';

/**
 * Bad input at scale: thousands of hostile requests for every argument of every operation in
 * schema.gql (wrong types, huge and strange strings, nulls, extreme numbers, bad dates, foreign
 * and malformed ids, SQL and script fragments, deep nesting, unknown enum values; as variables
 * and inline literals; anonymous, as a member, a lead and an org admin), plus malformed HTTP requests.
 * Every answer must be a coded client error or data — never a 5xx, a stack trace or a path —
 * and the database must be consistent afterwards.
 *
 * FUZZ_SEED reproduces a run; FUZZ_REQUESTS changes its size.
 */

const CLIENTS = 4;
const TARGET = Number(process.env.FUZZ_REQUESTS ?? 4000);
const MINIMUM = Math.min(TARGET, 2500);
const DEADLINE_MS = 90_000;
const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);

const ALLOWED = new Set(['BAD_USER_INPUT', 'UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT', 'GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED', 'BAD_REQUEST']);
/** Apollo's own protocol answers, only to the malformed-protocol probes. */
const PROTOCOL = new Set(['OPERATION_RESOLUTION_FAILURE', 'PERSISTED_QUERY_NOT_FOUND']);
/** Traces of the server's insides: stack frames, file paths, source positions. */
const INSIDES = /stacktrace|\bat [\w$.<>]+ \(|node_modules|\/(?:work|home|root|usr|app|srv|opt)\/|\.[jt]s:\d+/u;
/** Operations that end the caller's session: the client signs in again afterwards. */
const SESSION_ENDING = new Set(['logout', 'logoutEverywhere']);

interface Answer {
  status: number;
  text: string;
}

async function sendRequest(baseUrl: string, req: FuzzRequest, client: GqlClient): Promise<Answer> {
  const cookie: Record<string, string> = client.cookie ? { cookie: client.cookie } : {};
  const res =
    req.kind === 'graphql'
      ? await fetch(`${baseUrl}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...cookie },
          body: JSON.stringify({ query: req.query, variables: req.variables }),
          signal: AbortSignal.timeout(30_000),
        })
      : await fetch(`${baseUrl}${req.path}`, { method: req.method, headers: { ...req.headers, ...cookie }, body: req.body, signal: AbortSignal.timeout(30_000) });
  return { status: res.status, text: await res.text() };
}

type Body = { data?: unknown; errors?: ErrorShape[]; error?: ErrorShape } | null;

interface ErrorShape {
  message?: unknown;
  extensions?: { code?: unknown; field?: unknown };
}

/** What is wrong with an answer (empty when it is a proper answer) and how to count it. */
function judge(req: FuzzRequest, a: Answer): { problems: string[]; outcome: string } {
  const problems: string[] = [];
  if (a.status >= 500) problems.push(`HTTP ${a.status}`);
  if (INSIDES.test(a.text)) problems.push(`shows the server's insides: ${INSIDES.exec(a.text)?.[0]}`);
  let body: Body = null;
  try {
    body = JSON.parse(a.text) as Body;
  } catch {
    problems.push('the body is not JSON');
  }
  if (!body || typeof body !== 'object') return { problems: problems.length ? problems : ['the body is not a JSON object'], outcome: 'NOT_JSON' };
  const errors = Array.isArray(body.errors) ? body.errors : body.error ? [body.error] : [];
  if (errors.length === 0 && body.data === undefined) problems.push('neither data nor errors');
  for (const e of errors) {
    const code = e.extensions?.code ?? (e as { code?: unknown }).code;
    if (typeof code !== 'string' || !(ALLOWED.has(code) || (req.kind === 'raw' && PROTOCOL.has(code)))) {
      problems.push(`code ${String(code)}: ${String(e.message).slice(0, 160)}`);
    } else if (code === 'BAD_USER_INPUT' && body.errors && typeof e.extensions?.field !== 'string') {
      problems.push(`BAD_USER_INPUT without a field: ${String(e.message).slice(0, 160)}`);
    }
  }
  const first = errors[0];
  const outcome = first ? String(first.extensions?.code ?? (first as { code?: unknown }).code) : 'OK';
  return { problems, outcome };
}

function describeRequest(req: FuzzRequest): string {
  const shown = req.kind === 'graphql' ? `${req.mode} ${req.query} ${JSON.stringify(req.variables)}` : `${req.probe}: ${req.method} ${req.path} ${req.body ?? ''}`;
  return `[${req.role}] ${shown.length > 400 ? `${shown.slice(0, 400)}… (${shown.length} chars)` : shown}`;
}

function tally(counts: Map<string, number>): string {
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([k, n]) => `${k} ${n}`)
    .join(', ');
}

describe('bad input at scale (fast-check over schema.gql)', () => {
  let t: TestApp;
  let pools: FuzzPools;
  let teamId: string;
  const members: string[] = Array.from({ length: CLIENTS }, (_, i) => `member${i}@fuzz.test`);
  const leads: string[] = Array.from({ length: CLIENTS }, (_, i) => `lead${i}@fuzz.test`);
  const admins: string[] = Array.from({ length: CLIENTS }, (_, i) => `admin${i}@fuzz.test`);
  let clients: Record<string, GqlClient>;

  beforeAll(async () => {
    t = await startTestApp();
    const people: Record<string, { team?: string; role?: 'MEMBER' | 'LEAD'; admin?: boolean }> = { 'other@fuzz.test': { team: 'Other' } };
    for (const e of admins) people[e] = { admin: true };
    for (const e of members) people[e] = { team: 'Fuzz' };
    for (const e of leads) people[e] = { team: 'Fuzz', role: 'LEAD' };
    const w = await arrange(t.db, { teams: ['Fuzz', 'Other'], people });
    teamId = w.teams.Fuzz!;
    const future = await addSession(t.db, { teamId, kind: 'SUPERVISION', startsInDays: 9, facilitatorId: w.users[leads[0]!] });
    const past = await addSession(t.db, { teamId, kind: 'CARE', startsInDays: -2, facilitatorId: w.users[leads[0]!] });
    const otherSession = await addSession(t.db, { teamId: w.teams.Other!, kind: 'CARE', startsInDays: 5 });
    for (const e of members) await addBooking(t.db, past, w.users[e]!, 'CONFIRMED', true);
    await addBooking(t.db, future, w.users[members[0]!]!, 'CONFIRMED');
    clients = await clientsFor(t.baseUrl, [...members, ...leads, ...admins]);
    const reflection = await clients[members[0]!]!.ok<{ writeReflection: { id: string } }>(
      `mutation($s: ID!) { writeReflection(input: { sessionId: $s, attunement: 4, resonance: 5, visibility: GROUP, whatINeedNow: "rust" }) { id } }`,
      { s: past },
    );
    const response = await clients[members[1]!]!.ok<{ respondToReflection: { id: string } }>(
      `mutation($r: ID!) { respondToReflection(reflectionId: $r, text: "herkenbaar") { id } }`,
      { r: reflection.writeReflection.id },
    );
    const bookings = await t.db.query<{ id: string }>(`SELECT id FROM booking`);
    const goals: string[] = [];
    for (const e of members) {
      goals.push((await clients[e]!.ok<{ setGoal: { id: string } }>(`mutation { setGoal(input: { title: "Wandelen", targetSteps: 10 }) { id } }`)).setGoal.id);
    }
    const tokens: string[] = [];
    // Open invitations: new people, and someone who already has an account (in team Other).
    for (const e of ['new-a@fuzz.test', 'new-b@fuzz.test', 'new-c@fuzz.test', 'other@fuzz.test']) {
      const r = await clients[leads[0]!]!.ok<{ inviteMember: { acceptUrl: string } }>(
        `mutation($t: ID!, $e: String!) { inviteMember(teamId: $t, email: $e) { acceptUrl } }`,
        { t: teamId, e },
      );
      tokens.push(r.inviteMember.acceptUrl.split('/').pop()!);
    }
    pools = {
      ids: [
        teamId,
        w.teams.Other!,
        w.organisationId,
        future,
        past,
        otherSession,
        reflection.writeReflection.id,
        response.respondToReflection.id,
        ...bookings.rows.map((r) => r.id),
        ...Object.values(w.users),
        ...goals,
      ],
      byKind: {
        team: [teamId],
        session: [future, past],
        booking: bookings.rows.map((r) => r.id),
        reflection: [reflection.writeReflection.id],
        response: [response.respondToReflection.id],
        user: [...members, ...leads].map((e) => w.users[e]!),
        organisation: [w.organisationId],
        goal: goals,
      },
      tokens,
      emails: Object.keys(w.users),
    };
  }, 120_000);
  afterAll(() => t?.close());

  it('answers every hostile request with a coded client error or data, and stays consistent', async () => {
    const schema = loadSchema();
    const arb = requestArb(operations(schema), pools);
    let batch = 0;
    let buffer: FuzzRequest[] = [];
    let issued = 0;
    const next = (): FuzzRequest | undefined => {
      if (issued >= TARGET) return undefined;
      if (buffer.length === 0) buffer = fc.sample(arb, { numRuns: 50, seed: (SEED * 7919 + batch++ * 104_729) % 2 ** 31 });
      issued += 1;
      return buffer.pop();
    };

    const outcomes = new Map<string, number>();
    const statuses = new Map<string, number>();
    const shapes = new Map<string, number>();
    const failures: string[] = [];
    const transportRetries: string[] = [];
    let sent = 0;
    const started = Date.now();
    const deadline = started + DEADLINE_MS;

    const worker = async (i: number): Promise<void> => {
      const mine: Record<FuzzRole, GqlClient> = {
        anon: new GqlClient(t.baseUrl),
        member: clients[members[i]!]!,
        lead: clients[leads[i]!]!,
        admin: clients[admins[i]!]!,
      };
      const email: Record<Exclude<FuzzRole, 'anon'>, string> = { member: members[i]!, lead: leads[i]!, admin: admins[i]! };
      for (let req = next(); req && Date.now() < deadline; req = next()) {
        let answer: Answer;
        try {
          answer = await sendRequest(t.baseUrl, req, mine[req.role]);
        } catch (first) {
          // A kept-alive connection the server closed just as it was reused (both timers run late
          // on a busy machine) fails before any answer; such a request is sent once more. A
          // request that really breaks the server fails again.
          transportRetries.push(String((first as Error & { cause?: { code?: string } }).cause?.code ?? (first as Error).message));
          try {
            answer = await sendRequest(t.baseUrl, req, mine[req.role]);
          } catch (e) {
            answer = { status: 599, text: `no answer: ${(e as Error).message} (${String((e as Error & { cause?: unknown }).cause)})` };
          }
        }
        sent += 1;
        const { problems, outcome } = judge(req, answer);
        outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
        statuses.set(String(answer.status), (statuses.get(String(answer.status)) ?? 0) + 1);
        const shape = req.kind === 'graphql' ? req.mode : 'raw HTTP';
        shapes.set(shape, (shapes.get(shape) ?? 0) + 1);
        if (problems.length > 0 && failures.length < 40) failures.push(`${problems.join('; ')} ← ${describeRequest(req)} → ${answer.status} ${answer.text.slice(0, 300)}`);
        if (req.kind === 'graphql' && req.role !== 'anon' && SESSION_ENDING.has(req.op) && outcome === 'OK') await mine[req.role].login(email[req.role]);
      }
    };
    await Promise.all(Array.from({ length: CLIENTS }, (_, i) => worker(i)));
    const seconds = ((Date.now() - started) / 1000).toFixed(1);

    report(`fuzz: ${sent} requests in ${seconds} s (seed ${SEED}, ${CLIENTS} parallel clients; ${tally(shapes)}), ${failures.length} with problems`);
    report(`fuzz: outcomes ${tally(outcomes)}`);
    report(`fuzz: HTTP statuses ${tally(statuses)}; resent after a dropped keep-alive connection: ${transportRetries.length}${transportRetries.length ? ` (${[...new Set(transportRetries)].join(', ')})` : ''}`);
    expect(failures).toEqual([]);
    expect(sent).toBeGreaterThanOrEqual(MINIMUM);

    // Nothing the fuzz did broke an invariant of the data.
    const counters = await t.db.query(
      `SELECT s.id, s.capacity, s.confirmed_count, s.waitlist_count,
              (SELECT count(*)::int FROM booking b WHERE b.session_id = s.id AND b.status = 'CONFIRMED') AS confirmed,
              (SELECT count(*)::int FROM booking b WHERE b.session_id = s.id AND b.status = 'WAITLISTED') AS waitlisted
         FROM session s`,
    );
    const broken = counters.rows.filter(
      (r: { capacity: number; confirmed_count: number; waitlist_count: number; confirmed: number; waitlisted: number }) =>
        r.confirmed_count !== r.confirmed || r.waitlist_count !== r.waitlisted || r.confirmed > r.capacity,
    );
    expect(broken).toEqual([]);
    const overlaps = await t.db.query(
      `SELECT a.id FROM booking a JOIN booking b ON a.user_id = b.user_id AND a.id < b.id
        WHERE a.status = 'CONFIRMED' AND b.status = 'CONFIRMED' AND a.during && b.during`,
    );
    expect(overlaps.rows).toEqual([]);
    expect((({}) as Record<string, unknown>).polluted).toBeUndefined();
    // Mails the fuzz caused (confirmations, invitations, cancellations of hostile titles) are deliverable.
    const undeliverable = await t.db.query(`SELECT id, kind, last_error FROM outbox_message WHERE failed_at IS NOT NULL OR last_error IS NOT NULL`);
    expect(undeliverable.rows).toEqual([]);
    report(`fuzz: database consistent afterwards (${counters.rows.length} sessions checked: confirmed = confirmed bookings ≤ capacity, waitlist counted, no overlapping seats; no undeliverable mail)`);

    // Everything stored can still be read back, and the API is healthy.
    expect((await fetch(`${t.baseUrl}/health/ready`)).status).toBe(200);
    const MEMBER_READS = `query($t: ID!) { me { id displayName timeZone reminderMinutesBefore } myTeams { id name members { id displayName } }
      myBookings(includeCancelled: true) { id status session { id title location } } myReflections(limit: 200) { id whatINeedNow responses { text } }
      sessions(teamId: $t) { id title location videoUrl capacity confirmedCount } myGoals(includeArchived: true) { id title } supportResources { name url } }`;
    const ADMIN_READS = `{ me { id displayName } myTeams { id name members { id displayName } invitations { email } }
      auditLog(limit: 200) { id action details teamName } organisationSettings { anonymityThreshold supportResources { name phone url description } } }`;
    for (const e of [...members, ...leads, ...admins]) {
      const c = new GqlClient(t.baseUrl);
      await c.login(e);
      const r = admins.includes(e) ? await c.gql(ADMIN_READS) : await c.gql(MEMBER_READS, { t: teamId });
      expect(r.errors).toBeUndefined();
    }
  }, 180_000);
});
