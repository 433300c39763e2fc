// The outbox: an SMTP outage or a crash delays a mail but never loses it, a mail is not sent twice
// by one worker, a mail that keeps failing is marked for an administrator, and without SMTP the
// mails are held for an administrator to read.
import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { FixedClock } from '../../src/clock.js';
import { auditEvents, callbackRequests, outboxMessages } from '../../src/db/schema.js';
import * as outboxRepo from '../../src/mail/repository.js';
import { hashToken } from '../../src/http/tokens.js';
import { MASK } from '../../src/mail/links.js';
import { Outbox } from '../../src/mail/outbox.js';
import { backoffMs, LINK_LOST, MAX_ATTEMPTS } from '../../src/mail/worker.js';
import { createTestApp, DEMO, type TestApp, testConfig } from '../support/app.js';
import { expectError, UNKNOWN_ID, unique } from '../support/http.js';
import { outboxMail, submitReport, tokenOf } from '../support/residents.js';
import { type Mailbox, startMailbox } from '../support/smtp.js';

const clock = new FixedClock(new Date('2027-03-01T10:00:00+01:00'));
const address = () => `post-${unique('m').replace(/\W/g, '')}@example.nl`;

describe('with an SMTP server', () => {
  let t: TestApp;
  let box: Mailbox;

  beforeAll(async () => {
    box = await startMailbox();
    t = await createTestApp({ clock, config: { sessionHours: 24 * 30, mail: { ...testConfig().mail, smtpUrl: box.url } } });
  });
  afterAll(async () => {
    await t?.close();
    await box?.stop();
  });

  const rowOf = async (email: string) => (await outboxMail(t, email, 'report_received'))!;

  test('an outage delays a mail with growing waits, and it is delivered once when the server is back', async () => {
    const email = address();
    await submitReport(t, { email, consent: true });
    box.failing = true;
    expect((await t.services.mailWorker.drain()).retried).toBeGreaterThanOrEqual(1);
    let row = await rowOf(email);
    expect(row).toMatchObject({ status: 'pending', attempts: 1 });
    expect(row.lastError).toMatch(/421|not available/i);
    expect(row.nextAttemptAt.getTime() - clock.now().getTime()).toBe(backoffMs(1));
    // Not before its time.
    await t.services.mailWorker.drain();
    expect((await rowOf(email)).attempts).toBe(1);
    clock.advance(backoffMs(1));
    await t.services.mailWorker.drain();
    row = await rowOf(email);
    expect(row.attempts).toBe(2);
    expect(row.nextAttemptAt.getTime() - clock.now().getTime()).toBe(backoffMs(2));
    expect(backoffMs(2)).toBe(2 * backoffMs(1));

    box.failing = false;
    clock.advance(backoffMs(2));
    await t.services.mailWorker.drain();
    await t.services.mailWorker.drain();
    expect((await rowOf(email)).status).toBe('sent');
    expect(box.to(email)).toHaveLength(1);
  });

  test('a survey invitation waits out an outage and still arrives, once', async () => {
    const email = address();
    const contact = await t.call(DEMO.kcc, 'POST', '/api/contacts', { channel: 'phone', subject: 'Vraag', resolution: 'first_line', customer: { name: 'Rik', email } });
    expect(contact.statusCode, contact.body).toBe(201);
    box.failing = true;
    clock.advance(60 * 60_000);
    await t.services.mailWorker.drain();
    const row = (await outboxMail(t, email, 'survey_invitation'))!;
    expect(row).toMatchObject({ status: 'pending', attempts: 1 });
    box.failing = false;
    clock.advance(backoffMs(1));
    await t.services.mailWorker.drain();
    expect((await outboxMail(t, email, 'survey_invitation'))!.status).toBe('sent');
    expect(box.to(email).map((m) => m.subject)).toEqual(['Hoe was uw contact met de gemeente Dronten?']);
  });

  test('tokens never rest in the outbox: the row and the administrator see a masked link, the resident gets a working one', async () => {
    const email = address();
    const receipt = await submitReport(t, { name: 'Noor Visser', email, consent: true });
    const token = tokenOf(receipt.statusUrl);
    const stored = await rowOf(email);
    expect(JSON.stringify(stored)).not.toContain(token);
    expect(stored.textBody).toContain('/status/{{token:');
    const list = await t.call(DEMO.admin, 'GET', '/api/outbox?limit=100');
    expect(list.body).not.toContain(token);
    const one = await t.call(DEMO.admin, 'GET', `/api/outbox/${stored.id}`);
    expect(one.statusCode, one.body).toBe(200);
    expect(one.body).not.toContain(token);
    expect(one.body).not.toContain('{{token:');
    expect(one.json().textBody).toContain(`/status/${MASK}`);
    expect(one.json().htmlBody).toContain(`/status/${MASK}`);
    // Reading the mail is logged under the resident it was written to.
    const [request] = await t.database.db.select().from(callbackRequests).where(eq(callbackRequests.statusTokenHash, hashToken(token)));
    const reads = await t.database.db.select().from(auditEvents).where(eq(auditEvents.entityId, stored.id));
    expect(reads.map((r) => [r.action, r.customerIds])).toContainEqual(['read_customer', [request!.customerId]]);

    await t.services.mailWorker.drain();
    const [mail] = box.to(email);
    expect(mail!.text).toContain(receipt.statusUrl);
    expect(mail!.html).toContain(`href="${receipt.statusUrl}"`);
    // Following the mailed link opens the resident's status page.
    const link = new URL(/http\S+\/status\/[A-Za-z0-9_-]{43}/.exec(mail!.text ?? '')![0]);
    const page = await t.app.inject({ method: 'GET', url: link.pathname });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain(receipt.reference);
    // Sent, the row still holds no token.
    const sent = await rowOf(email);
    expect(sent.status).toBe('sent');
    expect(JSON.stringify(sent)).not.toContain(token);
  });

  test('a survey invitation is stored without its token and arrives with a link that opens the survey', async () => {
    const email = address();
    const contact = await t.call(DEMO.kcc, 'POST', '/api/contacts', { channel: 'counter', subject: 'Paspoort', resolution: 'first_line', customer: { name: 'Sem de Boer', email } });
    expect(contact.statusCode, contact.body).toBe(201);
    clock.advance(60 * 60_000);
    await t.services.mailWorker.drain();
    const [mail] = box.to(email);
    const link = /http\S+\/enquete\/([A-Za-z0-9_-]{43})/.exec(mail!.text ?? '')!;
    const row = (await outboxMail(t, email, 'survey_invitation'))!;
    expect(JSON.stringify(row)).not.toContain(link[1]);
    const admin = await t.call(DEMO.admin, 'GET', `/api/outbox/${row.id}`);
    expect(admin.body).not.toContain(link[1]);
    const page = await t.app.inject({ method: 'GET', url: new URL(link[0]).pathname });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Hoe was uw contact met de gemeente?');
    const answered = await t.call(null, 'POST', `/api/public/surveys/${link[1]}`, { score: 9, timelinessScore: 9, resolved: true });
    expect(answered.statusCode, answered.body).toBe(201);
  });

  test('a mail whose link was sealed under another HELDER_SECRET is not sent with a broken link', async () => {
    const email = address();
    const other = new Outbox(t.database.db, clock, t.services.audit, t.services.config.mail, 'een-ander-geheim-van-minstens-32-tekens!');
    const id = await other.enqueue(t.database.db, {
      purpose: 'report_received',
      recipient: email,
      content: { subject: 'Test', greeting: 'Beste inwoner,', paragraphs: ['Een bericht.'], action: { label: 'Bekijk', url: other.link(`/status/${'A'.repeat(43)}`) } },
    });
    await t.services.mailWorker.drain();
    const [row] = await t.database.db.select().from(outboxMessages).where(inArray(outboxMessages.id, [id]));
    expect(row).toMatchObject({ status: 'failed', lastError: LINK_LOST });
    expect(box.to(email)).toHaveLength(0);
  });

  test('text that only looks like a sealed mark (typed by someone) is sent as it is', async () => {
    const email = address();
    await t.services.outbox.enqueue(t.database.db, {
      purpose: 'interim_reply',
      recipient: email,
      content: { subject: 'Test', greeting: 'Beste inwoner,', paragraphs: ['Code {{token:abc}} uit uw brief.'] },
    });
    await t.services.mailWorker.drain();
    const [mail] = box.to(email);
    expect(mail?.text).toContain('Code {{token:abc}} uit uw brief.');
  });

  test('sent mails are removed 90 days after they were written (the retention of the outbox)', async () => {
    const email = address();
    await submitReport(t, { email, consent: true });
    await t.services.mailWorker.drain();
    const sent = await rowOf(email);
    expect(sent.status).toBe('sent');
    const ninetyDaysBefore = (days: number) => new Date(sent.createdAt.getTime() + (days - 90) * 86400_000);
    await outboxRepo.pruneOutbox(t.database.db, ninetyDaysBefore(89), 1000);
    expect(await rowOf(email)).toBeDefined();
    await outboxRepo.pruneOutbox(t.database.db, ninetyDaysBefore(91), 1000);
    expect(await rowOf(email)).toBeUndefined();
  });

  test('the SMTP server gone entirely (connection refused) is an outage like any other', async () => {
    const email = address();
    await submitReport(t, { email, consent: true });
    const port = box.port;
    await box.stop();
    await t.services.mailWorker.drain();
    expect(await rowOf(email)).toMatchObject({ status: 'pending', attempts: 1 });
    const back = await startMailbox(port);
    try {
      clock.advance(backoffMs(1));
      await t.services.mailWorker.drain();
      expect((await rowOf(email)).status).toBe('sent');
      expect(back.to(email)).toHaveLength(1);
    } finally {
      await back.stop();
      box = await startMailbox(port);
    }
  });

  test('a mail claimed by a worker that then crashed is picked up again after its claim runs out', async () => {
    const email = address();
    await submitReport(t, { email, consent: true });
    const claimed = await outboxRepo.claimDue(t.database.db, clock.now(), new Date(clock.now().getTime() + 5 * 60_000), 100);
    expect(claimed.map((m) => m.recipient)).toContain(email);
    // The "crashed" worker never reports back; a second worker does not take it while the claim holds.
    await t.services.mailWorker.drain();
    expect((await rowOf(email)).status).toBe('sending');
    expect(box.to(email)).toHaveLength(0);
    clock.advance(5 * 60_000);
    await t.services.mailWorker.drain();
    expect((await rowOf(email)).status).toBe('sent');
    expect(box.to(email)).toHaveLength(1);
  });

  test(`after ${MAX_ATTEMPTS} attempts a mail is marked failed; an administrator can send it again`, async () => {
    const email = address();
    await submitReport(t, { email, consent: true });
    box.failing = true;
    for (let i = 0; i < MAX_ATTEMPTS; i++) {
      await t.services.mailWorker.drain();
      clock.advance(backoffMs(MAX_ATTEMPTS));
    }
    const failed = await rowOf(email);
    expect(failed).toMatchObject({ status: 'failed', attempts: MAX_ATTEMPTS });
    const list = (await t.call(DEMO.admin, 'GET', '/api/outbox?status=failed')).json();
    expect(list.items.map((m: { id: string }) => m.id)).toContain(failed.id);
    expect(list.counts.failed).toBeGreaterThanOrEqual(1);
    expect(list.sending).toBe(true);
    box.failing = false;
    const retried = await t.call(DEMO.admin, 'POST', `/api/outbox/${failed.id}/retry`);
    expect(retried.statusCode, retried.body).toBe(200);
    expect(retried.json()).toMatchObject({ status: 'pending', attempts: 0 });
    await t.services.mailWorker.drain();
    expect((await rowOf(email)).status).toBe('sent');
    expect(box.to(email)).toHaveLength(1);
    expectError(await t.call(DEMO.admin, 'POST', `/api/outbox/${failed.id}/retry`), 409, 'not_retryable');
    expectError(await t.call(DEMO.admin, 'POST', `/api/outbox/${UNKNOWN_ID}/retry`), 404, 'not_found');
  });
});

