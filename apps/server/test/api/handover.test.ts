// Handover with context (R3.2): the team a request is handed to sees the contact it came from,
// and a request can only be linked to a contact its author may see.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, DEMO, type TestApp } from '../support/app.js';
import { expectError } from '../support/http.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

async function handedOverTo(team: string) {
  const response = await t.call(DEMO.kcc, 'POST', '/api/contacts', {
    channel: 'counter',
    subject: 'Vraag over de aanslag',
    resolution: 'handed_over',
    customer: { name: 'Kees Mulder', phone: '0321 123 456' },
    callbackRequest: { teamId: t.team(team).id, question: 'Waarom is de aanslag hoger?', replyBy: 'phone' },
  });
  expect(response.statusCode).toBe(201);
  return response.json() as { id: string; callbackRequest: { id: string } };
}

describe('handover with context', () => {
  test('the registration answers with what was stored, without a read of personal data in the log', async () => {
    const contact = await handedOverTo('Burgerzaken');
    const rows = (await t.database.db.execute(sql`select customer_id from contacts where id = ${contact.id}`)) as unknown as { rows: { customer_id: string }[] };
    const customerId = rows.rows[0]!.customer_id;
    const readsOf = async () => (await t.call(DEMO.admin, 'GET', `/api/audit?customerId=${customerId}`)).json().items.length;
    expect(await readsOf()).toBe(0);

    const stored = await t.call(DEMO.kcc, 'GET', `/api/contacts/${contact.id}`);
    const { callbackRequest: fresh, ...rest } = stored.json();
    const { callbackRequest: answered, ...answeredRest } = contact as unknown as Record<string, unknown> & { callbackRequest: Record<string, unknown> };
    expect(answeredRest).toEqual(rest);
    expect(answered).toEqual(fresh);
    // The later look by the contact centre is a read, and is logged.
    expect(await readsOf()).toBeGreaterThan(0);
  });

  test('the team a request is handed on to sees the contact it came from', async () => {
    const contact = await handedOverTo('Belastingen');
    // Burgerzaken cannot see a Belastingen contact...
    expectError(await t.call(DEMO.secondLine, 'GET', `/api/contacts/${contact.id}`), 404);
    // ...until the request is handed to Burgerzaken.
    const moved = await t.call(DEMO.admin, 'POST', `/api/callback-requests/${contact.callbackRequest.id}/assign`, { teamId: t.team('Burgerzaken').id });
    expect(moved.statusCode).toBe(200);
    const seen = await t.call(DEMO.secondLine, 'GET', `/api/contacts/${contact.id}`);
    expect(seen.statusCode).toBe(200);
    expect(seen.json().callbackRequest.id).toBe(contact.callbackRequest.id);
    expect(seen.json().customer.phone).toBe('0321123456');
  });

  test('a request cannot be linked to a contact of another team', async () => {
    const contact = await handedOverTo('Wmo');
    const response = await t.call(DEMO.secondLine, 'POST', '/api/callback-requests', {
      contactId: contact.id,
      teamId: t.team('Burgerzaken').id,
      question: 'Nog een vraag',
      replyBy: 'phone',
      customer: { name: 'Kees Mulder', phone: '0321123456' },
    });
    expect(expectError(response, 400).fields?.[0]?.field).toBe('contactId');
    const own = await t.call(DEMO.kcc, 'POST', '/api/callback-requests', {
      contactId: contact.id,
      teamId: t.team('Burgerzaken').id,
      question: 'Nog een vraag',
      replyBy: 'phone',
      customer: { name: 'Kees Mulder', phone: '0321123456' },
    });
    expect(own.statusCode).toBe(201);
    expect(own.json().contactId).toBe(contact.id);
  });

  test('a product that is no longer used cannot be chosen', async () => {
    const product = t.product('Hondenbelasting');
    expect((await t.call(DEMO.admin, 'PATCH', `/api/products/${product.id}`, { active: false })).statusCode).toBe(200);
    const response = await t.call(DEMO.kcc, 'POST', '/api/contacts', { channel: 'phone', subject: 'Hond', resolution: 'first_line', productId: product.id });
    expect(expectError(response, 400).fields?.[0]?.message).toContain('niet meer gebruikt');
  });
});
