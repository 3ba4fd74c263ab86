import * as fc from 'fast-check';
import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  type GraphQLInputType,
} from 'graphql';
import { isRequired, isoFromNow, operationDocument, selectionFor, validLeaf, type Operation } from './schema-walk';

/**
 * Hostile requests for every operation of the schema, as fast-check arbitraries: values of the
 * right type with hostile content, values of the wrong type, nulls, missing arguments, sent as
 * variables or inline literals, plus malformed HTTP requests.
 */

export type FuzzRole = 'anon' | 'member' | 'lead' | 'admin';

export type FuzzRequest =
  | { readonly kind: 'graphql'; readonly op: string; readonly role: FuzzRole; readonly mode: 'variables' | 'inline'; readonly query: string; readonly variables: Record<string, unknown> }
  | { readonly kind: 'raw'; readonly role: FuzzRole; readonly probe: string; readonly method: string; readonly path: string; readonly headers: Record<string, string>; readonly body: string | undefined };

/** Real ids of the fuzz world, so hostile values also reach real objects. */
export interface FuzzPools {
  readonly ids: readonly string[];
  /** Ids by kind (team, session, booking, reflection, response, user, organisation). */
  readonly byKind: Readonly<Record<string, readonly string[]>>;
  readonly emails: readonly string[];
  /** Tokens of open invitations (secret links), so accepting one can get deep. */
  readonly tokens: readonly string[];
}

/** Which kind of object an id argument names, from its name and the operation's. */
export function idKind(opName: string, path: string): string | null {
  const leaf = path.split('.').pop() ?? path;
  const named = /^(team|session|booking|reflection|facilitator|organisation|goal|series)Id$/u.exec(leaf)?.[1];
  if (named) return named === 'facilitator' ? 'user' : named;
  if (leaf !== 'id') return null;
  const m = /(PeerResponse|Reflection|Session|Booking|Team|Goal)/u.exec(opName.charAt(0).toUpperCase() + opName.slice(1));
  return m ? ({ PeerResponse: 'response' } as Record<string, string>)[m[1]!] ?? m[1]!.toLowerCase() : null;
}

const SQL_AND_SCRIPT = [
  "' OR '1'='1",
  "'; DROP TABLE app_user; --",
  '" OR ""="',
  '1; SELECT pg_sleep(5)',
  "$$; COPY app_user TO PROGRAM 'id'; $$",
  '\\x00\\x27',
  '%00',
  "'||(SELECT password_hash FROM app_user LIMIT 1)||'",
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '${7*7}',
  '{{7*7}}',
  '#{7*7}',
  '../../../../etc/passwd',
  '\r\nSet-Cookie: attune_session=stolen',
  '{"$ne": null}',
  '__proto__',
  'constructor',
  'null',
  'undefined',
  'NaN',
  '-0',
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\u202Eevil\u202C',
  '\u200F\u05e9\u05dc\u05d5\u05dd\u200E',
  '\u200B\u200C\u200D\uFEFF',
  '🙂🏳️‍🌈👩‍👩‍👧‍👦',
  'Z̴̡̢͎̓̓a̷̢̯̒l̶̨̛g̵o̴',
  '\uD800',
  '\uDFFF\uD800',
  'ǅ ß ﬀ İ',
  '\t\n\v\f\r',
  '\u0085\u2028\u2029',
];

const TIME_ZONES = ['Europe/Amsterdam', 'UTC', 'Etc/GMT+14', 'Etc/GMT-14', 'Mars/Phobos', 'europe/amsterdam', 'Europe/Amsterdam\u0000', 'America/Argentina/ComodRivadavia', 'Local', '+01:00'];
const BAD_DATES = [
  '2026-02-30T10:00:00Z',
  '2026-13-01T00:00:00Z',
  '2026-03-29T02:30:00+01:00',
  '0000-01-01T00:00:00Z',
  '275760-09-13T00:00:00Z',
  '+275760-09-13T00:00:00.000Z',
  '2026-01-01',
  '2026-01-01T25:00:00Z',
  '2026-01-01T10:00:00',
  '2026-01-01T10:00:00+99:99',
  '9999-12-31T23:59:59.999999999Z',
  '1899-12-31T23:59:59Z',
  '2201-01-01T00:00:00Z',
  'yesterday',
  '2026-01-01T10:00:00Z\u0000',
  '１２０２６-01-01T00:00:00Z',
];
const MALFORMED_IDS = [
  '',
  '0',
  '-1',
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  '00000000-0000-0000-0000-00000000000g',
  '00000000000000000000000000000000',
  '{00000000-0000-4000-8000-000000000000}',
  '00000000-0000-4000-8000-000000000000\u0000',
  ' 00000000-0000-4000-8000-000000000000',
  '00000000-0000-4000-8000-000000000000 OR 1=1',
  '00000000-0000-4000-8000-000000000000'.repeat(3),
];
const BAD_NUMBERS = [0, -0, -1, 1, 2 ** 31 - 1, -(2 ** 31), 2 ** 31, -(2 ** 31) - 1, 2 ** 53 + 1, 1e21, 0.5, -1e-7, Number.MAX_VALUE, Number.MIN_VALUE, 499, 500, 501, 7, 8];

