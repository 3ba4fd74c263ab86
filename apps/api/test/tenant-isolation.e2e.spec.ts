import { startTestApp, type TestApp } from './harness';
import { report } from './report';
import { FIELD_COVERAGE, OPERATION_COVERAGE, OWN_DATA_COVERAGE, VALUE_FIELDS, type Refusal, type Scenario } from './isolation-coverage';
import {
  OUTSIDERS,
  arrangeIsolationWorld,
  leakExcerpt,
  send,
  snapshot,
  type IsolationWorld,
  type Person,
  type Role,
} from './isolation-world';
import { buildArgs, idPaths, loadSchema, objectEdges, operationDocument, operations, selectionFor, validLeaf, type Operation } from './schema-walk';

/**
 * Tenant isolation, generated from `schema.gql`: every operation that takes an id is called with
 * real ids of team North's objects by everyone who must be refused (other teams, other
 * organisations, a former member, and in-team roles per the coverage table), and must answer
 * FORBIDDEN / NOT_FOUND (or only the caller's own, empty, data) with none of North's secrets in
 * the body and nothing changed in the database. Every object-valued field is walked from
 * objects the caller may reach, and every id-less operation is checked to answer with the
 * caller's own data. Positive controls prove the ids and values are valid.
 */

type Expected = Refusal | 'UNAUTHENTICATED' | { readonly badInputField: string };

interface AttackCase {
  readonly op: Operation;
  readonly as: Role;
  readonly label: string;
  readonly fixed: Readonly<Record<string, unknown>>;
  readonly expected: Expected;
}

/** Always tried with North's ids: nobody here belongs to North. */
const ALWAYS_REFUSED: readonly Person[] = [...OUTSIDERS, 'eastMember', 'former'];

const schema = loadSchema();
const ops = operations(schema);
const idOps = ops.filter((op) => idPaths(op.field).length > 0);
const otherOps = ops.filter((op) => idPaths(op.field).length === 0);

function idValues(s: Scenario, w: IsolationWorld, source: 'ids' | 'own' = 'ids'): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [path, kind] of Object.entries(s.ids)) {
    const id = source === 'ids' ? w.ids[kind] : w.own[kind];
    if (!id) throw new Error(`the world has no ${source} id of kind ${kind}`);
    out[path] = id;
  }
  return { ...s.args, ...out };
}

function attackCases(w: IsolationWorld): AttackCase[] {
  const cases: AttackCase[] = [];
  for (const op of idOps) {
    const scenarios = OPERATION_COVERAGE[op.name] ?? [];
    scenarios.forEach((s, i) => {
      const fixed = idValues(s, w);
      const label = `${op.name}(${Object.entries(s.ids).map(([p, k]) => `${p}=${k}`).join(', ')})`;
      if (i === 0) cases.push({ op, as: 'anon', label, fixed, expected: 'UNAUTHENTICATED' });
      for (const as of ALWAYS_REFUSED) cases.push({ op, as, label, fixed, expected: s.outsiders ?? 'DENIED' });
      for (const as of s.deny) cases.push({ op, as, label, fixed, expected: 'DENIED' });
      for (const as of s.empty ?? []) cases.push({ op, as, label, fixed, expected: 'EMPTY' });
      // Several ids in one call: someone names their own objects and one of North's.
      const paths = Object.keys(s.ids);
      if (paths.length > 1) {
        for (const path of paths) {
          const mixed = { ...idValues(s, w, 'own'), [path]: fixed[path] };
          const leaf = path.split('.').pop() ?? path;
          cases.push({
            op,
            as: s.cross?.as ?? 'southLead',
            label: `${op.name}(own ids, ${path}=${s.ids[path]} of North)`,
            fixed: mixed,
            expected: s.cross?.expect[path] ?? (s.outsiders === 'EMPTY' ? 'EMPTY' : { badInputField: leaf }),
          });
        }
      }
    });
  }
  return cases;
}

