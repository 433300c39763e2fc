// What residents send, as staff see it in chromium: the outbox of held mails, reports in the inbox
// with the kind filter, the survey answers, and the reports per category on the dashboard.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DEMO, type TestApp } from '../../server/test/support/app.js';
import { surveyTokenFor } from '../../server/test/support/residents.js';
import { expectAccessible, launchBrowser, logIn, newPage, startServer } from './support/browser.js';

let t: TestApp;
let baseUrl: string;
let browser: Browser;
let report = '';
let anonymous = '';

interface OutboxItem {
  id: string;
  purpose: string;
  recipient: string;
}

/**
 * A resident's answer to the survey, through the link in the held invitation. The administrator
 * sees that link masked; the test opens the sealed token as the worker does when it sends.
 */
async function answerSurvey(email: string, answer: Record<string, unknown>) {
  const outbox = (await t.call(DEMO.admin, 'GET', '/api/outbox?limit=100')).json() as { items: OutboxItem[] };
  const invitation = outbox.items.find((m) => m.purpose === 'survey_invitation' && m.recipient === email);
  if (!invitation) throw new Error(`no survey invitation for ${email}`);
  const mail = (await t.call(DEMO.admin, 'GET', `/api/outbox/${invitation.id}`)).json() as { textBody: string };
  expect(mail.textBody).not.toMatch(/\/enquete\/[A-Za-z0-9_-]{43}/);
  const token = await surveyTokenFor(t, email);
  const response = await t.call(null, 'POST', `/api/public/surveys/${token}`, answer);
  expect(response.statusCode, response.body).toBe(201);
}

beforeAll(async () => {
  ({ t, baseUrl } = await startServer());
  browser = await launchBrowser();

  // A report with an e-mail address (its confirmation is held: the test server has no SMTP) and an anonymous one.
  const submitted = await t.call(null, 'POST', '/api/public/reports', { category: 'unclear_letter', description: 'De brief was niet duidelijk genoeg.', email: 'a@example.nl', consent: true });
  expect(submitted.statusCode, submitted.body).toBe(201);
  report = submitted.json().reference;
  const anonymousReport = await t.call(null, 'POST', '/api/public/reports', { category: 'treatment', description: 'Ik werd aan de balie niet vriendelijk geholpen.', teamId: t.team('Burgerzaken').id });
  expect(anonymousReport.statusCode, anonymousReport.body).toBe(201);
  anonymous = anonymousReport.json().reference;

  // Two contacts answered at once by the first line: both residents are invited to the survey.
  for (const [name, email] of [['Els Jansen', 'els@example.nl'], ['Piet Smit', 'piet@example.nl']]) {
    const contact = await t.call(DEMO.kcc, 'POST', '/api/contacts', {
      channel: 'phone',
      subject: 'Vraag over het paspoort',
      productId: t.product('Paspoort').id,
      resolution: 'first_line',
      customer: { name, email },
    });
    expect(contact.statusCode, contact.body).toBe(201);
  }
  await t.services.mailWorker.drain();
  await answerSurvey('els@example.nl', { score: 8, timelinessScore: 7, resolved: true, comment: 'Snel en vriendelijk geholpen.', mayContact: false });
  await answerSurvey('piet@example.nl', { score: 6, timelinessScore: 9, resolved: false });
});
afterAll(async () => {
  await browser?.close();
  await t?.close();
});