/** A string of about `bytes` UTF-8 bytes made of one repeated unit. */
function hugeArb(): fc.Arbitrary<string> {
  return fc
    .tuple(fc.integer({ min: 2_000, max: 100_000 }), fc.constantFrom('x', 'é', '🙂', 'a\u0000', "'; --", '\u202E', 'GEHEIM '))
    .map(([bytes, unit]) => unit.repeat(Math.max(1, Math.floor(bytes / Buffer.byteLength(unit)))));
}

/** Plausible values by argument name, so some requests get past the first check. */
function hintArb(name: string, pools: FuzzPools): fc.Arbitrary<string> | null {
  switch (name) {
    case 'email':
      return fc.oneof(fc.emailAddress(), fc.constantFrom(...pools.emails, ` ${pools.emails[0]?.toUpperCase() ?? ''} `, 'a@b', '@', 'a@@b.test', `${'a'.repeat(250)}@x.test`));
    case 'password':
      // Never the fuzz users' real password: deleteMyAccount would take a worker's account away.
      return fc.oneof(fc.string({ maxLength: 80 }), fc.constantFrom('short', 'a-long-enough-password', ' '.repeat(12)));
    case 'timeZone':
      return fc.constantFrom(...TIME_ZONES);
    case 'startTime':
    case 'endTime':
      return fc.oneof(fc.stringMatching(/^\d{1,2}:\d{1,2}$/u), fc.constantFrom('24:00', '23:59', '00:00', '7:5', '-1:00', '12:60', '15:00', '16:30', '15:00:00'));
    case 'firstMonth':
      return fc.oneof(fc.stringMatching(/^\d{4}-\d{1,2}$/u), fc.constantFrom('2026-13', '0000-01', '9999-12', '2027-01', isoFromNow(40).slice(0, 7), '2026-1'));
    case 'videoUrl':
      return fc.oneof(fc.webUrl(), fc.constantFrom('javascript:alert(1)', 'https://', 'http://insecure.test', 'https://x.test/' + 'a'.repeat(3000), 'HTTPS://VIDEO.TEST'));
    case 'token':
      return fc.oneof(...(pools.tokens.length > 0 ? [fc.constantFrom(...pools.tokens)] : []), fc.base64String({ maxLength: 60 }), fc.string({ maxLength: 300 }));
    case 'locale':
      return fc.constantFrom('en', 'nl', 'de', 'EN', '');
    default:
      return null;
  }
}

function stringArb(name: string, pools: FuzzPools): fc.Arbitrary<string> {
  const hint = hintArb(name, pools);
  return fc.oneof(
    { weight: hint ? 4 : 1, arbitrary: hint ?? fc.string({ maxLength: 20 }) },
    { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 60 }) },
    { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
    { weight: 3, arbitrary: fc.constantFrom(...SQL_AND_SCRIPT) },
    { weight: 1, arbitrary: hugeArb() },
    { weight: 1, arbitrary: fc.constantFrom(...BAD_DATES, ...MALFORMED_IDS) },
  );
}

function idArb(pools: FuzzPools): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 5, arbitrary: fc.constantFrom(...pools.ids) },
    { weight: 1, arbitrary: fc.constantFrom(...pools.ids).map((id) => id.toUpperCase()) },
    { weight: 2, arbitrary: fc.uuid() },
    { weight: 2, arbitrary: fc.constantFrom(...MALFORMED_IDS, ...SQL_AND_SCRIPT.slice(0, 5)) },
    // ID also accepts integers (as their decimal string).
    { weight: 1, arbitrary: fc.oneof(fc.integer(), fc.constantFrom(2 ** 53, -1, 0)) },
  );
}

