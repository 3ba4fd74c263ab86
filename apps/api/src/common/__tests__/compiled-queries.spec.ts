import { GraphQLObjectType, GraphQLSchema, GraphQLString } from 'graphql';
import { dropPropertyResolvers } from '../compiled-queries';

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
