import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DEMO, type TestApp } from '../../server/test/support/app.js';
import { expectAccessible, launchBrowser, logIn, newPage, startServer } from './support/browser.js';

let t: TestApp;
let baseUrl: string;
let browser: Browser;

beforeAll(async () => {
  ({ t, baseUrl } = await startServer());
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await t?.close();
});

describe('every screen passes axe (WCAG 2.2 AA)', () => {
  test('the login page, and a wrong password', async () => {
    const page = await newPage(browser, baseUrl);
    await page.goto('/');
    await expect.poll(() => page.url()).toContain('/inloggen');
    await expectAccessible(page);
    await page.getByLabel('E-mailadres').fill(DEMO.kcc);
    await page.getByLabel('Wachtwoord').fill('verkeerd');
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.getByText('Het e-mailadres of het wachtwoord klopt niet.').waitFor();
    expect(await page.getByLabel('E-mailadres').inputValue()).toBe(DEMO.kcc);
    await expectAccessible(page);
    await page.context().close();
  });

  test('every administration and work screen as administrator', async () => {
    const page = await newPage(browser, baseUrl);
    await logIn(page, DEMO.admin);
    const screens = [
      ['/contacten', 'Contacten'],
      ['/terugbelverzoeken', 'Terugbelverzoeken'],
      ['/contact/nieuw', 'Contact registreren'],
      ['/beheer/teams', 'Teams'],
      ['/beheer/medewerkers', 'Medewerkers'],
      ['/beheer/producten', 'Producten en diensten'],
      ['/beheer/sluitingsdagen', 'Sluitingsdagen'],
      ['/beheer/logboek', 'Logboek'],
      ['/vandaag', 'Vandaag'],
      ['/resultaten', 'Resultaten'],
      ['/onderzoek', 'Tevredenheidsonderzoek'],
      ['/beheer/import', 'Importeren'],
      ['/teamdoelen', 'Teamdoelen'],
      ['/pers', 'Persvragen'],
    ] as const;
    for (const [path, heading] of screens) {
      // Navigate inside the app, as a user does.
      await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: heading }).click();
      await page.waitForURL(`**${path}`);
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      await page.waitForLoadState('networkidle');
      await expectAccessible(page);
    }
    await page.context().close();
  });
});

describe('administration', () => {
  test('an administrator adds a closing day and it moves the deadline', async () => {
    const page = await newPage(browser, baseUrl);
    await logIn(page, DEMO.admin);
    await page.goto('/beheer/sluitingsdagen');
    await page.getByRole('heading', { level: 2, name: 'Sluitingsdag toevoegen' }).waitFor();
    await page.getByLabel('Datum', { exact: true }).fill('2030-03-01');
    await page.getByLabel('Naam', { exact: true }).fill('Personeelsdag');
    await page.getByRole('button', { name: 'Toevoegen' }).click();
    await page.getByText('is toegevoegd als sluitingsdag').waitFor();
    await page.getByLabel('Datum van het verzoek').fill('2030-02-28');
    await expect.poll(() => page.locator('.helder-deadline-preview').textContent()).toContain('1 maart is een sluitingsdag (Personeelsdag)');
    await page.context().close();
  });

  test('a second-line employee sees no administration in the menu', async () => {
    const page = await newPage(browser, baseUrl);
    await logIn(page, DEMO.secondLine);
    const menu = await page.getByRole('navigation', { name: 'Hoofdmenu' }).textContent();
    expect(menu).toContain('Terugbelverzoeken');
    expect(menu).not.toContain('Medewerkers');
    await page.context().close();
  });
});
