import type {
  GatewayExecutionResult,
  GatewayExecutor,
  GatewayGraphQLRequestContext,
  GatewayInterface,
  GatewaySchemaLoadOrUpdateCallback,
} from '@apollo/server-gateway-interface';
import { execute, isObjectType, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import { Logger } from '@nestjs/common';
import { useGatewayRequestContext } from './gateway-context';

/** How many query texts are remembered, and how many compiled ones are kept (least recently used go first). */
const SEEN_LIMIT = 1_000;
const COMPILED_LIMIT = 200;

export interface CompiledQueriesStats {
  /** Queries answered by compiled code / by graphql-js (mutations always by graphql-js). */
  compiled: number;
  interpreted: number;
  /** Compiled queries kept now. */
  cached: number;
}

/**
 * Answers queries that come again with code compiled for them (graphql-jit) instead of
 * graphql-js walking the document field by field — on pages of a few thousand fields, that
 * walk (a resolve-info, an arguments object and a path per field) was most of the API's work.
 *
 * It sits where Apollo Server lets a gateway execute operations: parsing, validation (depth,
 * cost and the other limits), the context, plugins and error formatting stay Apollo's. What
 * changes, and what is kept as it was:
 *
 * - Only queries, and only a query text seen `compileAfter` times (0: never), so a stream of
 *   one-off texts costs no compilation; at most COMPILED_LIMIT compiled queries are kept.
 *   Mutations run in graphql-js, in order, as before.
 * - Variables that do not fit their types: the operation runs in graphql-js instead (nothing has
 *   run yet), so the 400 answer and its BAD_USER_INPUT message with the offending field stay
 *   exactly as they were.
 * - A request whose operation Apollo could not pick (unknown name; several and none named) is
 *   answered by graphql-js too.
 * - Resolvers are the same functions (guards, filters, loaders and all); errors keep their
 *   message, path and extensions. One difference: when an error nulls a parent, graphql-js
 *   answers once that is settled and leaves out errors of sibling fields that finish later
 *   (timing decides); compiled code waits for every field and reports them as well — always
 *   about fields whose parent is null in the answer (compiled-queries.e2e.spec.ts).
 * - Fields whose resolver only reads the property of the same name (Nest's default) lose that
 *   resolver, so compiled code reads the property directly; graphql-js's default resolver does
 *   the same for the fields it runs.
 */
export class CompiledQueries implements GatewayInterface {
  private built: GraphQLSchema | null = null;
  private schema: GraphQLSchema | null = null;
  private listener: GatewaySchemaLoadOrUpdateCallback | null = null;
  private readonly seen = new Map<string, number>();
  private readonly compiledQueries = new Map<string, CompiledQuery | null>();
  private counts = { compiled: 0, interpreted: 0 };

  constructor(private readonly compileAfter: number) {}

  /** Whether queries are compiled at all (ATTUNE_COMPILE_QUERIES_AFTER=0 turns it off). */
  get enabled(): boolean {
    return this.compileAfter > 0;
  }

  /** The schema NestJS built (its `transformSchema` hook); Apollo loads it from here on start. */
  readonly takeSchema = (schema: GraphQLSchema): GraphQLSchema => {
    this.built = schema;
    return schema;
  };

  stats(): CompiledQueriesStats {
    return { ...this.counts, cached: [...this.compiledQueries.values()].filter(Boolean).length };
  }

  async load(): Promise<{ schema: GraphQLSchema; executor: GatewayExecutor }> {
    const schema = this.built;
    if (!schema) throw new Error('CompiledQueries: the schema was not handed over (transformSchema)');
    dropPropertyResolvers(schema);
    // Apollo's own builder of the context handed to execute() keeps each request's garbage
    // alive into the old generation (gateway-context.ts).
    if (!useGatewayRequestContext()) new Logger('CompiledQueries').warn("Apollo Server's gateway context builder was not found: using its own");
    this.schema = schema;
    this.listener?.({ apiSchema: schema, coreSupergraphSdl: '' });
    return { schema, executor: (rc) => this.execute(rc) };
  }

  onSchemaLoadOrUpdate(callback: GatewaySchemaLoadOrUpdateCallback): () => void {
    this.listener = callback;
    return () => {
      this.listener = null;
    };
  }

  async stop(): Promise<void> {
    this.compiledQueries.clear();
    this.seen.clear();
  }

  private async execute(rc: GatewayGraphQLRequestContext): Promise<GatewayExecutionResult> {
    // No operation when the name asked for is not in the document (or none is given for several):
    // graphql-js answers that, as it always has.
    const operation = rc.operation as OperationDefinitionNode | undefined;
    const compiled = operation?.operation === 'query' ? this.compiledFor(rc) : null;
    if (compiled) {
      const result = await compiled.query(undefined, rc.context, rc.request.variables ?? {});
      // No data at all: the variables did not fit, and nothing ran. graphql-js says so in the words clients know.
      if (result.data !== undefined) {
        this.counts.compiled += 1;
        return result as GatewayExecutionResult;
      }
    }
    this.counts.interpreted += 1;
    return execute({
      schema: this.requireSchema(),
      document: rc.document,
      contextValue: rc.context,
      variableValues: rc.request.variables,
      operationName: rc.request.operationName,
    }) as Promise<GatewayExecutionResult>;
  }

  /** The compiled query for this text and operation, once it has been seen often enough; null to interpret it. */
  private compiledFor(rc: GatewayGraphQLRequestContext): CompiledQuery | null {
    if (!this.enabled || !rc.queryHash) return null;
    const key = `${rc.queryHash}:${rc.operationName ?? ''}`;
    const known = this.compiledQueries.get(key);
    if (known !== undefined) {
      // Most recently used last, so the first key is the one to let go.
      this.compiledQueries.delete(key);
      this.compiledQueries.set(key, known);
      return known;
    }
    const times = (this.seen.get(key) ?? 0) + 1;
    this.seen.delete(key);
    if (times < this.compileAfter) {
      this.seen.set(key, times);
      evictOldest(this.seen, SEEN_LIMIT);
      return null;
    }
    const result = compileQuery(this.requireSchema(), rc.document, rc.operationName ?? undefined);
    // A query graphql-jit cannot compile is interpreted every time (remembered as null).
    const compiled = isCompiledQuery(result) ? result : null;
    this.compiledQueries.set(key, compiled);
    evictOldest(this.compiledQueries, COMPILED_LIMIT);
    return compiled;
  }

  private requireSchema(): GraphQLSchema {
    if (!this.schema) throw new Error('CompiledQueries: load() has not run');
    return this.schema;
  }
}

function evictOldest<K, V>(map: Map<K, V>, limit: number): void {
  while (map.size > limit) {
    const oldest = map.keys().next();
    if (oldest.done) return;
    map.delete(oldest.value);
  }
}

const PROBE = Symbol('probe');

/**
 * Removes resolvers that only read the source's property of the field's own name and have no
 * default value — what NestJS gives every plain `@Field()` — checked by calling each one, so a
 * field read from another property, or with a default, keeps its resolver.
 */
export function dropPropertyResolvers(schema: GraphQLSchema): number {
  let dropped = 0;
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const resolve = field.resolve;
      if (!resolve || resolve.name !== 'rootFieldResolver' || resolve.length !== 1) continue;
      const call = resolve as unknown as (source: Record<string, unknown>) => unknown;
      if (call({ [field.name]: PROBE }) === PROBE && call({}) === undefined) {
        field.resolve = undefined;
        dropped += 1;
      }
    }
  }
  return dropped;
}