describe('the outbox', () => {
  test('an administrator sees a held mail, reads it as plain text and puts it back in line', async () => {
    const page = await newPage(browser, baseUrl);
    await logIn(page, DEMO.admin);
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'E-mail' }).click();
    await page.waitForURL('**/beheer/e-mail');
    await page.getByRole('heading', { level: 1, name: 'E-mail' }).waitFor();
    await page.getByText('Helder verstuurt nu geen e-mails.').waitFor();
    const subject = `Wij hebben uw melding ontvangen (${report})`;
    const row = page.getByRole('row').filter({ hasText: subject });
    await row.waitFor();
    expect(await row.textContent()).toContain('Bewaard (niet verstuurd)');
    expect(await row.textContent()).toContain('a@example.nl');
    expect(await page.getByRole('list', { name: 'Aantal e-mails per status' }).textContent()).toMatch(/1\s*Bewaard \(niet verstuurd\)/);
    await page.waitForLoadState('networkidle');
    await expectAccessible(page);

    // Only held mails.
    await page.getByRole('combobox', { name: /^Status/ }).selectOption({ label: 'Bewaard (niet verstuurd)' });
    await expect.poll(() => page.url()).toContain('status=held');
    await expect.poll(() => page.getByRole('table').locator('tbody tr').count()).toBe(1);

    await row.getByRole('link', { name: subject }).click();
    const mail = page.getByRole('region', { name: subject });
    await mail.waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe(subject);
    const body = mail.locator('pre');
    expect(await body.textContent()).toContain('Bedankt voor uw melding.');
    expect(await body.textContent()).toContain(report);
    await expectAccessible(page);

    await mail.getByRole('button', { name: 'Opnieuw versturen' }).click();
    await mail.getByText('De e-mail staat weer klaar om te versturen.').waitFor();
    await expect.poll(() => mail.locator('dl').textContent()).toContain('StatusWacht');
    expect(await mail.getByRole('button', { name: 'Opnieuw versturen' }).count()).toBe(0);
    // The list follows: nothing held any more.
    await page.getByText('Er zijn geen e-mails met deze status.').waitFor();
    await expectAccessible(page);

    await mail.getByRole('link', { name: 'Sluit deze e-mail' }).click();
    await expect.poll(() => mail.count()).toBe(0);
    await page.context().close();
  });

  test('other roles do not see the outbox in the menu', async () => {
    const page = await newPage(browser, baseUrl);
    await logIn(page, DEMO.kcc);
    const menu = page.getByRole('navigation', { name: 'Hoofdmenu' });
    await menu.getByRole('link', { name: 'Enquête-antwoorden' }).waitFor();
    expect(await menu.getByRole('link', { name: 'E-mail' }).count()).toBe(0);
    await page.context().close();
  });
});

