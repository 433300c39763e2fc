// Home visits in chromium: the contact centre requests a visit (clear messages, nothing typed
// lost); the team plans it and records how it went. Every screen passes axe (WCAG 2.2 AA).
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
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/huisbezoeken-${name}.png`, fullPage: true });
}

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

describe('home visits', () => {
  test('request, plan and record a visit', async () => {
    const kcc = await newPage(browser, baseUrl);
    await logIn(kcc, DEMO.kcc);
    await kcc.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Huisbezoeken' }).click();
    await kcc.getByRole('heading', { level: 1, name: 'Huisbezoeken' }).waitFor();
    await kcc.getByLabel('Naam van de inwoner').fill('Mevrouw De Wit');
    await kcc.getByLabel('Postcode').fill('123');
    await kcc.getByRole('button', { name: 'Huisbezoek aanvragen' }).click();
    await kcc.getByText('Vul een postcode in als 1234 AB.').first().waitFor();
    expect(await kcc.getByLabel('Naam van de inwoner').inputValue()).toBe('Mevrouw De Wit');
    await kcc.getByLabel(/Waarom kan de inwoner niet komen/).fill('Mevrouw kan niet lopen. Zij moet een paspoort aanvragen.');
    await kcc.getByLabel('Product').selectOption({ label: 'Paspoort' });
    await kcc.getByLabel('Straat').fill('De Rede');
    await kcc.getByLabel('Huisnummer').fill('12');
    await kcc.getByLabel('Postcode').fill('8251 EG');
    await kcc.getByRole('button', { name: 'Huisbezoek aanvragen' }).click();
    await kcc.getByText(/is aangevraagd bij team Burgerzaken/).waitFor();
    await expectAccessible(kcc);

    const team = await newPage(browser, baseUrl);
    await logIn(team, DEMO.secondLine);
    await team.goto('/huisbezoeken');
    await team.getByText('Mevrouw kan niet lopen.', { exact: false }).first().waitFor();
    await team.getByLabel('Datum', { exact: true }).fill(inDays(2));
    await team.getByRole('button', { name: /Bezoek plannen/ }).click();
    await team.getByText(/Het bezoek is gepland/).waitFor();
    await expectAccessible(team);
    await shot(team, 'gepland');
  });
});
