import type { Browser, Page } from 'playwright-core';
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

describe('a contact handed over, called back and completed', () => {
  let reference = '';

  test('the contact centre registers a handed-over contact with a callback request, keyboard only', async () => {
    const page = await newPage(browser, baseUrl);
    await logIn(page, DEMO.kcc);
    await expect.poll(() => page.url()).toContain('/contact/nieuw');
    await page.getByRole('heading', { level: 1, name: 'Contact registreren' }).waitFor();
    await page.getByLabel('Product of dienst').waitFor();
    await expectAccessible(page);

    // Alt+1 chooses the phone channel; everything else by Tab and typing.
    await page.keyboard.press('Alt+1');
    await page.getByRole('radio', { name: /Telefoon/ }).focus();
    await page.keyboard.press('Tab'); // customer kind
    await page.keyboard.press('Tab');
    await page.keyboard.type('Johan de Vries');
    await page.keyboard.press('Tab');
    await page.keyboard.type('06 123 456 78');
    await page.keyboard.press('Tab'); // e-mail stays empty
    await page.keyboard.press('Tab');
    await page.keyboard.type('Paspoort'); // type-ahead in the product list
    await page.keyboard.press('Tab');
    await page.keyboard.type('Paspoort kwijt op vakantie');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Wil weten of hij met een noodpaspoort kan reizen.');
    await page.keyboard.press('Tab'); // outcome: first radio is focused
    await page.keyboard.press('ArrowDown'); // "doorgezet"
    await expect.poll(() => page.getByRole('radio', { name: /doorgezet/ }).isChecked()).toBe(true);

    // The team follows the product, and the deadline is explained before saving.
    await expect.poll(() => page.getByLabel('Team', { exact: true }).inputValue()).toBe(t.team('Burgerzaken').id);
    await expect.poll(() => page.locator('.helder-deadline-preview').textContent()).toContain('werkdagen');
    await expectAccessible(page);

    await page.keyboard.press('Control+Enter');
    const success = page.getByRole('status').filter({ hasText: 'is opgeslagen' });
    await success.waitFor();
    const text = (await success.textContent()) ?? '';
    expect(text).toContain('staat bij Burgerzaken');
    reference = /TB-\d+/.exec(text)?.[0] ?? '';
    expect(reference).toMatch(/^TB-\d+$/);

    // The form is empty again for the next resident, with the same channel.
    expect(await page.getByLabel('Naam').inputValue()).toBe('');
    expect(await page.getByRole('radio', { name: /Telefoon/ }).isChecked()).toBe(true);
    await page.context().close();
  });

  test('the second line picks it up, logs an attempt and completes it', async () => {
    const page = await newPage(browser, baseUrl);
    await logIn(page, DEMO.secondLine);
    await expect.poll(() => page.url()).toContain('/terugbelverzoeken');
    const link = page.getByRole('link', { name: reference });
    await link.waitFor();
    await expect.poll(() => page.locator('.helder-badge').first().textContent()).toMatch(/Op tijd|Vandaag uiterlijk/);
    await expectAccessible(page);
    await link.click();

    await page.getByRole('heading', { level: 1, name: `Terugbelverzoek ${reference}` }).waitFor();
    expect(await page.getByRole('link', { name: '0612345678' }).getAttribute('href')).toBe('tel:0612345678');
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Oppakken' }).click();
    await page.getByText('Het verzoek is toegewezen.').waitFor();

    await page.getByRole('button', { name: 'Niet bereikt' }).click();
    await page.getByLabel('Notitie').fill('Voicemail ingesproken');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText('De poging is vastgelegd.').waitFor();

    await page.getByRole('button', { name: 'Afhandelen' }).click();
    await page.getByRole('button', { name: 'Opslaan' }).click();
    // Empty outcome: a clear message, and nothing is lost.
    await page.getByText('Schrijf op wat de uitkomst is.').first().waitFor();
    await expectAccessible(page);
    await page.getByLabel('Uitkomst').fill('Uitgelegd hoe een noodpaspoort werkt.');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText('Het verzoek is afgehandeld.').waitFor();

    const history = await page.locator('.helder-history__item').allTextContents();
    expect(history.map((h) => h.match(/Aangemaakt|Toegewezen|Niet bereikt|Afgehandeld/)?.[0])).toEqual([
      'Aangemaakt',
      'Toegewezen',
      'Niet bereikt',
      'Afgehandeld',
    ]);
    expect(history[2]).toContain('Voicemail ingesproken');
    await expect.poll(() => page.locator('.helder-badge').first().textContent()).toContain('Op tijd afgehandeld');
    await page.context().close();
  });
});

describe('forms keep what was typed and explain what is wrong', () => {
  test('a handed-over contact without a phone number shows the message at the field', async () => {
    const page: Page = await newPage(browser, baseUrl);
    await logIn(page, DEMO.kcc);
    await page.getByLabel('Naam').fill('Fatima El Amrani');
    await page.getByLabel('Onderwerp').fill('Vraag over de WOZ-waarde');
    await page.getByRole('radio', { name: /doorgezet/ }).check();
    await page.getByLabel('Team', { exact: true }).selectOption({ label: 'Belastingen' });
    await page.getByRole('button', { name: 'Opslaan en doorzetten' }).click();
    await page.getByText('Vul het telefoonnummer in. De klant wil gebeld worden.').first().waitFor();
    expect(await page.getByLabel('Naam').inputValue()).toBe('Fatima El Amrani');
    expect(await page.getByLabel('Onderwerp').inputValue()).toBe('Vraag over de WOZ-waarde');
    expect(await page.getByLabel(/Telefoonnummer/).getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page);
    await page.context().close();
  });
});
