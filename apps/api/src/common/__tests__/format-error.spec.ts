import { buildSchema, parse, type OperationDefinitionNode } from 'graphql';
import { getVariableValues } from 'graphql/execution/values';
import { coercionField, formatError } from '../format-error';

const schema = buildSchema(`
  input Nine { insight: Int! }
  input Draft { title: String! capacity: Int nine: Nine tags: [String!] }
  type Query { probe(id: ID!, input: Draft): Int }
`);
const operation = parse(`query($id: ID!, $input: Draft) { probe(id: $id, input: $input) }`).definitions[0] as OperationDefinitionNode;

/** The messages graphql-js itself gives for these variables (not copied by hand). */
function messages(variables: Record<string, unknown>): string[] {
  const result = getVariableValues(schema, operation.variableDefinitions ?? [], variables);
  return 'errors' in result && result.errors ? result.errors.map((e) => e.message) : [];
}

describe('coercionField', () => {
  it.each([
    [{ input: { title: 'x' } }, 'id'],
    [{ id: 5.5 }, 'id'],
    [{ id: 'a', input: { title: 'x', capacity: 'many' } }, 'input.capacity'],
    [{ id: 'a', input: { capacity: 1 } }, 'input.title'],
    [{ id: 'a', input: { title: 'x', colour: 'red' } }, 'input.colour'],
    [{ id: 'a', input: { title: 'x', nine: {} } }, 'input.nine.insight'],
    [{ id: 'a', input: { title: 'x', nine: { insight: 2 ** 31 } } }, 'input.nine.insight'],
    [{ id: 'a', input: { title: 'x', tags: ['ok', 3] } }, 'input.tags[1]'],
    [{ id: 'a', input: 'not an object' }, 'input'],
  ])('names the field of %j: %s', (variables, field) => {
    const [message] = messages(variables);
    expect(message).toBeDefined();
    expect(coercionField(message!)).toBe(field);
  });

  it('is not fooled by text inside the value', () => {
    const [message] = messages({ id: 'a', input: { title: 'x', capacity: 'x at "input.title"; Field "nope" is not defined by type' } });
    expect(coercionField(message!)).toBe('input.capacity');
  });

  it('leaves other messages alone', () => {
    expect(coercionField('Cannot query field "x" on type "Query".')).toBeUndefined();
  });
});

describe('formatError', () => {
  it('adds the field to a coercion error and keeps a domain field', () => {
    const [message] = messages({ id: 'a', input: { title: 'x', capacity: 'many' } });
    expect(formatError({ message: message!, extensions: { code: 'BAD_USER_INPUT' } }).extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'input.capacity',
    });
    expect(formatError({ message: 'Capacity must be …', extensions: { code: 'BAD_USER_INPUT', field: 'capacity' } }).extensions?.field).toBe('capacity');
  });

  it('masks unknown codes and drops stack traces', () => {
    const out = formatError({ message: 'boom at /srv/x.js:1', extensions: { code: 'WHATEVER', stacktrace: ['at x'] } });
    expect(out).toEqual({ message: 'Something went wrong on our side', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  });
});
