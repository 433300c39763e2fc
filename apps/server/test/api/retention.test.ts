// Retention with the clock moved forward: finished cases lose their personal details after the
// configured term (open ones keep them), old mails go, old client addresses are shortened; the job
// runs once a day however many instances ask, and every KPI gives the same figures afterwards.
import { asc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { FixedClock } from '../../src/clock.js';
import { auditEvents, callbackEvents, callbackRequests, contacts, customers, jobRuns, outboxMessages } from '../../src/db/schema.js';
import { mailsWhere, retentionCandidates, retentionCandidatesQuery } from '../../src/privacy/repository.js';
import { RETENTION_JOB, RetentionJob, shortenAddress } from '../../src/privacy/retention.js';
import { retentionText, termInWords } from '../../src/residents/pages.js';
import { createTestApp, DEMO, type TestApp } from '../support/app.js';
import { unique } from '../support/http.js';

const DAY = 86400_000;
const start = new Date('2027-03-01T10:00:00+01:00');
const clock = new FixedClock(start);
let t: TestApp;

const kpis = async () => {
  const response = await t.call(DEMO.admin, 'GET', '/api/kpis?from=2027-01-01&to=2027-12-31');
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
};

let finished: { contactId: string; requestId: string; customerId: string; email: string };
let open: { requestId: string; customerId: string };
let anonymousContactId: string;

beforeAll(async () => {
  // Sessions outlive the jumps of the clock (years): the test is about data, not logins.
  t = await createTestApp({ clock, config: { sessionHours: 24 * 365 * 5 } });
  const email = `bewaar-${unique('x').replace(/\W/g, '')}@example.nl`.toLowerCase();
  const handed = await t.call(DEMO.kcc, 'POST', '/api/contacts', {
    channel: 'email',
    subject: 'Kwijtschelding',
    summary: 'Mevrouw Bos vraagt om kwijtschelding.',
    resolution: 'handed_over',
    customer: { name: 'Mevrouw Bos', email },
    callbackRequest: { teamId: t.team('Belastingen').id, question: 'Kan mevrouw Bos kwijtschelding krijgen?', replyBy: 'email' },
  });
  expect(handed.statusCode, handed.body).toBe(201);
  const requestId = handed.json().callbackRequest.id;
  expect((await t.call(DEMO.admin, 'POST', `/api/callback-requests/${requestId}/attempt`, { note: 'Voicemail van mevrouw Bos ingesproken.' })).statusCode).toBe(200);
  expect((await t.call(DEMO.admin, 'POST', `/api/callback-requests/${requestId}/complete`, { outcome: 'Mevrouw Bos gebeld.' })).statusCode).toBe(200);
  const [request] = await t.database.db.select().from(callbackRequests).where(eq(callbackRequests.id, requestId));
  finished = { contactId: handed.json().id, requestId, customerId: request!.customerId, email };

  const report = await t.call(null, 'POST', '/api/public/reports', { category: 'treatment', description: 'Meneer Kok werd niet netjes geholpen.', name: 'Meneer Kok', phone: '0612345678', consent: true });
  expect(report.statusCode, report.body).toBe(201);
  const [openRow] = await t.database.db.select().from(callbackRequests).where(eq(callbackRequests.question, 'Meneer Kok werd niet netjes geholpen.'));
  open = { requestId: openRow!.id, customerId: openRow!.customerId };

  const anonymous = await t.call(DEMO.kcc, 'POST', '/api/contacts', { channel: 'counter', subject: 'Afval', summary: 'Buurman van nr. 12 klaagt.', resolution: 'first_line' });
  expect(anonymous.statusCode, anonymous.body).toBe(201);
  anonymousContactId = anonymous.json().id;
});
afterAll(async () => {
  await t?.close();
});

describe('retention', () => {
  test('addresses are shortened to their network: IPv4 /24, IPv6 /48', () => {
    expect(shortenAddress('192.168.1.77')).toBe('192.168.1.0');
    expect(shortenAddress('::ffff:10.1.2.3')).toBe('10.1.2.0');
    expect(shortenAddress('2001:db8:85a3:8d3:1319:8a2e:370:7348')).toBe('2001:db8:85a3::');
    expect(shortenAddress('2001:db8::1')).toBe('2001:db8:0::');
    expect(shortenAddress('192.168.1.0')).toBe('192.168.1.0');
    expect(shortenAddress('onbekend')).toBeNull();
  });

  test('the public forms tell how long data are kept, in the configured term', async () => {
    expect(termInWords(730)).toBe('2 jaar');
    expect(termInWords(183)).toBe('6 maanden');
    expect(termInWords(45)).toBe('45 dagen');
    expect(retentionText({ municipality: 'Dronten', phone: '14 0321', stylesheets: [], retentionCaseDays: 365 }, 'melding')).toContain('1 jaar nadat uw melding is afgehandeld');
    const form = await t.call(null, 'GET', '/melding');
    expect(form.statusCode).toBe(200);
    expect(form.body).toContain('2 jaar nadat uw melding is afgehandeld');
  });

  test('nothing happens before its term', async () => {
    clock.set(new Date(start.getTime() + 30 * DAY));
    const result = await new RetentionJob(t.database.db, clock, t.services.config.retention).run();
    expect(result).toMatchObject({ customers: 0, requests: 0, anonymousContacts: 0, mailsDeleted: 0, auditAddressesShortened: 0 });
  });

  test('after 90 days sent, held and failed mails are deleted; after 6 months addresses are shortened', async () => {
    const db = t.database.db;
    await t.services.mailWorker.drain();
    const mails = await db.select().from(outboxMessages).where(eq(outboxMessages.recipient, finished.email));
    expect(mails.length).toBeGreaterThan(0);
    expect(mails.every((m) => m.status === 'held')).toBe(true);
    const [login] = await db.select().from(auditEvents).where(eq(auditEvents.action, 'login')).limit(1);
    expect(login!.ip).toMatch(/^(::ffff:)?127\.0\.0\.1$/);

    clock.set(new Date(start.getTime() + 91 * DAY));
    const after91 = await new RetentionJob(db, clock, t.services.config.retention).run();
    expect(after91.mailsDeleted).toBeGreaterThanOrEqual(mails.length);
    expect(await db.select().from(outboxMessages).where(eq(outboxMessages.recipient, finished.email))).toHaveLength(0);
    expect(after91.auditAddressesShortened).toBe(0);

    clock.set(new Date(start.getTime() + 184 * DAY));
    const after184 = await new RetentionJob(db, clock, t.services.config.retention).run();
    expect(after184.auditAddressesShortened).toBeGreaterThan(0);
    const [shortened] = await db.select().from(auditEvents).where(eq(auditEvents.id, login!.id));
    expect(shortened!.ip).toBe('127.0.0.0');
    expect(shortened).toMatchObject({ action: login!.action, at: login!.at, actorId: login!.actorId });
  });

  test('two years after completion the case is anonymised once a day, open cases keep their details, and the KPIs stay the same', async () => {
    const db = t.database.db;
    clock.set(new Date(start.getTime() + 732 * DAY));
    const before = await kpis();

    // Two instances ask at the same moment: one runs, the other sees the claim.
    const other = new RetentionJob(db, clock, t.services.config.retention);
    const [a, b] = await Promise.all([t.services.privacy.retention.runIfDue(), other.runIfDue()]);
    const ran = [a, b].filter((r) => r !== undefined);
    expect(ran).toHaveLength(1);
    const result = ran[0]!;
    expect(result.customers).toBeGreaterThanOrEqual(1);
    expect(result.anonymousContacts).toBeGreaterThanOrEqual(1);
    expect(await t.services.privacy.retention.runIfDue()).toBeUndefined();

    expect(await kpis()).toEqual(before);

    const [customer] = await db.select().from(customers).where(eq(customers.id, finished.customerId));
    expect(customer).toMatchObject({ name: null, email: null, phone: null });
    expect(customer!.anonymisedAt).not.toBeNull();
    const [contact] = await db.select().from(contacts).where(eq(contacts.id, finished.contactId));
    expect(contact).toMatchObject({ summary: '[verwijderd]', subject: 'Kwijtschelding', channel: 'email', resolution: 'handed_over' });
    const [request] = await db.select().from(callbackRequests).where(eq(callbackRequests.id, finished.requestId));
    expect(request).toMatchObject({ question: '[verwijderd]', outcome: '[verwijderd]', status: 'done' });
    // The history keeps every event (type, time, employee); its free text is replaced.
    expect(result.events).toBeGreaterThanOrEqual(2);
    const history = await db.select().from(callbackEvents).where(eq(callbackEvents.callbackRequestId, finished.requestId)).orderBy(asc(callbackEvents.id));
    expect(history.map((e) => e.type)).toEqual(['created', 'attempt', 'completed']);
    expect(JSON.stringify(history.map((e) => e.data))).not.toContain('Bos');
    expect(history.find((e) => e.type === 'attempt')!.data).toMatchObject({ note: '[verwijderd]', attempt: 1 });
    expect(history.find((e) => e.type === 'completed')!.data).toMatchObject({ outcome: '[verwijderd]' });
    const [anonymous] = await db.select().from(contacts).where(eq(contacts.id, anonymousContactId));
    expect(anonymous!.summary).toBe('[verwijderd]');

    // The report is still open: its resident is still waiting for an answer.
    const [waiting] = await db.select().from(customers).where(eq(customers.id, open.customerId));
    expect(waiting).toMatchObject({ name: 'Meneer Kok', phone: '0612345678', anonymisedAt: null });
    const [report] = await db.select().from(callbackRequests).where(eq(callbackRequests.id, open.requestId));
    expect(report!.question).toBe('Meneer Kok werd niet netjes geholpen.');

    // The run is recorded with what it did.
    const runs = await db.select().from(jobRuns).where(eq(jobRuns.job, RETENTION_JOB));
    const today = runs.find((r) => r.period === '2029-03-02')!;
    expect(today.finishedAt).not.toBeNull();
    expect(today.result).toMatchObject({ customers: result.customers, caseCutoff: result.caseCutoff });
  });

  test('the next day it runs again, and only picks up what became due', async () => {
    const db = t.database.db;
    clock.advance(DAY);
    const result = (await t.services.privacy.retention.runIfDue())!;
    expect(result).toBeDefined();
    expect(result.customers).toBe(0);
    expect(result.anonymousContacts).toBe(0);
    expect(await db.select().from(jobRuns).where(inArray(jobRuns.period, ['2029-03-02', '2029-03-03']))).toHaveLength(2);
  });

  test('the candidates are walked in (created_at, id) order, each exactly once, also when times are equal', async () => {
    const db = t.database.db;
    // Customers from long ago, three created at the same moment; one already anonymised is never a candidate.
    const rows = await db
      .insert(customers)
      .values([
        { createdAt: new Date('2001-05-01T10:00:00Z') },
        { createdAt: new Date('2001-02-01T10:00:00Z') },
        { createdAt: new Date('2001-03-01T10:00:00Z') },
        { createdAt: new Date('2001-03-01T10:00:00Z') },
        { createdAt: new Date('2001-03-01T10:00:00Z') },
        { createdAt: new Date('2001-01-01T10:00:00Z'), anonymisedAt: new Date('2001-06-01T10:00:00Z') },
      ])
      .returning();
    const expected = rows
      .filter((r) => !r.anonymisedAt)
      .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .map((r) => r.id);
    const cutoff = new Date('2002-01-01T00:00:00Z');
    const walked: string[] = [];
    let after: { createdAt: Date; id: string } | null = null;
    for (let i = 0; i < 10; i++) {
      const batch = await retentionCandidates(db, cutoff, after, 2);
      walked.push(...batch.map((c) => c.id));
      if (batch.length < 2) break;
      after = batch[batch.length - 1]!;
    }
    expect(walked).toEqual(expected);
  });

  test('the batches and the mail lookups can use their indexes (migration 0014), on either database', async () => {
    const plan = (query: SQL) =>
      t.database.db.transaction(async (tx) => {
        // With sequential scans priced out, a plan without the index means the query cannot use it.
        await tx.execute(sql`set local enable_seqscan = off`);
        await tx.execute(sql`set local enable_sort = off`);
        const result = (await tx.execute(sql`explain ${query}`)) as unknown as { rows: Record<string, string>[] };
        return result.rows.map((row) => Object.values(row)[0]).join('\n');
      });
    const cutoff = new Date('2030-01-01T00:00:00Z');
    const first = await plan(retentionCandidatesQuery(cutoff, null, 500));
    expect(first).toContain('customers_retention_idx');
    expect(first).not.toMatch(/Sort/);
    const next = await plan(retentionCandidatesQuery(cutoff, { createdAt: new Date('2001-03-01T10:00:00Z'), id: '00000000-0000-4000-8000-000000000000' }, 500));
    expect(next).toContain('customers_retention_idx');
    expect(next).not.toMatch(/Sort/);
    const mails = await plan(sql`select id from outbox_messages where ${mailsWhere(['inwoner@example.nl'], ['00000000-0000-4000-8000-000000000000'])}`);
    expect(mails).toContain('outbox_recipient_lower_idx');
    expect(mails).toContain('outbox_related_idx');
  });
});
