import { TEST_PASSWORD, arrange, startTestApp, type TestApp } from './harness';
import { report } from './report';

/**
 * Login abuse (issue 7 §4): an unknown e-mail and a wrong password get the same answer in
 * similar time; at most 5 attempts a minute per e-mail (from any address) and per client
 * address (for any e-mail), also when they arrive at once; a session id planted before login is
 * never adopted. (Aliased and batched logins: limits.e2e.spec.ts; rotation and
 * logoutEverywhere: auth.e2e.spec.ts.)
 */

const LOGIN = `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { id } }`;

interface LoginAnswer {
  ms: number;
  status: number;
  errors: { message: string; extensions?: { code?: string; reason?: string } }[] | undefined;
  cookie: string | null;
}

async function login(baseUrl: string, email: string, password: string, headers: Record<string, string> = {}): Promise<LoginAnswer> {
  const started = process.hrtime.bigint();
  const res = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: LOGIN, variables: { e: email, p: password } }),
  });
  const body = (await res.json()) as { errors?: LoginAnswer['errors'] };
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  return { ms, status: res.status, errors: body.errors, cookie: res.headers.get('set-cookie')?.split(';')[0] ?? null };
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};
const reasonOf = (a: LoginAnswer): string => a.errors?.[0]?.extensions?.reason ?? (a.errors ? (a.errors[0]?.extensions?.code ?? '?') : 'OK');
const from = (address: string): Record<string, string> => ({ 'x-forwarded-for': address });

