// The resident's rights under the AVG: find what Helder holds about one person, export it (art. 15),
// erase it (art. 17) with every KPI unchanged, and correct it (art. 16). Each is audited; the
// append-only history keeps its events with the personal text replaced.
import { existsSync } from 'node:fs';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { FixedClock } from '../../src/clock.js';
import { auditEvents, callbackEvents, callbackRequests, contacts, customers, outboxMessages, surveyResponses } from '../../src/db/schema.js';
import { createTestApp, DEMO, type TestApp } from '../support/app.js';
import { expectError, UNKNOWN_ID, unique } from '../support/http.js';
import { surveyTokenFor } from '../support/residents.js';

const PRIVACY = 'privacy@dronten.demo';
const clock = new FixedClock(new Date('2027-03-01T10:00:00+01:00'));
let t: TestApp;

const address = (prefix: string) => `${prefix}-${unique('x').replace(/\W/g, '')}@example.nl`.toLowerCase();

interface Person {
  email: string;
  phone: string;
  name: string;
  contactId: string;
  requestId: string;
}

/**
 * One resident's whole trail: a contact handed over as a callback request (with an interim reply
 * and an outcome), a contact answered at once that invites them to the survey, a survey answer
 * with a comment, and a report through the public form.
 */
async function residentWithHistory(): Promise<Person> {
  const email = address('inwoner');
  const phone = `06${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
  const name = unique('Anna de Vries');
  const burgerzaken = t.team('Burgerzaken').id;
  const handed = await t.call(DEMO.kcc, 'POST', '/api/contacts', {
    channel: 'phone',
    subject: 'Paspoort kwijt',
    summary: `${name} belde over haar paspoort, BSN genoemd.`,
    productId: t.product('Paspoort').id,
    resolution: 'handed_over',
    customer: { name, email, phone: `${phone.slice(0, 2)}-${phone.slice(2)}` },
    callbackRequest: { teamId: burgerzaken, question: `Kan ${name} een nood-paspoort krijgen?`, replyBy: 'email' },
  });
  expect(handed.statusCode, handed.body).toBe(201);
  const contact = handed.json();
  const requestId = contact.callbackRequest.id as string;
  const interim = await t.call(DEMO.admin, 'POST', `/api/callback-requests/${requestId}/interim-reply`, { message: `Beste ${name}, wij zoeken het uit.`, expectedBy: '2027-03-10' });
  expect(interim.statusCode, interim.body).toBe(200);
  const done = await t.call(DEMO.admin, 'POST', `/api/callback-requests/${requestId}/complete`, { outcome: `${name} teruggebeld, afspraak gemaakt.` });
  expect(done.statusCode, done.body).toBe(200);

  const quick = await t.call(DEMO.kcc, 'POST', '/api/contacts', { channel: 'counter', subject: 'Afspraak', resolution: 'first_line', customer: { name, email } });
  expect(quick.statusCode, quick.body).toBe(201);
  clock.advance(2 * 3600_000);
  await t.services.mailWorker.drain();
  const answer = await t.call(null, 'POST', `/api/public/surveys/${await surveyTokenFor(t, email)}`, { score: 4, timelinessScore: 6, resolved: false, comment: `Ik ben ${name} en ik wacht nog.`, mayContact: false });
  expect(answer.statusCode, answer.body).toBe(201);

  const report = await t.call(null, 'POST', '/api/public/reports', { category: 'unclear_letter', description: `Brief aan ${name} was onduidelijk.`, name, email: email.toUpperCase(), consent: true });
  expect(report.statusCode, report.body).toBe(201);
  return { email, phone, name, contactId: contact.id, requestId };
}

const kpis = async () => {
  const response = await t.call(DEMO.admin, 'GET', '/api/kpis?from=2027-01-01&to=2027-12-31');
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
};
const categories = async () => (await t.call(DEMO.admin, 'GET', '/api/kpis/report-categories')).json();

beforeAll(async () => {
  t = await createTestApp({ clock });
});
afterAll(async () => {
  await t?.close();
});

describe('finding a resident', () => {
  let person: Person;
  beforeAll(async () => {
    person = await residentWithHistory();
  });

  test('by e-mail address in any case, with what hangs on each record', async () => {
    const response = await t.call(PRIVACY, 'GET', `/api/privacy/subjects?email=${encodeURIComponent(person.email.toUpperCase())}`);
    expect(response.statusCode, response.body).toBe(200);
    const { items, nextCursor } = response.json();
    expect(nextCursor).toBeNull();
    // The handed-over contact and its request share a record; the quick contact and the report have their own.
    expect(items).toHaveLength(3);
    const total = (key: string) => items.reduce((sum: number, i: { counts: Record<string, number> }) => sum + i.counts[key]!, 0);
    expect(total('contacts')).toBe(2);
    expect(total('callbacks')).toBe(1);
    expect(total('reports')).toBe(1);
    expect(total('surveyAnswers')).toBe(1);
    expect(items.every((i: { name: string }) => i.name === person.name)).toBe(true);
  });

  test('by phone number in another spelling (+31), paged', async () => {
    const plus = `+31 ${person.phone.slice(1)}`;
    const first = await t.call(DEMO.admin, 'GET', `/api/privacy/subjects?phone=${encodeURIComponent(plus)}&limit=1`);
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json().items).toHaveLength(1);
    expect(first.json().items[0].phone).toBe(person.phone);
    expect(first.json().nextCursor).toBeNull();
  });

  test('only administrators and the privacy officer may; bad input is a Dutch 400', async () => {
    for (const as of [DEMO.kcc, DEMO.secondLine, DEMO.teamLead]) {
      expectError(await t.call(as, 'GET', `/api/privacy/subjects?email=${encodeURIComponent(person.email)}`), 403);
    }
    expectError(await t.call(null, 'GET', `/api/privacy/subjects?email=${encodeURIComponent(person.email)}`), 401);
    expectError(await t.call(PRIVACY, 'GET', '/api/privacy/subjects'), 400, 'validation_failed');
    expectError(await t.call(PRIVACY, 'GET', '/api/privacy/subjects?email=geen-adres'), 400, 'validation_failed');
    expectError(await t.call(PRIVACY, 'GET', '/api/privacy/subjects?phone=12'), 400, 'validation_failed');
    expectError(await t.call(PRIVACY, 'GET', '/api/privacy/subjects?email=a@example.nl&cursor=rommel'), 400);
    expectError(await t.call(PRIVACY, 'GET', '/api/privacy/export?email=a@example.nl&format=doc'), 400, 'validation_failed');
    expectError(await t.call(PRIVACY, 'GET', `/api/privacy/export?email=${encodeURIComponent('niemand@example.nl')}`), 404);
  });

  test('looking is audited as a read of those records', async () => {
    const before = await t.database.db.select().from(auditEvents).where(eq(auditEvents.entityType, 'privacy_subject'));
    await t.call(PRIVACY, 'GET', `/api/privacy/subjects?email=${encodeURIComponent(person.email)}`);
    const after = await t.database.db.select().from(auditEvents).where(eq(auditEvents.entityType, 'privacy_subject'));
    expect(after.length).toBe(before.length + 1);
    expect(after.at(-1)!.action).toBe('read_customer');
    expect(after.at(-1)!.customerIds).toHaveLength(3);
  });
});

describe('export (art. 15)', () => {
  let person: Person;
  beforeAll(async () => {
    person = await residentWithHistory();
  });

  test('JSON holds every record: details, contacts, requests with their history, survey answers, mails', async () => {
    const response = await t.call(PRIVACY, 'GET', `/api/privacy/export?email=${encodeURIComponent(person.email)}`);
    expect(response.statusCode, response.body).toBe(200);
    expect(String(response.headers['content-disposition'])).toMatch(/attachment; filename="inzage-2027-03-01\.json"/);
    const x = response.json();
    expect(x.customers).toHaveLength(3);
    expect(x.customers[0]).toMatchObject({ name: person.name, email: person.email });
    expect(x.contacts.map((c: { summary: string | null }) => c.summary)).toContain(`${person.name} belde over haar paspoort, BSN genoemd.`);
    const callback = x.requests.find((r: { kind: string }) => r.kind === 'callback');
    expect(callback.question).toContain(person.name);
    expect(callback.outcome).toContain('afspraak gemaakt');
    expect(callback.history.map((h: { type: string }) => h.type)).toEqual(['created', 'interim_reply', 'completed']);
    expect(callback.history[1].texts.message).toContain(person.name);
    const report = x.requests.find((r: { kind: string }) => r.kind === 'report');
    expect(report.question).toContain('onduidelijk');
    expect(report.reference).toMatch(/^MC-\d+$/);
    expect(x.surveyAnswers).toHaveLength(1);
    expect(x.surveyAnswers[0]).toMatchObject({ score: 4, comment: `Ik ben ${person.name} en ik wacht nog.` });
    expect(x.mails.map((m: { purpose: string }) => m.purpose).sort()).toEqual(['callback_received', 'interim_reply', 'report_received', 'survey_invitation']);
    // The mailed links to the status page and the survey do not leave in the export.
    expect(JSON.stringify(x.mails)).not.toMatch(/\/(status|enquete)\/[A-Za-z0-9_-]{43}/);
    expect(x.retentionDays).toEqual({ cases: 730, mails: 90, auditAddresses: 183 });
    expect(x.accessLog.length).toBeGreaterThan(0);
  });

  test('HTML is a readable Dutch page with everything escaped, and the export is audited', async () => {
    const before = (await t.database.db.select().from(auditEvents).where(eq(auditEvents.action, 'privacy_export'))).length;
    const response = await t.call(DEMO.admin, 'GET', `/api/privacy/export?phone=${person.phone}&format=html`);
    expect(response.statusCode, response.body).toBe(200);
    expect(String(response.headers['content-type'])).toContain('text/html');
    expect(response.body).toContain('<html lang="nl">');
    expect(response.body).toContain(person.name);
    expect(response.body).toContain('Vragen en meldingen');
    expect(response.body).not.toContain('<script');
    const events = await t.database.db.select().from(auditEvents).where(eq(auditEvents.action, 'privacy_export'));
    expect(events.length).toBe(before + 1);
    const last = events.at(-1)!;
    expect(last.customerIds.length).toBeGreaterThan(0);
    expect(last.detail).toMatchObject({ format: 'html' });
    // The audit names the records, never the details searched for.
    expect(JSON.stringify(last.detail)).not.toContain(person.phone);
  });

  test.skipIf(!existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'))('PDF', async () => {
    const response = await t.call(PRIVACY, 'GET', `/api/privacy/export?email=${encodeURIComponent(person.email)}&format=pdf`);
    expect(response.statusCode, response.body.slice(0, 300)).toBe(200);
    expect(String(response.headers['content-type'])).toContain('application/pdf');
    expect(response.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  }, 60_000);
});

describe('erasure (art. 17)', () => {
  let person: Person;
  beforeAll(async () => {
    person = await residentWithHistory();
  });

  test('removes the details everywhere, keeps every event, and leaves every KPI exactly as it was', async () => {
    const db = t.database.db;
    const ids = (await t.call(PRIVACY, 'GET', `/api/privacy/subjects?email=${encodeURIComponent(person.email)}`)).json().items.map((i: { id: string }) => i.id) as string[];
    const requestIds = (await db.select({ id: callbackRequests.id }).from(callbackRequests).where(inArray(callbackRequests.customerId, ids))).map((r) => r.id);
    const eventsBefore = await db.select({ id: callbackEvents.id, type: callbackEvents.type, at: callbackEvents.at }).from(callbackEvents).where(inArray(callbackEvents.callbackRequestId, requestIds)).orderBy(asc(callbackEvents.id));
    const kpisBefore = await kpis();
    const categoriesBefore = await categories();

    expectError(await t.call(PRIVACY, 'POST', '/api/privacy/erasures', { email: person.email }), 400, 'validation_failed');
    expectError(await t.call(PRIVACY, 'POST', '/api/privacy/erasures', { reason: 'Verzoek van de inwoner' }), 400, 'validation_failed');
    expectError(await t.call(DEMO.kcc, 'POST', '/api/privacy/erasures', { email: person.email, reason: 'Verzoek van de inwoner' }), 403);

    const response = await t.call(PRIVACY, 'POST', '/api/privacy/erasures', { email: person.email, reason: 'Verzoek van de inwoner per brief van 1 maart' });
    expect(response.statusCode, response.body).toBe(201);
    const result = response.json();
    expect(result.customerIds.sort()).toEqual([...ids].sort());
    expect(result).toMatchObject({ customers: 3, requests: 2, surveyAnswers: 1 });
    expect(result.mails).toBeGreaterThanOrEqual(4);

    expect(await kpis()).toEqual(kpisBefore);
    expect(await categories()).toEqual(categoriesBefore);

    const rows = await db.select().from(customers).where(inArray(customers.id, ids));
    for (const row of rows) expect(row).toMatchObject({ name: null, email: null, phone: null, anonymisedAt: clock.now() });
    const contact = (await db.select().from(contacts).where(eq(contacts.id, person.contactId)))[0]!;
    expect(contact.summary).toBe('[verwijderd]');
    expect(contact.subject).toBe('Paspoort kwijt');
    const request = (await db.select().from(callbackRequests).where(eq(callbackRequests.id, person.requestId)))[0]!;
    expect(request).toMatchObject({ question: '[verwijderd]', outcome: '[verwijderd]', status: 'done', statusTokenHash: null });
    // Ordered: an updated row may come back from another place in the table (PostgreSQL).
    const eventsAfter = await db.select().from(callbackEvents).where(inArray(callbackEvents.callbackRequestId, requestIds)).orderBy(asc(callbackEvents.id));
    expect(eventsAfter.map((e) => ({ id: e.id, type: e.type, at: e.at }))).toEqual(eventsBefore);
    // The history keeps every event, and its free text is gone: the interim message and the outcome.
    expect(result.events).toBeGreaterThanOrEqual(2);
    expect(result).not.toHaveProperty('eventsLeft');
    expect(JSON.stringify(eventsAfter.map((e) => e.data))).not.toContain(person.name);
    expect(eventsAfter.find((e) => e.type === 'interim_reply')!.data).toMatchObject({ message: '[verwijderd]', expectedBy: '2027-03-10' });
    expect(eventsAfter.find((e) => e.type === 'completed')!.data).toMatchObject({ outcome: '[verwijderd]' });
    const answers = await db.select().from(surveyResponses).where(eq(surveyResponses.comment, `Ik ben ${person.name} en ik wacht nog.`));
    expect(answers).toHaveLength(0);
    expect(await db.select().from(outboxMessages).where(eq(outboxMessages.recipient, person.email))).toHaveLength(0);

    // Nothing is found any more; the history is still shown, without the person.
    expect((await t.call(PRIVACY, 'GET', `/api/privacy/subjects?email=${encodeURIComponent(person.email)}`)).json().items).toHaveLength(0);
    expectError(await t.call(PRIVACY, 'POST', '/api/privacy/erasures', { email: person.email, reason: 'Nog een keer' }), 404);
    const detail = await t.call(DEMO.admin, 'GET', `/api/callback-requests/${person.requestId}`);
    expect(detail.statusCode, detail.body).toBe(200);
    expect(detail.json()).toMatchObject({ question: '[verwijderd]', customer: { name: null, email: null, phone: null } });
    expect(detail.body).not.toContain(person.name);

    const [audit] = await db.select().from(auditEvents).where(and(eq(auditEvents.action, 'privacy_erase'), eq(auditEvents.entityType, 'customer')));
    expect(audit!.customerIds.sort()).toEqual([...ids].sort());
    expect(audit!.detail).toMatchObject({ reason: 'Verzoek van de inwoner per brief van 1 maart' });
    expect(audit!.actorId).toBe((await t.employee(PRIVACY)).id);
  });

  test('the append-only history still refuses any other change', async () => {
    const db = t.database.db;
    await expect(db.update(callbackEvents).set({ type: 'created' }).where(eq(callbackEvents.callbackRequestId, person.requestId))).rejects.toThrow();
    await expect(db.delete(auditEvents).where(eq(auditEvents.action, 'privacy_export'))).rejects.toThrow();
    await expect(db.update(auditEvents).set({ ip: null }).where(eq(auditEvents.action, 'privacy_export'))).rejects.toThrow();
  });
});

describe('correction (art. 16)', () => {
  let person: Person;
  beforeAll(async () => {
    person = await residentWithHistory();
  });

  test('changes one record, audits which fields changed but not their values', async () => {
    const items = (await t.call(PRIVACY, 'GET', `/api/privacy/subjects?phone=${person.phone}`)).json().items as { id: string }[];
    expect(items).toHaveLength(1);
    const id = items[0]!.id;
    const newEmail = address('nieuw');
    const response = await t.call(PRIVACY, 'POST', '/api/privacy/corrections', { customerId: id, name: 'Anna de Vries-Jansen', email: newEmail.toUpperCase(), reason: 'Naam en adres gewijzigd op verzoek' });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({ id, name: 'Anna de Vries-Jansen', email: newEmail, fields: ['name', 'email'] });
    const [row] = await t.database.db.select().from(customers).where(eq(customers.id, id));
    expect(row).toMatchObject({ name: 'Anna de Vries-Jansen', email: newEmail, phone: person.phone });
    const audit = (await t.database.db.select().from(auditEvents).where(eq(auditEvents.action, 'privacy_correct'))).at(-1)!;
    expect(audit).toMatchObject({ entityId: id, customerIds: [id] });
    expect(audit.detail).toEqual({ reason: 'Naam en adres gewijzigd op verzoek', fields: ['name', 'email'] });

    // Emptying a field is a correction too.
    const cleared = await t.call(PRIVACY, 'POST', '/api/privacy/corrections', { customerId: id, phone: '', reason: 'Nummer klopt niet meer' });
    expect(cleared.statusCode, cleared.body).toBe(201);
    expect(cleared.json().phone).toBeNull();
  });

  test('refuses what cannot be corrected, in Dutch', async () => {
    const items = (await t.call(PRIVACY, 'GET', `/api/privacy/subjects?email=${encodeURIComponent(person.email)}`)).json().items as { id: string; name: string }[];
    const id = items[0]!.id;
    expectError(await t.call(PRIVACY, 'POST', '/api/privacy/corrections', { customerId: id, reason: 'Niets veranderd' }), 400, 'validation_failed');
    expectError(await t.call(PRIVACY, 'POST', '/api/privacy/corrections', { customerId: id, email: 'geen-adres', reason: 'Fout adres' }), 400, 'validation_failed');
    expectError(await t.call(PRIVACY, 'POST', '/api/privacy/corrections', { customerId: id, name: items[0]!.name, reason: 'Zelfde naam' }), 409, 'unchanged');
    expectError(await t.call(PRIVACY, 'POST', '/api/privacy/corrections', { customerId: UNKNOWN_ID, name: 'X', reason: 'Bestaat niet' }), 404);
    expectError(await t.call(PRIVACY, 'POST', '/api/privacy/corrections', { customerId: 'abc', name: 'X', reason: 'Bestaat niet' }), 400);
    expectError(await t.call(DEMO.teamLead, 'POST', '/api/privacy/corrections', { customerId: id, name: 'X', reason: 'Geen recht' }), 403);
    expect((await t.call(PRIVACY, 'POST', '/api/privacy/erasures', { email: person.email, reason: 'Verzoek van de inwoner' })).statusCode).toBe(201);
    expectError(await t.call(PRIVACY, 'POST', '/api/privacy/corrections', { customerId: id, name: 'Weer terug', reason: 'Na verwijderen' }), 409, 'anonymised');
  });
});
