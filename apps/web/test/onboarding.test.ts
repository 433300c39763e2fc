// Onboarding in chromium: an administrator adds an item to the checklist; an employee confirms it;
// the team lead sees the team's progress. Every screen passes axe (WCAG 2.2 AA).
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
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/inwerken-${name}.png`, fullPage: true });
}

describe('onboarding', () => {
  test('an administrator adds an item, an employee confirms it, the team lead sees the progress', async () => {
    const admin = await newPage(browser, baseUrl);
    await logIn(admin, DEMO.admin);
    await admin.goto('/inwerken');
    await admin.getByRole('heading', { level: 1, name: 'Inwerken' }).waitFor();
    await admin.getByText('Er staat nog niets op de lijst.').waitFor();
    await admin.getByLabel('Naam', { exact: true }).fill('De kennisbank');
    await admin.getByLabel('Link').fill('javascript:alert(1)');
    await admin.getByRole('button', { name: 'Onderdeel toevoegen' }).click();
    await admin.getByText('Schrijf wat de nieuwe collega moet doen.').first().waitFor();
    await admin.getByLabel('Wat moet de nieuwe collega doen?').fill('Zoek drie vragen op die inwoners vaak stellen.');
    await admin.getByLabel('Link').fill('/kennisbank');
    await admin.getByRole('button', { name: 'Onderdeel toevoegen' }).click();
    await admin.getByRole('heading', { level: 2, name: /De kennisbank/ }).waitFor();
    await expectAccessible(admin);

    const employee = await newPage(browser, baseUrl);
    await logIn(employee, DEMO.secondLine);
    await employee.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Inwerken' }).click();
    await employee.getByText('U heeft 0 van de 1 onderdelen gedaan.').waitFor();
    await employee.getByRole('button', { name: /Gedaan.*De kennisbank/ }).click();
    await employee.getByText('U heeft 1 van de 1 onderdelen gedaan.').waitFor();
    await expectAccessible(employee);
    await shot(employee, 'medewerker');

    const lead = await newPage(browser, baseUrl);
    await logIn(lead, DEMO.teamLead);
    await lead.goto('/inwerken');
    const row = lead.locator('tr', { hasText: 'Mehmet Yilmaz' });
    await expect.poll(() => row.textContent()).toContain('1 van 1');
    await expectAccessible(lead);
    await shot(lead, 'teamleider');
  });
});
