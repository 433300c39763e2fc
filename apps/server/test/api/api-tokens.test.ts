// Keys for systems that call the Klantinteracties API: only administrators make, list and revoke
// them; the key is shown once and kept as a SHA-256 hash; making and revoking are audited.
import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { apiTokens, auditEvents } from '../../src/db/schema.js';
import { createTestApp, DEMO, type TestApp } from '../support/app.js';
import { expectError, UNKNOWN_ID, unique } from '../support/http.js';
import { API, client } from '../support/klantinteracties.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('POST /api/api-tokens', () => {
  test('an administrator makes a key: shown once, stored only as its SHA-256 hash', async () => {
    const name = unique('KISS productie');
    const response = await t.call(DEMO.admin, 'POST', '/api/api-tokens', { name });
    expect(response.statusCode, response.body).toBe(201);
    const created = response.json();
    expect(Object.keys(created).sort()).toEqual(['id', 'name', 'token']);
    expect(created.name).toBe(name);
    expect(created.token).toMatch(/^[A-Za-z0-9_-]{43}$/);

    const [row] = await t.database.db.select().from(apiTokens).where(eq(apiTokens.id, created.id));
    expect(row!.tokenHash).toBe(createHash('sha256').update(created.token).digest('base64url'));
    expect(JSON.stringify(row)).not.toContain(created.token);

    // Never again in the clear: the list has no key, and nothing else answers it.
    const list = await t.call(DEMO.admin, 'GET', '/api/api-tokens');
    expect(list.statusCode).toBe(200);
    expect(list.body).not.toContain(created.token);
    const listed = list.json().find((k: { id: string }) => k.id === created.id);
    expect(listed).toEqual({ id: created.id, name, createdAt: expect.any(String), createdByName: 'Jeroen Bakker', lastUsedAt: null, revokedAt: null });

    const [event] = await t.database.db.select().from(auditEvents).where(eq(auditEvents.entityId, created.id));
    expect(event).toMatchObject({ action: 'create', entityType: 'api_token' });
    expect(JSON.stringify(event!.detail)).not.toContain(created.token);
  });

  test('a name is required, in plain Dutch', async () => {
    expectError(await t.call(DEMO.admin, 'POST', '/api/api-tokens', { name: '  ' }), 400, 'validation_failed');
    expectError(await t.call(DEMO.admin, 'POST', '/api/api-tokens', {}), 400, 'validation_failed');
  });

  test.each([
    ['the KCC', DEMO.kcc],
    ['the second line', DEMO.secondLine],
    ['a team lead', DEMO.teamLead],
    ['the privacy officer', 'privacy@dronten.demo'],
  ])('%s may not make, list or revoke keys (403); nobody without a session (401)', async (_who, as) => {
    expectError(await t.call(as, 'POST', '/api/api-tokens', { name: 'x' }), 403);
    expectError(await t.call(as, 'GET', '/api/api-tokens'), 403);
    expectError(await t.call(as, 'DELETE', `/api/api-tokens/${UNKNOWN_ID}`), 403);
    expectError(await t.call(null, 'GET', '/api/api-tokens'), 401);
  });
});

describe('using and revoking a key', () => {
  test('use is recorded at most once a minute; a revoked key answers 401', async () => {
    const { id, token } = (await t.call(DEMO.admin, 'POST', '/api/api-tokens', { name: unique('Portaal') })).json();
    const api = client(t, token);
    expect((await api('GET', `${API}/actoren?pageSize=1`)).statusCode).toBe(200);
    const [first] = await t.database.db.select().from(apiTokens).where(eq(apiTokens.id, id));
    expect(first!.lastUsedAt).not.toBeNull();
    expect((await api('GET', `${API}/actoren?pageSize=1`)).statusCode).toBe(200);
    const [second] = await t.database.db.select().from(apiTokens).where(eq(apiTokens.id, id));
    expect(second!.lastUsedAt!.getTime()).toBe(first!.lastUsedAt!.getTime());

    const revoked = await t.call(DEMO.admin, 'DELETE', `/api/api-tokens/${id}`);
    expect(revoked.statusCode).toBe(204);
    // Revoking again changes nothing and is no error.
    expect((await t.call(DEMO.admin, 'DELETE', `/api/api-tokens/${id}`)).statusCode).toBe(204);
    const listed = (await t.call(DEMO.admin, 'GET', '/api/api-tokens')).json().find((k: { id: string }) => k.id === id);
    expect(listed.revokedAt).not.toBeNull();
    const refused = await api('GET', `${API}/actoren`);
    expect(refused.statusCode).toBe(401);
    expect(refused.json()).toMatchObject({ status: 401, code: 'authentication_failed' });
    expect(refused.json().detail).toContain('ingetrokken');

    const events = await t.database.db.select().from(auditEvents).where(eq(auditEvents.entityId, id));
    expect(events.map((e) => e.action).sort()).toEqual(['create', 'revoke']);
  });

  test('revoking a key that does not exist is a 404', async () => {
    expectError(await t.call(DEMO.admin, 'DELETE', `/api/api-tokens/${UNKNOWN_ID}`), 404);
  });

  test('a staff session opens no API route, and a key opens no staff route', async () => {
    const { token } = (await t.call(DEMO.admin, 'POST', '/api/api-tokens', { name: unique('Test') })).json();
    const asStaff = await t.call(DEMO.admin, 'GET', `${API}/klantcontacten`);
    expect(asStaff.statusCode).toBe(401);
    const staffRoute = await t.app.inject({ method: 'GET', url: '/api/contacts', headers: { authorization: `Token ${token}` } });
    expect(staffRoute.statusCode).toBe(401);
  });
});
