import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildSchema,
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLOutputType,
  type GraphQLSchema,
} from 'graphql';

/**
 * Reads the checked-in `schema.gql` (the public contract) and turns its operations into
 * requests: which arguments carry ids, valid values for the rest, a document with variables and
 * a selection of every field. Shared by the tenant-isolation and fuzz tests, so both follow the
 * schema as it grows.
 */

export const SCHEMA_PATH = join(__dirname, '..', 'schema.gql');

export function loadSchema(): GraphQLSchema {
  return buildSchema(readFileSync(SCHEMA_PATH, 'utf8'));
}

export type OperationKind = 'query' | 'mutation';

export interface Operation {
  readonly kind: OperationKind;
  readonly name: string;
  readonly field: GraphQLField<unknown, unknown>;
}

/** Every query and mutation field, sorted by name within each kind. */
export function operations(schema: GraphQLSchema): Operation[] {
  const out: Operation[] = [];
  for (const [kind, type] of [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
  ] as const) {
    if (!type) continue;
    for (const field of Object.values(type.getFields()).sort((a, b) => a.name.localeCompare(b.name))) {
      out.push({ kind, name: field.name, field });
    }
  }
  return out;
}

/** Whether an argument or input field must be given (non-null without a default). */
export function isRequired(arg: GraphQLArgument | GraphQLInputField): boolean {
  return isNonNullType(arg.type) && arg.defaultValue === undefined;
}

/**
 * Dotted paths of every `ID` an operation takes: arguments, and fields of input objects at any
 * depth (`input.teamId`, `filter.sessionId`).
 */
export function idPaths(field: GraphQLField<unknown, unknown>): string[] {
  const out: string[] = [];
  const visit = (type: GraphQLInputType, path: string, seen: ReadonlySet<string>): void => {
    const named = getNamedType(type);
    if (named.name === 'ID') out.push(path);
    else if (isInputObjectType(named) && !seen.has(named.name)) {
      const inner = new Set([...seen, named.name]);
      for (const f of Object.values(named.getFields())) visit(f.type, `${path}.${f.name}`, inner);
    }
  };
  for (const a of field.args) visit(a.type, a.name, new Set());
  return out.sort();
}

/** `Type.field` for every field of a (non-root) object type that leads to another object. */
export function objectEdges(schema: GraphQLSchema): string[] {
  const roots = new Set([schema.getQueryType()?.name, schema.getMutationType()?.name, schema.getSubscriptionType()?.name]);
  const out: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__') || roots.has(type.name)) continue;
    for (const f of Object.values(type.getFields())) {
      if (isObjectType(getNamedType(f.type))) out.push(`${type.name}.${f.name}`);
    }
  }
  return out.sort();
}

/**
 * A selection set for a return type: every leaf field (without required arguments), and the
 * leaves of nested objects down to `depth` levels. Empty for a leaf return type.
 */
export function selectionFor(type: GraphQLOutputType, depth = 1): string {
  const named = getNamedType(type);
  if (isLeafType(named)) return '';
  if (!isObjectType(named)) return '{ __typename }';
  const parts: string[] = [];
  for (const f of Object.values(named.getFields())) {
    if (f.args.some(isRequired)) continue;
    const inner = getNamedType(f.type);
    if (isLeafType(inner)) parts.push(f.name);
    else if (depth > 1) parts.push(`${f.name} ${selectionFor(f.type, depth - 1)}`);
  }
  return `{ ${parts.length > 0 ? parts.join(' ') : '__typename'} }`;
}

/** A document calling one operation with a variable per given argument. */
export function operationDocument(op: Operation, argNames: readonly string[], selection: string): string {
  const args = op.field.args.filter((a) => argNames.includes(a.name));
  const vars = args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const call = args.map((a) => `${a.name}: $${a.name}`).join(', ');
  return `${op.kind} Probe${vars ? `(${vars})` : ''} { ${op.name}${call ? `(${call})` : ''} ${selection} }`;
}

/** Produces a value for a leaf argument or input field, by its name and type. */
export type LeafValue = (name: string, type: GraphQLNamedType, path: string) => unknown;

/**
 * Argument values for an operation: `fixed` gives values by dotted path (ids, overrides); every
 * other required argument or input field gets `leaf(name, type)`; optional ones are left out
 * unless a fixed value lies beneath them.
 */
export function buildArgs(field: GraphQLField<unknown, unknown>, fixed: Readonly<Record<string, unknown>>, leaf: LeafValue): Record<string, unknown> {
  const args: Record<string, unknown> = {};
  for (const a of field.args) {
    const v = inputValue(a.type, a.name, a.name, isRequired(a), fixed, leaf);
    if (v !== undefined) args[a.name] = v;
  }
  return args;
}

function inputValue(
  type: GraphQLInputType,
  name: string,
  path: string,
  required: boolean,
  fixed: Readonly<Record<string, unknown>>,
  leaf: LeafValue,
): unknown {
  if (Object.prototype.hasOwnProperty.call(fixed, path)) return fixed[path];
  const beneath = Object.keys(fixed).some((k) => k.startsWith(`${path}.`));
  if (!required && !beneath) return undefined;
  const inner = getNullableType(type);
  const named = getNamedType(type);
  let value: unknown;
  if (isInputObjectType(named)) {
    const obj: Record<string, unknown> = {};
    for (const f of Object.values(named.getFields())) {
      const v = inputValue(f.type, f.name, `${path}.${f.name}`, isRequired(f), fixed, leaf);
      if (v !== undefined) obj[f.name] = v;
    }
    value = obj;
  } else {
    value = leaf(name, named, path);
  }
  return isListType(inner) ? [value] : value;
}

const DAY_MS = 24 * 3_600_000;
let uniqueCounter = 0;

/** An ISO instant `days` from now, on a whole hour (plus `hours`). */
export function isoFromNow(days: number, hours = 0): string {
  const base = Math.floor(Date.now() / 3_600_000) * 3_600_000;
  return new Date(base + days * DAY_MS + hours * 3_600_000).toISOString();
}

/**
 * A valid, harmless value for a leaf by its name and type: what a careful client would send.
 * Dates lie in the future, strings are short and plain (never a secret marker).
 */
export const validLeaf: LeafValue = (name, type) => {
  uniqueCounter += 1;
  if (isEnumType(type)) return type.getValues()[0]?.value;
  switch (type.name) {
    case 'Boolean':
      return true;
    case 'Int':
    case 'Float':
      return (
        { capacity: 5, attunement: 4, resonance: 4, months: 2, minNoticeMinutes: 0, limit: 50, chaosRigidity: 0, score: 3 } as Record<string, number>
      )[name] ?? 1;
    case 'DateTime':
      if (/^(ends?At|to|until)$/u.test(name)) return isoFromNow(40, 1);
      return isoFromNow(40);
    case 'ID':
      return '00000000-0000-4000-8000-000000000000';
    default: {
      const strings: Record<string, string> = {
        email: `probe.${uniqueCounter}.${Date.now().toString(36)}@probe.test`,
        password: 'probe-password-123',
        timeZone: 'Europe/Amsterdam',
        startTime: '15:00',
        endTime: '16:30',
        firstMonth: new Date(Date.now() + 31 * DAY_MS).toISOString().slice(0, 7),
        videoUrl: 'https://video.probe.test/room',
        token: `probe-token-${uniqueCounter}`,
        locale: 'en',
      };
      return strings[name] ?? `Probe ${name}`;
    }
  }
};