describe('without SMTP settings (demo)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ clock });
  });
  afterAll(async () => {
    await t?.close();
  });

  test('mails are held, and an administrator reads them; every read is logged', async () => {
    const email = address();
    const receipt = await submitReport(t, { name: 'Demo Inwoner', email, consent: true });
    expect((await t.services.mailWorker.drain()).held).toBeGreaterThanOrEqual(1);
    const list = await t.call(DEMO.admin, 'GET', '/api/outbox?limit=5');
    expect(list.statusCode).toBe(200);
    const body = list.json();
    expect(body.sending).toBe(false);
    const item = body.items.find((m: { recipient: string }) => m.recipient === email);
    expect(item).toMatchObject({ status: 'held', purpose: 'report_received', purposeLabel: 'Bevestiging melding', subject: `Wij hebben uw melding ontvangen (${receipt.reference})` });
    expect(item).not.toHaveProperty('textBody');
    const one = (await t.call(DEMO.admin, 'GET', `/api/outbox/${item.id}`)).json();
    // The administrator sees the mail with its link masked: the token opens a resident's page.
    expect(one.textBody).toContain(`${receipt.statusUrl.replace(/[A-Za-z0-9_-]{43}$/, '')}${MASK}`);
    expect(one.textBody).not.toContain(tokenOf(receipt.statusUrl));
    expect(one.htmlBody).toContain('<!doctype html>');
    expect(one.htmlBody).not.toContain(tokenOf(receipt.statusUrl));
    const admin = await t.employee(DEMO.admin);
    const reads = (await t.database.db.select().from(auditEvents).where(eq(auditEvents.actorId, admin.id))).filter((e) => e.entityType === 'outbox_message');
    expect(reads.map((r) => r.entityId)).toContain(item.id);
    // Paging goes on where the page ended, newest first.
    for (let i = 0; i < 6; i++) await submitReport(t, { email: address(), consent: true });
    const first = (await t.call(DEMO.admin, 'GET', '/api/outbox?limit=3')).json();
    const second = (await t.call(DEMO.admin, 'GET', `/api/outbox?limit=3&cursor=${first.nextCursor}`)).json();
    const ids = [...first.items, ...second.items].map((m: { id: string }) => m.id);
    expect(new Set(ids).size).toBe(6);
    const times = [...first.items, ...second.items].map((m: { createdAt: string }) => m.createdAt);
    expect([...times].sort().reverse()).toEqual(times);
    expectError(await t.call(DEMO.admin, 'GET', '/api/outbox?status=weg'), 400, 'validation_failed');
    // A burst larger than one batch is handled in one round, not 20 mails per interval.
    await t.services.mailWorker.drain();
    for (let i = 0; i < 45; i++) await t.services.outbox.enqueue(t.database.db, { purpose: 'report_received', recipient: address(), content: { subject: 'Test', greeting: 'Beste inwoner,', paragraphs: ['Een bericht.'] } });
    expect((await t.services.mailWorker.runOnce()).held).toBe(45);
    const [stored] = await t.database.db.select().from(outboxMessages).where(eq(outboxMessages.id, item.id));
    expect(stored!.status).toBe('held');
  });
});
