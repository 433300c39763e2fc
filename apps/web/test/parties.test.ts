// The resident in view, in chromium: one search box finds a party by any phone notation; during a
// registration the chosen party's open requests and last contacts are in view and the contact is
// linked to it; duplicates are merged and the merge undone; the BSN is masked and shown only on
// request; administrators make and revoke API keys. Every screen passes axe (WCAG 2.2 AA).
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DEMO, type TestApp } from '../../server/test/support/app.js';
import { expectAccessible, launchBrowser, logIn, newPage, startServer } from './support/browser.js';

const SHOTS = process.env.SHOTS_DIR ?? '/tmp/shots';
let t: TestApp;
let baseUrl: string;
let browser: Browser;

beforeAll(async () => {
  // This municipality keeps BSNs (PARTY_BSN_ENABLED=true), so the reveal can be tested.
  ({ t, baseUrl } = await startServer({ config: { parties: { bsnEnabled: true } } }));
  browser = await launchBrowser();
  mkdirSync(SHOTS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  await t?.close();
});

/** Eight digits no demo resident has: the mobile number is 06 and these. */
function uniqueDigits(): string {
  return String(10_000_000 + Math.floor(Math.random() * 89_999_999));
}

async function createParty(body: Record<string, unknown>, as: string = DEMO.kcc): Promise<{ id: string; name: string }> {
  const response = await t.call(as, 'POST', '/api/parties', { kind: 'resident', ...body });
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

async function registerContact(body: Record<string, unknown>): Promise<{ id: string; reference: string; callbackRequest?: { id: string; reference: string } }> {
  const response = await t.call(DEMO.kcc, 'POST', '/api/contacts', { channel: 'phone', resolution: 'first_line', ...body });
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

async function shot(page: Page, name: string) {
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent ?? '');

describe('finding a party', () => {
  test('every phone notation finds the same party, on the Klanten page', async () => {
    const digits = uniqueDigits();
    const party = await createParty({
      initials: 'M.',
      surnamePrefix: 'van',
      surname: `Zoekhuizen${digits}`,
      phones: [{ value: `06${digits}`, label: 'Mobiel' }],
      emails: [{ value: `zoek${digits}@example.nl` }],
      address: { street: 'De Rede', houseNumber: 1, postcode: '8251 EW', city: 'Dronten' },
    });

    const page = await newPage(browser, baseUrl);
    await logIn(page, DEMO.kcc);
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Klanten' }).click();
    await page.getByRole('heading', { level: 1, name: 'Klanten' }).waitFor();
    await page.waitForLoadState('networkidle');
    await expectAccessible(page);

    const box = page.getByRole('searchbox', { name: 'Zoek de klant' });
    const table = page.getByRole('table');
    for (const notation of [`06-${digits.slice(0, 4)} ${digits.slice(4)}`, `06${digits}`, `+316${digits}`, `0031 6 ${digits}`]) {
      await box.fill(notation);
      await expect.poll(() => new URL(page.url()).searchParams.get('zoek'), { message: notation }).toBe(notation);
      await page.getByRole('status').filter({ hasText: '1 klant gevonden.' }).waitFor();
      const rows = table.locator('tbody tr');
      expect(await rows.count(), notation).toBe(1);
      expect(await rows.first().getByRole('link').textContent(), notation).toBe(party.name);
    }
    // The row shows what the employee needs to recognise the party.
    const row = table.locator('tbody tr').first();
    expect(await row.textContent()).toContain(`zoek${digits}@example.nl`);
    expect(await row.textContent()).toContain('8251 EW');
    await expectAccessible(page);
    await shot(page, 'klanten');

    // Many results come a page at a time, by name.
    for (let i = 10; i < 40; i += 1) await createParty({ surname: `Pagina${digits}`, initials: `${String.fromCharCode(55 + i)}.` });
    await box.fill(`Pagina${digits}`);
    await page.getByRole('status').filter({ hasText: 'Meer dan 25 klanten gevonden.' }).waitFor();
    expect(await table.locator('tbody tr').count()).toBe(25);
    await page.getByRole('button', { name: 'Meer laden' }).click();
    await expect.poll(() => table.locator('tbody tr').count()).toBe(30);
    expect(await page.getByRole('button', { name: 'Meer laden' }).count()).toBe(0);

    // Nothing found: a clear message.
    await box.fill('Bestaatnietnaam Qwxz');
    await page.getByText('Wij vonden geen klant.').waitFor();
    await expectAccessible(page);

    // "Back" from the party page returns to the same search.
    await box.fill(`+316${digits}`);
    await table.getByRole('link', { name: party.name }).click();
    await page.getByRole('heading', { level: 1, name: party.name }).waitFor();
    await page.goBack();
    await table.getByRole('link', { name: party.name }).waitFor();
    expect(await box.inputValue()).toBe(`+316${digits}`);

    // A new customer from the Klanten page: the full form, then the new party's page.
    await page.getByRole('link', { name: 'Nieuwe klant' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nieuwe klant' }).waitFor();
    const form = page.getByRole('form', { name: 'Nieuwe klant' });
    await form.getByRole('radio', { name: 'Ondernemer' }).check();
    await form.getByLabel(/^Naam van de organisatie/).fill(`Fietsenmaker ${digits}`);
    await form.getByLabel(/^KvK-nummer/).fill(digits);
    await form.getByLabel(/^Telefoonnummer 1/).fill(`0321${digits.slice(0, 6)}`);
    await form.getByLabel(/^Omschrijving van telefoonnummer 1/).fill('Winkel');
    await expectAccessible(page);
    await shot(page, 'klant-nieuw');
    await form.getByRole('button', { name: 'Klant opslaan' }).click();
    await page.getByRole('heading', { level: 1, name: `Fietsenmaker ${digits}` }).waitFor();
    // Found by its KvK number.
    await page.goto(`/klanten?zoek=${digits}`);
    await table.getByRole('link', { name: `Fietsenmaker ${digits}` }).waitFor();
    await page.context().close();
  });
});

describe('the customer view during a registration', () => {
  test('choose the party, see its open request and last answer, register: the contact is linked', async () => {
    const digits = uniqueDigits();
    const surname = `Klantbeeld${digits}`;
    const party = await createParty({ initials: 'A.', surname, phones: [{ value: `06${digits}`, isDefault: true }], emails: [{ value: `beeld${digits}@example.nl` }] });
    const earlier = await registerContact({
      partyId: party.id,
      subject: 'Vraag over afvalpas',
      summary: 'Pas kwijt.',
      answer: 'Nieuwe afvalpas aangevraagd, komt binnen een week.',
      customer: { name: party.name, phone: `06${digits}` },
    });
    const handed = await registerContact({
      partyId: party.id,
      subject: 'Bezwaar WOZ-waarde',
      resolution: 'handed_over',
      customer: { name: party.name, phone: `06${digits}` },
      callbackRequest: { teamId: t.team('Belastingen').id, question: 'Hoe maakt mevrouw bezwaar tegen de WOZ-waarde?', replyBy: 'phone' },
    });
    expect(earlier.reference).toMatch(/^K-\d+$/);
    const request = handed.callbackRequest!;

    const page = await newPage(browser, baseUrl);
    await logIn(page, DEMO.kcc);
    await page.getByRole('heading', { level: 1, name: 'Contact registreren' }).waitFor();

    // Keyboard: type, arrow down into the results, Enter chooses.
    const box = page.getByRole('searchbox', { name: 'Zoek de klant' });
    await box.focus();
    await page.keyboard.type(surname);
    await page.getByRole('status').filter({ hasText: '1 klant gevonden.' }).waitFor();
    await expectAccessible(page);
    await shot(page, 'registreren-zoeken');
    await page.keyboard.press('ArrowDown');
    expect(await focusedText(page)).toContain(party.name);
    await page.keyboard.press('Enter');

    // The customer view: open request with its deadline, the last contact with its answer.
    const view = page.getByRole('region', { name: `Klantbeeld ${party.name}` });
    await view.waitFor();
    await view.getByRole('link', { name: new RegExp(`^${request.reference}`) }).waitFor();
    const openRequests = view.getByRole('region', { name: 'Open verzoeken' });
    expect(await openRequests.textContent()).toContain('Hoe maakt mevrouw bezwaar tegen de WOZ-waarde?');
    expect(await openRequests.locator('.helder-badge').textContent()).toMatch(/Op tijd|Vandaag uiterlijk/);
    const contacts = view.getByRole('region', { name: 'Laatste contacten' });
    expect(await contacts.textContent()).toContain('Vraag over afvalpas');
    expect(await contacts.textContent()).toContain('Antwoord: Nieuwe afvalpas aangevraagd, komt binnen een week.');
    // The keyboard is on the sentence that says who was chosen.
    expect(await focusedText(page)).toContain(`Klant: ${party.name}`);

    // Nothing the resident already told is asked again.
    expect(await page.getByLabel(/^Naam/).inputValue()).toBe(party.name);
    expect(await page.getByLabel(/^Telefoonnummer/).inputValue()).toBe(`06${digits}`);
    expect(await page.getByLabel(/^E-mailadres/).inputValue()).toBe(`beeld${digits}@example.nl`);
    await expectAccessible(page);
    await shot(page, 'registreren-klantbeeld');
    // On a narrow screen the customer view comes above the form (WCAG 1.4.10 reflow).
    await page.setViewportSize({ width: 400, height: 900 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(400);
    await shot(page, 'registreren-klantbeeld-smal');
    await page.setViewportSize({ width: 1280, height: 900 });

    await page.getByLabel('Onderwerp').fill('Vraagt naar stand van bezwaar');
    await page.getByLabel(/^Antwoord aan de klant/).fill('Het bezwaar is in behandeling bij Belastingen.');
    await page.keyboard.press('Control+Enter');
    const saved = page.getByRole('status').filter({ hasText: 'is opgeslagen' });
    await saved.waitFor();
    expect(await saved.textContent()).toContain(`Het contact staat bij ${party.name}`);
    // Ready for the next resident: the choice is gone and the search box has the keyboard.
    expect(await page.getByRole('region', { name: /^Klantbeeld/ }).count()).toBe(0);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('party-search');

    await saved.getByRole('link', { name: party.name }).click();
    await page.getByRole('heading', { level: 1, name: party.name }).waitFor();
    const recent = page.getByRole('region', { name: 'Laatste contacten' });
    await recent.getByRole('link', { name: 'Vraagt naar stand van bezwaar' }).waitFor();
    expect(await recent.textContent()).toContain('Antwoord: Het bezwaar is in behandeling bij Belastingen.');
    await page.getByRole('region', { name: 'Open verzoeken' }).getByRole('link', { name: request.reference }).waitFor();
    await page.waitForLoadState('networkidle');
    await expectAccessible(page);
    await shot(page, 'klant');
    await page.context().close();
  });

  test('a new customer made during a registration, with a field error that keeps what was typed; and anonymous', async () => {
    const digits = uniqueDigits();
    const page = await newPage(browser, baseUrl);
    await logIn(page, DEMO.kcc);
    await page.getByRole('searchbox', { name: 'Zoek de klant' }).fill(`06${digits}`);
    await page.getByRole('status').filter({ hasText: 'Geen klant gevonden.' }).waitFor();
    await page.getByRole('button', { name: 'Nieuwe klant' }).click();
    const form = page.getByRole('form', { name: 'Nieuwe klant' });
    // The number searched for is already filled in.
    expect(await form.getByLabel(/^Telefoonnummer/).inputValue()).toBe(`06${digits}`);
    await form.getByLabel(/^Postcode/).fill('8251');
    await form.getByRole('button', { name: 'Klant opslaan en kiezen' }).click();
    await form.getByText('Vul de achternaam in.').first().waitFor();
    expect(await form.getByLabel(/^Achternaam/).getAttribute('aria-invalid')).toBe('true');
    expect(await form.getByLabel(/^Telefoonnummer/).inputValue()).toBe(`06${digits}`);
    await expectAccessible(page);
    await shot(page, 'registreren-nieuwe-klant');

    await form.getByLabel(/^Achternaam/).fill(`Nieuwkomer${digits}`);
    await form.getByLabel(/^Postcode/).fill('8251 AB');
    await form.getByLabel(/^Huisnummer/).fill('7');
    await form.getByRole('button', { name: 'Klant opslaan en kiezen' }).click();
    const view = page.getByRole('region', { name: `Klantbeeld Nieuwkomer${digits}` });
    await view.waitFor();
    expect(await view.textContent()).toContain('Er staan geen verzoeken open.');
    expect(await page.getByLabel(/^Telefoonnummer/).inputValue()).toBe(`06${digits}`);

    // Another customer: the choice and its details are cleared, the search box has the keyboard.
    await page.getByRole('button', { name: 'Andere klant kiezen' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('party-search');
    expect(await page.getByLabel(/^Naam/).inputValue()).toBe('');

    // Anonymous: no customer fields for a contact that is solved at once.
    await page.getByRole('button', { name: 'Anoniem verder' }).click();
    await page.getByText('Het contact is anoniem.').waitFor();
    expect(await page.getByLabel(/^Naam/).count()).toBe(0);
    await page.getByLabel('Onderwerp').fill('Openingstijden milieustraat');
    await page.getByRole('button', { name: 'Contact opslaan' }).click();
    const saved = page.getByRole('status').filter({ hasText: 'is opgeslagen' });
    await saved.waitFor();
    expect(await saved.textContent()).not.toContain('Het contact staat bij');
    await expectAccessible(page);
    await page.context().close();
  });
});

describe('the party page', () => {
  test('change the details: add a phone number, make it the default', async () => {
    const digits = uniqueDigits();
    const party = await createParty({ kind: 'business', name: `Bakkerij ${digits}`, kvkNumber: digits, phones: [{ value: `0321${digits.slice(0, 6)}`, label: 'Winkel' }] });
    const page = await newPage(browser, baseUrl);
    await logIn(page, DEMO.kcc);
    await page.goto(`/klanten/${party.id}`);
    await page.getByRole('heading', { level: 1, name: party.name }).waitFor();
    expect(await page.locator('.helder-dl').first().textContent()).toContain(digits);
    await page.getByRole('button', { name: 'Gegevens wijzigen' }).click();
    const form = page.getByRole('form', { name: 'Gegevens wijzigen' });
    await form.getByRole('button', { name: 'Telefoonnummer toevoegen' }).click();
    // The new row has the keyboard.
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement).labels?.[0]?.textContent ?? '')).toContain('Telefoonnummer 2');
    await page.keyboard.type(`06${digits}`);
    await form.getByLabel(/^Omschrijving van telefoonnummer 2/).fill('Mobiel eigenaar');
    await form.getByRole('radio', { name: 'Standaard telefoonnummer 2' }).check();
    await form.getByLabel(/^KvK-nummer/).fill('123');
    await form.getByRole('button', { name: 'Gegevens opslaan' }).click();
    await form.getByText('Een KvK-nummer heeft 8 cijfers.').first().waitFor();
    await expectAccessible(page);
    await shot(page, 'klant-wijzigen');
    await form.getByLabel(/^KvK-nummer/).fill(digits);
    await form.getByRole('button', { name: 'Gegevens opslaan' }).click();
    await page.getByText('De gegevens zijn opgeslagen.').waitFor();
    const details = await page.locator('.helder-dl').first().textContent();
    expect(details).toContain(`06${digits} (Mobiel eigenaar, standaard)`);
    expect(details).toContain('(Winkel)');
    const saved = (await t.call(DEMO.kcc, 'GET', `/api/parties/${party.id}`)).json();
    expect(saved.phone).toBe(`06${digits}`);
    await page.context().close();
  });

  test('merge two records of one resident, and undo it', async () => {
    const digits = uniqueDigits();
    const survivor = await createParty({ initials: 'S.', surname: `Dubbel${digits}`, phones: [{ value: `06${digits}` }] });
    const duplicate = await createParty({ initials: 'S.', surname: `Dubbel${digits}`, firstName: 'Sanne', emails: [{ value: `dubbel${digits}@example.nl` }] });
    await registerContact({ partyId: duplicate.id, subject: 'Vraag over parkeervergunning', customer: { name: duplicate.name, email: `dubbel${digits}@example.nl` } });

    const page = await newPage(browser, baseUrl);
    await logIn(page, DEMO.kcc);
    await page.goto(`/klanten/${survivor.id}`);
    await page.getByRole('heading', { level: 1, name: survivor.name }).waitFor();
    expect(await page.getByRole('region', { name: 'Laatste contacten' }).textContent()).toContain('Er zijn nog geen contacten.');

    await page.getByRole('button', { name: 'Dubbele klant samenvoegen' }).click();
    const search = page.getByRole('searchbox', { name: 'Zoek de dubbele klant' });
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('merge-search');
    await search.fill(`dubbel${digits}@example.nl`);
    // The party itself is never offered.
    await page.getByRole('status').filter({ hasText: '1 klant gevonden.' }).waitFor();
    await page.getByRole('list', { name: 'Gevonden klanten' }).getByRole('button').click();
    await page.getByText('Controleer of dit dezelfde klant is.').waitFor();
    expect(await page.getByRole('region', { name: /^Deze klant blijft/ }).textContent()).toContain(`06${digits}`);
    expect(await page.getByRole('region', { name: /^Deze klant gaat op in de andere/ }).textContent()).toContain(`dubbel${digits}@example.nl`);
    await expectAccessible(page);
    await shot(page, 'klant-samenvoegen');

    await page.getByRole('button', { name: 'Ja, voeg samen' }).click();
    await page.getByText(`is samengevoegd met ${survivor.name}`).waitFor();
    await page.getByRole('region', { name: 'Laatste contacten' }).getByRole('link', { name: 'Vraag over parkeervergunning' }).waitFor();
    expect(await page.locator('.helder-dl').first().textContent()).toContain(`dubbel${digits}@example.nl`);
    const merges = page.getByRole('table');
    expect(await merges.textContent()).toContain(duplicate.name);
    await expectAccessible(page);
    await shot(page, 'klant-samengevoegd');

    // The duplicate's page says where everything went.
    await page.goto(`/klanten/${duplicate.id}`);
    await page.getByText('Deze klant is samengevoegd met een andere klant.').waitFor();
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Naar de klant waarmee deze klant is samengevoegd' }).click();
    await page.waitForURL(`**/klanten/${survivor.id}`);

    await page.getByRole('button', { name: `Ongedaan maken voor ${duplicate.name}` }).click();
    await page.getByText('Het samenvoegen is ongedaan gemaakt.').waitFor();
    await expect.poll(() => page.getByRole('region', { name: 'Laatste contacten' }).textContent()).toContain('Er zijn nog geen contacten.');
    expect(await page.getByRole('table').textContent()).toContain('Ongedaan gemaakt op');
    await expectAccessible(page);
    await page.getByRole('link', { name: duplicate.name }).first().click();
    await page.getByRole('heading', { level: 1, name: duplicate.name }).waitFor();
    await page.getByRole('region', { name: 'Laatste contacten' }).getByRole('link', { name: 'Vraag over parkeervergunning' }).waitFor();
    await page.context().close();
  });

  test('the BSN is masked and shown only on request, which is recorded', async () => {
    const party = await createParty({ initials: 'B.', surname: `Burgerservice${uniqueDigits()}`, bsn: '111222333' });
    const page = await newPage(browser, baseUrl);
    await logIn(page, DEMO.kcc);
    await page.goto(`/klanten/${party.id}`);
    await page.getByRole('heading', { level: 1, name: party.name }).waitFor();
    const details = page.locator('.helder-dl').first();
    expect(await details.textContent()).toContain('333');
    expect(await details.textContent()).not.toContain('111222333');
    await page.getByText('Als u het BSN bekijkt, komt dat in het logboek.').waitFor();
    await page.getByRole('button', { name: 'Toon BSN' }).click();
    await details.getByText('111222333').waitFor();
    await page.getByText('U heeft het BSN bekeken. Dat staat nu in het logboek.').waitFor();
    await expectAccessible(page);
    await shot(page, 'klant-bsn');
    // The same button hides it again, and keeps the keyboard.
    await page.getByRole('button', { name: 'Verberg BSN' }).click();
    await page.getByRole('button', { name: 'Toon BSN' }).waitFor();
    expect(await details.textContent()).not.toContain('111222333');

    const audit = await t.call(DEMO.admin, 'GET', '/api/audit?action=read_bsn&limit=50');
    expect(audit.statusCode, audit.body).toBe(200);
    const reads = (audit.json().items as { action: string; entityId: string | null }[]).filter((e) => e.action === 'read_bsn' && e.entityId === party.id);
    expect(reads).toHaveLength(1);

    // The edit form offers a new BSN or removing it.
    await page.getByRole('button', { name: 'Gegevens wijzigen' }).click();
    await page.getByLabel(/^Nieuw BSN/).waitFor();
    await page.getByLabel('BSN weghalen').waitFor();
    await page.context().close();
  });

  test('without PARTY_BSN_ENABLED there is no BSN anywhere', async () => {
    const other = await startServer();
    try {
      const response = await other.t.call(DEMO.kcc, 'POST', '/api/parties', { kind: 'resident', surname: 'Zonderbsn' });
      const party = response.json();
      expect(party.bsnEnabled).toBe(false);
      const page = await newPage(browser, other.baseUrl);
      await logIn(page, DEMO.kcc);
      await page.goto(`/klanten/${party.id}`);
      await page.getByRole('heading', { level: 1, name: 'Zonderbsn' }).waitFor();
      expect(await page.locator('main').textContent()).not.toContain('BSN');
      await page.getByRole('button', { name: 'Gegevens wijzigen' }).click();
      await page.getByRole('form', { name: 'Gegevens wijzigen' }).waitFor();
      expect(await page.locator('main').textContent()).not.toContain('BSN');
      await page.context().close();
    } finally {
      await other.t.close();
    }
  });

  test('a second-line employee sees the page, not what other teams hold, and cannot merge', async () => {
    const digits = uniqueDigits();
    const party = await createParty({ surname: `Tweedelijn${digits}`, phones: [{ value: `06${digits}` }] });
    // A request for Belastingen: the second line of Burgerzaken may not open it, only count it.
    await registerContact({
      partyId: party.id,
      subject: 'Vraag over aanslag',
      resolution: 'handed_over',
      customer: { name: party.name, phone: `06${digits}` },
      callbackRequest: { teamId: t.team('Belastingen').id, question: 'Waarom is de aanslag hoger?', replyBy: 'phone' },
    });
    const page = await newPage(browser, baseUrl);
    await logIn(page, DEMO.secondLine);
    expect(await page.getByRole('navigation', { name: 'Hoofdmenu' }).textContent()).toContain('Klanten');
    await page.goto(`/klanten/${party.id}`);
    await page.getByRole('heading', { level: 1, name: party.name }).waitFor();
    await page.getByText(/van andere teams\. U kunt die niet openen\./).waitFor();
    expect(await page.locator('main').textContent()).not.toContain('Waarom is de aanslag hoger?');
    expect(await page.getByRole('button', { name: 'Dubbele klant samenvoegen' }).count()).toBe(0);
    await expectAccessible(page);
    await page.context().close();
  });
});

describe('API keys for other systems', () => {
  test('an administrator makes a key, sees it once, copies it and revokes it', async () => {
    const page = await newPage(browser, baseUrl);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
    await logIn(page, DEMO.admin);
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Koppelingen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Koppelingen (API-sleutels)' }).waitFor();
    await page.waitForLoadState('networkidle');
    await expectAccessible(page);

    // A name is needed.
    await page.getByRole('button', { name: 'Sleutel maken' }).click();
    await page.locator('.utrecht-form-field-error-message').first().waitFor();
    await page.getByLabel(/^Naam van de koppeling/).fill('KISS klantcontact');
    await page.getByRole('button', { name: 'Sleutel maken' }).click();
    const shown = page.getByRole('region', { name: 'Nieuwe sleutel' });
    await shown.waitFor();
    expect(await shown.textContent()).toContain('U ziet deze sleutel maar één keer.');
    const token = (await shown.locator('#new-token').textContent())!.trim();
    expect(token.length).toBeGreaterThan(20);
    await shown.getByRole('button', { name: 'Kopieer de sleutel' }).click();
    await shown.getByText('De sleutel is gekopieerd.').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(token);
    await page.getByRole('table').getByRole('cell', { name: 'KISS klantcontact', exact: true }).waitFor();
    await expectAccessible(page);
    await shot(page, 'koppelingen-nieuwe-sleutel');

    await shown.getByRole('button', { name: 'Ik heb de sleutel bewaard' }).click();
    expect(await page.locator('main').textContent()).not.toContain(token);
    await page.reload();
    await page.getByRole('table').getByRole('cell', { name: 'KISS klantcontact', exact: true }).waitFor();
    expect(await page.locator('main').textContent()).not.toContain(token);

    await page.getByRole('button', { name: 'Intrekken KISS klantcontact' }).click();
    const confirm = page.getByRole('region', { name: 'Sleutel intrekken' });
    await confirm.getByText('Weet u zeker dat u de sleutel "KISS klantcontact" wilt intrekken?').waitFor();
    await expectAccessible(page);
    await confirm.getByRole('button', { name: 'Ja, trek de sleutel in' }).click();
    await page.getByText('De sleutel "KISS klantcontact" is ingetrokken.').waitFor();
    await expect.poll(() => page.getByRole('button', { name: 'Intrekken KISS klantcontact' }).count()).toBe(0);
    await expectAccessible(page);
    await shot(page, 'koppelingen');
    await page.context().close();

    // Only administrators see the page.
    const kcc = await newPage(browser, baseUrl);
    await logIn(kcc, DEMO.kcc);
    expect(await kcc.getByRole('navigation', { name: 'Hoofdmenu' }).textContent()).not.toContain('Koppelingen');
    await kcc.context().close();
  });
});
