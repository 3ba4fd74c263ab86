import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, visit, type DocumentNode } from 'graphql';

/**
 * Refuses text that is not valid Unicode — a lone UTF-16 surrogate such as "\ud800", which JSON
 * can carry but no UTF-8 text can — anywhere in a request's variables or inline arguments, with
 * BAD_USER_INPUT on the field that holds it. Checked once at the edge, so no such string reaches
 * a validator, the database or a mail (PostgreSQL's json refuses it, and it would fail there with
 * no field to point at).
 */
/** With the `u` flag a surrogate pair is one code point, so this matches only a lone surrogate. */
const LONE_SURROGATE = /\p{Cs}/u;

export function wellFormedInputPlugin(): ApolloServerPlugin {
  return {
    requestDidStart: async () => ({
      didResolveOperation: async ({ request, document }) => {
        const field = illFormedIn(request.variables ?? {}) ?? illFormedInDocument(document);
        if (field !== null) {
          throw new GraphQLError('Text must be valid Unicode', {
            extensions: { code: 'BAD_USER_INPUT', field, http: { status: 400 } },
          });
        }
      },
    }),
  };
}

/** The name of the first field (or variable) holding ill-formed text, or null. */
function illFormedIn(value: unknown, name = ''): string | null {
  if (typeof value === 'string') return LONE_SURROGATE.test(value) ? name : null;
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = illFormedIn(item, name);
      if (found !== null) return found;
    }
    return null;
  }
  if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const found = illFormedIn(item, key);
      if (found !== null) return found;
    }
  }
  return null;
}

/**
 * Apollo hands over the same parsed document each time a query text comes again (its document
 * cache), and documents are never changed: each is walked once.
 */
const checkedDocuments = new WeakMap<DocumentNode, string | null>();

function illFormedInDocument(document: DocumentNode): string | null {
  const known = checkedDocuments.get(document);
  if (known !== undefined) return known;
  const found = walkDocument(document);
  checkedDocuments.set(document, found);
  return found;
}

function walkDocument(document: DocumentNode): string | null {
  let found: string | null = null;
  const names: string[] = [];
  visit(document, {
    Argument: { enter: (node) => void names.push(node.name.value), leave: () => void names.pop() },
    ObjectField: { enter: (node) => void names.push(node.name.value), leave: () => void names.pop() },
    StringValue(node) {
      if (found === null && LONE_SURROGATE.test(node.value)) found = names[names.length - 1] ?? '';
    },
  });
  return found;
}
