// The knowledge base (kennisbank) in chromium: an editor writes an answer with a heading and a
// list, sees the B1 check while typing, publishes it (confirming that it is not at B1), saves a new
// version, compares two versions and puts one back; keeps the synonyms. On the registration screen
// the contact centre sees answers appear while typing the subject, opens one beside the form, uses
// it, closes it with Escape and registers the contact with the form intact; the contact shows the
// answer. Every screen passes axe (WCAG 2.2 AA).
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
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/knowledge-${name}.png`, fullPage: true });
}

const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    return { id: el?.id ?? '', text: el?.textContent ?? '', tag: el?.tagName ?? '' };
  });

/** A word no other article has, so search finds exactly this one. */
const unique = () => `Dronten${Math.floor(Math.random() * 1e6)}`;

// Long sentences and officialese: certainly not B1, so publishing asks for a confirmation.
const HARD =
  'Indien u voornemens bent een aanvraag in te dienen teneinde een nieuw paspoort te verkrijgen, dient u zich middels het digitale loket tijdig aan te melden, waarna de aanvraag door de medewerkers van de afdeling in behandeling genomen zal worden conform de geldende regelgeving.';

interface Article {
  id: string;
  title: string;
}

/** Published public article made through the API, for the registration tests. */
async function publishedArticle(title: string): Promise<Article> {
  const created = await t.call(DEMO.editor, 'POST', '/api/knowledge/articles', {
    title,
    question: 'Hoe vraag ik een paspoort aan?',
    answer: '<h2>Afspraak maken</h2><p>Maak een afspraak. Neem een pasfoto mee.</p><ul><li>Neem uw oude paspoort mee.</li><li>U betaalt bij de balie.</li></ul>',
    keywords: ['paspoort', 'reisdocument'],
    visibility: 'public',
  });
  expect(created.statusCode, created.body).toBe(201);
  const article = created.json() as Article;
  const published = await t.call(DEMO.editor, 'POST', `/api/knowledge/articles/${article.id}/publish`, { confirmNotB1: true });
  expect(published.statusCode, published.body).toBe(200);
  return article;
}

describe('the editor', () => {
  test('write an answer with a heading and a list, see the B1 check, publish with confirmation, save a version, compare and restore', async () => {
    const word = unique();
    const title = `Paspoort aanvragen in ${word}`;
    const page = await newPage(browser, baseUrl);
    await logIn(page, DEMO.editor);
    // An editor starts at the knowledge base.
    await page.getByRole('heading', { level: 1, name: 'Kennisbank' }).waitFor();
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Kennisbank' }).waitFor();
    await page.waitForLoadState('networkidle');
    await expectAccessible(page);

    await page.getByRole('link', { name: 'Nieuw antwoord' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nieuw antwoord' }).waitFor();

    // Saved without a title: the server's message at the field, and what was typed stays.
    await page.getByLabel(/^Vraag zoals inwoners die stellen/).fill('Hoe vraag ik een nieuw paspoort aan?');
    await page.getByRole('button', { name: 'Opslaan als concept' }).click();
    await page.locator('#article-title-error').waitFor();
    expect(await page.getByLabel(/^Titel/).getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByLabel(/^Vraag zoals inwoners die stellen/).inputValue()).toBe('Hoe vraag ik een nieuw paspoort aan?');

    await page.getByLabel(/^Titel/).fill(title);
    const answer = page.getByRole('textbox', { name: 'Antwoord' });
    await answer.click();
    // The toolbar by keyboard: Alt+F10 goes to it, Enter applies, the text has the keyboard again.
    await page.keyboard.press('Alt+F10');
    expect((await focused(page)).text).toBe('Kop');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await focused(page)).id).toBe('article-answer');
    await page.keyboard.type('Zo vraagt u een paspoort aan');
    await page.keyboard.press('Enter');
    await page.keyboard.type(HARD);
    await page.keyboard.press('Enter');
    await page.getByRole('toolbar', { name: 'Opmaak van het antwoord' }).getByRole('button', { name: 'Opsomming' }).click();
    await page.keyboard.type('Neem een pasfoto mee.');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Neem uw oude paspoort mee.');
    expect(await answer.locator('h2').textContent()).toBe('Zo vraagt u een paspoort aan');
    expect(await answer.locator('ul li').count()).toBe(2);
    expect(await page.getByRole('button', { name: 'Opsomming' }).getAttribute('aria-pressed')).toBe('true');

    // The B1 check runs beside the text while typing.
    const check = page.getByRole('complementary', { name: 'B1-controle' });
    await check.getByText('moeilijker dan B1').waitFor();
    expect(await check.textContent()).toContain('punten om naar te kijken');
    expect(await check.textContent()).toContain('Lange zin');

    await page.getByLabel(/^Trefwoorden/).fill(`paspoort, reisdocument, ${word}`);
    const product = page.getByLabel(/^Product of dienst/);
    const firstProduct = await product.locator('option').nth(1).getAttribute('value');
    await product.selectOption(firstProduct!);
    await page.getByLabel(/^Herzien vóór/).fill('2030-01-31');
    await expectAccessible(page);
    await shot(page, 'nieuw');
    // On a narrow screen the B1 check comes under the form, nothing scrolls sideways (WCAG 1.4.10).
    await page.setViewportSize({ width: 400, height: 900 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(400);
    await shot(page, 'nieuw-smal');
    await page.setViewportSize({ width: 1280, height: 900 });

    await page.getByRole('button', { name: 'Opslaan als concept' }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.getByText('Het antwoord is opgeslagen als concept.').waitFor();
    const articleId = new URL(page.url()).pathname.split('/').pop()!;
    // The answer as staff read it: the heading (one level under "Antwoord") and the list.
    const answerRegion = page.locator('.helder-answer');
    expect(await answerRegion.locator('h3').textContent()).toBe('Zo vraagt u een paspoort aan');
    expect(await answerRegion.locator('li').count()).toBe(2);
    expect(await page.locator('.helder-article-tags').textContent()).toContain('Concept');
    await page.waitForLoadState('networkidle');
    await expectAccessible(page);

    // Publish: not at B1, so a dialog explains the findings and asks for a confirmation.
    await page.getByRole('button', { name: 'Publiceren' }).click();
    const dialog = page.getByRole('dialog', { name: 'Dit antwoord is niet op B1-niveau' });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('Lange zin');
    expect((await focused(page)).text).toBe('Dit antwoord is niet op B1-niveau');
    await expectAccessible(page);
    await shot(page, 'publiceren-b1');
    // Escape cancels: nothing published.
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await page.locator('.helder-article-tags').textContent()).toContain('Concept');
    await page.getByRole('button', { name: 'Publiceren' }).click();
    await dialog.getByRole('button', { name: 'Toch publiceren' }).click();
    await page.getByText('Het antwoord is gepubliceerd.').waitFor();
    await expect.poll(() => page.locator('.helder-article-tags').textContent()).toContain('Gepubliceerd');
    const history = page.locator('.helder-versions');
    await history.getByText('Gepubliceerd, met bevestiging: niet op B1-niveau').waitFor();

    // A new version: edit the title and the answer (a published public answer not at B1: confirm again).
    await page.getByRole('link', { name: 'Bewerken' }).click();
    await page.getByRole('heading', { level: 1, name: 'Antwoord bewerken' }).waitFor();
    expect(await page.getByLabel(/^Titel/).inputValue()).toBe(title);
    await page.getByLabel(/^Titel/).fill(`${title} en ophalen`);
    await page.getByRole('textbox', { name: 'Antwoord' }).locator('li').last().click();
    await page.keyboard.press('End');
    await page.keyboard.type(' Ook uw identiteitskaart.');
    await page.waitForLoadState('networkidle');
    await expectAccessible(page);
    await shot(page, 'bewerken');
    await page.getByRole('button', { name: 'Nieuwe versie opslaan' }).click();
    await page.getByRole('dialog', { name: 'Dit antwoord is niet op B1-niveau' }).getByRole('button', { name: 'Toch opslaan' }).click();
    await page.getByRole('heading', { level: 1, name: `${title} en ophalen` }).waitFor();

    // The history, newest first, and a word-level comparison of the last two versions.
    const items = history.locator('li');
    await expect.poll(() => items.count()).toBeGreaterThanOrEqual(3);
    expect(await items.first().textContent()).toMatch(/^Versie \d+: Opgeslagen/);
    expect(await items.last().textContent()).toContain('Versie 1: Aangemaakt');
    // Who: the editor's name.
    expect(await items.first().textContent()).toMatch(/ door (?!onbekend)\S+/);
    const newest = Number(/^Versie (\d+)/.exec((await items.first().textContent())!)![1]);
    await page.getByRole('button', { name: `Vergelijk met versie ${newest - 1}` }).click();
    const comparison = page.getByRole('region', { name: `Verschil tussen versie ${newest - 1} en versie ${newest}` });
    await comparison.waitFor();
    expect((await focused(page)).text).toBe(`Verschil tussen versie ${newest - 1} en versie ${newest}`);
    expect(await comparison.locator('ins').allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining('en ophalen'), expect.stringContaining('Ook uw identiteitskaart.')]));
    await expectAccessible(page);
    await shot(page, 'artikel');

    // The comparison form: version 1 against the newest.
    await page.getByLabel('Vergelijk versie').selectOption('1');
    await page.getByLabel('met versie').selectOption(String(newest));
    await page.getByRole('button', { name: 'Vergelijk', exact: true }).click();
    await page.getByRole('region', { name: `Verschil tussen versie 1 en versie ${newest}` }).waitFor();

    // Put the version before back: it becomes the newest version.
    await page.getByRole('button', { name: `Zet deze versie terug (versie ${newest - 1})` }).click();
    const restore = page.getByRole('dialog', { name: `Versie ${newest - 1} terugzetten?` });
    await restore.waitFor();
    await expectAccessible(page);
    await restore.getByRole('button', { name: 'Ja, terugzetten' }).click();
    const b1Again = page.getByRole('dialog', { name: 'Dit antwoord is niet op B1-niveau' });
    await b1Again.getByRole('button', { name: 'Toch terugzetten' }).click();
    await page.getByText(`Versie ${newest - 1} is teruggezet.`).waitFor();
    await history.getByText(`Hersteld van versie ${newest - 1}`).waitFor();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();

    // The list: the article with its badges; the search over titles finds it.
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Kennisbank' }).click();
    await page.getByRole('heading', { level: 1, name: 'Kennisbank' }).waitFor();
    await page.getByRole('searchbox', { name: 'Zoek op titel' }).fill(word);
    await page.getByRole('button', { name: 'Zoeken', exact: true }).click();
    const row = page.getByRole('row', { name: new RegExp(title) });
    await row.waitFor();
    expect(await row.textContent()).toContain('Gepubliceerd');
    expect(await row.textContent()).toContain('Openbaar');
    expect(await row.textContent()).toContain('Niet op B1-niveau');
    await page.waitForLoadState('networkidle');
    await expectAccessible(page);
    await shot(page, 'lijst');

    // Nothing found: a clear message.
    await page.getByRole('searchbox', { name: 'Zoek op titel' }).fill('Bestaatniet Qwxz');
    await page.getByRole('button', { name: 'Zoeken', exact: true }).click();
    await page.getByText('Wij vonden geen antwoorden die hierbij passen.').waitFor();
    await expectAccessible(page);
    await shot(page, 'lijst-leeg');

    // The article's id is in the address of its page.
    expect(articleId).toMatch(/^[0-9a-f-]{36}$/);
    await page.context().close();
  });

  test('synonyms: add a row, a message at the row keeps what was typed, save', async () => {
    const word = unique().toLowerCase();
    const page = await newPage(browser, baseUrl);
    await logIn(page, DEMO.editor);
    await page.goto('/kennisbank/synoniemen');
    await page.getByRole('heading', { level: 1, name: 'Synoniemen' }).waitFor();
    await page.getByRole('button', { name: 'Woord toevoegen' }).click();
    const rows = page.locator('tbody tr');
    const n = await rows.count();
    // The new row's word field has the keyboard.
    expect((await focused(page)).id).toMatch(/^synonym-term-/);
    await page.keyboard.type(word);
    await page.getByRole('button', { name: 'Synoniemen opslaan' }).click();
    const wordsField = page.getByLabel(`Synoniemen van woord ${n}`);
    await expect.poll(() => wordsField.getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByLabel(`Woord ${n}`, { exact: true }).inputValue()).toBe(word);
    await expectAccessible(page);
    await shot(page, 'synoniemen-fout');

    await wordsField.fill('container, afvalbak');
    await page.getByRole('button', { name: 'Synoniemen opslaan' }).click();
    await page.getByText('De synoniemen zijn opgeslagen.').waitFor();
    expect(await page.getByLabel(`Synoniemen van woord ${n}`).inputValue()).toBe('container, afvalbak');
    await expectAccessible(page);
    await shot(page, 'synoniemen');
    const stored = await t.call(DEMO.editor, 'GET', '/api/knowledge/synonyms');
    expect(stored.json().items).toEqual(expect.arrayContaining([expect.objectContaining({ term: word, synonyms: ['container', 'afvalbak'] })]));
    await page.context().close();
  });
});

describe('answers while registering a contact', () => {
  test('suggestions appear while typing, the side panel keeps the form, the used answer is linked to the contact', async () => {
    const word = unique();
    const article = await publishedArticle(`Paspoort aanvragen ${word}`);

    const page = await newPage(browser, baseUrl);
    await logIn(page, DEMO.kcc);
    await page.getByRole('heading', { level: 1, name: 'Contact registreren' }).waitFor();
    await page.getByLabel(/^Naam/).fill('Jansen');
    await page.getByLabel(/^Korte samenvatting/).fill('Wil op reis in de zomer.');

    // Typing the subject: answers appear without a click, and the keyboard stays in the field.
    const subject = page.getByLabel(/^Onderwerp/);
    await subject.focus();
    await page.keyboard.type(`paspoort ${word}`, { delay: 20 });
    const status = page.locator('.helder-suggestions__status');
    await expect.poll(() => status.textContent()).toMatch(/^\d+ antwoord(en)? gevonden in de kennisbank\.$/);
    expect(await status.getAttribute('role')).toBe('status');
    expect((await focused(page)).id).toBe('contact-subject');
    const suggestion = page.locator('#knowledge-suggestions').getByRole('button', { name: new RegExp(article.title) });
    await suggestion.waitFor();
    await expectAccessible(page);
    await shot(page, 'registreren-suggesties');

    // Arrow down goes into the list; Escape back to the subject.
    await page.keyboard.press('ArrowDown');
    expect((await focused(page)).tag).toBe('BUTTON');
    await page.keyboard.press('Escape');
    expect((await focused(page)).id).toBe('contact-subject');

    // Open the answer beside the form: the keyboard goes to its heading.
    await suggestion.click();
    const panel = page.getByRole('complementary', { name: `Antwoord uit de kennisbank ${article.title}` });
    await panel.waitFor();
    await panel.locator('.helder-answer li').first().waitFor();
    expect((await focused(page)).text).toContain(article.title);
    expect(await panel.locator('.helder-answer h3').textContent()).toBe('Afspraak maken');
    await page.waitForLoadState('networkidle');
    await expectAccessible(page);
    await shot(page, 'registreren-paneel');
    await page.setViewportSize({ width: 400, height: 900 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(400);
    await page.setViewportSize({ width: 1280, height: 900 });

    const use = panel.getByRole('button', { name: 'Dit antwoord gebruikt' });
    await use.click();
    expect(await use.getAttribute('aria-pressed')).toBe('true');
    const used = page.getByRole('group', { name: 'Gebruikte antwoorden' });
    await used.getByText(article.title, { exact: true }).waitFor();
    await expectAccessible(page);

    // Escape closes the panel; the keyboard returns to the answer it came from; the form is intact.
    expect(await use.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'hidden' });
    expect((await focused(page)).text).toContain(article.title);
    expect(await subject.inputValue()).toBe(`paspoort ${word}`);
    expect(await page.getByLabel(/^Naam/).inputValue()).toBe('Jansen');
    expect(await page.getByLabel(/^Korte samenvatting/).inputValue()).toBe('Wil op reis in de zomer.');
    expect(await used.getByRole('button', { name: `Weghalen: ${article.title}` }).count()).toBe(1);
    await shot(page, 'registreren-gebruikt');

    // Register: the answer is sent with the contact.
    const posted = page.waitForResponse((r) => r.url().endsWith('/api/contacts') && r.request().method() === 'POST');
    await page.getByRole('button', { name: 'Contact opslaan' }).click();
    const response = await posted;
    expect(response.status()).toBe(201);
    expect(response.request().postDataJSON().knowledgeArticleIds).toEqual([article.id]);
    const contact = (await response.json()) as { id: string };
    await page.getByRole('status').filter({ hasText: 'is opgeslagen' }).waitFor();
    // Ready for the next resident: no answers in use.
    expect(await page.getByRole('group', { name: 'Gebruikte antwoorden' }).count()).toBe(0);

    // The contact shows the answer, linked to the knowledge base.
    await page.goto(`/contacten/${contact.id}`);
    const section = page.getByRole('heading', { level: 2, name: 'Gebruikte antwoorden uit de kennisbank' });
    await section.waitFor();
    await page.waitForLoadState('networkidle');
    await expectAccessible(page);
    await shot(page, 'contact');
    await page.getByRole('link', { name: article.title }).click();
    await page.getByRole('heading', { level: 1, name: article.title }).waitFor();
    await page.getByText('1 keer bij een contact').waitFor();

    // Feedback from the contact centre: the editor sees it open and marks it handled.
    await page.getByRole('radio', { name: 'Onduidelijk' }).check();
    await page.getByLabel(/^Toelichting/).fill('De kosten staan er niet bij.');
    await page.getByRole('button', { name: 'Melding sturen' }).click();
    await page.getByText('Bedankt. Wij hebben uw melding ontvangen.').waitFor();
    await page.getByText('De kosten staan er niet bij.').waitFor();
    // The contact centre does not own this answer: no "Afgehandeld".
    expect(await page.getByRole('button', { name: /^Afgehandeld/ }).count()).toBe(0);
    await page.waitForLoadState('networkidle');
    await expectAccessible(page);
    await shot(page, 'feedback');
    await page.context().close();

    const editor = await newPage(browser, baseUrl);
    await logIn(editor, DEMO.editor);
    await editor.goto('/kennisbank?aandacht=ja');
    await editor.getByRole('row', { name: new RegExp(article.title) }).getByText('1 open melding').waitFor();
    await editor.getByRole('link', { name: article.title }).click();
    await editor.getByRole('heading', { level: 1, name: article.title }).waitFor();
    await editor.getByRole('button', { name: /^Afgehandeld/ }).click();
    await editor.getByText('De melding is afgehandeld.').waitFor();
    await editor.getByText('Er zijn geen open meldingen.').waitFor();
    await editor.context().close();
  });
});
