import type { GraphQLFormattedError } from 'graphql';

const SAFE_CODES = new Set([
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'SERVICE_UNAVAILABLE',
]);

const NAME = '[_A-Za-z][_0-9A-Za-z]*';
const VARIABLE = new RegExp(`^Variable "\\$(${NAME})"`, 'u');
const AT_PATH = / at "([^"]+)";/u;
const INNER_FIELD = new RegExp(`; Field "(${NAME})" (?:is not defined by type|of required type)`, 'u');

/**
 * The offending field of a variable that does not fit its type. graphql-js says which only in
 * its message, and Apollo answers BAD_USER_INPUT without `field`:
 *
 *   Variable "$input" got invalid value 5 at "input.capacity"; Int cannot represent …  → input.capacity
 *   Variable "$id" of required type "ID!" was not provided.                             → id
 *   Variable "$input" got invalid value {…}; Field "x" is not defined by type "…".     → input.x
 *   Variable "$input" got invalid value {…} at "input.nine"; Field "y" of required type … → input.nine.y
 *
 * Values are printed with their quotes escaped, so text inside a value cannot pose as the path.
 */
export function coercionField(message: string): string | undefined {
  const variable = VARIABLE.exec(message)?.[1];
  if (!variable) return undefined;
  const base = AT_PATH.exec(message)?.[1] ?? variable;
  const inner = INNER_FIELD.exec(message)?.[1];
  return inner ? `${base}.${inner}` : base;
}

/**
 * Last stop before an error leaves the server: known codes pass with their message and
 * field; anything else is masked. Stack traces never leave.
 */
export function formatError(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const extensions = { ...(formatted.extensions ?? {}) };
  delete extensions.stacktrace;
  delete extensions.exception;
  const code = typeof extensions.code === 'string' ? extensions.code : 'INTERNAL_SERVER_ERROR';
  if (!SAFE_CODES.has(code)) {
    return {
      message: 'Something went wrong on our side',
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  }
  if (code === 'BAD_USER_INPUT' && typeof extensions.field !== 'string') {
    const field = coercionField(formatted.message);
    if (field) extensions.field = field;
  }
  return { ...formatted, extensions: { ...extensions, code } };
}
