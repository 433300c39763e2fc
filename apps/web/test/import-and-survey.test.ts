// Administrators import history and record the yearly survey, in chromium.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { contacts } from '../../server/src/db/schema.js';
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

const file = (content: string) => ({ name: 'export.csv', mimeType: 'text/csv', buffer: Buffer.from(content, 'utf8') });

describe('importing history', () => {
  test('a file with errors lists them per line and column and imports nothing; a good file imports', async () => {
    const page = await newPage(browser, baseUrl);
    await logIn(page, DEMO.admin);
    await page.getByRole('link', { name: 'Importeren' }).click();
    await page.getByRole('heading', { level: 1, name: 'Gegevens importeren' }).waitFor();
    await expectAccessible(page);

    await page.getByLabel('CSV-bestand').setInputFiles(file('reference;occurred_at;channel;team;product;resolution\nA-1;2024-01-02T10:00:00;fax;Burgerzaken;;first_line\n'));
    await page.getByRole('button', { name: 'Importeren' }).click();
    const errors = page.getByRole('table', { name: 'Fouten per regel en kolom' });
    await errors.waitFor();
    expect(await errors.locator('tbody tr').first().textContent()).toContain('2channel"fax" kan niet.');
    await expectAccessible(page);

    await page.getByLabel('CSV-bestand').setInputFiles(file('reference;occurred_at;channel;team;product;resolution\nA-1;2024-01-02T10:00:00;phone;Burgerzaken;Paspoort;first_line\nA-2;2024-01-02T11:00:00;phone;Burgerzaken;;handed_over\n'));
    await page.getByRole('button', { name: 'Importeren' }).click();
    await page.getByText('2 regels gelezen. 2 nieuw geïmporteerd.').waitFor();
    expect(await errors.count()).toBe(0);
    await page.getByRole('button', { name: 'Importeren' }).click();
    await page.getByText('2 regels gelezen. 0 nieuw geïmporteerd, 2 waren er al (hetzelfde kenmerk).').waitFor();
    await page.context().close();
  });
});

describe('the yearly survey', () => {
  test('an administrator records 6,71; a wrong mark is explained and what was typed stays', async () => {
    const page = await newPage(browser, baseUrl);
    await logIn(page, DEMO.admin);
    await page.goto('/onderzoek');
    await page.getByText('Er is nog geen uitkomst vastgelegd.').waitFor();
    await expectAccessible(page);

    await page.getByLabel(/^Gemeten op/).fill('2023-10-15');
    await page.getByLabel(/^Rapportcijfer/).fill('11');
    await page.getByLabel(/^Aantal deelnemers/).fill('812');
    await page.getByLabel(/^Bron/).fill('Onderzoeksbureau, 0-meting');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText('Het cijfer is hoogstens 10.').first().waitFor();
    expect(await page.getByLabel(/^Bron/).inputValue()).toBe('Onderzoeksbureau, 0-meting');
    await expectAccessible(page);

    await page.getByLabel(/^Rapportcijfer/).fill('6,71');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText('is opgeslagen').waitFor();
    expect(await page.getByRole('table', { name: /Uitkomsten/ }).textContent()).toContain('6,71');

    // The results page shows it as the overall satisfaction of 2023.
    await page.goto('/resultaten');
    await page.getByLabel(/^Van/).fill('2023-01-01');
    await page.getByLabel(/^Tot en met/).fill('2023-12-31');
    await expect.poll(() => page.locator('[data-kpi="satisfaction.overall"]').textContent()).toBe('6,71');
    await page.context().close();
  });

  test('others can read the results but not change them', async () => {
    const page = await newPage(browser, baseUrl);
    await logIn(page, DEMO.teamLead);
    await page.goto('/onderzoek');
    await page.getByRole('table', { name: /Uitkomsten/ }).waitFor();
    expect(await page.getByRole('button', { name: /Verwijder/ }).count()).toBe(0);
    expect(await page.getByRole('heading', { name: 'Uitkomst toevoegen' }).count()).toBe(0);
    await page.context().close();
  });
});

describe('long lists', () => {
  test('the contacts list shows 50 and loads the rest on request', async () => {
    await t.database.db.insert(contacts).values(Array.from({ length: 60 }, (_, i) => ({ occurredAt: new Date(Date.now() - i * 60_000), channel: 'phone', resolution: 'first_line', subject: `Vraag ${i}` })));
    const page = await newPage(browser, baseUrl);
    await logIn(page, DEMO.admin);
    await page.goto('/contacten');
    const rows = page.locator('main table tbody tr');
    await expect.poll(() => rows.count()).toBe(50);
    await page.getByRole('button', { name: 'Meer contacten laden' }).click();
    // 60 here and the 2 imported above.
    await expect.poll(() => rows.count()).toBe(62);
    expect(await page.getByRole('button', { name: 'Meer contacten laden' }).count()).toBe(0);
    await page.context().close();
  });
});
