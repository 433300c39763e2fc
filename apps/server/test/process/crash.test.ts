// Anything acknowledged survives a crash: kill -9 the server while it accepts contacts, start it
// again on the same data, and every contact that got a 201 is there.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, test } from 'vitest';
import { databaseUrlWith } from '../support/global-setup.js';
import { killHard, loginCookie, startServerProcess } from './server-process.js';

const adminUrl = process.env.DATABASE_URL;
const cleanups: (() => Promise<void> | void)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

/** A fresh place for the server's data: a folder for PGlite, a new database for PostgreSQL. */
async function freshDataEnv(): Promise<Record<string, string>> {
  if (adminUrl) {
    const name = `helder_t_crash_${process.pid}_${Date.now()}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`create database ${name}`);
    cleanups.push(async () => {
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    });
    return { DATABASE_URL: databaseUrlWith(adminUrl, name) };
  }
  const dir = mkdtempSync(join(tmpdir(), 'helder-crash-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return { HELDER_DATA_DIR: dir };
}

describe(`crash safety on ${adminUrl ? 'PostgreSQL' : 'PGlite'}`, () => {
  test('every contact that got a 201 is there after kill -9 and a restart', async () => {
    const env = await freshDataEnv();
    const first = await startServerProcess(env);
    const cookie = await loginCookie(first.baseUrl, 'kcc@dronten.demo');

    const acknowledged: string[] = [];
    let stop = false;
    let sent = 0;
    const worker = async (n: number) => {
      while (!stop) {
        sent += 1;
        try {
          const response = await fetch(`${first.baseUrl}/api/contacts`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', cookie },
            body: JSON.stringify({ channel: 'phone', subject: `Crashtest ${n}-${sent}`, resolution: 'first_line' }),
          });
          if (response.status === 201) acknowledged.push(((await response.json()) as { id: string }).id);
        } catch {
          // The connection breaks when the server dies: that request was never acknowledged.
        }
      }
    };
    const workers = Array.from({ length: 8 }, (_, n) => worker(n));
    while (acknowledged.length < 150) await new Promise((r) => setTimeout(r, 20));
    await killHard(first);
    stop = true;
    await Promise.all(workers);
    expect(acknowledged.length).toBeGreaterThanOrEqual(150);

    const second = await startServerProcess(env);
    cleanups.push(() => killHard(second));
    const cookie2 = await loginCookie(second.baseUrl, 'kcc@dronten.demo');
    const missing: string[] = [];
    for (const id of acknowledged) {
      const response = await fetch(`${second.baseUrl}/api/contacts/${id}`, { headers: { cookie: cookie2 } });
      if (response.status !== 200) missing.push(`${id}: ${response.status}`);
    }
    expect(missing).toEqual([]);
  }, 150_000); // Two server starts (tsx and migrations each), slow on a loaded 2-core machine.
});
