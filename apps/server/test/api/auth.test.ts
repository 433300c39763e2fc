import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, DEMO, PASSWORD, type TestApp } from '../support/app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ throttle: { freeAttempts: 3, maxPerIp: 50 } });
});
afterAll(() => t.close());

describe('login', () => {
  test('a demo account logs in and gets an HttpOnly SameSite session cookie', async () => {
    const response = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: DEMO.kcc, password: PASSWORD } });
    expect(response.statusCode).toBe(200);
    const cookie = response.cookies.find((c) => c.name === 'helder_session');
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe('Lax');
    expect(response.json()).toMatchObject({ email: DEMO.kcc, name: 'Sanne de Boer', roles: ['kcc'] });
  });

  test('me returns exactly id, name, email, roles and teamId', async () => {
    const response = await t.call(DEMO.secondLine, 'GET', '/api/auth/me');
    expect(response.statusCode).toBe(200);
    const me = response.json();
    expect(Object.keys(me).sort()).toEqual(['email', 'id', 'name', 'roles', 'teamId']);
    expect(me.teamId).toBe(t.team('Burgerzaken').id);
  });

  test('a wrong password is a 401 with a Dutch message, the e-mail is case-insensitive', async () => {
    const wrong = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: DEMO.admin, password: 'fout' } });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().error).toEqual({ code: 'invalid_credentials', message: 'Het e-mailadres of het wachtwoord klopt niet.' });
    const upper = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: DEMO.admin.toUpperCase(), password: PASSWORD } });
    expect(upper.statusCode).toBe(200);
  });

  test('repeated failures for one account from one address are slowed down with 429 and Retry-After', async () => {
    const attempt = () => t.app.inject({ method: 'POST', url: '/api/auth/login', remoteAddress: '10.20.30.40', payload: { email: DEMO.teamLead, password: 'nope' } });
    for (let i = 0; i < 3; i += 1) expect((await attempt()).statusCode).toBe(401);
    const blocked = await attempt();
    expect(blocked.statusCode).toBe(429);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    expect(blocked.json().error.message).toContain('Probeer het over');
    // From that address even the right password waits…
    const right = await t.app.inject({ method: 'POST', url: '/api/auth/login', remoteAddress: '10.20.30.40', payload: { email: DEMO.teamLead, password: PASSWORD } });
    expect(right.statusCode).toBe(429);
    // …but the owner, from their own address, is never locked out by a stranger's guesses.
    const owner = await t.app.inject({ method: 'POST', url: '/api/auth/login', remoteAddress: '10.99.0.1', payload: { email: DEMO.teamLead, password: PASSWORD } });
    expect(owner.statusCode).toBe(200);
  });

  test('logout ends the session on the server', async () => {
    const login = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: DEMO.kcc, password: PASSWORD } });
    const cookie = `helder_session=${login.cookies.find((c) => c.name === 'helder_session')!.value}`;
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie } })).statusCode).toBe(204);
    const after = await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } });
    expect(after.statusCode).toBe(401);
    expect(after.json().error.message).toBe('U bent niet ingelogd. Log eerst in.');
  });

  test('bad login input is a 400 with field messages', async () => {
    const response = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: '', password: 42 } });
    expect(response.statusCode).toBe(400);
    const fields = Object.fromEntries(response.json().error.fields.map((f: { field: string; message: string }) => [f.field, f.message]));
    expect(fields.email).toBe('Vul uw e-mailadres in.');
  });
});

describe('secure by default', () => {
  test('the health check answers without a session', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(response.statusCode).toBe(200);
    expect(response.json().status).toBe('ok');
  });

  test.each([
    ['GET', '/api/teams'],
    ['GET', '/api/contacts'],
    ['POST', '/api/contacts'],
    ['GET', '/api/callback-requests'],
    ['GET', '/api/calendar/due-date?from=2026-12-24&workingDays=2'],
    ['GET', '/api/employees'],
    ['GET', '/api/audit'],
  ] as const)('%s %s needs a session', async (method, url) => {
    const response = await t.app.inject({ method, url, ...(method === 'POST' ? { payload: {} } : {}) });
    expect(response.statusCode).toBe(401);
    expect(response.json().error.code).toBe('unauthenticated');
  });

  test('a post from another website is refused even with a valid session', async () => {
    const response = await t.call(DEMO.admin, 'POST', '/api/teams', { name: 'Nieuw team' }, { origin: 'https://evil.example' });
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe('cross_origin');
  });

  test('the OpenAPI document describes the routes', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(response.statusCode).toBe(200);
    const paths = Object.keys(response.json().paths);
    for (const path of ['/api/auth/login', '/api/contacts', '/api/callback-requests/{id}/complete', '/api/calendar/due-date', '/api/teams', '/api/health']) {
      expect(paths).toContain(path);
    }
  });

  test('an unknown API path is a JSON 404', async () => {
    const response = await t.call(DEMO.kcc, 'GET', '/api/nope');
    expect(response.statusCode).toBe(404);
    expect(response.json().error.code).toBe('not_found');
  });
});
