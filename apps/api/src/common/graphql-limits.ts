import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type ASTVisitor, type ValidationContext, type ValidationRule } from 'graphql';

/** The explicit limits every request is held to (validated before anything executes). */
export const GRAPHQL_LIMITS = { maxDepth: 6, maxAliases: 15, maxTokens: 1000, maxCost: 5000, maxDirectives: 10 } as const;

/** Mutations that may appear once per request and never under an alias (no guessing in bulk). */
const ONCE_ONLY = new Set(['login', 'acceptInvite']);

export const singleCredentialAttemptRule: ValidationRule = (context: ValidationContext): ASTVisitor => {
  const seen = new Map<string, number>();
  return {
    Field(node) {
      if (!ONCE_ONLY.has(node.name.value) || context.getParentType()?.name !== 'Mutation') return;
      const count = (seen.get(node.name.value) ?? 0) + 1;
      seen.set(node.name.value, count);
      if (node.alias || count > 1) {
        context.reportError(
          new GraphQLError(`${node.name.value} may be sent once per request, without an alias`, {
            nodes: [node],
            extensions: { code: 'BAD_USER_INPUT' },
          }),
        );
      }
    },
  };
};

export function graphqlProtection(production: boolean): {
  plugins: ApolloServerPlugin[];
  validationRules: ValidationRule[];
  parseOptions: { maxTokens: number };
} {
  const armor = new ApolloArmor({
    maxDepth: { n: GRAPHQL_LIMITS.maxDepth, exposeLimits: true },
    maxAliases: { n: GRAPHQL_LIMITS.maxAliases, exposeLimits: true },
    // Tokens are limited by graphql-js's own parser (`parseOptions.maxTokens`), which answers a
    // clean 400 GRAPHQL_PARSE_FAILED; armor's token plugin turns parse errors into 500s.
    maxTokens: { enabled: false },
    costLimit: { maxCost: GRAPHQL_LIMITS.maxCost, exposeLimits: true },
    maxDirectives: { n: GRAPHQL_LIMITS.maxDirectives, exposeLimits: true },
    blockFieldSuggestion: { enabled: production },
  });
  const { plugins, validationRules } = armor.protect();
  return {
    plugins,
    validationRules: [...validationRules, singleCredentialAttemptRule],
    parseOptions: { maxTokens: GRAPHQL_LIMITS.maxTokens },
  };
}
