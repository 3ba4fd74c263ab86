import { get } from 'node:http';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestApp, type TestApp } from './harness';

/** The built web app from the API's port: index.html revalidated by ETag, GraphQL answers never tagged. */
describe('serving the web app beside the API', () => {
  let t: TestApp;
  let dist: string;
  beforeAll(async () => {
    dist = mkdtempSync(join(tmpdir(), 'attune-web-'));
    mkdirSync(join(dist, 'assets'));
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Attune</title>');
    writeFileSync(join(dist, 'assets', 'app.js'), 'console.log(1)');
    t = await startTestApp({ ATTUNE_WEB_DIST: dist });
  });
  afterAll(async () => {
    await t.close();
    rmSync(dist, { recursive: true, force: true });
  });

  it('lets a browser revalidate index.html: an ETag, and 304 when it has not changed', async () => {
    const first = await fetch(`${t.baseUrl}/sessions`, { headers: { accept: 'text/html' } });
    expect(first.status).toBe(200);
    expect(first.headers.get('cache-control')).toBe('no-cache');
    const etag = first.headers.get('etag');
    expect(etag).toBeTruthy();
    // With node:http: fetch adds `Cache-Control: no-cache` to a conditional request, which always gets the whole file.
    const status = await new Promise<number | undefined>((resolve, reject) => {
      get(`${t.baseUrl}/sessions`, { headers: { accept: 'text/html', 'if-none-match': etag as string } }, (res) => {
        res.resume();
        resolve(res.statusCode);
      }).on('error', reject);
    });
    expect(status).toBe(304);
  });

  it('tags static assets too, and no GraphQL answer', async () => {
    const asset = await fetch(`${t.baseUrl}/assets/app.js`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('etag')).toBeTruthy();
    const answer = await fetch(`${t.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ me { id } }' }),
    });
    expect(answer.status).toBe(200);
    expect(answer.headers.get('etag')).toBeNull();
    expect(answer.headers.get('cache-control')).toBe('no-store');
  });
});
