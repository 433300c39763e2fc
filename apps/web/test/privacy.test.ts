// The privacy officer in chromium: finds a resident, sees what is held, corrects a name, downloads
// the export and erases the details after confirming; every screen passes axe (WCAG 2.2 AA).
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DEMO, type TestApp } from '../../server/test/support/app.js';
import { expectAccessible, launchBrowser, logIn, newPage, startServer } from './support/browser.js';

const PRIVACY = 'privacy@dronten.demo';
let t: TestApp;
let baseUrl: string;
let browser: Browser;

beforeAll(async () => {
  ({ t, baseUrl } = await startServer());
  browser = await launchBrowser();
  const contact = await t.call(DEMO.kcc, 'POST', '/api/contacts', {
    channel: 'phone',
    subject: 'Vraag over de WOZ-waarde',
    summary: 'Meneer Yilmaz wil bezwaar maken.',
    resolution: 'handed_over',
    customer: { name: 'Ahmet Yilmaz', email: 'ahmet@example.nl', phone: '0612345678' },
    callbackRequest: { teamId: t.team('Belastingen').id, question: 'Hoe maakt meneer Yilmaz bezwaar?', replyBy: 'phone' },
  });
  expect(contact.statusCode, contact.body).toBe(201);
});
afterAll(async () => {
  await browser?.close();
  await t?.close();
});

describe('privacy', () => {
  test('the privacy officer starts on the privacy page and sees only what that role may use; other staff do not see it', async () => {
    const page = await newPage(browser, baseUrl);
    const refused: string[] = [];
    page.on('response', (response) => {
      if (response.status() === 403) refused.push(response.url());
    });
    await logIn(page, PRIVACY);
    await page.waitForURL('**/beheer/privacy');
    await page.getByRole('heading', { level: 1, name: 'Privacy: gegevens van een inwoner' }).waitFor();
    const menu = page.getByRole('navigation', { name: 'Hoofdmenu' });
    // The knowledge base, the B1-check, the register, the team plans and onboarding are for every employee; the rest is not for this role.
    expect(await menu.getByRole('link').allTextContents()).toEqual(['Kennisbank', 'B1-check', 'Communicatie', 'Teamdoelen', 'Inwerken', 'Privacy']);
    await page.waitForLoadState('networkidle');
    await expectAccessible(page);

    // A case worker's page, typed in the address bar: a plain "no access" page, and no request the API refuses.
    for (const path of ['/terugbelverzoeken', '/contacten', '/resultaten', '/vandaag', '/contact/nieuw', '/beheer/sluitingsdagen', '/beheer/logboek']) {
      await page.goto(path);
      await page.getByRole('heading', { level: 1, name: 'U heeft geen toegang tot deze pagina' }).waitFor();
      await page.waitForLoadState('networkidle');
    }
    await expectAccessible(page);
    expect(refused).toEqual([]);
    await page.context().close();

    const kcc = await newPage(browser, baseUrl);
    await logIn(kcc, DEMO.kcc);
    expect(await kcc.getByRole('navigation', { name: 'Hoofdmenu' }).textContent()).not.toContain('Privacy');
    await kcc.context().close();
  });

  test('search, correct, export and erase, by keyboard where it matters', async () => {
    const page = await newPage(browser, baseUrl);
    await logIn(page, DEMO.admin);
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Privacy' }).click();
    await page.waitForURL('**/beheer/privacy');

    // Searching without anything says what to fill in.
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await page.getByText('Vul een e-mailadres of telefoonnummer in.').waitFor();

    await page.getByLabel('Telefoonnummer').fill('+31 6 1234 5678');
    await page.getByLabel('Telefoonnummer').press('Enter');
    const table = page.getByRole('table');
    await table.getByRole('cell', { name: 'Ahmet Yilmaz' }).waitFor();
    await expect.poll(() => table.textContent()).toContain('1 contact, 1 terugbelverzoek');
    await page.getByText('Wij vonden 1 dossier bij dit e-mailadres of telefoonnummer.').waitFor();
    await expectAccessible(page);

    // Correct the name.
    await page.getByRole('button', { name: /^Verbeteren het dossier van / }).click();
    await page.getByRole('heading', { level: 2, name: 'Gegevens verbeteren' }).waitFor();
    // The form opens below the table; the keyboard goes with it.
    const focused = () => page.evaluate(() => { const e = document.activeElement as HTMLInputElement | null; return e?.labels?.[0]?.textContent ?? e?.id ?? ''; });
    await expect.poll(focused).toMatch(/^Naam/);
    await page.getByLabel(/^Naam/).fill('Ahmet Yılmaz');
    await page.getByRole('button', { name: 'Verbetering opslaan' }).click();
    await page.getByRole('alert').filter({ hasText: 'Controleer' }).or(page.locator('.utrecht-form-field-error-message')).first().waitFor();
    await page.getByLabel('Reden').first().fill('Naam verkeerd gespeld, verzoek inwoner');
    await page.getByRole('button', { name: 'Verbetering opslaan' }).click();
    await page.getByText('De gegevens zijn verbeterd.').waitFor();
    // Back to the button that opened the form.
    await expect.poll(focused).toMatch(/^verbeter-/);
    await table.getByRole('cell', { name: 'Ahmet Yılmaz' }).waitFor();
    await expectAccessible(page);

    // The export links download the overview.
    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Overzicht als webpagina (HTML)' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^inzage-\d{4}-\d{2}-\d{2}\.html$/);

    // Erasing needs a reason and a confirmation.
    await page.getByLabel('Reden').fill('Verzoek van de inwoner per brief');
    await page.getByRole('button', { name: 'Gegevens verwijderen' }).click();
    await page.getByText('Vink eerst aan dat u weet dat u dit niet kunt terugdraaien.').waitFor();
    await page.getByLabel('Ik weet dat ik dit niet kan terugdraaien.').check();
    await page.getByRole('button', { name: 'Gegevens verwijderen' }).click();
    await page.getByText(/De gegevens zijn verwijderd uit 1 dossier\./).waitFor();
    // The results are gone; the keyboard is on the message that says what happened.
    expect(await page.evaluate(() => document.activeElement?.textContent ?? '')).toContain('De gegevens zijn verwijderd');
    await expectAccessible(page);

    const after = await t.call(PRIVACY, 'GET', '/api/privacy/subjects?phone=0612345678');
    expect(after.json().items).toHaveLength(0);
    await page.context().close();
  });
});