function dateTimeArb(): fc.Arbitrary<string> {
  const zoned = fc.tuple(fc.integer({ min: -600, max: 900 }), fc.constantFrom('Z', '+00:00', '+01:00', '-12:00', '+14:00', '+05:45')).map(([days, zone]) => {
    const iso = isoFromNow(days, days % 7);
    return zone === 'Z' ? iso : iso.replace('.000Z', zone);
  });
  return fc.oneof(
    { weight: 4, arbitrary: zoned },
    { weight: 2, arbitrary: fc.date({ min: new Date('1700-01-01T00:00:00Z'), max: new Date('2400-01-01T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString()) },
    { weight: 3, arbitrary: fc.constantFrom(...BAD_DATES) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  );
}

/** A nest of `depth` objects or arrays (deeply nested input). */
function deepArb(): fc.Arbitrary<unknown> {
  return fc.tuple(fc.integer({ min: 10, max: 2_000 }), fc.boolean()).map(([depth, arrays]) => {
    let v: unknown = 'x';
    for (let i = 0; i < depth; i++) v = arrays ? [v] : { a: v };
    return v;
  });
}

/** Values of any type: what a careless or hostile client sends where something else belongs. */
function wrongTypeArb(): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 4, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
    { weight: 1, arbitrary: deepArb() },
    {
      weight: 2,
      arbitrary: fc.constantFrom<unknown>(
        'NaN',
        'Infinity',
        '-Infinity',
        '1e309',
        true,
        0,
        [],
        {},
        { $ne: 1 },
        { $gt: '' },
        JSON.parse('{"__proto__": {"polluted": "yes"}}') as unknown,
        JSON.parse('{"constructor": {"prototype": {"polluted": "yes"}}}') as unknown,
        [null],
        [[['x']]],
      ),
    },
  );
}

function valueArb(type: GraphQLInputType, name: string, depth: number, pools: FuzzPools): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 8, arbitrary: typedArb(type, name, depth, pools) },
    { weight: 1, arbitrary: wrongTypeArb() },
    { weight: 1, arbitrary: fc.constant(null) },
  );
}

/** A value of the right GraphQL type (mostly), with hostile content. */
function typedArb(type: GraphQLInputType, name: string, depth: number, pools: FuzzPools): fc.Arbitrary<unknown> {
  const inner = getNullableType(type);
  if (isListType(inner)) {
    const item = valueArb(inner.ofType as GraphQLInputType, name, depth + 1, pools);
    return fc.oneof(fc.array(item, { maxLength: 4 }), item);
  }
  const named = getNamedType(type);
  if (isEnumType(named)) {
    return fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...named.getValues().map((v) => v.name)) },
      { weight: 1, arbitrary: fc.constantFrom('care', 'ADMIN', 'OWNER', '', 'LEAD ', 'MEMBER; DROP', '__proto__', 'SUPERVISION\u0000') },
    );
  }
  if (isInputObjectType(named)) {
    if (depth > 3) return fc.constant({});
    const model: Record<string, fc.Arbitrary<unknown>> = {};
    for (const f of Object.values(named.getFields())) {
      model[f.name] = fc.option(valueArb(f.type, f.name, depth + 1, pools), { nil: undefined, freq: isRequired(f) ? 12 : 2 });
    }
    const record = fc.record(model).map(withoutUndefined);
    return fc.oneof(
      { weight: 8, arbitrary: record },
      { weight: 1, arbitrary: fc.tuple(record, fc.dictionary(fc.string({ maxLength: 12 }), wrongTypeArb(), { maxKeys: 3 })).map(([r, extra]) => ({ ...extra, ...r })) },
      { weight: 1, arbitrary: deepArb() },
    );
  }
  switch (named.name) {
    case 'ID':
      return idArb(pools);
    case 'Int':
      return fc.oneof(fc.integer({ min: -5, max: 30 }), fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }), fc.constantFrom(...BAD_NUMBERS));
    case 'Float':
      return fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom(...BAD_NUMBERS));
    case 'Boolean':
      return fc.boolean();
    case 'DateTime':
      return dateTimeArb();
    default:
      return stringArb(name, pools);
  }
}

function withoutUndefined(o: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
}

const NAME = /^[_A-Za-z][_0-9A-Za-z]*$/u;

