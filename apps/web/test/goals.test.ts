// Team goals in chromium: a team lead writes a SMART goal for their own team (a clear message for
// what is missing, nothing typed lost), sees it with its status; a contact-centre employee reads
// every team's goals without a form. Every screen passes axe (WCAG 2.2 AA).
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DEMO, type TestApp } from '../../server/test/support/app.js';
import { expectAccessible, launchBrowser, logIn, newPage, startServer } from './support/browser.js';

const SHOTS = process.env.HELDER_SHOTS;
let t: TestApp;
let baseUrl: string;
let browser: Browser;

beforeAll(async () => {
  ({ t, baseUrl } = await startServer());
  browser = await launchBrowser();
  if (SHOTS) mkdirSync(SHOTS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  await t?.close();
});

async function shot(page: Page, name: string) {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/teamdoelen-${name}.png`, fullPage: true });
}

describe('team goals', () => {
  test('a team lead adds a goal for their own team; the contact centre reads it', async () => {
    const page = await newPage(browser, baseUrl);
    await logIn(page, DEMO.teamLead);
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Teamdoelen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Teamdoelen' }).waitFor();
    // Only their own team can be chosen.
    const options = await page.getByLabel('Team', { exact: true }).locator('option').allTextContents();
    expect(options.filter((o) => o !== 'Kies een team')).toEqual(['Burgerzaken']);
    await expectAccessible(page);

    await page.getByLabel('Naam van het doel').fill('Op tijd terugbellen');
    await page.getByLabel('Meetpunt uit het meetplan').selectOption({ label: 'Terugbelverzoeken buiten de termijn' });
    await page.getByLabel('Doelwaarde').fill('15%');
    await page.getByLabel('Gehaald op').fill('2027-12-31');
    await page.getByRole('button', { name: 'Doel toevoegen' }).click();
    await page.getByText('Schrijf op wat het team precies wil bereiken (specifiek).').first().waitFor();
    expect(await page.getByLabel('Naam van het doel').inputValue()).toBe('Op tijd terugbellen');
    await page.getByLabel(/^Specifiek/).fill('Wij bellen inwoners op tijd terug.');
    await page.getByLabel(/^Meetbaar/).fill('Het deel te laat uit het meetplan.');
    await page.getByLabel(/^Acceptabel/).fill('Het team koos dit zelf.');
    await page.getByLabel(/^Realistisch/).fill('Met het nieuwe rooster lukt het.');
    await page.getByLabel(/^Tijdgebonden/).fill('Eind 2027.');
    await page.getByRole('button', { name: 'Doel toevoegen' }).click();
    await page.getByText('Het doel staat in het teamplan.').waitFor();
    await page.getByRole('heading', { level: 3, name: 'Op tijd terugbellen' }).waitFor();
    await expectAccessible(page);
    await shot(page, 'teamleider');

    const kcc = await newPage(browser, baseUrl);
    await logIn(kcc, DEMO.kcc);
    await kcc.goto('/teamdoelen');
    await kcc.getByRole('heading', { level: 3, name: 'Op tijd terugbellen' }).waitFor();
    expect(await kcc.getByRole('button', { name: 'Doel toevoegen' }).count()).toBe(0);
    await expectAccessible(kcc);
  });
});
