// The request log names a route by its pattern, never by its path or query: a status link's token,
// a searched name, e-mail address or phone number must not end up in the server's log.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import type { Database } from '../../src/db/client.js';
import { DEMO, openTestDatabase, PASSWORD, testConfig } from '../support/app.js';
import { reportBody } from '../support/residents.js';

const EMAIL = 'anna.logboek@voorbeeld.nl';
const lines: string[] = [];
let database: Database;
let app: Awaited<ReturnType<typeof buildApp>>['app'];
beforeAll(async () => {
  database = await openTestDatabase();
  ({ app } = await buildApp({
    database,
    config: testConfig({ logLevel: 'info' }),
    logStream: { write: (line: string) => void lines.push(line) },
  }));
});
afterAll(async () => {
  await app.close();
  await database.close();
});

describe('the request log', () => {
  it('holds no link token, searched address or phone number', async () => {
    const report = await app.inject({ method: 'POST', url: '/api/public/reports', payload: reportBody({ name: 'Anna', email: EMAIL, consent: true }) });
    expect(report.statusCode).toBe(201);
    const token = /\/status\/([\w-]+)/.exec(report.json().statusUrl)![1]!;
    expect((await app.inject({ method: 'GET', url: `/status/${token}?nieuw=1` })).statusCode).toBe(200);
    expect((await app.inject({ method: 'GET', url: `/api/public/status/${token}` })).statusCode).toBe(200);
    const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: DEMO.admin, password: PASSWORD } });
    const cookie = `helder_session=${login.cookies.find((c) => c.name === 'helder_session')!.value}`;
    const search = await app.inject({ method: 'GET', url: `/api/privacy/subjects?email=${encodeURIComponent(EMAIL)}&phone=0612345678`, headers: { cookie } });
    expect(search.statusCode).toBe(200);
    expect((await app.inject({ method: 'GET', url: '/api/contacts?q=Vermeulen', headers: { cookie } })).statusCode).toBe(200);

    const log = lines.join('');
    expect(log).toContain('/status/:token');
    expect(log).toContain('/api/privacy/subjects');
    for (const secret of [token, EMAIL, encodeURIComponent(EMAIL), '0612345678', 'Vermeulen']) expect(log).not.toContain(secret);
  });

  it('carries the request id on every line of that request, and the response names it', async () => {
    lines.length = 0;
    const id = 'lb-7f3a9c21-req';
    const response = await app.inject({ method: 'GET', url: '/api/health', headers: { 'x-request-id': id } });
    expect(response.headers['x-request-id']).toBe(id);
    const own = lines.map((l) => JSON.parse(l) as { reqId?: string; msg: string }).filter((l) => l.reqId === id);
    expect(own.map((l) => l.msg)).toEqual(['incoming request', 'request completed']);
    expect(lines.every((l) => (JSON.parse(l) as { reqId?: string }).reqId === id)).toBe(true);
    // A header that could inject into a log (or is just odd) is not taken over: a fresh id instead.
    const odd = await app.inject({ method: 'GET', url: '/api/health', headers: { 'x-request-id': 'a b\n{"x":1}' } });
    expect(odd.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const fresh = await app.inject({ method: 'GET', url: '/api/health' });
    expect(fresh.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(fresh.headers['x-request-id']).not.toBe(odd.headers['x-request-id']);
  });
});
