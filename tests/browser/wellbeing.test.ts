// Check-in feedback for the member, and the lead's aggregate view with shown and suppressed periods.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newPage, snapshot } from '../support/browser.js';
import { Client } from '../support/gql.js';
import { startApi, type RunningApi } from '../support/server.js';

async function signIn(page: Page, email: string): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('E-mail address').fill(email);
  await page.getByLabel('Password', { exact: true }).fill('attune-demo-2026');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

describe('browser: check-in and team wellbeing', () => {
  let api: RunningApi;
  let browser: Browser;
  beforeAll(async () => {
    [api, browser] = await Promise.all([startApi(), launchBrowser()]);
    const lead = await new Client(api.baseUrl).login('lead@attune.demo');
    await lead.ok('mutation { updateProfile(input: { locale: en }) { id } }');
  });
  afterAll(async () => {
    await browser?.close();
    await api?.stop();
  });

  it('lets a member complete a check-in and see feedback meant for them only', async () => {
    const { context, page } = await newPage(browser, api.baseUrl, 'en-GB');
    await signIn(page, 'ahmed@attune.demo');
    await page.goto('/check-in');
    await page.getByRole('heading', { level: 1, name: 'Check-in' }).waitFor();
    const scales = page.locator('.at-scale');
    const count = await scales.count();
    expect(count).toBe(11); // five WHO-5 items and six quick scales
    for (let i = 0; i < count; i++) await scales.nth(i).locator('.at-scale__option').nth(i < 5 ? 1 : 6).click();
    await page.getByRole('button', { name: 'Save my check-in' }).click();
    await page.getByText('Your WHO-5 score').waitFor();
    await page.getByText('20 of 100').first().waitFor(); // raw 5 × 4
    await snapshot(page, 'check-in-feedback');
    await context.close();
  });

  it('shows the lead both reported and suppressed periods, never an individual', async () => {
    const { context, page } = await newPage(browser, api.baseUrl, 'en-GB');
    await signIn(page, 'lead@attune.demo');
    await page.getByRole('navigation').getByRole('link', { name: 'Team wellbeing' }).click();
    await page.getByRole('heading', { level: 1 }).filter({ hasText: 'Wellbeing of' }).waitFor();
    await page.getByRole('radio', { name: 'Months', exact: true }).check({ force: true });
    await page.getByText('Not enough responses to protect anonymity').first().waitFor();
    await page.getByText('Respondents').first().waitFor();
    await snapshot(page, 'team-wellbeing');
    const audited = await api.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM audit_log WHERE action ILIKE '%WELLBEING%'`);
    expect(audited.rows[0]!.n).toBeGreaterThan(0);
    await context.close();
  });
});
