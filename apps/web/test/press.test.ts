// The press inbox in chromium: team Communicatie sees the questions with their deadline colours,
// picks one up (their colour appears), drafts the answer for the administrator's check, an
// administrator approves it, and it is sent. Colleagues of other teams do not see the inbox in
// their menu. Every screen passes axe (WCAG 2.2 AA).
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DEMO, type TestApp } from '../../server/test/support/app.js';
import { expectAccessible, launchBrowser, logIn, newPage, startServer } from './support/browser.js';

/** Set HELDER_SHOTS=<folder> to save screenshots of the pages for a visual check. */
const SHOTS = process.env.HELDER_SHOTS;
const PRESS = 'communicatie@dronten.demo';
let t: TestApp;
let baseUrl: string;
let browser: Browser;

const mail = (id: string, subject: string, body: string, from: string) =>
  Buffer.from([`From: ${from}`, 'To: pers@dronten.demo', `Subject: ${subject}`, `Message-ID: <${id}>`, 'Content-Type: text/plain; charset=utf-8', '', body, ''].join('\r\n'));

beforeAll(async () => {
  ({ t, baseUrl } = await startServer());
  browser = await launchBrowser();
  if (SHOTS) mkdirSync(SHOTS, { recursive: true });
  // Two mails in the press mailbox: one that arrived three days ago (late), one just now.
  await t.services.press.ingest(mail('oud@flevopost.demo', 'Vraag over de brug', 'Wanneer gaat de brug weer open?', '"Joost Hendriks" <joost@flevopost.demo>'), 'smtp', new Date(Date.now() - 5 * 86_400_000));
  await t.services.press.ingest(mail('nieuw@destentor.demo', 'Vraag over de begroting', 'Klopt het tekort van 2 miljoen?', '"Fleur Bos" <fleur@destentor.demo>'), 'smtp');
});
afterAll(async () => {
  await browser?.close();
  await t?.close();
});

async function shot(page: Page, name: string) {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/pers-${name}.png`, fullPage: true });
}

describe('the press inbox', () => {
  test('pick up, draft for the check, approve as administrator, send', async () => {
    const page = await newPage(browser, baseUrl);
    await logIn(page, PRESS);
    await page.getByRole('link', { name: 'Persvragen' }).click();
    await page.getByRole('heading', { name: 'Persvragen' }).waitFor();
    const rows = page.locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(2);
    // The earliest deadline first: the old question, late.
    await expect.poll(() => rows.first().textContent()).toContain('Te laat');
    await expectAccessible(page);
    await shot(page, 'inbox');

    await page.getByRole('link', { name: /^PV-/ }).last().click();
    await page.getByRole('heading', { name: /Vraag over de begroting/ }).waitFor();
    await page.getByRole('button', { name: 'Zelf oppakken' }).click();
    await page.getByText('U behandelt deze persvraag.').waitFor();
    await expect.poll(() => page.locator('.helder-facts .helder-handler').textContent()).toContain('Ilse Verbeek');

    // Nothing typed: a clear message, and what the check box said stays.
    await page.getByLabel(/moet dit antwoord eerst controleren/).check();
    await page.getByRole('button', { name: 'Opslaan en controle vragen' }).click();
    await page.getByText('Schrijf het antwoord.').first().waitFor();
    await page.getByLabel('Tekst van het antwoord').fill('Het tekort is 1,8 miljoen euro.');
    await page.getByRole('button', { name: 'Opslaan en controle vragen' }).click();
    await page.getByText('wacht op controle door de bestuurder').first().waitFor();
    expect(await page.getByRole('button', { name: 'Antwoord versturen', exact: true }).isDisabled()).toBe(true);
    await expectAccessible(page);
    await shot(page, 'vraag');

    const admin = await newPage(browser, baseUrl);
    await logIn(admin, DEMO.admin);
    await admin.goto(page.url().replace(baseUrl, ''));
    await admin.getByRole('button', { name: 'Goedkeuren' }).click();
    await admin.getByText('Het antwoord is goedgekeurd.').waitFor();

    await page.reload();
    await page.getByRole('button', { name: 'Antwoord versturen', exact: true }).click();
    await page.getByText('Het antwoord is verstuurd aan de journalist.').waitFor();
    await expect.poll(() => page.locator('.helder-thread__mail--out').count()).toBe(1);
    await expectAccessible(page);
    await shot(page, 'verstuurd');
  });

  test('a colleague of another team has no press inbox in the menu and no access', async () => {
    const page = await newPage(browser, baseUrl);
    await logIn(page, DEMO.secondLine);
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).waitFor();
    expect(await page.getByRole('link', { name: 'Persvragen' }).count()).toBe(0);
    await page.goto('/pers');
    await page.getByText('Alleen team Communicatie en beheerders lezen de persmailbox.').waitFor();
  });
});
