// Home visits (issue 14, R3.4): the contact centre requests a visit for the team of the product;
// the team plans it with a colleague (the resident gets a mail, or a letter text without an
// address); the week planning shows it; the outcome is a contact with channel home visit.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { FixedClock } from '../../src/clock.js';
import { createTestApp, DEMO, testConfig, type TestApp } from '../support/app.js';
import { type Mailbox, startMailbox } from '../support/smtp.js';

// Monday 15 March 2027, 10:00.
const clock = new FixedClock(new Date('2027-03-15T10:00:00+01:00'));
let t: TestApp;
let box: Mailbox;
beforeAll(async () => {
  box = await startMailbox();
  t = await createTestApp({ clock, config: { mail: { ...testConfig().mail, smtpUrl: box.url } } });
});
afterAll(async () => {
  await t?.close();
  await box?.stop();
});

interface Visit {
  id: string;
  reference: string;
  status: string;
  teamName: string;
  plannedAt: string | null;
  employee: { id: string; name: string } | null;
  address: { postcode: string };
  preferredDates: string[];
  outcomeContactId: string | null;
  confirmation: { mailed: boolean; letter: string | null };
}

const request = (body: Record<string, unknown> = {}) =>
  t.call(DEMO.kcc, 'POST', '/api/home-visits', {
    reason: 'Mevrouw kan door een gebroken heup niet naar het gemeentehuis. Zij moet haar paspoort aanvragen.',
    productId: t.product('Paspoort').id,
    customer: { name: 'Mevrouw De Wit', phone: '0321 123 456', email: 'dewit@example.nl', address: { street: 'De Rede', houseNumber: '12', postcode: '8251eg', city: 'Dronten' } },
    preferredDates: ['2027-03-18', '2027-03-17'],
    ...body,
  });