describe('login abuse', () => {
  describe('the same answer, in similar time', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp({ LOGIN_ATTEMPTS_PER_EMAIL: '1000', LOGIN_ATTEMPTS_PER_ADDRESS: '100000' });
      await arrange(t.db, { teams: ['North'], people: { 'known@north.test': { team: 'North' } } });
    });
    afterAll(() => t.close());

    it('answers an unknown e-mail exactly like a wrong password, and takes about as long', async () => {
      const ROUNDS = 10;
      // Warm up both paths (the first unknown e-mail also prepares the dummy hash).
      await login(t.baseUrl, 'warm-up@north.test', 'not-the-password');
      await login(t.baseUrl, 'known@north.test', 'not-the-password');
      const unknown: LoginAnswer[] = [];
      const wrong: LoginAnswer[] = [];
      for (let i = 0; i < ROUNDS; i++) {
        // Interleaved, so a busy moment on the machine hits both alike.
        unknown.push(await login(t.baseUrl, `nobody-${i}@north.test`, `not-the-password-${i}`));
        wrong.push(await login(t.baseUrl, 'known@north.test', `not-the-password-${i}`));
      }
      const shape = (a: LoginAnswer) => ({ status: a.status, errors: a.errors, cookie: a.cookie });
      for (const a of [...unknown, ...wrong]) expect(shape(a)).toEqual(shape(wrong[0]!));
      expect(wrong[0]!.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      const mu = median(unknown.map((a) => a.ms));
      const mw = median(wrong.map((a) => a.ms));
      report(
        `login-abuse: timing over ${ROUNDS}+${ROUNDS} attempts: unknown e-mail median ${mu.toFixed(1)} ms, wrong password median ${mw.toFixed(1)} ms (ratio ${(mu / mw).toFixed(2)}); identical answers`,
      );
      // Generous, so two busy cores do not make it flaky: without the dummy hash an unknown
      // e-mail answers in a few ms against tens of ms for a password check.
      expect(mu).toBeGreaterThanOrEqual(mw * 0.5);
      expect(mw).toBeGreaterThanOrEqual(mu * 0.5);
    });
  });

  describe('at most 5 attempts a minute per e-mail, from any address', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp({ LOGIN_ATTEMPTS_PER_EMAIL: '5', LOGIN_ATTEMPTS_PER_ADDRESS: '100000', TRUST_PROXY: '1' });
      await arrange(t.db, {
        teams: ['North'],
        people: { 'target@north.test': { team: 'North' }, 'burst@north.test': { team: 'North' }, 'other@north.test': { team: 'North' } },
      });
    });
    afterAll(() => t.close());

    it('refuses the sixth attempt on an e-mail even from new addresses and with the right password', async () => {
      const answers: LoginAnswer[] = [];
      for (let i = 0; i < 5; i++) answers.push(await login(t.baseUrl, 'target@north.test', `wrong-${i}`, from(`198.51.100.${i + 1}`)));
      expect(answers.map(reasonOf)).toEqual(Array(5).fill('UNAUTHENTICATED'));
      const more: LoginAnswer[] = [];
      for (let i = 0; i < 5; i++) more.push(await login(t.baseUrl, 'target@north.test', TEST_PASSWORD, from(`203.0.113.${i + 1}`)));
      expect(more.map(reasonOf)).toEqual(Array(5).fill('RATE_LIMITED'));
      expect(more.every((a) => a.cookie === null)).toBe(true);
      // An unknown e-mail is limited the same way (the limit does not reveal which exist).
      const unknown: string[] = [];
      for (let i = 0; i < 6; i++) unknown.push(reasonOf(await login(t.baseUrl, 'ghost@north.test', `wrong-${i}`, from(`192.0.2.${i + 1}`))));
      expect(unknown).toEqual([...Array(5).fill('UNAUTHENTICATED'), 'RATE_LIMITED']);
      // Other e-mails from the same addresses are unaffected.
      expect(reasonOf(await login(t.baseUrl, 'other@north.test', TEST_PASSWORD, from('198.51.100.1')))).toBe('OK');
      // The window slides: attempts older than a minute no longer count.
      await t.db.query(`UPDATE login_attempt SET attempted_at = attempted_at - interval '61 seconds' WHERE email = 'target@north.test'`);
      expect(reasonOf(await login(t.baseUrl, 'target@north.test', TEST_PASSWORD, from('198.51.100.9')))).toBe('OK');
      report(`login-abuse: per e-mail: 5 attempts from 5 addresses answered, next 5 (right password, 5 new addresses) RATE_LIMITED; unknown e-mail limited alike`);
    });

    it('lets through at most 5 of 20 simultaneous attempts on one e-mail', async () => {
      const burst = await Promise.all(Array.from({ length: 20 }, (_, i) => login(t.baseUrl, 'burst@north.test', i === 19 ? TEST_PASSWORD : `wrong-${i}`, from(`198.18.0.${i + 1}`))));
      const processed = burst.filter((a) => reasonOf(a) !== 'RATE_LIMITED').length;
      const stored = await t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM login_attempt WHERE email = 'burst@north.test'`);
      report(`login-abuse: per e-mail, 20 simultaneous attempts: ${processed} answered, ${20 - processed} RATE_LIMITED, ${stored.rows[0]!.n} recorded`);
      expect(processed).toBe(5);
      expect(stored.rows[0]!.n).toBe(5);
    });
  });

  describe('at most 5 attempts a minute per client address, for any e-mail', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp({ LOGIN_ATTEMPTS_PER_EMAIL: '1000', LOGIN_ATTEMPTS_PER_ADDRESS: '5', TRUST_PROXY: '1' });
      const people: Record<string, { team: string }> = {};
      for (let i = 0; i < 8; i++) people[`p${i}@north.test`] = { team: 'North' };
      await arrange(t.db, { teams: ['North'], people });
    });
    afterAll(() => t.close());

    it('refuses the sixth attempt from one address, whatever the e-mail, and not other addresses', async () => {
      const spray: string[] = [];
      for (let i = 0; i < 5; i++) spray.push(reasonOf(await login(t.baseUrl, `p${i}@north.test`, 'guess-123456', from('198.51.100.7'))));
      expect(spray).toEqual(Array(5).fill('UNAUTHENTICATED'));
      const blocked = await login(t.baseUrl, 'p5@north.test', TEST_PASSWORD, from('198.51.100.7'));
      expect(reasonOf(blocked)).toBe('RATE_LIMITED');
      expect(blocked.cookie).toBeNull();
      expect(reasonOf(await login(t.baseUrl, 'p5@north.test', TEST_PASSWORD, from('198.51.100.8')))).toBe('OK');
      report(`login-abuse: per address: 5 attempts on 5 e-mails answered, the 6th (right password) RATE_LIMITED; another address unaffected`);
    });

    it('lets through at most 5 of 20 simultaneous attempts from one address', async () => {
      const burst = await Promise.all(Array.from({ length: 20 }, (_, i) => login(t.baseUrl, `p${i % 8}@north.test`, `guess-${i}`, from('198.18.1.1'))));
      const processed = burst.filter((a) => reasonOf(a) !== 'RATE_LIMITED').length;
      report(`login-abuse: per address, 20 simultaneous attempts: ${processed} answered, ${20 - processed} RATE_LIMITED`);
      expect(processed).toBe(5);
    });
  });

  describe('session fixation', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp();
      await arrange(t.db, { teams: ['North'], people: { 'fix@north.test': { team: 'North' } } });
    });
    afterAll(() => t.close());

    it('never adopts a session id the client brought along', async () => {
      const planted = 'attune_session=attacker-chosen-session-id-0000000000000000';
      const a = await login(t.baseUrl, 'fix@north.test', TEST_PASSWORD, { cookie: planted });
      expect(reasonOf(a)).toBe('OK');
      expect(a.cookie).toMatch(/^attune_session=/u);
      expect(a.cookie).not.toBe(planted);
      const me = async (cookie: string) =>
        (
          (await (
            await fetch(`${t.baseUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify({ query: '{ me { id } }' }) })
          ).json()) as { data: { me: { id: string } | null } }
        ).data.me;
      expect(await me(planted)).toBeNull();
      expect(await me(a.cookie!)).not.toBeNull();
    });
  });
});
