// Booking in a real Chromium: a member books a session, finds it under My bookings, cancels it.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newPage, snapshot } from '../support/browser.js';
import { Client } from '../support/gql.js';
import { startApi, type RunningApi } from '../support/server.js';

describe('browser: booking a session', () => {
  let api: RunningApi;
  let browser: Browser;
  let sessionId: string;
  const title = `Intervisie browsertest ${Date.now().toString(36)}`;

  beforeAll(async () => {
    [api, browser] = await Promise.all([startApi(), launchBrowser()]);
    const lead = await new Client(api.baseUrl).login('lead@attune.demo');
    const { myTeams } = await lead.ok<{ myTeams: { id: string }[] }>('{ myTeams { id } }');
    const start = new Date(Date.now() + 9 * 24 * 3600 * 1000);
    start.setUTCHours(6, 0, 0, 0);
    const end = new Date(start.getTime() + 90 * 60 * 1000);
    const created = await lead.ok<{ createSession: { id: string } }>(
      `mutation($input: CreateSessionInput!) { createSession(input: $input) { id } }`,
      { input: { teamId: myTeams[0]!.id, kind: 'INTERVISION', title, startsAt: start.toISOString(), endsAt: end.toISOString(), capacity: 6, location: 'Kamer 2' } },
    );
    sessionId = created.createSession.id;
  });
  afterAll(async () => {
    await browser?.close();
    await api?.stop();
  });

  it('lets a member book, see it under My bookings, and cancel', async () => {
    const { context, page } = await newPage(browser, api.baseUrl, 'en-GB');
    await page.goto('/login');
    await page.getByLabel('E-mail address').fill('ahmed@attune.demo');
    await page.getByLabel('Password', { exact: true }).fill('attune-demo-2026');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1 }).filter({ hasText: 'Ahmed' }).waitFor();

    await page.goto(`/sessions/${sessionId}`);
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.getByRole('button', { name: 'Book', exact: true }).click();
    await page.getByText('You are booked').waitFor();

    await page.getByRole('navigation').getByRole('link', { name: 'My bookings' }).click();
    await page.waitForURL(/\/bookings$/u);
    await page.getByRole('heading', { level: 1, name: 'My bookings' }).waitFor();
    await page.getByRole('main').getByText(title).first().waitFor();
    await snapshot(page, 'my-bookings');

    await page.goto(`/sessions/${sessionId}`);
    await page.getByRole('button', { name: 'Cancel booking' }).first().click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Cancel booking' }).click();
    await page.getByText('Your booking has been cancelled').waitFor();
    const stored = await api.db.query<{ status: string }>(
      `SELECT b.status FROM booking b JOIN app_user u ON u.id = b.user_id WHERE b.session_id = $1 AND u.email = 'ahmed@attune.demo'`,
      [sessionId],
    );
    expect(stored.rows.map((r) => r.status)).toEqual(['CANCELLED']);
    await context.close();
  });
});