/** What is wrong with a refused call's answer, or null. */
function refusalProblem(r: Awaited<ReturnType<typeof send>>, op: string, expected: Expected): string | null {
  if (r.status >= 500) return `HTTP ${r.status}`;
  const leak = leakExcerpt(r.text);
  if (leak) return `leaks North's data: …${leak}…`;
  const value = r.data?.[op];
  const code = r.errors[0]?.extensions?.code;
  if (expected === 'OWN_ONLY') {
    // An answer is fine as long as nothing of North's is in it (checked above), or a refusal.
    return r.errors.length === 0 || code === 'FORBIDDEN' || code === 'NOT_FOUND' ? null : `got ${String(code)}: ${r.errors[0]?.message}`;
  }
  if (expected === 'EMPTY') {
    if (r.errors.length > 0) return `expected an empty answer, got ${String(code)}: ${r.errors[0]?.message}`;
    return Array.isArray(value) && value.length === 0 ? null : `expected [], got ${JSON.stringify(value)?.slice(0, 200)}`;
  }
  if (value !== undefined && value !== null) return `answered with data ${JSON.stringify(value).slice(0, 200)}`;
  if (expected === 'UNAUTHENTICATED') return code === 'UNAUTHENTICATED' ? null : `expected UNAUTHENTICATED, got ${String(code)}`;
  if (code === 'FORBIDDEN' || code === 'NOT_FOUND') {
    // The operation itself must refuse; a refusal from a nested field means it ran and answered.
    const path = (r.errors[0]?.path ?? []).join('.');
    return path === op ? null : `refused only at ${path || 'no path'} (${String(code)}), not by ${op} itself`;
  }
  if (typeof expected === 'object' && code === 'BAD_USER_INPUT' && r.errors[0]?.extensions?.field === expected.badInputField) return null;
  return `expected FORBIDDEN or NOT_FOUND${typeof expected === 'object' ? ` (or BAD_USER_INPUT on ${expected.badInputField})` : ''}, got ${String(code)}: ${r.errors[0]?.message ?? JSON.stringify(r.data)}`;
}

