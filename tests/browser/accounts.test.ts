// The web app in a real Chromium against the built API + web on one port, with demo data.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newPage, snapshot } from '../support/browser.js';
import { startApi, type RunningApi } from '../support/server.js';

describe('browser: signing in, the team and invitations', () => {
  let api: RunningApi;
  let browser: Browser;
  beforeAll(async () => {
    [api, browser] = await Promise.all([startApi(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await api?.stop();
  });

  it('signs in with the keyboard only and shows my team', async () => {
    const { context, page } = await newPage(browser, api.baseUrl, 'en-GB');
    await page.goto('/');
    await page.waitForURL(/\/login/u);
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await page.getByLabel('E-mail address').focus();
    await page.keyboard.type('lead@attune.demo');
    await page.keyboard.press('Tab');
    await page.keyboard.type('attune-demo-2026');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1 }).filter({ hasText: 'Marieke' }).waitFor();
    await page.getByText('Traumateam Noord').first().waitFor();
    await snapshot(page, 'home-lead');
    await context.close();
  });

  it('refuses a wrong password with a clear message and keeps me on the sign-in page', async () => {
    const { context, page } = await newPage(browser, api.baseUrl, 'en-GB');
    await page.goto('/login');
    await page.getByLabel('E-mail address').fill('lead@attune.demo');
    await page.getByLabel('Password', { exact: true }).fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').first().waitFor();
    expect(page.url()).toContain('/login');
    await context.close();
  });

  it('lets a lead invite a person who then joins the team', async () => {
    const { context, page } = await newPage(browser, api.baseUrl, 'en-GB');
    await page.goto('/login');
    await page.getByLabel('E-mail address').fill('lead@attune.demo');
    await page.getByLabel('Password', { exact: true }).fill('attune-demo-2026');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1 }).filter({ hasText: 'Marieke' }).waitFor();
    await page.getByRole('navigation').getByRole('link', { name: 'Team', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Traumateam Noord' }).waitFor();
    // The lead's profile language (Dutch) wins over the browser's.
    await page.getByRole('textbox', { name: 'E-mailadres' }).fill('browser.nieuw@attune.demo');
    await page.getByRole('button', { name: 'Uitnodiging versturen' }).click();
    const link = await page.getByLabel('Uitnodigingslink').inputValue();
    expect(link).toMatch(/\/invite\/[\w-]+$/u);
    await snapshot(page, 'team-invited');
    await context.close();

    const fresh = await newPage(browser, api.baseUrl, 'en-GB');
    await fresh.page.goto(new URL(link).pathname);
    await fresh.page.getByLabel('Your name').fill('Browser Nieuw');
    await fresh.page.getByLabel('Password', { exact: true }).fill('a-good-long-password');
    await fresh.page.getByRole('button', { name: 'Join the team' }).click();
    await fresh.page.getByRole('heading', { level: 1 }).filter({ hasText: 'Browser Nieuw' }).waitFor();
    await fresh.page.getByText('Traumateam Noord').first().waitFor();
    // Signed out, the new member signs in again with the chosen password.
    // (A new account starts in Dutch, the platform's default language.)
    await fresh.page.getByRole('button', { name: /^(Log out|Uitloggen)$/u }).click();
    await fresh.page.getByRole('heading', { level: 1, name: /^(Sign in|Inloggen)$/u }).waitFor();
    await fresh.page.getByLabel(/^(E-mail address|E-mailadres)$/u).fill('browser.nieuw@attune.demo');
    await fresh.page.getByLabel(/^(Password|Wachtwoord)$/u).fill('a-good-long-password');
    await fresh.page.getByRole('button', { name: /^(Sign in|Inloggen)$/u }).click();
    await fresh.page.getByRole('heading', { level: 1 }).filter({ hasText: 'Browser Nieuw' }).waitFor();
    await fresh.context.close();
  });

  it('follows the browser language and the language switch turns the UI Dutch', async () => {
    const dutch = await newPage(browser, api.baseUrl, 'nl-NL');
    await dutch.page.goto('/login');
    await dutch.page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
    await dutch.context.close();
    const { context, page } = await newPage(browser, api.baseUrl, 'en-GB');
    await page.goto('/login');
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await page.locator('label', { hasText: 'Nederlands' }).click();
    await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
    await page.getByRole('button', { name: 'Inloggen' }).waitFor();
    await context.close();
  });
});
