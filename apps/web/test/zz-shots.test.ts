// Scratch (not part of the suite): screenshots of the public pages.
import { createServer } from 'node:net';
import { test } from 'vitest';
import { createTestApp, DEMO, testConfig } from '../../server/test/support/app.js';
import { startMailbox } from '../../server/test/support/smtp.js';
import { launchBrowser } from './support/browser.js';
const DIR = '/work/main/.tmp/shots';
test('shots', async () => {
  const box = await startMailbox();
  const s = createServer(); await new Promise<void>((r) => s.listen(0, '127.0.0.1', r)); const port = (s.address() as any).port; await new Promise((r) => s.close(r));
  const base = `http://127.0.0.1:${port}`;
  const d = testConfig();
  const t = await createTestApp({ config: { publicFormLimitPerHour: 500, mail: { ...d.mail, smtpUrl: box.url, publicBaseUrl: base }, survey: { ...d.survey, delayMinutes: 0 } } });
  await t.app.listen({ port, host: '127.0.0.1' });
  await t.call(DEMO.kcc, 'POST', '/api/contacts', { channel: 'phone', subject: 'x', resolution: 'first_line', customer: { kind: 'resident', name: 'Jan', email: 'jan@voorbeeld.nl' } });
  await t.services.mailWorker.drain(); await box.waitFor(1);
  const link = box.mails[0]!.text!.match(/http\S+enquete\/\S+/)![0];
  const browser = await launchBrowser();
  for (const [w, h, tag] of [[1280, 900, 'desktop'], [375, 740, 'phone']] as const) {
    const ctx = await browser.newContext({ viewport: { width: w, height: h }, locale: 'nl-NL', deviceScaleFactor: 1 });
    const page = await ctx.newPage();
    await page.goto(`${base}/melding`);
    await page.screenshot({ path: `${DIR}/public-melding-${tag}.png`, fullPage: true });
    await page.click('button[type=submit]'); await page.waitForLoadState();
    await page.screenshot({ path: `${DIR}/public-melding-fouten-${tag}.png`, fullPage: true });
    await page.focus('#category-1');
    await page.screenshot({ path: `${DIR}/public-melding-focus-${tag}.png`, clip: { x: 0, y: 0, width: w, height: 700 } });
    await page.check('#category-3'); await page.fill('#description', 'Ik kreeg twee verschillende antwoorden over mijn paspoort.');
    await page.fill('#name', 'Fatima'); await page.fill('#email', 'fatima@voorbeeld.nl'); await page.check('#consent');
    await page.click('button[type=submit]'); await page.waitForLoadState();
    await page.screenshot({ path: `${DIR}/public-bevestiging-${tag}.png`, fullPage: true });
    await page.goto(link);
    await page.screenshot({ path: `${DIR}/public-enquete-${tag}.png`, fullPage: true });
    await page.fill('#comment', 'Prima'); await page.click('button[type=submit]'); await page.waitForLoadState();
    await page.screenshot({ path: `${DIR}/public-enquete-fouten-${tag}.png`, fullPage: true });
    console.log(tag, 'scrollWidth', await page.evaluate(() => document.documentElement.scrollWidth));
    await page.goto(`${base}/status/kapot`);
    await page.screenshot({ path: `${DIR}/public-kapot-${tag}.png`, fullPage: true });
    await ctx.close();
  }
  await browser.close(); await t.close(); await box.stop();
}, 120000);
