/* global window, PerformanceObserver */
/* eslint-disable no-console */
// `npm run bench:web`: loads the Sessions and Team pages of the built web app in a real Chromium
// against the large dataset (npm run seed:large) and records Largest Contentful Paint and
// Cumulative Layout Shift for each, as a person opening the page would get them (a full load,
// signed in as a team lead). Prints a table and writes JSON under tests/bench/results/.
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { startApi } from './lib/api.mjs';
import { BENCH_EMAIL_DOMAIN, BENCH_PASSWORD, ROOT, openServer } from './lib/server.mjs';

const RUNS = Number(process.env.BENCH_WEB_RUNS || 5);
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** Installed before any page script runs: collects LCP and CLS with buffered observers. */
const OBSERVE = () => {
  window.__vitals = { lcp: 0, cls: 0 };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__vitals.lcp = Math.max(window.__vitals.lcp, e.startTime);
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (!e.hadRecentInput) window.__vitals.cls += e.value;
  }).observe({ type: 'layout-shift', buffered: true });
};

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};

const server = await openServer({ log: (m) => console.log(`[bench:web] ${m}`) });
const api = await startApi(server.url);
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
});
const results = [];
try {
  const context = await browser.newContext({ baseURL: api.baseUrl, locale: 'nl-NL', timezoneId: 'Europe/Amsterdam', viewport: { width: 1280, height: 900 } });
  await context.addInitScript(OBSERVE);
  const page = await context.newPage();
  page.setDefaultTimeout(30_000);
  await page.goto('/login');
  await page.getByLabel(/^(E-mail address|E-mailadres)$/).fill(`t001p01@${BENCH_EMAIL_DOMAIN}`);
  await page.getByLabel(/^(Password|Wachtwoord)$/).fill(BENCH_PASSWORD);
  await page.getByRole('button', { name: /^(Sign in|Inloggen)$/ }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
  const teamId = await page.evaluate(async () => {
    const r = await fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ myTeams { id myRole } }' }) });
    const body = await r.json();
    return body.data.myTeams.find((t) => t.myRole === 'LEAD')?.id ?? body.data.myTeams[0].id;
  });

  for (const [name, path, ready] of [
    ['Sessions', '/sessions', (p) => p.locator('.at-session-card, article').first().waitFor()],
    ['Team', `/teams/${teamId}`, (p) => p.getByRole('heading', { level: 1 }).waitFor()],
  ]) {
    const lcps = [];
    const clss = [];
    for (let i = 0; i < RUNS + 1; i++) {
      await page.goto(path, { waitUntil: 'load' });
      await ready(page);
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(300);
      const v = await page.evaluate(() => window.__vitals);
      if (i === 0) continue; // warm-up load
      lcps.push(v.lcp);
      clss.push(v.cls);
    }
    results.push({ page: name, path, runs: RUNS, lcpMedianMs: Math.round(median(lcps)), lcpMaxMs: Math.round(Math.max(...lcps)), clsMedian: Number(median(clss).toFixed(4)), clsMax: Number(Math.max(...clss).toFixed(4)) });
  }
} finally {
  await browser.close();
  await api.stop();
  await server.stop();
}

console.log('\n| page | LCP median ms | LCP max ms | CLS median | CLS max | runs |');
console.log('| --- | --- | --- | --- | --- | --- |');
for (const r of results) console.log(`| ${r.page} | ${r.lcpMedianMs} | ${r.lcpMaxMs} | ${r.clsMedian} | ${r.clsMax} | ${r.runs} |`);
const dir = resolve(ROOT, 'tests/bench/results');
mkdirSync(dir, { recursive: true });
const file = resolve(dir, `web-vitals-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
writeFileSync(file, JSON.stringify({ at: new Date().toISOString(), results }, null, 2));
console.log(`\nwritten to ${file}`);
