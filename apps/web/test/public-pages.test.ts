// The public pages residents use without logging in (report miscommunication, follow it, answer the
// survey), in chromium with JavaScript on and with JavaScript off: plain HTML forms must work both
// ways. Mails go through the real outbox worker to a real SMTP server on loopback, and the tests
// open the links in them, because the tokens are stored only hashed.
import { mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import type { ParsedMail } from 'mailparser';
import type { Browser, BrowserContextOptions, Page, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { FixedClock } from '../../server/src/clock.js';
import { createTestApp, DEMO, type TestApp, testConfig } from '../../server/test/support/app.js';
import { type Mailbox, startMailbox } from '../../server/test/support/smtp.js';
import { expectAccessible, launchBrowser } from './support/browser.js';

// Monday 1 March 2027, 10:00 in Amsterdam.
const clock = new FixedClock(new Date('2027-03-01T10:00:00+01:00'));
/** Set HELDER_SHOTS=<folder> to save screenshots of the pages for a visual check. */
const SHOTS = process.env.HELDER_SHOTS;

let t: TestApp;
let baseUrl: string;
let browser: Browser;
let box: Mailbox;

/** A free loopback port, so the links in the mails can point at this server before it is built. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

beforeAll(async () => {
  box = await startMailbox();
  const port = await freePort();
  baseUrl = `http://127.0.0.1:${port}`;
  const defaults = testConfig();
  t = await createTestApp({
    clock,
    config: {
      // Every test posts a few forms from the same address; the limit itself is tested in the API tests.
      publicFormLimitPerHour: 200,
      mail: { ...defaults.mail, smtpUrl: box.url, publicBaseUrl: baseUrl },
      survey: { ...defaults.survey, delayMinutes: 0 },
    },
  });
  await t.app.listen({ port, host: '127.0.0.1' });
  browser = await launchBrowser();
  if (SHOTS) mkdirSync(SHOTS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  await t?.services.mailWorker.stop();
  await t?.close();
  await box?.stop();
});

async function open(js: boolean, options: BrowserContextOptions = {}): Promise<Page> {
  const context = await browser.newContext({
    baseURL: baseUrl,
    viewport: { width: 1280, height: 900 },
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
    javaScriptEnabled: js,
    ...options,
  });
  return context.newPage();
}

const phone = { viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };

async function shot(page: Page, name: string): Promise<void> {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/public-${name}.png`, fullPage: true });
}

/**
 * WCAG 2.2 AA by axe. axe is a script, and in a page without JavaScript its promises never settle.
 * The server cannot tell whether the browser runs scripts and sends the same HTML either way, and
 * these pages have no scripts of their own; so without JavaScript we check that there are none, and
 * axe checks the same pages in the run with JavaScript.
 */
async function checkAccessible(page: Page, js: boolean): Promise<void> {
  if (js) return expectAccessible(page);
  expect(await page.locator('script, [onclick], [onsubmit], [onchange]').count()).toBe(0);
}

/** Clicks a submit button and returns the answer to the form's post (before any redirect). */
async function submit(page: Page, button: string): Promise<Response> {
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.request().method() === 'POST' && r.url().startsWith(`${baseUrl}/api/public/`)),
    page.getByRole('button', { name: button }).click(),
  ]);
  await page.waitForLoadState('load');
  return response;
}

/** The texts of the error summary's links, in order. */
async function summary(page: Page): Promise<string[]> {
  const alert = page.getByRole('alert').filter({ has: page.getByRole('heading', { name: 'Controleer wat u heeft ingevuld' }) });
  return alert.getByRole('link').allTextContents();
}

/** The facts on the status page as pairs. */
async function facts(page: Page): Promise<Record<string, string>> {
  const pairs = await page.locator('.helder-facts').evaluate((dl) => {
    const dts = [...dl.querySelectorAll('dt')];
    return dts.map((dt) => [dt.textContent ?? '', dt.nextElementSibling?.textContent ?? '']);
  });
  return Object.fromEntries(pairs);
}

/** Sends what the outbox holds now, and returns the mails to `address` that arrived. */
async function mailsTo(address: string): Promise<ParsedMail[]> {
  const before = box.mails.length;
  const { sent } = await t.services.mailWorker.drain();
  await box.waitFor(before + sent);
  return box.to(address);
}

