// A lead plans a monthly series in a real Chromium and finds its sessions on the Sessions page.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newPage, snapshot } from '../support/browser.js';
import { Client } from '../support/gql.js';
import { startApi, type RunningApi } from '../support/server.js';

describe('browser: planning a monthly series', () => {
  let api: RunningApi;
  let browser: Browser;
  beforeAll(async () => {
    [api, browser] = await Promise.all([startApi(), launchBrowser()]);
    // Let the lead use the app in English for readable selectors.
    const lead = await new Client(api.baseUrl).login('lead@attune.demo');
    await lead.ok('mutation { updateProfile(input: { locale: en }) { id } }');
  });
  afterAll(async () => {
    await browser?.close();
    await api?.stop();
  });

  it('lets a lead create a monthly series that then shows on the Sessions page', async () => {
    const title = `Maandelijkse intervisie ${Date.now().toString(36)}`;
    const { context, page } = await newPage(browser, api.baseUrl, 'en-GB');
    await page.goto('/login');
    await page.getByLabel('E-mail address').fill('lead@attune.demo');
    await page.getByLabel('Password', { exact: true }).fill('attune-demo-2026');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1 }).filter({ hasText: 'Marieke' }).waitFor();

    await page.goto('/sessions/new');
    await page.getByRole('heading', { level: 1, name: 'Plan a session' }).waitFor();
    await page.locator('label', { hasText: 'A monthly series' }).click();
    await page.getByRole('textbox', { name: 'Title' }).fill(title);
    await page.getByRole('button', { name: 'Create series' }).click();
    await page.getByText('The session has been planned').or(page.getByRole('heading', { level: 1, name: 'Sessions' })).first().waitFor();

    const { rows } = await api.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM session WHERE title = $1 AND series_id IS NOT NULL`, [title]);
    expect(rows[0]!.n).toBeGreaterThan(1);

    await page.goto('/sessions');
    await page.getByRole('heading', { level: 1, name: 'Sessions' }).waitFor();
    await page.getByRole('main').getByText(title).first().waitFor();
    await snapshot(page, 'sessions-with-series');
    await context.close();
  });
});