/** A value written as a GraphQL literal (enum names bare); what cannot be written becomes null. */
export function literal(value: unknown, type: GraphQLInputType | undefined, depth = 0): string {
  // Deeper than any limit lets through (the parser stops at 1000 tokens): cut it off.
  if (value === null || value === undefined || depth > 200) return 'null';
  const named = type ? getNamedType(type) : undefined;
  if (typeof value === 'string') return named && isEnumType(named) && NAME.test(value) ? value : JSON.stringify(value);
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'null';
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) {
    const inner = type ? getNullableType(type) : undefined;
    const itemType = inner && isListType(inner) ? (inner.ofType as GraphQLInputType) : type;
    return `[${value.map((v) => literal(v, itemType, depth + 1)).join(', ')}]`;
  }
  if (typeof value === 'object') {
    const fields = named && isInputObjectType(named) ? named.getFields() : {};
    const parts = Object.entries(value as Record<string, unknown>).map(([k, v]) => `${NAME.test(k) ? k : JSON.stringify(k)}: ${literal(v, fields[k]?.type, depth + 1)}`);
    return `{${parts.join(', ')}}`;
  }
  return 'null';
}

/** A valid value of a type: real ids of the right kind, sensible leaves, optional fields now and then. */
function validArb(type: GraphQLInputType, name: string, path: string, op: Operation, pools: FuzzPools, depth: number): fc.Arbitrary<unknown> {
  if (name === 'who5') return fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 5, maxLength: 5 });
  if (name === 'token' && pools.tokens.length > 0) return fc.constantFrom(...pools.tokens);
  const inner = getNullableType(type);
  if (isListType(inner)) return fc.array(validArb(inner.ofType as GraphQLInputType, name, path, op, pools, depth + 1), { minLength: 1, maxLength: 2 });
  const named = getNamedType(type);
  if (isEnumType(named)) return fc.constantFrom(...named.getValues().map((v) => v.name));
  if (isInputObjectType(named)) {
    if (depth > 3) return fc.constant({});
    const model: Record<string, fc.Arbitrary<unknown>> = {};
    for (const f of Object.values(named.getFields())) {
      const v = validArb(f.type, f.name, `${path}.${f.name}`, op, pools, depth + 1);
      model[f.name] = isRequired(f) ? v : fc.option(v, { nil: undefined, freq: 2 });
    }
    return fc.record(model).map(withoutUndefined);
  }
  if (named.name === 'ID') {
    const kind = idKind(op.name, path);
    const ids = (kind && pools.byKind[kind]) || pools.ids;
    return fc.constantFrom(...ids);
  }
  return fc.constant(null).map(() => validLeaf(name, named, path));
}

interface LeafPath {
  readonly path: string;
  readonly name: string;
  readonly type: GraphQLInputType;
}

/** Every argument and input field of an operation, by dotted path. */
function inputPaths(op: Operation): LeafPath[] {
  const out: LeafPath[] = [];
  const visit = (type: GraphQLInputType, name: string, path: string, depth: number): void => {
    out.push({ path, name, type });
    const named = getNamedType(type);
    if (isInputObjectType(named) && depth < 3) for (const f of Object.values(named.getFields())) visit(f.type, f.name, `${path}.${f.name}`, depth + 1);
  };
  for (const a of op.field.args) visit(a.type, a.name, a.name, 0);
  return out;
}

function setPath(target: Record<string, unknown>, path: string, value: unknown): Record<string, unknown> {
  const parts = path.split('.');
  let node: Record<string, unknown> = target;
  for (const part of parts.slice(0, -1)) {
    const next = node[part];
    if (next === null || typeof next !== 'object' || Array.isArray(next)) node[part] = {};
    node = node[part] as Record<string, unknown>;
  }
  node[parts[parts.length - 1]!] = value;
  return target;
}

/**
 * Arguments for one call: either hostile throughout (every argument drawn on its own), or a
 * valid call with zero to two arguments or input fields replaced by hostile values — the way
 * to reach the deeper layers (domain rules, the database) with something wrong.
 */
