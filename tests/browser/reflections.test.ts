// A shared reflection in a real Chromium: the author writes it for the group, a peer who attended
// responds, the author hides the response.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newPage, snapshot } from '../support/browser.js';
import { startApi, type RunningApi } from '../support/server.js';

async function signIn(page: Page, email: string): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('E-mail address').fill(email);
  await page.getByLabel('Password', { exact: true }).fill('attune-demo-2026');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

describe('browser: a reflection shared with the group', () => {
  let api: RunningApi;
  let browser: Browser;
  let sessionId: string;
  const title = `Intervisie gisteren ${Date.now().toString(36)}`;
  const text = `Ik merkte spanning in mijn schouders ${Date.now().toString(36)}`;

  beforeAll(async () => {
    [api, browser] = await Promise.all([startApi(), launchBrowser()]);
    // A past session that Ahmed and Lotte attended (arranged directly; the API refuses the past).
    await api.db.query(`UPDATE app_user SET locale = 'en' WHERE email IN ('ahmed@attune.demo', 'lotte@attune.demo')`);
    const s = await api.db.query<{ id: string }>(
      `INSERT INTO session (team_id, kind, title, starts_at, ends_at, time_zone, capacity)
       SELECT t.id, 'INTERVISION', $1, now() - interval '1 day 2 hours', now() - interval '1 day 30 minutes', 'Europe/Amsterdam', 8
         FROM team t WHERE t.name = 'Traumateam Noord' RETURNING id`,
      [title],
    );
    sessionId = s.rows[0]!.id;
    for (const email of ['ahmed@attune.demo', 'lotte@attune.demo']) {
      const b = await api.db.query<{ id: string }>(
        `INSERT INTO booking (session_id, user_id, status) SELECT $1, id, 'CONFIRMED' FROM app_user WHERE email = $2 RETURNING id`,
        [sessionId, email],
      );
      await api.db.query(`UPDATE booking SET attended = true, attendance_marked_at = now() WHERE id = $1`, [b.rows[0]!.id]);
    }
  });
  afterAll(async () => {
    await browser?.close();
    await api?.stop();
  });

  it('lets the author share, a peer respond, and the author hide the response', async () => {
    const author = await newPage(browser, api.baseUrl, 'en-GB');
    await signIn(author.page, 'ahmed@attune.demo');
    await author.page.goto(`/reflections/new?sessionId=${sessionId}`);
    await author.page.getByRole('textbox', { name: 'What happened in me' }).fill(text);
    await author.page.getByRole('radiogroup', { name: 'How attuned did you feel?' }).locator('.at-scale__option').nth(4).click();
    await author.page.getByRole('radiogroup', { name: 'How much did you resonate with others?' }).locator('.at-scale__option').nth(5).click();
    await author.page.getByRole('radio', { name: 'You and the people who attended' }).check({ force: true });
    await author.page.getByRole('button', { name: 'Save reflection' }).click();
    await author.page.waitForURL((url) => !url.pathname.endsWith('/new'));

    const stored = await api.db.query<{ id: string; visibility: string; what_happened_in_me: string | null }>(
      `SELECT r.* FROM reflection r WHERE r.session_id = $1`,
      [sessionId],
    );
    expect(stored.rows).toHaveLength(1);
    expect(stored.rows[0]!.visibility).toBe('GROUP');
    expect(JSON.stringify(stored.rows[0])).not.toContain('spanning');
    const reflectionId = stored.rows[0]!.id;

    const peer = await newPage(browser, api.baseUrl, 'en-GB');
    await signIn(peer.page, 'lotte@attune.demo');
    await peer.page.goto(`/sessions/${sessionId}/reflections`);
    await peer.page.getByText(text).waitFor();
    await peer.page.getByRole('textbox', { name: 'Your response' }).fill('Dank je, dat herken ik.');
    await peer.page.getByRole('button', { name: 'Send response' }).click();
    await peer.page.getByText('Your response is sent').waitFor();

    await author.page.goto(`/reflections/${reflectionId}`);
    await author.page.getByText('Dank je, dat herken ik.').waitFor();
    await author.page.getByRole('button', { name: /^Hide/u }).first().click();
    await author.page.getByRole('button', { name: /^Show again/u }).first().waitFor();
    await snapshot(author.page, 'reflection-response-hidden');
    const hidden = await api.db.query<{ hidden_at: Date | null }>(`SELECT hidden_at FROM peer_response WHERE reflection_id = $1`, [reflectionId]);
    expect(hidden.rows.map((r) => r.hidden_at !== null)).toEqual([true]);

    await peer.page.reload();
    await peer.page.getByText(text).waitFor();
    expect(await peer.page.getByText('Dank je, dat herken ik.').count()).toBe(0);
    await author.context.close();
    await peer.context.close();
  });
});