/** The one link to a public page in a mail: on this server, with a token of 43 characters. */
function linkIn(mail: ParsedMail, path: 'status' | 'enquete'): string {
  const links = [...new Set((mail.text ?? '').match(new RegExp(`${baseUrl.replace(/\./g, '\\.')}/${path}/[A-Za-z0-9_-]+`, 'g')) ?? [])];
  expect(links).toHaveLength(1);
  expect(links[0]!.split('/').pop()).toMatch(/^[A-Za-z0-9_-]{43}$/);
  return links[0]!;
}

/** The same link with one character of the token changed. */
function tampered(link: string): string {
  const last = link.at(-1) === 'A' ? 'B' : 'A';
  return `${link.slice(0, -1)}${last}`;
}

/** Reports of miscommunication with this text, as the contact centre sees them. */
async function reportsAbout(text: string) {
  const response = await t.call(DEMO.kcc, 'GET', '/api/callback-requests?kind=report&limit=100');
  expect(response.statusCode, response.body).toBe(200);
  return (response.json().items as { id: string; reference: string; question: string; status: string }[]).filter((r) => r.question === text);
}

async function focusedId(page: Page): Promise<string> {
  return page.evaluate(() => document.activeElement?.id ?? '');
}

const MODES = [
  { mode: 'with JavaScript', js: true, tag: 'js' },
  { mode: 'without JavaScript', js: false, tag: 'nojs' },
] as const;