function argsArb(op: Operation, pools: FuzzPools): fc.Arbitrary<Record<string, unknown>> {
  const model: Record<string, fc.Arbitrary<unknown>> = {};
  for (const a of op.field.args) model[a.name] = fc.option(valueArb(a.type, a.name, 0, pools), { nil: undefined, freq: isRequired(a) ? 15 : 2 });
  const hostile = fc.record(model).map(withoutUndefined);
  const validModel: Record<string, fc.Arbitrary<unknown>> = {};
  for (const a of op.field.args) {
    const v = validArb(a.type, a.name, a.name, op, pools, 0);
    validModel[a.name] = isRequired(a) ? v : fc.option(v, { nil: undefined, freq: 2 });
  }
  const paths = inputPaths(op);
  const oneBad =
    paths.length === 0
      ? fc.constant({})
      : fc
          .tuple(
            fc.record(validModel).map(withoutUndefined),
            fc.subarray(paths, { maxLength: Math.min(2, paths.length) }).chain((chosen) => fc.tuple(...chosen.map((p) => valueArb(p.type, p.name, 0, pools).map((v) => [p.path, v] as const)))),
          )
          .map(([valid, bad]) => bad.reduce((args, [path, v]) => setPath(args, path, v), structuredClone(valid)));
  return fc.oneof(hostile, oneBad);
}

function graphqlArb(op: Operation, pools: FuzzPools): fc.Arbitrary<FuzzRequest> {
  return fc
    .tuple(argsArb(op, pools), fc.constantFrom<FuzzRole>('anon', 'member', 'lead', 'admin'), fc.constantFrom('variables', 'variables', 'variables', 'inline'))
    .map(([args, role, mode]): FuzzRequest => {
      const selection = selectionFor(op.field.type, 1);
      if (mode === 'variables') {
        return { kind: 'graphql', op: op.name, role, mode, query: operationDocument(op, Object.keys(args), selection), variables: args };
      }
      const call = op.field.args
        .filter((a) => a.name in args)
        .map((a) => `${a.name}: ${literal(args[a.name], a.type)}`)
        .join(', ');
      return { kind: 'graphql', op: op.name, role, mode, query: `${op.kind} { ${op.name}${call ? `(${call})` : ''} ${selection} }`, variables: {} };
    });
}

const JSON_HEADERS = { 'content-type': 'application/json' };

/** A guessed file name under a calendar route: uuids, malformed ids, any text. */
function guessedFile(prefix: string): fc.Arbitrary<string> {
  return fc
    .oneof(fc.uuid(), fc.string({ unit: 'binary', minLength: 1, maxLength: 80 }), fc.constantFrom(...MALFORMED_IDS.filter(Boolean)))
    .map((name) => `${prefix}${encodeURIComponent(name)}.ics`);
}

