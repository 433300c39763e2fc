// Limits that hold across instances: request budgets, the login throttle and idempotency keys live
// in the database, so two Helder instances behind one load balancer share them.
import { desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { FixedClock } from '../../src/clock.js';
import { auditEvents, idempotencyKeys, outboxMessages } from '../../src/db/schema.js';
import { RECEIPTS_PER_ADDRESS_PER_DAY } from '../../src/residents/service.js';
import { createTestApp, DEMO, PASSWORD, type TestApp } from '../support/app.js';
import { reportBody } from '../support/residents.js';

describe('a public form flooded through two instances', () => {
  let t: TestApp;
  let second: Awaited<ReturnType<TestApp['secondInstance']>>;
  const LIMIT = 12;
  beforeAll(async () => {
    t = await createTestApp({ config: { publicFormLimitPerHour: LIMIT, rateLimitPerMinute: 10_000 } });
    second = await t.secondInstance();
  });
  afterAll(async () => {
    await second.close();
    await t.close();
  });

  test('together they accept no more than the limit from one address', async () => {
    const post = (i: number) =>
      (i % 2 === 0 ? t.app : second.app).inject({ method: 'POST', url: '/api/public/reports', payload: reportBody({ description: `Overspoeling ${i}` }), remoteAddress: '203.0.113.7' });
    const answers = await Promise.all(Array.from({ length: 40 }, (_v, i) => post(i)));
    const statuses = answers.map((a) => a.statusCode);
    expect(statuses.filter((s) => s === 201)).toHaveLength(LIMIT);
    expect(statuses.filter((s) => s === 429)).toHaveLength(40 - LIMIT);
    const refused = answers.find((a) => a.statusCode === 429)!;
    expect(refused.json().error.message).toMatch(/Wacht even/);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    // Another resident is not affected, on either instance.
    for (const app of [t.app, second.app]) {
      const other = await app.inject({ method: 'POST', url: '/api/public/reports', payload: reportBody(), remoteAddress: '203.0.113.99' });
      expect(other.statusCode).toBe(201);
    }
  });

  test('a spelling of the path counts toward the same budget', async () => {
    const post = (url: string) => t.app.inject({ method: 'POST', url, payload: reportBody(), remoteAddress: '203.0.113.8' });
    const statuses: number[] = [];
    for (let i = 0; i < LIMIT; i += 1) statuses.push((await post(i % 2 ? '/%61pi/public/reports' : '/API//public/reports/')).statusCode);
    expect(statuses.every((s) => s === 201)).toBe(true);
    expect((await post('/api/public/reports')).statusCode).toBe(429);
  });
});

describe('the login throttle', () => {
  let t: TestApp;
  const clock = new FixedClock(new Date());
  beforeAll(async () => {
    t = await createTestApp({ clock, throttle: { freeAttempts: 3, maxPerIp: 8, windowMs: 15 * 60_000 } });
  });
  afterAll(() => t.close());

  const login = (app: TestApp['app'], email: string, password: string, ip: string) =>
    app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password }, remoteAddress: ip });

  test('slows down one account from one address more with every failure, and never locks the owner out elsewhere', async () => {
    const ip = '198.51.100.1';
    for (let i = 0; i < 3; i += 1) expect((await login(t.app, DEMO.kcc, 'fout', ip)).statusCode).toBe(401);
    const waits: number[] = [];
    for (let i = 0; i < 4; i += 1) {
      const refused = await login(t.app, DEMO.kcc, 'fout', ip);
      expect(refused.statusCode).toBe(429);
      const wait = Number(refused.headers['retry-after']);
      waits.push(wait);
      clock.advance(wait * 1000);
      expect((await login(t.app, DEMO.kcc, 'fout', ip)).statusCode).toBe(401);
    }
    expect(waits).toEqual([1, 2, 4, 8]);
    // The owner, from another address, logs in at once.
    expect((await login(t.app, DEMO.kcc, PASSWORD, '198.51.100.2')).statusCode).toBe(200);
    // Another account from the guessing address is not slowed down by this account's delays.
    expect((await login(t.app, DEMO.secondLine, PASSWORD, ip)).statusCode).toBe(200);
    clock.advance(16 * 60_000);
  });

  test('blocks an address that tries many accounts, on every instance, and keeps no typed e-mail address', async () => {
    const second = await t.secondInstance();
    try {
      const ip = '198.51.100.50';
      const typed = (i: number) => `iemand.${i}@voorbeeld.example`;
      for (let i = 0; i < 8; i += 1) expect((await login(i % 2 ? second.app : t.app, typed(i), 'geheim-geheim', ip)).statusCode).toBe(401);
      for (const app of [t.app, second.app]) {
        const blocked = await login(app, DEMO.admin, PASSWORD, ip);
        expect(blocked.statusCode).toBe(429);
      }
      expect((await login(second.app, DEMO.admin, PASSWORD, '198.51.100.51')).statusCode).toBe(200);
      const failures = await t.database.db.select().from(auditEvents).where(eq(auditEvents.action, 'login_failed')).orderBy(desc(auditEvents.id)).limit(20);
      expect(failures.length).toBeGreaterThanOrEqual(8);
      const stored = JSON.stringify(failures);
      for (let i = 0; i < 8; i += 1) expect(stored).not.toContain(typed(i));
      expect(stored).not.toContain('voorbeeld.example');
      clock.advance(16 * 60_000);
      expect((await login(t.app, DEMO.admin, PASSWORD, ip)).statusCode).toBe(200);
    } finally {
      await second.close();
    }
  });

  test('tries that arrive at the same moment get no more than the limits allow', async () => {
    clock.advance(16 * 60_000);
    const ip = '198.51.100.70';
    // 30 at once, each for another address: the address limit (8) holds.
    const many = await Promise.all(Array.from({ length: 30 }, (_v, i) => login(t.app, `gelijk.${i}@voorbeeld.example`, 'geheim-geheim', ip)));
    expect(many.filter((r) => r.statusCode === 401).length).toBeLessThanOrEqual(8);
    expect(many.filter((r) => r.statusCode === 429).length).toBeGreaterThanOrEqual(22);
    clock.advance(16 * 60_000);
    // 12 at once for one account from one address: only the free tries (3) get a password check.
    const one = await Promise.all(Array.from({ length: 12 }, () => login(t.app, DEMO.teamLead, 'fout', '198.51.100.71')));
    expect(one.filter((r) => r.statusCode === 401).length).toBeLessThanOrEqual(3);
    clock.advance(16 * 60_000);
  });

  test('a failed login keeps the client address in its own column, where retention shortens it', async () => {
    await login(t.app, 'kolom.test@voorbeeld.example', 'geheim-geheim', '198.51.100.80');
    const [event] = await t.database.db.select().from(auditEvents).where(eq(auditEvents.action, 'login_failed')).orderBy(desc(auditEvents.id)).limit(1);
    expect(event!.ip).toBe('198.51.100.80');
    expect(JSON.stringify(event!.detail)).not.toContain('198.51.100.80');
  });

  test('an account without a password (OIDC only) is refused like a wrong password', async () => {
    const email = 'alleen.oidc@dronten.demo';
    const created = await t.call(DEMO.admin, 'POST', '/api/employees', { name: 'Alleen OIDC', email, roles: ['kcc'] });
    expect(created.statusCode).toBe(201);
    const refused = await login(t.app, email, 'wat-dan-ook-lang', '198.51.100.60');
    expect(refused.statusCode).toBe(401);
    expect(refused.json().error).toEqual({ code: 'invalid_credentials', message: 'Het e-mailadres of het wachtwoord klopt niet.' });
  });
});