describe('reports in the inbox', () => {
  test('the kind filter shows the report and hides it under callback requests; the detail shows what it is about', async () => {
    const page = await newPage(browser, baseUrl);
    await logIn(page, DEMO.admin);
    await page.goto('/terugbelverzoeken');
    await page.getByRole('heading', { level: 1, name: 'Terugbelverzoeken' }).waitFor();
    const link = page.getByRole('link', { name: report, exact: true });
    await link.waitFor();

    await page.getByLabel('Soort').selectOption({ label: 'Meldingen miscommunicatie' });
    await expect.poll(() => page.url()).toContain('soort=meldingen');
    await link.waitFor();
    const row = page.getByRole('row').filter({ has: link });
    expect(await row.textContent()).toContain('Melding miscommunicatie');
    expect(await row.textContent()).toContain('Onduidelijke brief');
    await page.waitForLoadState('networkidle');
    await expectAccessible(page);

    await page.getByLabel('Soort').selectOption({ label: 'Terugbelverzoeken' });
    await expect.poll(() => page.url()).toContain('soort=terugbellen');
    await page.getByText('Er zijn geen verzoeken die passen bij deze filters.').waitFor();
    expect(await link.count()).toBe(0);

    // The filter is in the address: a reload keeps it.
    await page.reload();
    await page.getByText('Er zijn geen verzoeken die passen bij deze filters.').waitFor();
    expect(await page.getByLabel('Soort').inputValue()).toBe('terugbellen');

    await page.getByLabel('Soort').selectOption({ label: 'Meldingen miscommunicatie' });
    await page.getByRole('link', { name: anonymous, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: `Melding miscommunicatie ${anonymous}` }).waitFor();
    const facts = page.locator('section').filter({ has: page.getByRole('heading', { level: 2, name: 'Melding', exact: true }) });
    expect(await facts.textContent()).toContain('Bejegening');
    expect(await facts.textContent()).toContain('Burgerzaken');
    expect(await page.locator('.helder-dl').filter({ hasText: 'Wil antwoord via' }).textContent()).toContain('Geen antwoord gevraagd');
    expect(await page.getByText('door de inwoner, via het meldformulier').count()).toBe(1);
    // Nobody to call or to send an interim reply to.
    expect(await page.getByRole('button', { name: 'Niet bereikt' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Afhandelen' }).waitFor();
    await expectAccessible(page);
    await page.context().close();
  });
});

describe('survey answers', () => {
  test('staff see the averages per team and product and the answers, and can keep only those with a comment', async () => {
    const page = await newPage(browser, baseUrl);
    await logIn(page, DEMO.kcc);
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Enquête-antwoorden' }).click();
    await page.waitForURL('**/enquete-antwoorden');
    await page.getByRole('heading', { level: 1, name: 'Enquête-antwoorden' }).waitFor();
    await page.getByText('houden we in het logboek bij wie de toelichtingen leest').waitFor();

    const summary = page.getByRole('table', { name: /Gemiddelde cijfers/ });
    const paspoort = summary.getByRole('row').filter({ hasText: 'Paspoort' });
    await paspoort.waitFor();
    // (8 + 6) / 2 = 7,0 for the contact, (7 + 9) / 2 = 8,0 for speed, one of two resolved.
    expect((await paspoort.locator('th, td').allTextContents()).slice(1)).toEqual(['Paspoort', '2', '7,0', '8,0', '50%']);

    const answers = page.getByRole('table', { name: 'Antwoorden, de nieuwste eerst' });
    await answers.getByText('Snel en vriendelijk geholpen.').waitFor();
    await expect.poll(() => answers.locator('tbody tr').count()).toBe(2);
    await page.waitForLoadState('networkidle');
    await expectAccessible(page);

    await page.getByLabel('Alleen met toelichting').check();
    await expect.poll(() => answers.locator('tbody tr').count()).toBe(1);
    expect(await answers.locator('tbody tr').textContent()).toContain('Snel en vriendelijk geholpen.');

    // A period without answers says so.
    await page.getByLabel('Tot en met').fill('2024-12-31');
    await page.getByLabel('Van').fill('2024-01-01');
    await page.getByText('Er zijn geen antwoorden in deze periode.').waitFor();
    await page.getByText('Er zijn geen antwoorden met een toelichting in deze periode.').waitFor();
    await expectAccessible(page);
    await page.context().close();
  });
});

describe('the dashboard', () => {
  test('shows the reports per category and quarter, and the new on-time figure for reports', async () => {
    const page = await newPage(browser, baseUrl);
    await logIn(page, DEMO.admin);
    await page.goto('/resultaten');
    const table = page.getByRole('table', { name: 'Aantal meldingen miscommunicatie per soort en kwartaal' });
    await table.waitFor();
    const cells = async (name: string) => (await table.getByRole('row').filter({ has: page.getByRole('rowheader', { name, exact: true }) }).locator('td').allTextContents()).at(-1);
    expect(await cells('Onduidelijke brief')).toBe('1');
    expect(await cells('Bejegening')).toBe('1');
    expect(await cells('Niet teruggebeld')).toBe('0');
    expect(await cells('Totaal')).toBe('2');
    await page.locator('[data-kpi="reports.on_time_share"]').waitFor();
    await page.waitForLoadState('networkidle');
    await expectAccessible(page);

    // About another team there are none.
    await page.getByRole('combobox', { name: /^Team/ }).selectOption({ label: 'Belastingen' });
    await page.getByText('Er zijn in deze periode geen meldingen over miscommunicatie.').waitFor();
    await page.context().close();
  });
});