describe('tenant isolation, generated from schema.gql', () => {
  it('covers every operation that takes an id, every id it takes, every object field and every other operation', () => {
    const missing = (want: string[], have: string[]) => want.filter((x) => !have.includes(x));
    const idOpNames = idOps.map((o) => o.name).sort();
    const covered = Object.keys(OPERATION_COVERAGE).sort();
    expect({ missingFromCoverage: missing(idOpNames, covered), notInSchema: missing(covered, idOpNames) }).toEqual({
      missingFromCoverage: [],
      notInSchema: [],
    });
    const idPathProblems: string[] = [];
    for (const op of idOps) {
      for (const s of OPERATION_COVERAGE[op.name] ?? []) {
        const want = idPaths(op.field).join(', ');
        const have = Object.keys(s.ids).sort().join(', ');
        if (want !== have) idPathProblems.push(`${op.name}: schema ids [${want}], table ids [${have}]`);
      }
    }
    expect(idPathProblems).toEqual([]);
    const edges = objectEdges(schema);
    const both = Object.keys(FIELD_COVERAGE).filter((f) => f in VALUE_FIELDS);
    expect(both).toEqual([]);
    const coveredEdges = [...Object.keys(FIELD_COVERAGE), ...Object.keys(VALUE_FIELDS)].sort();
    expect({ missingFromCoverage: missing(edges, coveredEdges), notInSchema: missing(coveredEdges, edges) }).toEqual({
      missingFromCoverage: [],
      notInSchema: [],
    });
    const plainOps = otherOps.map((o) => o.name).sort();
    const coveredPlain = Object.keys(OWN_DATA_COVERAGE).sort();
    expect({ missingFromCoverage: missing(plainOps, coveredPlain), notInSchema: missing(coveredPlain, plainOps) }).toEqual({
      missingFromCoverage: [],
      notInSchema: [],
    });
  });

  describe('against a running API', () => {
    let t: TestApp;
    let w: IsolationWorld;
    beforeAll(async () => {
      t = await startTestApp();
      w = await arrangeIsolationWorld(t.db, t.baseUrl);
    }, 120_000);
    afterAll(() => t?.close());

    it('refuses every id-taking operation to everyone outside its rule, with no data and no change', async () => {
      const before = await snapshot(t.db);
      const cases = attackCases(w);
      const failures: string[] = [];
      for (const c of cases) {
        const args = buildArgs(c.op.field, c.fixed, validLeaf);
        const doc = operationDocument(c.op, Object.keys(args), selectionFor(c.op.field.type, 2));
        const r = await send(t.baseUrl, w.clients[c.as], doc, args);
        const problem = refusalProblem(r, c.op.name, c.expected);
        if (problem) failures.push(`${c.label} as ${c.as}: ${problem}`);
      }
      const after = await snapshot(t.db);
      const changed = Object.keys(before).filter((k) => before[k] !== after[k]);
      const roles = new Set(cases.map((c) => c.as));
      report(
        `tenant-isolation: ${cases.length} operation×role cases (${idOps.length} operations, ${roles.size} roles), ${failures.length} failed`,
      );
      expect(failures).toEqual([]);
      expect(changed).toEqual([]);
    });

    it('keeps every nested field that reaches another person to its rule', async () => {
      const failures: string[] = [];
      let count = 0;
      for (const [field, cases] of Object.entries(FIELD_COVERAGE)) {
        for (const c of cases) {
          count += 1;
          const r = await send(t.baseUrl, w.clients[c.as], c.query, c.variables?.(w) ?? {});
          try {
            if (r.status >= 500) throw new Error(`HTTP ${r.status}`);
            c.expect(r, w);
          } catch (e) {
            failures.push(`${field} as ${c.as} (${c.why}): ${(e as Error).message.split('\n').slice(0, 6).join(' ')}`);
          }
        }
      }
      report(`tenant-isolation: ${count} nested field×role cases (${Object.keys(FIELD_COVERAGE).length} fields), ${failures.length} failed`);
      expect(failures).toEqual([]);
    });

    it('answers operations without ids with the caller\'s own data only', async () => {
      const failures: string[] = [];
      let count = 0;
      for (const [op, cases] of Object.entries(OWN_DATA_COVERAGE)) {
        for (const c of cases) {
          count += 1;
          try {
            await c.run(w, t.baseUrl);
          } catch (e) {
            failures.push(`${op} as ${c.as} (${c.why}): ${(e as Error).message.split('\n').slice(0, 6).join(' ')}`);
          }
        }
      }
      report(`tenant-isolation: ${count} own-data cases (${Object.keys(OWN_DATA_COVERAGE).length} operations without ids), ${failures.length} failed`);
      expect(failures).toEqual([]);
    });

    it('keeps the .ics download of a booking (GET /calendar/booking/:id.ics, outside GraphQL) to its owner', async () => {
      const path = `/calendar/booking/${w.ids.booking}.ics`;
      const expected: [Role, number][] = [
        ['anon', 401],
        ...[...ALWAYS_REFUSED, 'member', 'peer', 'lead', 'facilitator', 'acmeAdmin'].map((r): [Role, number] => [r as Role, 404]),
        ['author', 200],
      ];
      const failures: string[] = [];
      for (const [as, status] of expected) {
        const cookie = w.clients[as].cookie;
        const res = await fetch(`${t.baseUrl}${path}`, { headers: cookie ? { cookie } : {} });
        const text = await res.text();
        if (res.status !== status) failures.push(`${as}: HTTP ${res.status}, expected ${status}`);
        if (status !== 200 && leakExcerpt(text)) failures.push(`${as}: leaks …${leakExcerpt(text)}…`);
        if (status === 200 && !text.includes('Supervisie GEHEIM-future')) failures.push(`${as}: the owner's file lacks the session`);
      }
      report(`tenant-isolation: ${expected.length} HTTP route×role cases (booking .ics download), ${failures.length} failed`);
      expect(failures).toEqual([]);
    });

    it('lets the rightful caller do each of them with the same ids (positive controls)', async () => {
      const controls = idOps.flatMap((op) =>
        (OPERATION_COVERAGE[op.name] ?? []).filter((s) => s.allow).map((s) => ({ op, s, as: s.allow as Person })),
      );
      // Queries first, then changes, then what closes or removes an object.
      const rank = (c: (typeof controls)[number]) => (c.op.kind === 'query' ? 0 : c.s.destructive ? 2 : 1);
      controls.sort((a, b) => rank(a) - rank(b));
      const failures: string[] = [];
      for (const { op, s, as } of controls) {
        const args = buildArgs(op.field, idValues(s, w), validLeaf);
        const r = await send(t.baseUrl, w.clients[as], operationDocument(op, Object.keys(args), selectionFor(op.field.type, 1)), args);
        try {
          expect(r.errors).toEqual([]);
          expect(r.data?.[op.name] ?? null).not.toBeNull();
          s.check?.(r.data?.[op.name], w);
        } catch (e) {
          failures.push(`${op.name} as ${as}: ${(e as Error).message.split('\n').slice(0, 8).join(' ')}`);
        }
      }
      report(`tenant-isolation: ${controls.length} positive controls, ${failures.length} failed`);
      expect(failures).toEqual([]);
    });
  });
});