describe.each(MODES)('public pages $mode', ({ js, tag }) => {
  const email = `fatima.${tag}@voorbeeld.nl`;
  const description = `Ik heb twee keer gebeld over mijn paspoort (${tag}) en kreeg twee verschillende antwoorden.`;
  let statusLink: string;
  let reference: string;

  test('the report form explains what is missing, keeps what was typed, and a resubmitted form makes one report', async () => {
    const page = await open(js);
    const first = await page.goto('/melding');
    expect(first?.status()).toBe(200);
    await page.getByRole('heading', { level: 1, name: 'Meld wat er misging in ons contact met u' }).waitFor();
    // Nothing looks wrong before the resident did anything.
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(await page.locator('main :invalid, main [aria-invalid]').count()).toBe(0);
    await shot(page, `melding-${tag}`);
    await checkAccessible(page, js);
    const formToken = await page.locator('input[name="formToken"]').inputValue();
    expect(formToken).toMatch(/^[\w-]{20,}$/);

    // Empty: a summary at the top that links to each field, and the message at the field itself.
    let response = await submit(page, 'Verstuur melding');
    expect(response.status()).toBe(400);
    expect(await page.title()).toMatch(/^Fout in formulier/);
    expect(await summary(page)).toEqual([
      'Wat ging er mis?: Kies wat er misging.',
      'Wat gebeurde er?: Schrijf kort op wat er gebeurde (minstens 10 tekens).',
    ]);
    expect(await page.locator('#category-error').textContent()).toBe('Kies wat er misging.');
    expect(await page.locator('#description-error').textContent()).toBe('Schrijf kort op wat er gebeurde (minstens 10 tekens).');
    expect(await page.getByRole('textbox', { name: /^Wat gebeurde er\?/ }).getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByRole('textbox', { name: /^Uw e-mailadres/ }).getAttribute('aria-invalid')).toBeNull();
    expect(await page.locator('input[name="formToken"]').inputValue()).toBe(formToken);
    // The summary has the focus, so it is read out first and the next Tab is its first link.
    await expect.poll(() => focusedId(page)).toBe('fouten');
    await shot(page, `melding-fouten-${tag}`);
    await checkAccessible(page, js);
    // The summary's link takes you to the field.
    await page.getByRole('link', { name: /^Wat gebeurde er\?/ }).click();
    await expect.poll(() => focusedId(page)).toBe('description');

    // A wrong e-mail address: its own message, and everything typed comes back.
    await page.getByRole('radio', { name: 'Ik kreeg verschillende antwoorden' }).check();
    await page.getByRole('textbox', { name: /^Wat gebeurde er\?/ }).fill(description);
    await page.getByLabel(/^Wanneer gebeurde het\?/).fill('2027-02-25');
    await page.getByRole('combobox', { name: /^Over welk team/ }).selectOption({ label: 'Burgerzaken' });
    await page.getByRole('textbox', { name: /^Uw naam/ }).fill('Fatima El Amrani');
    await page.getByRole('textbox', { name: /^Uw e-mailadres/ }).fill('fatima.voorbeeld.nl');
    await page.getByRole('textbox', { name: /^Uw telefoonnummer/ }).fill('06 12345678');
    await page.getByRole('checkbox', { name: /Ik geef toestemming/ }).check();
    response = await submit(page, 'Verstuur melding');
    expect(response.status()).toBe(400);
    expect(await summary(page)).toEqual(['Uw e-mailadres: Dit is geen geldig e-mailadres. Een goed voorbeeld: naam@voorbeeld.nl.']);
    const emailField = page.getByRole('textbox', { name: /^Uw e-mailadres/ });
    expect(await emailField.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#email-error').textContent()).toBe('Dit is geen geldig e-mailadres. Een goed voorbeeld: naam@voorbeeld.nl.');
    expect(await emailField.inputValue()).toBe('fatima.voorbeeld.nl');
    expect(await page.getByRole('radio', { name: 'Ik kreeg verschillende antwoorden' }).isChecked()).toBe(true);
    expect(await page.getByRole('textbox', { name: /^Wat gebeurde er\?/ }).inputValue()).toBe(description);
    expect(await page.getByLabel(/^Wanneer gebeurde het\?/).inputValue()).toBe('2027-02-25');
    expect(await page.getByRole('combobox', { name: /^Over welk team/ }).locator('option:checked').textContent()).toBe('Burgerzaken');
    expect(await page.getByRole('textbox', { name: /^Uw naam/ }).inputValue()).toBe('Fatima El Amrani');
    expect(await page.getByRole('textbox', { name: /^Uw telefoonnummer/ }).inputValue()).toBe('06 12345678');
    expect(await page.getByRole('checkbox', { name: /Ik geef toestemming/ }).isChecked()).toBe(true);
    expect(await page.locator('input[name="formToken"]').inputValue()).toBe(formToken);
    await checkAccessible(page, js);

    // Fixed: the confirmation with the reference.
    await emailField.fill(email);
    response = await submit(page, 'Verstuur melding');
    expect(response.status()).toBe(303);
    const url = new URL(page.url());
    expect(url.pathname).toMatch(/^\/status\/[A-Za-z0-9_-]{43}$/);
    expect(url.search).toBe('?nieuw=1');
    const notice = page.getByRole('status');
    expect(await notice.getByRole('heading').textContent()).toBe('Bedankt, wij hebben uw melding ontvangen');
    reference = (await notice.locator('strong').textContent()) ?? '';
    expect(reference).toMatch(/^MC-\d+$/);
    expect(await notice.textContent()).toContain('U krijgt ook een e-mail met deze link.');
    expect(await facts(page)).toMatchObject({ Nummer: reference, 'Stand van zaken': 'Ontvangen', 'Antwoord via': 'E-mail', Soort: 'Melding miscommunicatie: Verschillende antwoorden' });
    await shot(page, `bevestiging-${tag}`);
    await checkAccessible(page, js);
    const reports = await reportsAbout(description);
    expect(reports.map((r) => r.reference)).toEqual([reference]);

    // Back to the form and send it again: the same form token, so still one report. The answer to a
    // post is not kept (no-store), so the browser posts that form again, as a resident who confirms
    // "send the form again" does.
    const back = await page.goBack().then(() => null, (error: Error) => error);
    if (back) {
      // Chromium's "Confirm form resubmission" page (ERR_CACHE_MISS); reloading it posts the form again.
      expect(back.message).toContain('ERR_CACHE_MISS');
      await page.waitForURL((u) => u.protocol === 'chrome-error:');
      const again = await page.reload();
      expect(again?.request().method()).toBe('POST');
    }
    await page.getByRole('button', { name: 'Verstuur melding' }).waitFor();
    expect(await page.locator('input[name="formToken"]').inputValue()).toBe(formToken);
    await page.getByRole('textbox', { name: /^Uw e-mailadres/ }).fill(email);
    response = await submit(page, 'Verstuur melding');
    expect(response.status()).toBe(303);
    expect(new URL(page.url()).pathname).toBe(url.pathname);
    expect(await page.getByRole('status').locator('strong').textContent()).toBe(reference);
    expect((await reportsAbout(description)).map((r) => r.reference)).toEqual([reference]);

    // One confirmation mail, with the link to the status page.
    const mails = await mailsTo(email);
    expect(mails.map((m) => m.subject)).toEqual([`Wij hebben uw melding ontvangen (${reference})`]);
    statusLink = linkIn(mails[0]!, 'status');
    expect(new URL(statusLink).pathname).toBe(url.pathname);
    const status = await page.goto(statusLink);
    expect(status?.status()).toBe(200);
    await page.getByRole('heading', { level: 1, name: 'Hoe staat het met uw melding?' }).waitFor();
    expect(await page.getByRole('status').count()).toBe(0);
    expect((await facts(page)).Nummer).toBe(reference);
    expect(await page.locator('.helder-quote').first().textContent()).toBe(description);
    await page.context().close();
  });

  test('the status page shows the interim reply; a tampered link gets a friendly page', async () => {
    expect(statusLink).toBeDefined();
    const [report] = await reportsAbout(description);
    // The contact centre may read a report but not handle it (that is the team's work): the administrator does.
    const reply = await t.call(DEMO.admin, 'POST', `/api/callback-requests/${report!.id}/interim-reply`, {
      message: 'Wij zoeken uit welk antwoord klopt. Dat kost een paar dagen extra.',
      expectedBy: '2027-03-10',
    });
    expect(reply.statusCode, reply.body).toBe(200);

    const page = await open(js);
    expect((await page.goto(statusLink))?.status()).toBe(200);
    const interim = page.getByRole('heading', { level: 2, name: 'Tussenbericht' });
    await interim.waitFor();
    expect(await page.locator('main').textContent()).toContain('Wij zoeken uit welk antwoord klopt. Dat kost een paar dagen extra.');
    expect(await page.locator('main').textContent()).toContain('U krijgt uiterlijk woensdag 10 maart 2027 antwoord.');
    await shot(page, `status-${tag}`);
    await checkAccessible(page, js);

    for (const link of [tampered(statusLink), `${baseUrl}/status/kapot`]) {
      const response = await page.goto(link);
      expect(response?.status()).toBe(404);
      await page.getByRole('heading', { level: 1, name: 'Deze link werkt niet' }).waitFor();
      expect(await page.locator('main').textContent()).toContain('Kopieer de hele link uit de e-mail');
      expect(await page.locator('main').textContent()).not.toContain(reference);
      await checkAccessible(page, js);
    }
    await shot(page, `status-kapot-${tag}`);
    await page.context().close();
  });

  test('the survey from the invitation mail: errors, an answer, thanks, answered once, a tampered link', async () => {
    const resident = `jan.${tag}@voorbeeld.nl`;
    const contact = await t.call(DEMO.kcc, 'POST', '/api/contacts', {
      channel: 'phone',
      subject: `Vraag over afval (${tag})`,
      resolution: 'first_line',
      customer: { kind: 'resident', name: 'Jan de Vries', email: resident },
    });
    expect(contact.statusCode, contact.body).toBe(201);
    const mails = await mailsTo(resident);
    expect(mails.map((m) => m.subject)).toEqual(['Hoe was uw contact met de gemeente Dronten?']);
    const link = linkIn(mails[0]!, 'enquete');

    // On a phone: the ten marks fit, nothing scrolls sideways, and each one can be tapped.
    const small = await open(js, phone);
    expect((await small.goto(link))?.status()).toBe(200);
    expect(await small.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    const question = small.getByRole('group', { name: 'Welk cijfer geeft u het contact?' });
    const marks = question.getByRole('radio');
    expect(await marks.count()).toBe(10);
    const boxes = question.locator('.helder-radio-inline');
    expect(await boxes.count()).toBe(10);
    for (let i = 0; i < 10; i++) {
      const area = (await boxes.nth(i).boundingBox())!;
      expect(area.x).toBeGreaterThanOrEqual(0);
      expect(area.x + area.width).toBeLessThanOrEqual(375);
      // A target a thumb can hit (44 px), well above the WCAG minimum of 24 px.
      expect(Math.min(area.width, area.height)).toBeGreaterThanOrEqual(44);
    }
    // The whole box chooses the mark: tap its number, and the corner away from circle and number.
    await question.getByText('7', { exact: true }).tap();
    expect(await marks.nth(6).isChecked()).toBe(true);
    const ten = (await boxes.nth(9).boundingBox())!;
    await small.touchscreen.tap(ten.x + ten.width - 4, ten.y + ten.height - 4);
    expect(await marks.nth(9).isChecked()).toBe(true);
    expect(await marks.nth(6).isChecked()).toBe(false);
    await shot(small, `enquete-telefoon-${tag}`);
    await small.context().close();

    const page = await open(js);
    expect((await page.goto(link))?.status()).toBe(200);
    await page.getByRole('heading', { level: 1, name: 'Hoe was uw contact met de gemeente?' }).waitFor();
    expect(await page.locator('main :invalid, main [aria-invalid]').count()).toBe(0);
    await shot(page, `enquete-${tag}`);
    await checkAccessible(page, js);

    // No marks: a message per question, and the comment typed stays.
    const comment = `Vriendelijk geholpen (${tag}).`;
    await page.getByRole('textbox', { name: /^Wilt u nog iets zeggen\?/ }).fill(comment);
    await page.getByRole('checkbox', { name: /U mag mij bellen of mailen/ }).check();
    let response = await submit(page, 'Verstuur mijn antwoorden');
    expect(response.status()).toBe(400);
    expect(await summary(page)).toEqual([
      'Welk cijfer geeft u het contact?: Kies een cijfer van 1 tot en met 10 voor het contact.',
      'Welk cijfer geeft u de snelheid van ons antwoord?: Kies een cijfer van 1 tot en met 10 voor de snelheid.',
      'Is uw vraag opgelost?: Geef aan of uw vraag is opgelost.',
    ]);
    expect(await page.locator('#score-error').textContent()).toBe('Kies een cijfer van 1 tot en met 10 voor het contact.');
    expect(await page.getByRole('group', { name: 'Welk cijfer geeft u het contact?' }).getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByRole('textbox', { name: /^Wilt u nog iets zeggen\?/ }).inputValue()).toBe(comment);
    expect(await page.getByRole('checkbox', { name: /U mag mij bellen of mailen/ }).isChecked()).toBe(true);
    await shot(page, `enquete-fouten-${tag}`);
    await checkAccessible(page, js);

    await page.getByRole('group', { name: 'Welk cijfer geeft u het contact?' }).getByRole('radio', { name: '8', exact: true }).check();
    await page.getByRole('group', { name: /^Welk cijfer geeft u de snelheid/ }).getByRole('radio', { name: '6', exact: true }).check();
    await page.getByRole('group', { name: 'Is uw vraag opgelost?' }).getByRole('radio', { name: 'Ja' }).check();
    response = await submit(page, 'Verstuur mijn antwoorden');
    expect(response.status()).toBe(303);
    expect(page.url()).toBe(`${link}?bedankt=1`);
    await page.getByRole('heading', { level: 1, name: 'Bedankt voor uw antwoorden' }).waitFor();
    await shot(page, `enquete-bedankt-${tag}`);
    await checkAccessible(page, js);

    const answers = await t.call(DEMO.admin, 'GET', '/api/survey-responses?from=2027-03-01&to=2027-03-01&withComment=true');
    expect(answers.statusCode, answers.body).toBe(200);
    const mine = (answers.json().items as { comment: string | null }[]).filter((a) => a.comment === comment);
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ score: 8, timelinessScore: 6, resolved: true, mayContact: true, channel: 'phone', line: 'first' });

    // The link again: answered already, and it stays answered once.
    let again = await page.goto(link);
    expect(again?.status()).toBe(409);
    await page.getByRole('heading', { level: 1, name: 'U heeft deze vragen al beantwoord' }).waitFor();
    expect(await page.getByRole('button').count()).toBe(0);
    await checkAccessible(page, js);

    again = await page.goto(tampered(link));
    expect(again?.status()).toBe(404);
    await page.getByRole('heading', { level: 1, name: 'Deze link werkt niet' }).waitFor();
    expect(await page.getByRole('button').count()).toBe(0);
    await checkAccessible(page, js);
    await page.context().close();
  });
});

