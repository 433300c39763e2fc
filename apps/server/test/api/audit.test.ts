// The audit trail: every read of a customer's details by a person, and every administrative
// change, is written down (who, when, what); only administrators read it.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, DEMO, type TestApp } from '../support/app.js';
import {
  createCallback,
  createContact,
  customerIdOfCallback,
  customerIdOfContact,
  expectError,
  UNKNOWN_ID,
  unique,
} from '../support/http.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

interface AuditEvent {
  id: number;
  at: string;
  actor: { id: string; name: string } | null;
  action: string;
  entityType: string;
  entityId: string | null;
  customerIds: string[];
  detail: Record<string, unknown>;
  ip: string | null;
}

async function audit(query: string): Promise<AuditEvent[]> {
  const response = await t.call(DEMO.admin, 'GET', `/api/audit?limit=200&${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json().items;
}

describe('reading customer details is audited', () => {
  test('GET /api/callback-requests/:id writes read_customer with the actor and the customer', async () => {
    const request = await createCallback(t, t.team('Burgerzaken').id, { customer: { name: 'Gerrit Postma', phone: '0612345678' } });
    const customerId = await customerIdOfCallback(t, request.id);
    const before = await audit(`customerId=${customerId}`);
    const secondLine = await t.employee(DEMO.secondLine);
    expect((await t.call(DEMO.secondLine, 'GET', `/api/callback-requests/${request.id}`)).statusCode).toBe(200);
    const after = await audit(`customerId=${customerId}`);
    expect(after.length).toBe(before.length + 1);
    const event = after[0]!;
    expect(event).toMatchObject({
      action: 'read_customer',
      entityType: 'callback_request',
      entityId: request.id,
      customerIds: [customerId],
      actor: { id: secondLine.id, name: 'Mehmet Yilmaz' },
    });
    expect(event.ip).toBeTruthy();
    expect(Date.now() - new Date(event.at).getTime()).toBeLessThan(10 * 60_000);
    // What was read is named, not copied: the log holds no phone number or name.
    expect(JSON.stringify(after)).not.toContain('0612345678');
    expect(JSON.stringify(after)).not.toContain('Gerrit Postma');
  });

  test('GET /api/contacts/:id writes read_customer for a contact with customer details', async () => {
    const contact = await createContact(t, { customer: { name: 'Lotte Koster', email: 'lotte@example.nl' } });
    const customerId = (await customerIdOfContact(t, contact.id))!;
    const count = (await audit(`customerId=${customerId}`)).length;
    const kcc = await t.employee(DEMO.kcc);
    expect((await t.call(DEMO.kcc, 'GET', `/api/contacts/${contact.id}`)).statusCode).toBe(200);
    const events = await audit(`customerId=${customerId}`);
    expect(events.length).toBe(count + 1);
    expect(events[0]).toMatchObject({ action: 'read_customer', entityType: 'contact', entityId: contact.id, actor: { id: kcc.id } });
  });

  test('reading a contact with its callback request audits both reads', async () => {
    const contact = await createContact(t, {
      resolution: 'handed_over',
      customer: { name: 'Umut Kaya', phone: '0687654321' },
      callbackRequest: { teamId: t.team('Burgerzaken').id, question: 'Vraag', replyBy: 'phone' },
    });
    const customerId = (await customerIdOfContact(t, contact.id))!;
    const count = (await audit(`customerId=${customerId}`)).length;
    await t.call(DEMO.teamLead, 'GET', `/api/contacts/${contact.id}`);
    const events = (await audit(`customerId=${customerId}`)).slice(0, 2);
    expect((await audit(`customerId=${customerId}`)).length).toBe(count + 2);
    expect(events.map((e) => e.entityType).sort()).toEqual(['callback_request', 'contact']);
    expect(events.every((e) => e.actor?.name === 'Petra Visser')).toBe(true);
  });

  test('lists are audited too: one event naming every customer on the page', async () => {
    const word = `lijst${Math.random().toString(36).slice(2, 8)}`;
    const one = await createContact(t, { subject: `Een ${word}`, customer: { name: 'Een' } });
    const two = await createContact(t, { subject: `Twee ${word}`, customer: { name: 'Twee' } });
    await createContact(t, { subject: `Anoniem ${word}` });
    const ids = [(await customerIdOfContact(t, one.id))!, (await customerIdOfContact(t, two.id))!];
    expect((await t.call(DEMO.kcc, 'GET', `/api/contacts?q=${word}`)).json().items).toHaveLength(3);
    const events = await audit(`customerId=${ids[0]}&action=read_customer`);
    const listRead = events.find((e) => e.entityType === 'contact' && e.detail.list === true)!;
    expect(listRead).toBeDefined();
    expect([...listRead.customerIds].sort()).toEqual([...ids].sort());
    expect(listRead.entityId).toBeNull();
  });

  test('reading an anonymous contact writes no customer read', async () => {
    const contact = await createContact(t, { subject: unique('Anoniem') });
    const before = await audit('action=read_customer&entityType=contact');
    await t.call(DEMO.kcc, 'GET', `/api/contacts/${contact.id}`);
    const after = await audit('action=read_customer&entityType=contact');
    expect(after.filter((e) => e.entityId === contact.id)).toEqual(before.filter((e) => e.entityId === contact.id));
  });

  test('a refused read is not a read', async () => {
    const request = await createCallback(t, t.team('Belastingen').id);
    const customerId = await customerIdOfCallback(t, request.id);
    const count = (await audit(`customerId=${customerId}`)).length;
    expect((await t.call(DEMO.secondLine, 'GET', `/api/callback-requests/${request.id}`)).statusCode).toBe(404);
    expect((await audit(`customerId=${customerId}`)).length).toBe(count);
  });
});

describe('administrative changes are audited', () => {
  test('products: create and update, with the administrator as actor', async () => {
    const name = unique('Audit product');
    const product = (await t.call(DEMO.admin, 'POST', '/api/products', { name, teamId: t.team('Wmo').id })).json();
    await t.call(DEMO.admin, 'PATCH', `/api/products/${product.id}`, { active: false });
    const events = (await audit('entityType=product')).filter((e) => e.entityId === product.id);
    const admin = await t.employee(DEMO.admin);
    expect(events.map((e) => e.action)).toEqual(['update', 'create']);
    expect(events.every((e) => e.actor?.id === admin.id)).toBe(true);
    expect(events[0]!.detail).toEqual({ active: false });
    expect(events[1]!.detail).toMatchObject({ name, teamId: t.team('Wmo').id });
  });

  test('a refused change is not audited', async () => {
    const before = await audit('entityType=team');
    expect((await t.call(DEMO.kcc, 'POST', '/api/teams', { name: unique('Niet') })).statusCode).toBe(403);
    expect((await t.call(DEMO.admin, 'POST', '/api/teams', { name: 'Burgerzaken' })).statusCode).toBe(409);
    expect(await audit('entityType=team')).toEqual(before);
  });
});

describe('GET /api/audit', () => {
  test.each([DEMO.kcc, DEMO.secondLine, DEMO.teamLead])('is admin-only: %s gets 403', async (as) => {
    expectError(await t.call(as, 'GET', '/api/audit'), 403, 'forbidden');
  });

  test('without a session it is a 401', async () => {
    expectError(await t.call(null, 'GET', '/api/audit'), 401, 'unauthenticated');
  });

  test('filters by actor, action and entity type; newest first', async () => {
    const kcc = await t.employee(DEMO.kcc);
    const events = await audit(`actorId=${kcc.id}`);
    expect(events.length).toBeGreaterThan(0);
    expect(events.every((e) => e.actor?.id === kcc.id)).toBe(true);
    const times = events.map((e) => `${e.at}|${String(e.id).padStart(12, '0')}`);
    expect(times).toEqual([...times].sort().reverse());
    const logins = await audit('action=login');
    expect(logins.length).toBeGreaterThan(0);
    expect(logins.every((e) => e.action === 'login')).toBe(true);
    expect(await audit(`customerId=${UNKNOWN_ID}`)).toEqual([]);
  });

  test('cursor pagination walks the trail without duplicates or gaps', async () => {
    const all = (await audit('action=read_customer')).map((e) => e.id);
    expect(all.length).toBeGreaterThan(4);
    const seen: number[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const response = await t.call(DEMO.admin, 'GET', `/api/audit?action=read_customer&limit=3${cursor ? `&cursor=${cursor}` : ''}`);
      expect(response.statusCode).toBe(200);
      seen.push(...(response.json().items as AuditEvent[]).map((e) => e.id));
      cursor = response.json().nextCursor;
      pages += 1;
    } while (cursor && pages < 100);
    expect(seen).toEqual(all);
  });

  test('reading the audit log is itself logged: who, with which filter, which events', async () => {
    const admin = await t.employee(DEMO.admin);
    const customerId = await customerIdOfCallback(t, (await createCallback(t, t.team('Burgerzaken').id)).id);
    const seen = await audit(`customerId=${customerId}`);
    const reads = (await audit(`actorId=${admin.id}&entityType=audit_log&action=read`)).filter((e) => (e.detail.filter as Record<string, string>).customerId === customerId);
    expect(reads).toHaveLength(1);
    expect(reads[0]).toMatchObject({ actor: { id: admin.id }, entityId: null, customerIds: [], detail: { filter: { customerId }, page: 'first', events: seen.map((e) => e.id) } });
    // The read names no customer, so a resident's trail does not grow by looking at it.
    expect(await audit(`customerId=${customerId}`)).toEqual(seen);
  });

  test.each(['actorId=1', 'customerId=abc', 'limit=0', 'limit=201', 'cursor=abc'])('bad query %s is a Dutch 400', async (query) => {
    expectError(await t.call(DEMO.admin, 'GET', `/api/audit?${query}`), 400);
  });
});
