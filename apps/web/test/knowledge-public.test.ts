// The public knowledge base (/vragen) in chromium, with JavaScript on and off: a resident searches
// with a typo, opens an answer, follows a link to another answer, says whether it was clear (a
// plain form post that is counted per article), and meets a clear page for an answer that is not
// public. The pages are server-rendered HTML and have no scripts of their own.
import { mkdirSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { rowsOf } from '../../server/src/db/client.js';
import { seedKnowledge } from '../../server/src/demo/knowledge.js';
import type { TestApp } from '../../server/test/support/app.js';
import { expectAccessible, launchBrowser, startServer } from './support/browser.js';

/** Set HELDER_SHOTS=<folder> to save screenshots of the pages for a visual check. */
const SHOTS = process.env.HELDER_SHOTS;

let t: TestApp;
let baseUrl: string;
let browser: Browser;

beforeAll(async () => {
  ({ t, baseUrl } = await startServer());
  // The demo answers (the test template holds only the organisation).
  await seedKnowledge(t.database.db, { end: new Date(), linkContacts: false });
  browser = await launchBrowser();
  if (SHOTS) mkdirSync(SHOTS, { recursive: true });
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await t?.close();
});

async function open(js: boolean): Promise<Page> {
  const context = await browser.newContext({ baseURL: baseUrl, viewport: { width: 1280, height: 900 }, locale: 'nl-NL', javaScriptEnabled: js });
  return context.newPage();
}

/** axe with JavaScript; without it, axe cannot run, so the same HTML must simply hold no scripts. */
async function checkAccessible(page: Page, js: boolean): Promise<void> {
  if (js) return expectAccessible(page);
  expect(await page.locator('script, [onclick], [onsubmit], [onchange]').count()).toBe(0);
}

async function shot(page: Page, name: string): Promise<void> {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/vragen-${name}.png`, fullPage: true });
}

async function clearCounts(slug: string): Promise<{ yes: number; no: number }> {
  const [row] = rowsOf<{ yes: number; no: number }>(
    await t.database.db.execute(sql`select clear_yes as yes, clear_no as no from knowledge_articles where slug = ${slug}`),
  );
  return row!;
}

describe.each([
  { mode: 'with JavaScript', js: true, tag: 'js', choice: 'Ja' as const },
  { mode: 'without JavaScript', js: false, tag: 'nojs', choice: 'Nee' as const },
])('the public answers $mode', ({ js, tag, choice }) => {
  test('search with a typo, open the answer, say whether it was clear', async () => {
    const page = await open(js);
    const start = await page.goto('/vragen');
    expect(start?.status()).toBe(200);
    await page.getByRole('heading', { level: 1, name: 'Vragen en antwoorden' }).waitFor();
    // Before anything is searched: the questions asked most.
    await page.getByRole('heading', { name: 'Vragen die vaak gesteld worden' }).waitFor();
    expect(await page.locator('a[href^="/vragen/"]').count()).toBeGreaterThan(3);
    await checkAccessible(page, js);
    await shot(page, `start-${tag}`);

    await page.getByLabel('Waar gaat uw vraag over?').fill('rijbewys verlengen');
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await page.waitForURL((url) => url.searchParams.get('q') === 'rijbewys verlengen');
    await page.getByRole('heading', { name: /antwoord(en)? gevonden$/ }).waitFor();
    // What was typed stays in the box.
    expect(await page.getByLabel('Waar gaat uw vraag over?').inputValue()).toBe('rijbewys verlengen');
    const first = page.locator('.helder-results > li').first().getByRole('link');
    expect(await first.textContent()).toBe('Rijbewijs verlengen');
    await checkAccessible(page, js);
    await shot(page, `results-${tag}`);

    await first.click();
    await page.waitForURL('**/vragen/rijbewijs-verlengen');
    await page.getByRole('heading', { level: 1, name: 'Rijbewijs verlengen' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Was dit antwoord duidelijk?' }).waitFor();
    await checkAccessible(page, js);
    await shot(page, `article-${tag}`);

    const before = await clearCounts('rijbewijs-verlengen');
    await page.getByRole('button', { name: choice, exact: true }).click();
    await page.waitForURL((url) => url.searchParams.get('bedankt') === '1');
    await page.getByRole('status').filter({ hasText: 'Bedankt voor uw antwoord' }).waitFor();
    // The buttons are gone, so the same person does not count twice by accident.
    expect(await page.getByRole('button', { name: choice, exact: true }).count()).toBe(0);
    const after = await clearCounts('rijbewijs-verlengen');
    expect(after).toEqual(choice === 'Ja' ? { yes: before.yes + 1, no: before.no } : { yes: before.yes, no: before.no + 1 });
    await checkAccessible(page, js);
    await shot(page, `thanks-${tag}`);
  });

  test('a link to another answer works, a search without results says what to do, a staff instruction is not public', async () => {
    const page = await open(js);
    await page.goto('/vragen/paspoort-aanvragen');
    const link = page.locator('.helder-answer a[href^="/vragen/"]').first();
    const href = await link.getAttribute('href');
    expect(href).toMatch(/^\/vragen\/[a-z0-9-]+$/);
    await link.click();
    await page.waitForURL(`**${href}`);
    expect(await page.getByRole('heading', { level: 1 }).count()).toBe(1);
    expect(await page.title()).not.toContain('bestaat niet');

    await page.goto('/vragen?q=qxzwvj');
    await page.getByRole('heading', { name: 'Wij vonden geen antwoord' }).waitFor();
    await checkAccessible(page, js);

    const [internal] = rowsOf<{ slug: string }>(
      await t.database.db.execute(sql`select slug from knowledge_articles where visibility = 'internal' and status = 'published' order by slug limit 1`),
    );
    const refused = await page.goto(`/vragen/${internal!.slug}`);
    expect(refused?.status()).toBe(404);
    await page.getByRole('heading', { level: 1, name: 'Dit antwoord bestaat niet' }).waitFor();
    await checkAccessible(page, js);
    await shot(page, `not-found-${tag}`);
  });
});