/** Malformed and unusual HTTP requests to /graphql (and around it). */
function rawArb(): fc.Arbitrary<FuzzRequest> {
  const probes: [string, string, fc.Arbitrary<string>, Record<string, string>, fc.Arbitrary<string | undefined>][] = [
    ['not JSON', 'POST', fc.constant('/graphql'), JSON_HEADERS, fc.string({ unit: 'binary', maxLength: 200 })],
    ['query not a string', 'POST', fc.constant('/graphql'), JSON_HEADERS, fc.jsonValue({ maxDepth: 2 }).map((q) => JSON.stringify({ query: q }))],
    ['random query text', 'POST', fc.constant('/graphql'), JSON_HEADERS, fc.string({ unit: 'grapheme-ascii', maxLength: 300 }).map((q) => JSON.stringify({ query: q }))],
    ['variables not an object', 'POST', fc.constant('/graphql'), JSON_HEADERS, fc.constantFrom('"x"', '[1,2]', '1', 'null').map((v) => `{"query":"{ me { id } }","variables":${v}}`)],
    ['unknown operation name', 'POST', fc.constant('/graphql'), JSON_HEADERS, fc.string({ maxLength: 20 }).map((n) => JSON.stringify({ query: 'query A { me { id } }', operationName: n }))],
    ['two operations, no name', 'POST', fc.constant('/graphql'), JSON_HEADERS, fc.constant(JSON.stringify({ query: 'query A { me { id } } query B { myTeams { id } }' }))],
    ['batched', 'POST', fc.constant('/graphql'), JSON_HEADERS, fc.constant(JSON.stringify([{ query: '{ me { id } }' }, { query: '{ me { id } }' }]))],
    ['persisted query', 'POST', fc.constant('/graphql'), JSON_HEADERS, fc.stringMatching(/^[0-9a-f]{64}$/u).map((h) => JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: h } } }))],
    ['fragment cycle', 'POST', fc.constant('/graphql'), JSON_HEADERS, fc.constant(JSON.stringify({ query: 'query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }' }))],
    ['deep query', 'POST', fc.constant('/graphql'), JSON_HEADERS, fc.integer({ min: 7, max: 400 }).map((n) => JSON.stringify({ query: `{ myTeams ${'{ members '.repeat(n)}{ id }${' }'.repeat(n)} }` }))],
    ['many tokens', 'POST', fc.constant('/graphql'), JSON_HEADERS, fc.integer({ min: 1_001, max: 20_000 }).map((n) => JSON.stringify({ query: `{ ${'__typename '.repeat(n)}}` }))],
    ['many aliases', 'POST', fc.constant('/graphql'), JSON_HEADERS, fc.integer({ min: 16, max: 200 }).map((n) => JSON.stringify({ query: `{ ${Array.from({ length: n }, (_, i) => `a${i}: me { id }`).join(' ')} }` }))],
    ['bad directive variable', 'POST', fc.constant('/graphql'), JSON_HEADERS, fc.jsonValue().map((v) => JSON.stringify({ query: 'query($x: Boolean!) { me @skip(if: $x) { id } }', variables: { x: v } }))],
    ['introspection', 'POST', fc.constant('/graphql'), JSON_HEADERS, fc.constant(JSON.stringify({ query: '{ __schema { types { name fields { name } } } }' }))],
    ['body over the limit', 'POST', fc.constant('/graphql'), JSON_HEADERS, fc.integer({ min: 210_000, max: 400_000 }).map((n) => JSON.stringify({ query: '{ me { id } }', variables: { x: 'x'.repeat(n) } }))],
    ['text/plain (CSRF)', 'POST', fc.constant('/graphql'), { 'content-type': 'text/plain' }, fc.constant(JSON.stringify({ query: 'mutation { logout }' }))],
    ['form body', 'POST', fc.constant('/graphql'), { 'content-type': 'application/x-www-form-urlencoded' }, fc.integer({ min: 10, max: 150_000 }).map((n) => `query=${'a'.repeat(n)}`)],
    ['unsupported charset', 'POST', fc.constant('/graphql'), { 'content-type': 'application/json; charset=utf-7' }, fc.constant('{"query":"{ me { id } }"}')],
    ['bogus gzip', 'POST', fc.constant('/graphql'), { ...JSON_HEADERS, 'content-encoding': 'gzip' }, fc.string({ maxLength: 50 })],
    ['unknown encoding', 'POST', fc.constant('/graphql'), { ...JSON_HEADERS, 'content-encoding': 'x-rot13' }, fc.constant('{"query":"{ me { id } }"}')],
    ['foreign origin', 'POST', fc.constant('/graphql'), { ...JSON_HEADERS, origin: 'https://evil.test' }, fc.constant(JSON.stringify({ query: 'mutation { logoutEverywhere }' }))],
    ['GET without preflight header', 'GET', fc.constant('/graphql?query=%7B%20me%20%7B%20id%20%7D%20%7D'), {}, fc.constant(undefined)],
    ['GET mutation', 'GET', fc.constant('/graphql?query=mutation%20%7B%20logout%20%7D'), { 'apollo-require-preflight': '1' }, fc.constant(undefined)],
    ['GET bad variables', 'GET', fc.constant('/graphql?query=%7B%20me%20%7B%20id%20%7D%20%7D&variables=%7Bnope'), { 'apollo-require-preflight': '1' }, fc.constant(undefined)],
    ['unknown route', 'POST', fc.constant('/graphql/../../etc/passwd'), JSON_HEADERS, fc.constant('{}')],
    ['calendar feed, guessed token', 'GET', guessedFile('/calendar/feed/'), {}, fc.constant(undefined)],
    ['booking .ics, guessed id', 'GET', guessedFile('/calendar/booking/'), {}, fc.constant(undefined)],
  ];
  return fc
    .tuple(fc.constantFrom(...probes), fc.constantFrom<FuzzRole>('anon', 'member', 'lead', 'admin'))
    .chain(([[probe, method, path, headers, body], role]) =>
      fc.tuple(path, body).map(([p, b]): FuzzRequest => ({ kind: 'raw', role, probe, method, path: p, headers, body: b })),
    );
}

/** A hostile request: mostly a call of one operation of the schema, sometimes a malformed HTTP request. */
export function requestArb(ops: readonly Operation[], pools: FuzzPools): fc.Arbitrary<FuzzRequest> {
  return fc.oneof({ weight: 19, arbitrary: fc.oneof(...ops.map((op) => graphqlArb(op, pools))) }, { weight: 1, arbitrary: rawArb() });
}
