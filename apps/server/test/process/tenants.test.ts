// Two municipalities side by side in one Helder process (HELDER_TENANTS), each on its own
// database, chosen by host name: each sees its own name, accounts, sessions and contacts, and
// nothing crosses between them. On PostgreSQL two databases, on the embedded database two folders.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { databaseUrlWith } from '../support/global-setup.js';
import { killHard, type RunningServer, startServerProcess } from './server-process.js';

const adminUrl = process.env.DATABASE_URL;
const work = mkdtempSync(join(tmpdir(), 'helder-tenants-'));
const cleanups: (() => Promise<void> | void)[] = [() => rmSync(work, { recursive: true, force: true })];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

let server: RunningServer;
beforeAll(async () => {
  const databases: Record<string, string>[] = [];
  if (adminUrl) {
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    const names = ['dronten', 'lelystad'].map((m) => `helder_t_tenant_${m}_${process.pid}`);
    for (const name of names) await admin.query(`create database ${name}`);
    cleanups.push(async () => {
      for (const name of names) await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    });
    for (const name of names) databases.push({ DATABASE_URL: databaseUrlWith(adminUrl, name) });
  } else {
    for (const m of ['dronten', 'lelystad']) databases.push({ HELDER_DATA_DIR: join(work, m) });
  }
  const file = join(work, 'tenants.json');
  writeFileSync(file, JSON.stringify({
    tenants: [
      { hosts: ['helder.dronten.test'], env: { ...databases[0], MUNICIPALITY_NAME: 'Dronten', HELDER_SECRET: 'd'.repeat(40) } },
      { hosts: ['helder.lelystad.test', 'klantcontact.lelystad.test'], env: { ...databases[1], MUNICIPALITY_NAME: 'Lelystad', HELDER_SECRET: 'l'.repeat(40) } },
    ],
  }));
  // The process's own DATABASE_URL is not inherited by a municipality (tenants.ts).
  server = await startServerProcess({ HELDER_TENANTS: file, ...(adminUrl ? { DATABASE_URL: adminUrl } : {}) }, { built: true });
  cleanups.push(() => killHard(server));
}, 240_000);

/** A request to the one port with a host name, as a reverse proxy passes it on. */
function call(host: string, method: string, path: string, options: { body?: unknown; cookie?: string } = {}) {
  const url = new URL(server.baseUrl);
  return new Promise<{ status: number; body: string; cookie: string | undefined }>((resolve, reject) => {
    const body = options.body === undefined ? undefined : JSON.stringify(options.body);
    const req = request({
      host: url.hostname,
      port: url.port,
      method,
      path,
      headers: { host, ...(body ? { 'content-type': 'application/json' } : {}), ...(options.cookie ? { cookie: options.cookie } : {}) },
    }, (res) => {
      let text = '';
      res.on('data', (chunk) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text, cookie: ([res.headers['set-cookie']].flat()[0] ?? '').split(';')[0] || undefined }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

async function login(host: string) {
  const response = await call(host, 'POST', '/api/auth/login', { body: { email: 'kcc@dronten.demo', password: 'helder-demo' } });
  expect(response.status, response.body).toBe(200);
  return response.cookie!;
}

describe(`two municipalities in one process, on ${adminUrl ? 'two PostgreSQL databases' : 'two embedded databases'}`, () => {
  test('each host name reaches its own municipality; an unknown one reaches none', async () => {
    const dronten = await call('helder.dronten.test', 'GET', '/melding');
    const lelystad = await call('klantcontact.lelystad.test:8080', 'GET', '/melding');
    expect(dronten.body).toContain('Dronten');
    expect(dronten.body).not.toContain('Lelystad');
    expect(lelystad.body).toContain('Lelystad');
    expect(lelystad.body).not.toContain('gemeente Dronten');
    const unknown = await call('helder.elders.test', 'GET', '/api/contacts');
    expect(unknown.status).toBe(404);
    expect(JSON.parse(unknown.body).error.message).toMatch(/Op dit adres draait Helder niet/);
    // A probe on the pod's address learns whether every municipality is ready, and nothing else.
    const probe = await call('10.1.2.3:3000', 'GET', '/api/health/ready');
    expect(probe.status).toBe(200);
    expect(JSON.parse(probe.body)).toEqual({ status: 'ok', municipalities: 2, unavailable: 0 });
  });

  test('a contact registered in one municipality is not found in the other; a session does not cross', async () => {
    const cookieD = await login('helder.dronten.test');
    const cookieL = await login('helder.lelystad.test');
    const created = await call('helder.dronten.test', 'POST', '/api/contacts', { cookie: cookieD, body: { channel: 'phone', subject: 'Alleen in Dronten gebeld', resolution: 'first_line' } });
    expect(created.status, created.body).toBe(201);
    const id = (JSON.parse(created.body) as { id: string }).id;

    expect((await call('helder.dronten.test', 'GET', `/api/contacts/${id}`, { cookie: cookieD })).status).toBe(200);
    expect((await call('helder.lelystad.test', 'GET', `/api/contacts/${id}`, { cookie: cookieL })).status).toBe(404);
    const search = await call('helder.lelystad.test', 'GET', `/api/contacts?q=${encodeURIComponent('Alleen in Dronten')}`, { cookie: cookieL });
    expect(search.status).toBe(200);
    expect(search.body).not.toContain('Alleen in Dronten');
    // Dronten's session means nothing in Lelystad (another database, another secret).
    expect((await call('helder.lelystad.test', 'GET', '/api/auth/me', { cookie: cookieD })).status).toBe(401);
    expect((await call('helder.dronten.test', 'GET', '/api/auth/me', { cookie: cookieL })).status).toBe(401);
  });
});
