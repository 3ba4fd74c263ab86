import { createHash } from 'node:crypto';
import type { GatewayExecutor, GatewayGraphQLRequestContext } from '@apollo/server-gateway-interface';
import { GraphQLInt, GraphQLObjectType, GraphQLSchema, GraphQLString, getOperationAST, parse } from 'graphql';
import { CompiledQueries, dropPropertyResolvers } from '../compiled-queries';

/** NestJS's resolver for a plain `@Field()`: reads a property, with an optional default. */
function nestLike(property: string, defaultValue?: unknown): (root: Record<string, unknown>) => unknown {
  const rootFieldResolver = (root: Record<string, unknown>): unknown => {
    const value = root[property];
    return typeof value === 'undefined' ? defaultValue : value;
  };
  return rootFieldResolver;
}

describe('dropPropertyResolvers', () => {
  it('drops only resolvers that read the property of the field’s own name, without a default', () => {
    const own = nestLike('title');
    const renamed = nestLike('internalName');
    const withDefault = nestLike('label', 'none');
    const custom = (root: Record<string, unknown>): unknown => root.title;
    const type = new GraphQLObjectType({
      name: 'Thing',
      fields: {
        title: { type: GraphQLString, resolve: own },
        name: { type: GraphQLString, resolve: renamed },
        label: { type: GraphQLString, resolve: withDefault },
        other: { type: GraphQLString, resolve: custom },
        plain: { type: GraphQLString },
      },
    });
    const schema = new GraphQLSchema({ query: new GraphQLObjectType({ name: 'Query', fields: { thing: { type } } }) });
    expect(dropPropertyResolvers(schema)).toBe(1);
    const fields = type.getFields();
    expect(fields.title!.resolve).toBeUndefined();
    expect(fields.name!.resolve).toBe(renamed);
    expect(fields.label!.resolve).toBe(withDefault);
    expect(fields.other!.resolve).toBe(custom);
    expect(fields.plain!.resolve).toBeUndefined();
  });
});

describe('CompiledQueries', () => {
  const schema = (): GraphQLSchema =>
    new GraphQLSchema({
      query: new GraphQLObjectType({
        name: 'Query',
        fields: { n: { type: GraphQLInt, args: { x: { type: GraphQLInt } }, resolve: (_s, args: { x?: number }) => args.x ?? 0 } },
      }),
      mutation: new GraphQLObjectType({ name: 'Mutation', fields: { m: { type: GraphQLString, resolve: () => 'done' } } }),
    });

  const start = async (compileAfter: number): Promise<{ cq: CompiledQueries; run: (text: string, variables?: Record<string, unknown>) => Promise<unknown> }> => {
    const cq = new CompiledQueries(compileAfter);
    cq.takeSchema(schema());
    const { executor }: { executor: GatewayExecutor } = await cq.load();
    const run = async (text: string, variables: Record<string, unknown> = {}): Promise<unknown> => {
      const document = parse(text);
      const operation = getOperationAST(document);
      const rc = {
        request: { query: text, variables },
        queryHash: createHash('sha256').update(text).digest('hex'),
        document,
        operation,
        operationName: operation?.name?.value ?? null,
        context: {},
      } as unknown as GatewayGraphQLRequestContext;
      return executor(rc);
    };
    return { cq, run };
  };

  it('compiles a query text once it has come compileAfter times, and answers alike', async () => {
    const { cq, run } = await start(3);
    const answers = [];
    for (let i = 0; i < 5; i++) answers.push(await run('query Q($x: Int) { n(x: $x) }', { x: 7 }));
    expect(answers.every((a) => JSON.stringify(a) === JSON.stringify({ data: { n: 7 } }))).toBe(true);
    expect(cq.stats()).toEqual({ compiled: 3, interpreted: 2, cached: 1 });
  });

  it('never compiles with compileAfter 0, nor a mutation', async () => {
    const off = await start(0);
    for (let i = 0; i < 3; i++) await off.run('{ n }');
    expect(off.cq.stats()).toEqual({ compiled: 0, interpreted: 3, cached: 0 });
    const on = await start(1);
    for (let i = 0; i < 3; i++) expect(await on.run('mutation { m }')).toEqual({ data: { m: 'done' } });
    expect(on.cq.stats()).toEqual({ compiled: 0, interpreted: 3, cached: 0 });
  });

  it('keeps at most 200 compiled queries, letting the least recently used go', async () => {
    const { cq, run } = await start(1);
    await run('{ n(x: 0) }');
    for (let i = 1; i < 250; i++) {
      await run(`{ n(x: ${i}) }`);
      if (i % 50 === 0) await run('{ n(x: 0) }'); // used again and again: stays
    }
    expect(cq.stats().cached).toBe(200);
    const before = cq.stats();
    await run('{ n(x: 0) }');
    // Still compiled: no new entry was needed.
    expect(cq.stats()).toEqual({ ...before, compiled: before.compiled + 1 });
  });

  it('lets graphql-js answer variables that do not fit, in its own words', async () => {
    const { cq, run } = await start(1);
    const answer = (await run('query Q($x: Int) { n(x: $x) }', { x: 'seven' })) as { data?: unknown; errors: { message: string }[] };
    expect(answer.data).toBeUndefined();
    expect(answer.errors[0]!.message).toBe('Variable "$x" got invalid value "seven"; Int cannot represent non-integer value: "seven"');
    expect(cq.stats()).toMatchObject({ compiled: 0, interpreted: 1 });
  });
});
