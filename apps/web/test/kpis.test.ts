// The results dashboard and the public figures page, in chromium, on a small known data set.
import { readFileSync } from 'node:fs';
import { amsterdamDate, KPI_DEFINITIONS, startOfAmsterdamDay } from '@helder/domain';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { callbackRequests, contacts, customers } from '../../server/src/db/schema.js';
import { DEMO, type TestApp } from '../../server/test/support/app.js';
import { expectAccessible, launchBrowser, logIn, newPage, startServer } from './support/browser.js';

let t: TestApp;
let baseUrl: string;
let browser: Browser;
let burgerzaken: string;
let belastingen: string;
let recentlyUsed: Date;
const DAY = 86_400_000;

beforeAll(async () => {
  ({ t, baseUrl } = await startServer());
  browser = await launchBrowser();
  burgerzaken = t.team('Burgerzaken').id;
  belastingen = t.team('Belastingen').id;
  const db = t.database.db;
  // Everything happened minutes ago, so it falls in this year and this quarter.
  // (Never before midnight: shortly after it, "minutes ago" would be yesterday.)
  const recently = new Date(Math.max(Date.now() - 10 * 60_000, startOfAmsterdamDay(amsterdamDate(new Date())).getTime() + 1000));
  recentlyUsed = recently;
  // Calls and contact forms: Burgerzaken 4 of 6 answered directly, Belastingen 0 of 1.
  const rows = [
    ...Array.from({ length: 4 }, () => ({ channel: 'phone', resolution: 'first_line', teamId: burgerzaken })),
    ...Array.from({ length: 2 }, () => ({ channel: 'contact_form', resolution: 'handed_over', teamId: burgerzaken })),
    { channel: 'phone', resolution: 'handed_over', teamId: belastingen },
  ];
  await db.insert(contacts).values(rows.map((r) => ({ ...r, occurredAt: recently, subject: 'Vraag' })));
  // Callback requests of Burgerzaken due minutes ago: 3 of 5 late (one still open).
  const [customer] = await db.insert(customers).values({ name: 'Test' }).returning({ id: customers.id });
  const due = recently;
  const completed = [new Date(due.getTime() - 3600_000), new Date(due.getTime() - 60_000), new Date(due.getTime() + 60_000), new Date(due.getTime() + 5 * 60_000), null];
  // Two of Belastingen, due 120 days ago (another quarter): too few to show publicly.
  const old = new Date(Date.now() - 120 * DAY);
  await db.insert(callbackRequests).values(
    [old, old].map((dueAt) => ({ teamId: belastingen, customerId: customer!.id, question: 'Vraag', replyBy: 'phone', status: 'done', workingDays: 2, dueAt, dueExplanation: 'test', createdAt: dueAt, completedAt: dueAt })),
  );
  await db.insert(callbackRequests).values(
    completed.map((completedAt) => ({
      teamId: burgerzaken,
      customerId: customer!.id,
      question: 'Vraag',
      replyBy: 'phone',
      status: completedAt ? 'done' : 'open',
      workingDays: 2,
      dueAt: due,
      dueExplanation: 'test',
      createdAt: new Date(due.getTime() - 3 * DAY),
      completedAt,
    })),
  );
});
afterAll(async () => {
  await browser?.close();
  await t?.close();
});