describe('the keyboard alone', () => {
  test('fills in and sends the report form (Tab, Space, typing, Enter), without JavaScript', async () => {
    const page = await open(false);
    await page.goto('/melding');
    const description = 'Ik kreeg een brief over de afvalstoffenheffing en begreep niet wat ik moest doen.';
    // Each stop has the focus, and shows it: an outline of at least 2 px.
    const expectFocus = async (id: string) => {
      await expect.poll(() => focusedId(page)).toBe(id);
      const shown = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const style = getComputedStyle(el);
        return el.matches(':focus-visible') && style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
      });
      expect(shown, `visible focus on #${id}`).toBe(true);
    };

    // The first Tab reaches the skip link, which leads to the content.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Naar de inhoud');
    expect((await page.getByRole('link', { name: 'Naar de inhoud' }).boundingBox())!.y).toBeGreaterThanOrEqual(0);
    await page.keyboard.press('Tab');
    await expectFocus('category-1');
    await page.keyboard.press('Space');
    expect(await page.getByRole('radio', { name: 'Ik ben niet teruggebeld of niet teruggemaild' }).isChecked()).toBe(true);
    await page.keyboard.press('ArrowDown');
    await expectFocus('category-2');
    expect(await page.getByRole('radio', { name: 'Ik begreep een brief of e-mail niet' }).isChecked()).toBe(true);

    await page.keyboard.press('Tab');
    await expectFocus('description');
    await page.keyboard.type(description);
    // The date is optional; Tab passes its parts (day, month, year; their order follows the language).
    await page.keyboard.press('Tab');
    await expectFocus('occurredOn');
    for (let i = 0; i < 4 && (await focusedId(page)) === 'occurredOn'; i++) await page.keyboard.press('Tab');
    await expectFocus('teamId');
    await page.keyboard.type('Belastingen');
    await page.keyboard.press('Tab');
    await expectFocus('name');
    await page.keyboard.type('Piet Jansen');
    await page.keyboard.press('Tab');
    await expectFocus('email');
    await page.keyboard.type('piet@voorbeeld.nl');
    await page.keyboard.press('Tab');
    await expectFocus('phone');
    await page.keyboard.press('Tab');
    await expectFocus('consent');
    await page.keyboard.press('Space');
    expect(await page.getByRole('checkbox', { name: /Ik geef toestemming/ }).isChecked()).toBe(true);
    // The field for robots is never reached: the next stop is the button.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Verstuur melding');
    await Promise.all([page.waitForURL(/\/status\/[A-Za-z0-9_-]{43}\?nieuw=1$/), page.keyboard.press('Enter')]);
    const reference = await page.getByRole('status').locator('strong').textContent();
    expect(reference).toMatch(/^MC-\d+$/);

    const [report] = await reportsAbout(description);
    expect(report?.reference).toBe(reference);
    const detail = await t.call(DEMO.kcc, 'GET', `/api/callback-requests/${report!.id}`);
    expect(detail.json()).toMatchObject({
      category: 'unclear_letter',
      occurredOn: null,
      aboutTeamId: t.team('Belastingen').id,
      customer: { name: 'Piet Jansen', email: 'piet@voorbeeld.nl' },
    });
    await page.context().close();
  });
});