describe('idempotency keys of residents', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ config: { publicFormLimitPerHour: 1000 } });
  });
  afterAll(() => t.close());

  const post = (body: object, key: string, ip: string) =>
    t.app.inject({ method: 'POST', url: '/api/public/reports', payload: body, headers: { 'idempotency-key': key }, remoteAddress: ip });

  test('a repeat from the same client with the same body gets the first answer', async () => {
    const first = await post(reportBody({ description: 'Eerste keer' }), 'sleutel-herhaling-1', '192.0.2.1');
    const again = await post(reportBody({ description: 'Eerste keer' }), 'sleutel-herhaling-1', '192.0.2.1');
    expect(first.statusCode).toBe(201);
    expect(again.statusCode).toBe(201);
    expect(again.json()).toEqual(first.json());
    // The kept answer rests with its link's token sealed, never in the clear.
    const token = /\/status\/([\w-]+)/.exec(first.json().statusUrl)![1]!;
    const kept = await t.database.db.select().from(idempotencyKeys);
    expect(kept.length).toBeGreaterThan(0);
    expect(JSON.stringify(kept)).not.toContain(token);
  });

  test('the same key with another body is refused with 422', async () => {
    expect((await post(reportBody({ description: 'Mijn eigen melding' }), 'sleutel-ander-lijf', '192.0.2.2')).statusCode).toBe(201);
    const other = await post(reportBody({ description: 'Een andere melding' }), 'sleutel-ander-lijf', '192.0.2.2');
    expect(other.statusCode).toBe(422);
    expect(other.json().error.code).toBe('idempotency_key_reused');
    expect(other.json().error.message).toMatch(/al gebruikt/);
  });

  test("the same key and body from another client never returns the first resident's answer", async () => {
    const body = reportBody({ description: 'Zelfde tekst', email: 'bewoner@voorbeeld.example', consent: true });
    const mine = await post(body, 'sleutel-gedeeld-123', '192.0.2.3');
    const theirs = await post(body, 'sleutel-gedeeld-123', '192.0.2.4');
    expect(mine.statusCode).toBe(201);
    expect(theirs.statusCode).toBe(201);
    expect(theirs.json().reference).not.toBe(mine.json().reference);
    expect(theirs.json().statusUrl).not.toBe(mine.json().statusUrl);
  });

  test('erasing the resident also removes the kept first answer', async () => {
    const body = reportBody({ description: 'Wis mij later', email: 'wis.mij@voorbeeld.example', consent: true });
    const first = await post(body, 'sleutel-wissen-1234', '192.0.2.5');
    expect(first.statusCode).toBe(201);
    const erased = await t.call(DEMO.admin, 'POST', '/api/privacy/erasures', { email: 'wis.mij@voorbeeld.example', reason: 'Verzoek van de inwoner' });
    expect(erased.statusCode).toBe(201);
    const again = await post(body, 'sleutel-wissen-1234', '192.0.2.5');
    expect(again.statusCode).toBe(201);
    expect(again.json().reference).not.toBe(first.json().reference);
  });

  test('one address gets at most a few receipts a day, however many reports name it', async () => {
    const target = 'vaak.genoemd@voorbeeld.example';
    for (let i = 0; i < 5; i += 1) {
      const response = await t.app.inject({ method: 'POST', url: '/api/public/reports', payload: reportBody({ description: `De brief over de afvalstoffenheffing was niet duidelijk (${i}).`, email: target, consent: true }), remoteAddress: `192.0.2.${100 + i}` });
      expect(response.statusCode).toBe(201);
      expect(response.json().statusUrl).toMatch(/\/status\//);
    }
    const mails = await t.database.db.select().from(outboxMessages).where(eq(outboxMessages.recipient, target));
    expect(mails).toHaveLength(RECEIPTS_PER_ADDRESS_PER_DAY);
  });

  test("staff keys are scoped to the employee: a colleague's key makes a new contact", async () => {
    const body = { channel: 'phone', subject: 'Sleutel per medewerker', resolution: 'first_line' };
    const a = await t.call(DEMO.kcc, 'POST', '/api/contacts', body, { 'idempotency-key': 'medewerker-sleutel-1' });
    const b = await t.call(DEMO.admin, 'POST', '/api/contacts', body, { 'idempotency-key': 'medewerker-sleutel-1' });
    expect(a.statusCode).toBe(201);
    expect(b.statusCode).toBe(201);
    expect(b.json().id).not.toBe(a.json().id);
    const changed = await t.call(DEMO.kcc, 'POST', '/api/contacts', { ...body, subject: 'Iets anders' }, { 'idempotency-key': 'medewerker-sleutel-1' });
    expect(changed.statusCode).toBe(422);
  });
});
