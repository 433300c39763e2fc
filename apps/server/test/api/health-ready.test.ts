// A full disk answers 503 with a Dutch message; /api/health/ready checks that the database accepts
// writes, /api/health stays the cheap liveness check. The errors are real: a database that raises
// disk_full and insufficient_resources, and a write to /dev/full (ENOSPC).
import { writeFile } from 'node:fs/promises';
import { sql } from 'drizzle-orm';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerErrorHandling, STORAGE_FULL_MESSAGE } from '../../src/http/errors.js';
import { createTestApp, type TestApp } from '../support/app.js';

let t: TestApp;
let failing: FastifyInstance;
beforeAll(async () => {
  t = await createTestApp({ config: { rateLimitPerMinute: 1_000_000 } });
  // The server's own error handling, with routes that meet a full disk for real.
  failing = Fastify({ logger: false });
  registerErrorHandling(failing);
  const raise = (errcode: string) => t.database.db.execute(sql.raw(`do $$ begin raise exception 'could not extend file' using errcode = '${errcode}'; end $$`));
  failing.post('/disk-full', { config: { auth: 'public' } }, async () => raise('disk_full'));
  failing.post('/insufficient-resources', { config: { auth: 'public' } }, async () => raise('insufficient_resources'));
  failing.post('/enospc', { config: { auth: 'public' } }, async () => writeFile('/dev/full', 'x'));
  failing.post('/other', { config: { auth: 'public' } }, async () => raise('P0001'));
});
afterAll(async () => {
  await failing.close();
  await t.close();
});

describe('a full disk', () => {
  for (const path of ['/disk-full', '/insufficient-resources', '/enospc']) {
    it(`answers 503 storage_full with a Dutch message (${path.slice(1)})`, async () => {
      const response = await failing.inject({ method: 'POST', url: path });
      expect(response.statusCode).toBe(503);
      expect(response.json()).toEqual({ error: { code: 'storage_full', message: STORAGE_FULL_MESSAGE } });
      expect(response.json().error.message).toMatch(/opslag is vol/);
      expect(response.headers['retry-after']).toBeDefined();
    });
  }

  it('is told apart from other database errors, which stay a 500 without details', async () => {
    const response = await failing.inject({ method: 'POST', url: '/other' });
    expect(response.statusCode).toBe(500);
    expect(response.json().error.code).toBe('internal_error');
  });
});

describe('GET /api/health/ready', () => {
  it('is ready when the database accepts writes, without a session', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/health/ready' });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toEqual({ status: 'ready', database: t.database.kind });
  });

  it('is not ready while the database refuses writes', async () => {
    await setReadOnly(true);
    try {
      const ready = await t.app.inject({ method: 'GET', url: '/api/health/ready' });
      expect(ready.statusCode, ready.body).toBe(503);
      expect(ready.json()).toMatchObject({ status: 'unavailable', error: { code: 'read_only' } });
      expect(ready.json().error.message).toMatch(/De database neemt nu geen wijzigingen aan/);
    } finally {
      await setReadOnly(false);
    }
    expect((await t.app.inject({ method: 'GET', url: '/api/health/ready' })).statusCode).toBe(200);
  });
});

/**
 * Read-only mode, for real: PGlite has one session, so a session setting does it; PostgreSQL's
 * pool gets it through the database's default and fresh connections.
 */
async function setReadOnly(on: boolean): Promise<void> {
  const { db } = t.database;
  if (t.database.kind === 'pglite') {
    await db.execute(sql.raw(`set default_transaction_read_only = ${on ? 'on' : 'off'}`));
    return;
  }
  const name = ((await db.execute(sql`select current_database() as name`)) as unknown as { rows: Array<{ name: string }> }).rows[0]!.name;
  await db.transaction(async (tx) => {
    // A connection opened while the default was on starts read-only itself.
    await tx.execute(sql`set transaction read write`);
    await tx.execute(sql.raw(on ? `alter database "${name}" set default_transaction_read_only = on` : `alter database "${name}" reset default_transaction_read_only`));
  });
  // Every open connection ends (the pool opens new ones, which read the new default).
  await db.execute(sql`select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()`);
  await db.execute(sql`select pg_terminate_backend(pg_backend_pid())`).catch(() => undefined);
}
