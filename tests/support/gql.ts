// A GraphQL client over HTTP that keeps its cookie, like a browser tab.
export const DEMO_PASSWORD = 'attune-demo-2026';

export interface GqlError {
  message: string;
  extensions?: { code?: string; field?: string; [k: string]: unknown };
}

export interface GqlResponse<T> {
  status: number;
  data: T | null;
  errors?: GqlError[];
  headers: Headers;
}

export class Client {
  cookie: string | null = null;
  constructor(readonly baseUrl: string) {}

  async gql<T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}): Promise<GqlResponse<T>> {
    const res = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(this.cookie ? { cookie: this.cookie } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const set = res.headers.get('set-cookie');
    if (set) {
      const pair = set.split(';')[0] ?? '';
      this.cookie = pair.endsWith('=') ? null : pair;
    }
    const text = await res.text();
    let body: { data?: T; errors?: GqlError[] };
    try {
      body = JSON.parse(text) as { data?: T; errors?: GqlError[] };
    } catch {
      throw new Error(`Non-JSON answer (${res.status}): ${text.slice(0, 200)}`);
    }
    return { status: res.status, data: body.data ?? null, errors: body.errors, headers: res.headers };
  }

  async ok<T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const r = await this.gql<T>(query, variables);
    if (r.errors?.length || !r.data) throw new Error(`GraphQL failed (${r.status}): ${JSON.stringify(r.errors)}`);
    return r.data;
  }

  async login(email: string, password = DEMO_PASSWORD): Promise<this> {
    await this.ok(`mutation($e: String!, $p: String!) { login(email: $e, password: $p) { id } }`, { e: email, p: password });
    return this;
  }
}

export function codeOf(r: GqlResponse<unknown>): string | undefined {
  return r.errors?.[0]?.extensions?.code;
}