describe('the results dashboard', () => {
  test('shows every KPI with its figure, passes axe, and the team filter changes the figures', async () => {
    const page = await newPage(browser, baseUrl);
    await logIn(page, DEMO.teamLead);
    await page.getByRole('link', { name: 'Resultaten' }).click();
    await page.getByRole('heading', { level: 1, name: 'Resultaten' }).waitFor();
    // A team lead starts with their own team.
    const firstLine = page.locator('[data-kpi="contacts.first_line_share"]');
    await expect.poll(() => firstLine.textContent()).toBe('66,7%');
    expect(await page.getByRole('combobox', { name: /^Team/ }).inputValue()).toBe(burgerzaken);
    expect(await page.locator('[data-kpi="satisfaction.overall"]').textContent()).toBe('Nog geen gegevens');
    await expectAccessible(page);

    await page.getByRole('combobox', { name: /^Team/ }).selectOption({ label: 'Hele organisatie' });
    await expect.poll(() => firstLine.textContent()).toBe('57,1%');
    await page.getByRole('combobox', { name: /^Team/ }).selectOption({ label: 'Burgerzaken' });
    await expect.poll(() => firstLine.textContent()).toBe('66,7%');
    expect(await page.locator('[data-kpi="callbacks.late_share"]').textContent()).toBe('60%');
    await page.getByRole('combobox', { name: /^Team/ }).selectOption({ label: 'Belastingen' });
    await expect.poll(() => firstLine.textContent()).toBe('0%');
    await expect.poll(() => page.locator('[data-kpi="satisfaction.overall"]').textContent()).toBe('Nog geen gegevens');
    await page.context().close();
  });

  test('the channel filter narrows the contact figures and says which figures it does not apply to', async () => {
    const page = await newPage(browser, baseUrl);
    await logIn(page, DEMO.admin);
    await page.goto('/resultaten');
    const firstLine = page.locator('[data-kpi="contacts.first_line_share"]');
    await expect.poll(() => firstLine.textContent()).toBe('57,1%');
    await page.getByRole('combobox', { name: /^Kanaal/ }).selectOption({ label: 'Telefoon' });
    // 4 of the 5 calls were answered directly.
    await expect.poll(() => firstLine.textContent()).toBe('80%');
    const lateCard = page.locator('li.helder-kpi', { has: page.locator('[data-kpi="callbacks.late_share"]') });
    expect(await lateCard.textContent()).toContain('kanaal en product gelden niet voor dit cijfer');
    await expectAccessible(page);
    await page.context().close();
  });

  test('a figure opens to the records behind it', async () => {
    const page = await newPage(browser, baseUrl);
    await logIn(page, DEMO.admin);
    await page.goto('/resultaten');
    await page.getByRole('link', { name: /Bekijk de verzoeken die te laat zijn/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Terugbelverzoeken' }).waitFor();
    await page.getByText(/die te laat zijn afgehandeld of nog openstaan na hun termijn/).waitFor();
    // 3 of the 5 requests due minutes ago were late (the two older ones were on time).
    await expect.poll(() => page.locator('main table tbody tr').count()).toBe(3);
    await expectAccessible(page);
    await page.goBack();
    await page.getByRole('link', { name: /Bekijk de contacten/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Contacten' }).waitFor();
    await expect.poll(() => page.locator('main table tbody tr').count()).toBe(7);
    await page.context().close();
  });

  test('the CSV export holds the figures on screen', async () => {
    const page = await newPage(browser, baseUrl);
    await logIn(page, DEMO.teamLead);
    await page.goto('/resultaten');
    await page.getByRole('combobox', { name: /^Team/ }).selectOption({ label: 'Burgerzaken' });
    const onScreen = page.locator('[data-kpi="contacts.first_line_share"]');
    await expect.poll(() => onScreen.textContent()).toBe('66,7%');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download als CSV' }).click()]);
    const csv = readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '');
    const [header, ...rows] = csv.trim().split('\r\n').map((line) => line.split(';'));
    const row = Object.fromEntries(header!.map((name, i) => [name, rows.find((r) => r[0] === 'contacts.first_line_share')![i]]));
    expect(row.waarde).toBe(await onScreen.textContent());
    expect(row.team).toBe('Burgerzaken');
    expect([row.teller, row.noemer]).toEqual(['4', '6']);
    // One row per KPI of the measurement plan.
    expect(rows).toHaveLength(KPI_DEFINITIONS.length);
    await page.context().close();
  });

  test('a period that ends before it starts is explained in Dutch', async () => {
    const page = await newPage(browser, baseUrl);
    await logIn(page, DEMO.teamLead);
    await page.goto('/resultaten');
    await page.locator('[data-kpi="contacts.first_line_share"]').waitFor();
    await page.getByLabel(/^Van/).fill('2026-12-31');
    await page.getByLabel(/^Tot en met/).fill('2026-01-01');
    await page.getByText('De begindatum moet vóór de einddatum liggen.').waitFor();
    await expectAccessible(page);
    await page.context().close();
  });
});

describe("the contact centre's day", () => {
  test('shows the overdue requests per team and the contacts per hour, chart and table, and passes axe', async () => {
    const page = await newPage(browser, baseUrl);
    await logIn(page, DEMO.kcc);
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Vandaag' }).click();
    await page.getByRole('heading', { level: 1, name: 'Vandaag' }).waitFor();
    await expect.poll(() => page.locator('[data-overdue="Burgerzaken"]').textContent()).toContain('1');
    expect(await page.locator('[data-open="Burgerzaken"]').textContent()).toBe('1');
    const table = page.getByRole('table', { name: 'Contacten per uur en kanaal' });
    // The 7 calls and contact forms of minutes ago.
    await table.waitFor();
    const cells = await table.locator('tbody td').allTextContents();
    expect(cells.map(Number).reduce((a, b) => a + b, 0)).toBe(7);
    expect(await page.locator('.helder-chart[role="img"]').getAttribute('aria-label')).toContain('7 in totaal');
    await expectAccessible(page);
    await page.context().close();
  });
});

describe('the progress report for the council', () => {
  test('the dashboard links to the report of a quarter as a web page and as a PDF', async () => {
    const page = await newPage(browser, baseUrl);
    await logIn(page, DEMO.teamLead);
    await page.goto('/resultaten');
    await page.getByRole('heading', { name: 'Voortgangsrapportage voor de raad' }).waitFor();
    const quarter = await page.getByRole('combobox', { name: /^Kwartaal/ }).inputValue();
    expect(quarter).toMatch(/^\d{4}-Q[1-4]$/);
    const html = await page.request.get((await page.getByRole('link', { name: /Bekijk als webpagina/ }).getAttribute('href'))!);
    expect(html.status()).toBe(200);
    expect(await html.text()).toContain('<h1');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download als PDF' }).click()]);
    expect(download.suggestedFilename()).toBe(`voortgangsrapportage-${quarter}.pdf`);
    expect(readFileSync((await download.path())!).subarray(0, 5).toString()).toBe('%PDF-');
    await page.context().close();
  });
});

describe('the public figures page', () => {
  test('opens without logging in, passes axe, and hides figures on fewer than five cases', async () => {
    const page = await newPage(browser, baseUrl);
    await page.goto('/cijfers');
    await page.getByRole('heading', { level: 1, name: 'Onze dienstverlening in cijfers' }).waitFor();
    const quarterOf = (d: Date) => {
      const [year, month] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit' }).format(d).split('-');
      return `${year}-Q${Math.floor((Number(month) - 1) / 3) + 1}`;
    };
    const now = quarterOf(recentlyUsed);
    const before = quarterOf(new Date(Date.now() - 120 * DAY));
    const cell = (id: string, quarter: string) => page.locator(`[data-kpi="${id}:${quarter}"]`).textContent();
    // This quarter: 7 calls and forms, 5 callback requests: shown.
    await expect.poll(() => cell('contacts.first_line_share', now)).toBe('57,1%');
    expect(await cell('callbacks.late_share', now)).toBe('60%');
    // The quarter of 120 days ago: 2 callback requests, not shown; no calls at all: nothing to show.
    expect(await cell('callbacks.late_share', before)).toBe('Te weinig gevallen');
    expect(await cell('contacts.first_line_share', before)).toBe('–');
    await expectAccessible(page);
    expect(await page.content()).not.toContain('Test');
    await page.context().close();
  });
});
