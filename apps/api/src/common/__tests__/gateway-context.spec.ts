import { HeaderMap } from '@apollo/server';
import { buildSchema, parse, type OperationDefinitionNode } from 'graphql';
import { apolloGatewayRequestContextBuilder, gatewayRequestContext, useGatewayRequestContext } from '../gateway-context';

function pipelineContext(search: string) {
  const document = parse('query Q($n: Int) { a(n: $n) }');
  const headers = new HeaderMap([['content-type', 'application/json']]);
  return {
    request: { query: 'query Q($n: Int) { a(n: $n) }', operationName: 'Q', variables: { n: 1 }, http: { method: 'POST', headers, search } },
    response: { http: { headers: new HeaderMap(), status: undefined as number | undefined } },
    contextValue: { user: 'u' },
    schema: buildSchema('type Query { a(n: Int): Int }'),
    queryHash: 'h',
    document,
    source: 'query Q($n: Int) { a(n: $n) }',
    operationName: 'Q',
    operation: document.definitions[0] as OperationDefinitionNode,
    errors: undefined,
    metrics: {},
    overallCachePolicy: { maxAge: 0 },
    requestIsBatched: false,
  };
}
/** The entries of a gateway's Headers (its `entries()` is typed as a bare Iterator). */
function entriesOf(headers: { entries(): Iterator<[string, string]> } | undefined): [string, string][] {
  const out: [string, string][] = [];
  if (!headers) return out;
  const it = headers.entries();
  for (let next = it.next(); !next.done; next = it.next()) out.push(next.value);
  return out;
}
const server = { logger: console, cache: { get: async () => undefined, set: async () => undefined, delete: async () => true } };

describe('gatewayRequestContext', () => {
  // Apollo's own builder, as this file loaded it (nothing has replaced it yet).
  const apollo = apolloGatewayRequestContextBuilder();

  it('builds what Apollo Server’s own builder builds', () => {
    expect(apollo).not.toBeNull();
    for (const search of ['', 'x=1', '?x=1']) {
      const ours = gatewayRequestContext(pipelineContext(search) as never, server as never, { includeStacktraceInErrorResponses: false });
      const theirs = apollo!(pipelineContext(search) as never, server as never, { includeStacktraceInErrorResponses: false });
      const plain = (c: typeof ours) => ({
        ...c,
        request: { ...c.request, http: { ...c.request.http, headers: entriesOf(c.request.http?.headers) } },
        response: { status: c.response?.http?.status, headers: entriesOf(c.response?.http?.headers) },
      });
      expect(plain(ours)).toEqual(plain(theirs));
      expect(Object.keys(ours).sort()).toEqual(Object.keys(theirs).sort());
    }
  });

  it('reads and writes the response status and headers of the request itself', () => {
    const rc = pipelineContext('');
    const built = gatewayRequestContext(rc as never, server as never, {});
    built.response!.http!.status = 418;
    expect(rc.response.http.status).toBe(418);
    rc.response.http.status = 200;
    expect(built.response!.http!.status).toBe(200);
    const headers = built.response!.http!.headers;
    headers.set('x-a', '1');
    headers.append('x-a', '2');
    expect(rc.response.http.headers.get('x-a')).toBe('1, 2');
    expect(headers.get('x-missing')).toBeNull();
    expect(headers.has('x-a')).toBe(true);
    headers.delete('x-a');
    expect(rc.response.http.headers.has('x-a')).toBe(false);
    expect(built.request.http?.headers.get('content-type')).toBe('application/json');
  });

  it('is what Apollo Server uses once installed', () => {
    expect(useGatewayRequestContext()).toBe(true);
    expect(apolloGatewayRequestContextBuilder()).toBe(gatewayRequestContext);
  });
});