describe('on a phone', () => {
  test('the report form, its errors and the confirmation fit 375 px without scrolling sideways', async () => {
    const page = await open(true, phone);
    const width = () => page.evaluate(() => document.documentElement.scrollWidth);
    await page.goto('/melding');
    expect(await width()).toBeLessThanOrEqual(375);
    await shot(page, 'melding-telefoon');
    expect((await submit(page, 'Verstuur melding')).status()).toBe(400);
    expect(await width()).toBeLessThanOrEqual(375);
    await shot(page, 'melding-fouten-telefoon');
    await page.getByRole('radio', { name: 'Iets anders' }).check();
    await page.getByRole('textbox', { name: /^Wat gebeurde er\?/ }).fill('Op de website staat een ander telefoonnummer dan in de brief die ik kreeg.');
    expect((await submit(page, 'Verstuur melding')).status()).toBe(303);
    await page.getByRole('heading', { level: 1, name: 'Bedankt, wij hebben uw melding ontvangen' }).waitFor();
    // Without an e-mail address there is no mail: this page is the only way to follow the report.
    expect(await page.getByRole('status').textContent()).toContain('Met deze pagina kunt u zien hoe het ervoor staat.');
    expect(await width()).toBeLessThanOrEqual(375);
    await shot(page, 'bevestiging-telefoon');
    await page.context().close();
  });
});
