// We sell a B1 checker: our own texts for residents must pass it. Every mail Helder sends and every
// public page, as residents get them, analysed by packages/b1.
import { analyze } from '@helder/b1';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { FixedClock } from '../../src/clock.js';
import { outboxMessages } from '../../src/db/schema.js';
import { createTestApp, DEMO, type TestApp } from '../support/app.js';
import { createCallback, createContact } from '../support/http.js';
import { submitReport, surveyTokenFor, tokenOf } from '../support/residents.js';

const clock = new FixedClock(new Date('2027-03-01T10:00:00+01:00'));
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ clock });
});
afterAll(() => t?.close());

function expectB1(text: string, format: 'text' | 'html', what: string) {
  const result = analyze(text, { format });
  const errors = result.findings.filter((f) => f.severity === 'error').map((f) => `${f.category}: ${text.slice(f.start, f.end)}`);
  expect(errors, what).toEqual([]);
  expect(result.isB1, `${what}: level ${result.level}`).toBe(true);
}

test('every kind of mail is at B1', async () => {
  await submitReport(t, { name: 'Anna', email: 'b1-melding@example.nl', consent: true });
  const request = await createCallback(t, t.team('Belastingen').id, { replyBy: 'email', customer: { name: 'Bram', email: 'b1-terugbel@example.nl' } });
  await t.call(DEMO.admin, 'POST', `/api/callback-requests/${request.id}/interim-reply`, { message: 'Wij hebben meer tijd nodig. Wij bellen u volgende week.', expectedBy: '2027-03-08', via: 'email' });
  await createContact(t, { customer: { name: 'Cor', email: 'b1-enquete@example.nl' } });
  const mails = await t.database.db.select().from(outboxMessages);
  const purposes = new Set(mails.map((m) => m.purpose));
  expect([...purposes].sort()).toEqual(['callback_received', 'interim_reply', 'report_received', 'survey_invitation']);
  for (const mail of mails) {
    expectB1(mail.textBody, 'text', `${mail.purpose} (text)`);
    expectB1(mail.htmlBody, 'html', `${mail.purpose} (html)`);
  }
});

test('every public page is at B1', async () => {
  const receipt = await submitReport(t, { email: 'b1-status@example.nl', consent: true });
  await createContact(t, { customer: { name: 'Dirk', email: 'b1-pagina@example.nl' } });
  const token = await surveyTokenFor(t, 'b1-pagina@example.nl');
  const pages = {
    'report form': '/melding',
    'status page': `/status/${tokenOf(receipt.statusUrl)}?nieuw=1`,
    'survey form': `/enquete/${token}`,
    'link that does not work': `/enquete/${'A'.repeat(43)}`,
  };
  for (const [what, url] of Object.entries(pages)) {
    const page = await t.app.inject({ method: 'GET', url });
    expect(page.body, what).toContain('<main');
    expectB1(page.body, 'html', what);
  }
  const wrong = await t.app.inject({ method: 'POST', url: '/api/public/reports', headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: 'description=kort&email=x' });
  expectB1(wrong.body, 'html', 'report form with mistakes');
});