describe('home visits', () => {
  test('the contact centre requests a visit; it goes to the team of the product', async () => {
    const response = await request();
    expect(response.statusCode, response.body).toBe(201);
    const visit = response.json() as Visit;
    expect(visit).toMatchObject({ teamName: 'Burgerzaken', status: 'open', plannedAt: null, preferredDates: ['2027-03-17', '2027-03-18'], address: { postcode: '8251 EG' } });
    expect(visit.reference).toMatch(/^HB-\d+$/);
    // It is in the team's inbox as a request with a deadline.
    const inbox = (await t.call(DEMO.secondLine, 'GET', '/api/callback-requests?kind=home_visit')).json() as { items: { id: string }[] };
    expect(inbox.items.map((i) => i.id)).toContain(visit.id);
  });

  test('bad input is a Dutch 400 per field', async () => {
    const response = await request({ reason: '', customer: { name: '', address: { street: '', houseNumber: '1', postcode: '123', city: 'Dronten' } }, preferredDates: ['2027-02-30'] });
    expect(response.statusCode).toBe(400);
    const fields = (response.json().error.fields as { field: string }[]).map((f) => f.field);
    expect(fields).toEqual(expect.arrayContaining(['reason', 'customer.name', 'customer.address.street', 'customer.address.postcode']));
    expect((await request({ preferredDates: ['2027-03-01'] })).statusCode).toBe(400);
  });

  test('the team plans it: the colleague is the assignee, the resident gets a mail, the planning shows it', async () => {
    const [visit] = ((await t.call(DEMO.secondLine, 'GET', '/api/home-visits?from=2027-03-15&to=2027-03-21')).json() as { unplanned: Visit[] }).unplanned;
    const me = await t.employee(DEMO.secondLine);
    expect((await t.call(DEMO.secondLine, 'POST', `/api/home-visits/${visit!.id}/plan`, { plannedAt: '2027-03-14T10:00:00+01:00', employeeId: me.id })).statusCode).toBe(400);
    const other = await t.employee(DEMO.kcc);
    expect((await t.call(DEMO.secondLine, 'POST', `/api/home-visits/${visit!.id}/plan`, { plannedAt: '2027-03-17T14:00:00+01:00', employeeId: other.id })).statusCode).toBe(400);
    const planned = await t.call(DEMO.secondLine, 'POST', `/api/home-visits/${visit!.id}/plan`, { plannedAt: '2027-03-17T14:00:00+01:00', employeeId: me.id });
    expect(planned.statusCode, planned.body).toBe(200);
    expect(planned.json()).toMatchObject({ employee: { id: me.id }, status: 'in_progress', confirmation: { mailed: true, letter: null } });
    await t.services.mailWorker.drain();
    const mail = box.to('dewit@example.nl').at(-1)!;
    expect(mail.text).toContain('woensdag 17 maart 2027 om 14:00 uur');
    const week = (await t.call(DEMO.secondLine, 'GET', '/api/home-visits?from=2027-03-15&to=2027-03-21')).json() as { items: Visit[]; unplanned: Visit[] };
    expect(week.items.map((v) => v.id)).toEqual([visit!.id]);
    expect(week.unplanned).toEqual([]);
    // The contact centre sees every team's planning (the one counter answers for all).
    const counter = (await t.call(DEMO.kcc, 'GET', '/api/home-visits?from=2027-03-15&to=2027-03-21')).json() as { items: Visit[] };
    expect(counter.items.map((v) => v.id)).toEqual([visit!.id]);
    expect((await t.call(DEMO.secondLine, 'GET', '/api/home-visits?from=2027-03-21&to=2027-03-15')).statusCode).toBe(400);
  });

  test('without an e-mail address the team gets a letter text to send', async () => {
    const created = (await request({ customer: { name: 'Meneer Bos', address: { street: 'Het Ruim', houseNumber: '3', postcode: '8251 AB', city: 'Dronten' } } })).json() as Visit;
    const me = await t.employee(DEMO.secondLine);
    const planned = (await t.call(DEMO.secondLine, 'POST', `/api/home-visits/${created.id}/plan`, { plannedAt: '2027-03-18T10:30:00+01:00', employeeId: me.id })).json() as Visit;
    expect(planned.confirmation.mailed).toBe(false);
    expect(planned.confirmation.letter).toContain('donderdag 18 maart 2027 om 10:30 uur');
  });

  test('the outcome is a contact with channel home visit, and the visit is done', async () => {
    const week = (await t.call(DEMO.secondLine, 'GET', '/api/home-visits?from=2027-03-15&to=2027-03-21')).json() as { items: Visit[] };
    const visit = week.items[0]!;
    expect((await t.call(DEMO.secondLine, 'POST', `/api/home-visits/${visit.id}/outcome`, { summary: '' })).statusCode).toBe(400);
    const done = await t.call(DEMO.secondLine, 'POST', `/api/home-visits/${visit.id}/outcome`, { summary: 'Paspoort aangevraagd, foto meegenomen.' });
    expect(done.statusCode, done.body).toBe(200);
    const result = done.json() as Visit;
    expect(result.status).toBe('done');
    const contact = await t.call(DEMO.secondLine, 'GET', `/api/contacts/${result.outcomeContactId}`);
    expect(contact.statusCode, contact.body).toBe(200);
    expect(contact.json()).toMatchObject({ channel: 'home_visit' });
  });

  test('the resident\'s export (AVG art. 15) holds the address and time of their visit', async () => {
    const response = await t.call('privacy@dronten.demo', 'GET', '/api/privacy/export?email=dewit%40example.nl');
    expect(response.statusCode, response.body).toBe(200);
    const x = response.json() as { requests: { kind: string; homeVisit: { address: string; preferredDates: string[]; plannedAt: string | null } | null; history: { type: string; typeLabel: string }[] }[] };
    const visit = x.requests.find((r) => r.kind === 'home_visit')!;
    expect(visit.history.find((h) => h.type === 'planned')?.typeLabel).toBe('Huisbezoek gepland');
    expect(visit.homeVisit).toMatchObject({ address: 'De Rede 12, 8251 EG Dronten', preferredDates: ['2027-03-17', '2027-03-18'] });
    expect(visit.homeVisit!.plannedAt).not.toBeNull();
    const html = await t.call('privacy@dronten.demo', 'GET', '/api/privacy/export?email=dewit%40example.nl&format=html');
    expect(html.body).toContain('Huisbezoeken');
    expect(html.body).toContain('De Rede 12, 8251 EG Dronten');
    expect(x.requests.find((r) => r.kind !== 'home_visit')?.homeVisit ?? null).toBeNull();
  });

  test('erasing the resident removes the address of their visit too', async () => {
    const erased = await t.call('privacy@dronten.demo', 'POST', '/api/privacy/erasures', { email: 'dewit@example.nl', reason: 'Verzoek van de inwoner' });
    expect(erased.statusCode, erased.body).toBe(201);
    const week = (await t.call(DEMO.admin, 'GET', '/api/home-visits?from=2027-03-15&to=2027-03-21')).json() as { items: Visit[] };
    const visit = week.items.find((v) => v.status === 'done')!;
    expect(visit.address).toEqual({ street: '[verwijderd]', houseNumber: '', postcode: '', city: '' });
    expect(JSON.stringify(visit)).not.toMatch(/De Rede|De Wit/);
  });
});
