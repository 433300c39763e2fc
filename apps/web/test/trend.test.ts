// A KPI's trend per month and per quarter, chart and table, in chromium.
import { amsterdamInstant } from '@helder/domain';
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
  // Calls answered directly: January 1 of 2, February 2 of 2, April 1 of 4.
  const rows = [
    ['2025-01-10', 'first_line'], ['2025-01-11', 'handed_over'],
    ['2025-02-10', 'first_line'], ['2025-02-11', 'first_line'],
    ['2025-04-10', 'first_line'], ['2025-04-11', 'handed_over'], ['2025-04-12', 'handed_over'], ['2025-04-13', 'handed_over'],
  ] as const;
  await t.database.db.insert(contacts).values(rows.map(([day, resolution]) => ({ occurredAt: amsterdamInstant(day, 10), channel: 'phone', resolution, subject: 'Vraag' })));
});
afterAll(async () => {
  await browser?.close();
  await t?.close();
});

describe('the trend of a KPI', () => {
  test('shows months, or quarters that add up the months exactly', async () => {
    const page = await newPage(browser, baseUrl);
    await logIn(page, DEMO.admin);
    await page.goto('/resultaten');
    await page.getByLabel(/^Van/).fill('2025-01-01');
    await page.getByLabel(/^Tot en met/).fill('2025-06-30');
    const card = page.locator('li.helder-kpi', { has: page.locator('[data-kpi="contacts.first_line_share"]') });
    await expect.poll(() => card.locator('[data-kpi]').textContent()).toBe('50%');
    const chart = card.locator('.helder-chart[role="img"]');
    await expect.poll(() => chart.getAttribute('aria-label')).toContain('per maand: jan 2025 50%, feb 2025 100%, apr 2025 25%');

    await card.getByRole('radio', { name: 'Per kwartaal' }).check();
    await expect.poll(() => chart.getAttribute('aria-label')).toContain('per kwartaal: Q1 2025 75%, Q2 2025 25%');
    await card.locator('summary').click();
    const table = card.getByRole('table', { name: /per kwartaal/ });
    expect(await table.locator('tbody tr').allTextContents()).toEqual(['Q1 202575%34', 'Q2 202525%14']);
    await expectAccessible(page);
    await page.context().close();
  });
});
