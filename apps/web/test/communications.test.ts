// Duidelijk Dronten in chromium: an employee of the second line pastes a text with officialese in the
// B1-check, replaces a word with the suggestion, puts the text in the register as a bulk letter and
// asks the contact centre for review; a contact-centre employee asks for changes with a comment at
// a passage; the author writes a new version and asks again; it is approved and marked sent.
// Every screen passes axe (WCAG 2.2 AA).
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DEMO, type TestApp } from '../../server/test/support/app.js';
import { expectAccessible, launchBrowser, logIn, newPage, startServer } from './support/browser.js';

/** Set HELDER_SHOTS=<folder> to save screenshots of the pages for a visual check. */
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
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/communicatie-${name}.png`, fullPage: true });
}

const HARD =
  'Geachte heer, mevrouw,\n\nIndien u voornemens bent uw grofvuil aan te bieden, dient u zich teneinde een afspraak te maken tijdig aan te melden, waarna de inzameling door de medewerkers van de afdeling conform de geldende regels zal worden uitgevoerd.';
const EASY = 'Beste inwoner,\n\nWilt u grofvuil kwijt? Maak dan een afspraak. Wij halen het gratis op. Zet het om 7.30 uur aan de straat.\n\nMet vriendelijke groet,\nGemeente Dronten';

async function statusIs(page: Page, label: string) {
  await page.locator('.helder-tags .helder-tag').filter({ hasText: label }).first().waitFor();
}

describe('a bulk letter from the B1-check to sent', () => {
  test('check, replace a word, register, review with changes, new version, approve, mark sent', async () => {
    const author = await newPage(browser, baseUrl);
    await logIn(author, DEMO.secondLine);

    // The B1-check: officialese is found, one click puts in the plainer word.
    await author.goto('/b1-check');
    const box = author.getByLabel('Uw tekst');
    await box.fill(HARD);
    const replace = author.getByRole('button', { name: /^Vervang door/ }).first();
    await replace.waitFor();
    const word = /‘(.+)’/.exec((await replace.textContent()) ?? '')?.[1];
    expect(word).toBeTruthy();
    const before = await box.inputValue();
    await replace.click();
    await expect.poll(() => box.inputValue()).not.toBe(before);
    expect(await box.inputValue()).toContain(word!);
    await expectAccessible(author);

    // Into the register, with the checked text.
    const checked = await box.inputValue();
    await author.getByRole('button', { name: 'In het register zetten' }).click();
    await author.waitForURL('**/communicatie/nieuw');
    expect(await author.getByLabel('Tekst', { exact: true }).inputValue()).toBe(checked);
    await author.getByLabel('Soort tekst').selectOption('bulk_letter');
    await author.getByLabel('Titel', { exact: true }).fill('Grofvuil ophalen op afspraak');
    await author.getByLabel('Aantal ontvangers').fill('4200');
    await author.getByText('Het KCC controleert hem voordat u hem verstuurt.').waitFor();
    await expectAccessible(author);
    await author.getByRole('button', { name: 'Opslaan in het register' }).click();
    await author.waitForURL(/\/communicatie\/[0-9a-f-]{36}$/);
    const itemUrl = new URL(author.url()).pathname;
    await statusIs(author, 'Concept');

    // Not sent without the contact centre: the server's message is shown.
    await author.getByRole('button', { name: 'Markeer als verstuurd' }).click();
    await author.getByRole('alert').filter({ hasText: 'Het KCC moet hem eerst goedkeuren' }).waitFor();
    await author.getByRole('button', { name: 'Vraag het KCC om controle' }).click();
    await statusIs(author, 'Wacht op controle');
    await expectAccessible(author);
    await shot(author, 'gevraagd');

    // The contact centre finds it in its queue and asks for changes, with a comment at a passage.
    const reviewer = await newPage(browser, baseUrl);
    await logIn(reviewer, DEMO.kcc);
    await reviewer.goto('/communicatie?wachtrij=ja');
    await reviewer.getByRole('heading', { name: 'Te controleren door het KCC' }).waitFor();
    await reviewer.getByRole('link', { name: 'Grofvuil ophalen op afspraak' }).click();
    await reviewer.waitForURL(`**${itemUrl}`);
    await reviewer.getByRole('radio', { name: 'Vragen om aanpassingen' }).check();
    await reviewer.getByLabel(/^Opmerking( \(niet verplicht\))?$/).fill('De zin is te lang. Schrijf korter.');
    await reviewer.getByRole('button', { name: 'Opmerking bij een stukje tekst toevoegen' }).click();
    await reviewer.getByLabel('Stukje tekst').fill('conform de geldende regels');
    await reviewer.getByLabel('Wat moet er anders?').fill('Laat dit weg.');
    await expectAccessible(reviewer);
    await reviewer.getByRole('button', { name: 'Besluit opslaan' }).click();
    await statusIs(reviewer, 'Aanpassen');
    await reviewer.getByText('Laat dit weg.').waitFor();
    await shot(reviewer, 'aanpassen');

    // The author sees the comments, writes a new version and asks again.
    await author.reload();
    await statusIs(author, 'Aanpassen');
    await author.getByText('conform de geldende regels').first().waitFor();
    await author.getByLabel('Nieuwe versie').fill(EASY);
    await author.getByRole('button', { name: 'Nieuwe versie opslaan' }).click();
    await author.getByText('Versie 2 is opgeslagen.').waitFor();
    await statusIs(author, 'op B1-niveau');
    await author.getByRole('button', { name: 'Vraag het KCC om controle' }).click();
    await statusIs(author, 'Wacht op controle');

    // Approved by the contact centre, then marked sent by the author.
    await reviewer.reload();
    await reviewer.getByRole('radio', { name: 'Goedkeuren' }).check();
    await reviewer.getByRole('button', { name: 'Besluit opslaan' }).click();
    await statusIs(reviewer, 'Goedgekeurd');
    await author.reload();
    await author.getByRole('button', { name: 'Markeer als verstuurd' }).click();
    await statusIs(author, 'Verstuurd');
    await author.getByText('Versie 2 is goedgekeurd.').waitFor();
    await expectAccessible(author);
    await shot(author, 'verstuurd');

    // The register lists it as sent at B1.
    await author.goto('/communicatie');
    const row = author.getByRole('row').filter({ hasText: 'Grofvuil ophalen op afspraak' });
    await row.getByText('Verstuurd').waitFor();
    await row.getByText(/op B1-niveau/).waitFor();
    await expectAccessible(author);
    await shot(author, 'register');
  });
});
