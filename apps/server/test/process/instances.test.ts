// Helder as it runs in production: the compiled build (`npm start` runs plain node on it).
// On PostgreSQL, three instances on one database behind a "load balancer" (this test): they start
// at the same moment on an empty database (one migrates and loads the demo, the others wait), each
// outgoing mail is sent exactly once (a real SMTP receiver), the public form limit holds across
// them, sessions are shared, and with one instance killed halfway through a load of registrations
// every acknowledged registration is there afterwards.
// On the embedded database (one process per data folder by construction), the build starts on a
// fresh folder, and a second instance on the same folder is refused with a clear message.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { databaseUrlWith } from '../support/global-setup.js';
import { reportBody } from '../support/residents.js';
import { type Mailbox, startMailbox } from '../support/smtp.js';
import { buildServer, killHard, loginCookie, type RunningServer, startServerProcess } from './server-process.js';

const adminUrl = process.env.DATABASE_URL;
const cleanups: (() => Promise<void> | void)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

beforeAll(() => {
  buildServer();
});

if (adminUrl) {
  describe('three instances on one PostgreSQL database', () => {
    let mailbox: Mailbox;
    let instances: RunningServer[];
    let admin: pg.Client;
    let databaseUrl: string;
    const FORM_LIMIT = 5;

    beforeAll(async () => {
      const name = `helder_t_instances_${process.pid}_${Date.now()}`;
      admin = new pg.Client({ connectionString: adminUrl });
      await admin.connect();
      await admin.query(`create database ${name}`);
      databaseUrl = databaseUrlWith(adminUrl, name);
      cleanups.push(async () => {
        await admin.query(`drop database if exists ${name} with (force)`);
        await admin.end();
      });
      mailbox = await startMailbox();
      cleanups.push(() => mailbox.stop());
      const env = {
        DATABASE_URL: databaseUrl,
        SMTP_URL: mailbox.url,
        OUTBOX_INTERVAL_SECONDS: '1',
        PUBLIC_FORM_LIMIT_PER_HOUR: String(FORM_LIMIT),
        RATE_LIMIT_PER_MINUTE: '100000',
        // The test is the load balancer: it says which client each request comes from.
        TRUST_PROXY: '127.0.0.1',
      };
      // All three at the same moment, on an empty database.
      instances = await Promise.all([1, 2, 3].map(() => startServerProcess(env, { built: true })));
      for (const instance of instances) cleanups.push(() => killHard(instance));
    }, 180_000);

    const query = async <T extends pg.QueryResultRow>(text: string, values: unknown[] = []) => {
      const client = new pg.Client({ connectionString: databaseUrl });
      await client.connect();
      try {
        return (await client.query<T>(text, values)).rows;
      } finally {
        await client.end();
      }
    };

    test('they started together: the database was migrated and the demo loaded exactly once', async () => {
      const [teams] = await query<{ n: number; names: number }>('select count(*)::int as n, count(distinct name)::int as names from teams');
      expect(teams!.n).toBeGreaterThan(5);
      expect(teams!.n).toBe(teams!.names);
      const [employees] = await query<{ n: number }>("select count(*)::int as n from employees where email = 'kcc@dronten.demo'");
      expect(employees!.n).toBe(1);
      for (const instance of instances) expect((await fetch(`${instance.baseUrl}/api/health/ready`)).status).toBe(200);
    });

    test('each outgoing mail is sent exactly once, whichever instance took the report', async () => {
      const before = mailbox.mails.length;
      const reports = 24;
      await Promise.all(Array.from({ length: reports }, async (_, i) => {
        const response = await fetch(`${instances[i % 3]!.baseUrl}/api/public/reports`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-forwarded-for': `203.0.113.${i + 1}` },
          body: JSON.stringify(reportBody({ email: `melder${i}@voorbeeld.nl`, consent: true })),
        });
        expect(response.status, await response.clone().text()).toBe(201);
      }));
      // Every instance's outbox worker runs each second; all of them compete for the same mails.
      const deadline = Date.now() + 30_000;
      for (;;) {
        const [left] = await query<{ n: number }>("select count(*)::int as n from outbox_messages where status in ('pending', 'sending')");
        if (left!.n === 0 || Date.now() > deadline) break;
        await new Promise((r) => setTimeout(r, 200));
      }
      await new Promise((r) => setTimeout(r, 1500)); // a duplicate would arrive now
      const received = mailbox.mails.slice(before);
      const ids = received.map((m) => m.messageId);
      expect(new Set(ids).size).toBe(ids.length);
      for (let i = 0; i < reports; i++) expect(mailbox.to(`melder${i}@voorbeeld.nl`), `melder${i}`).toHaveLength(1);
      const [sent] = await query<{ n: number }>("select count(*)::int as n from outbox_messages where purpose = 'report_received' and status = 'sent'");
      expect(sent!.n).toBe(reports);
    }, 60_000);

    test('the public form limit holds across the instances', async () => {
      const statuses: number[] = [];
      for (let i = 0; i < FORM_LIMIT + 2; i++) {
        const response = await fetch(`${instances[i % 3]!.baseUrl}/api/public/reports`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-forwarded-for': '198.51.100.7' },
          body: JSON.stringify(reportBody()),
        });
        statuses.push(response.status);
      }
      expect(statuses).toEqual([...Array(FORM_LIMIT).fill(201), 429, 429]);
      // Another resident is not held up by it.
      const other = await fetch(`${instances[0]!.baseUrl}/api/public/reports`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': '198.51.100.8' },
        body: JSON.stringify(reportBody()),
      });
      expect(other.status).toBe(201);
    });

    test('a load of registrations over all three, one killed halfway: every acknowledged one is there', async () => {
      // Logged in on one instance, the session works on every instance.
      const cookie = await loginCookie(instances[0]!.baseUrl, 'kcc@dronten.demo');
      for (const instance of instances) expect((await fetch(`${instance.baseUrl}/api/auth/me`, { headers: { cookie } })).status).toBe(200);

      const acknowledged: string[] = [];
      const perInstance = [0, 0, 0];
      let stop = false;
      let sent = 0;
      const victim = instances[1]!;
      const worker = async (n: number) => {
        while (!stop) {
          sent += 1;
          const target = (n + sent) % 3;
          try {
            const response = await fetch(`${instances[target]!.baseUrl}/api/contacts`, {
              method: 'POST',
              headers: { 'content-type': 'application/json', cookie },
              body: JSON.stringify({ channel: 'phone', subject: `Drie instanties ${n}-${sent}`, resolution: 'first_line' }),
            });
            if (response.status === 201) {
              acknowledged.push(((await response.json()) as { id: string }).id);
              perInstance[target]! += 1;
            }
          } catch {
            // The killed instance: never acknowledged, as a load balancer would see it.
            await new Promise((r) => setTimeout(r, 5));
          }
        }
      };
      const workers = Array.from({ length: 9 }, (_, n) => worker(n));
      while (acknowledged.length < 150) await new Promise((r) => setTimeout(r, 10));
      await killHard(victim);
      const atKill = acknowledged.length;
      while (acknowledged.length < atKill + 150) await new Promise((r) => setTimeout(r, 10));
      stop = true;
      await Promise.all(workers);

      expect(perInstance.every((n) => n > 0)).toBe(true);
      const present = await query<{ n: number }>('select count(*)::int as n from contacts where id = any($1::uuid[])', [acknowledged]);
      expect(present[0]!.n).toBe(acknowledged.length);
      // The two that live on still serve what the dead one acknowledged.
      const cookie2 = await loginCookie(instances[2]!.baseUrl, 'kcc@dronten.demo');
      const sample = acknowledged.slice(0, 20);
      for (const id of sample) expect((await fetch(`${instances[2]!.baseUrl}/api/contacts/${id}`, { headers: { cookie: cookie2 } })).status).toBe(200);
    }, 120_000);
  });
} else {
  describe('the compiled build on the embedded database', () => {
    test('starts with plain node on a fresh data folder; a second instance on that folder is refused', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'helder-built-'));
      cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
      const first = await startServerProcess({ HELDER_DATA_DIR: dir }, { built: true });
      cleanups.push(() => killHard(first));
      expect(first.process.spawnargs.join(' ')).not.toContain('tsx');
      const cookie = await loginCookie(first.baseUrl, 'kcc@dronten.demo');
      const created = await fetch(`${first.baseUrl}/api/contacts`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie },
        body: JSON.stringify({ channel: 'phone', subject: 'Vanuit de gebouwde versie', resolution: 'first_line' }),
      });
      expect(created.status).toBe(201);
      await expect(startServerProcess({ HELDER_DATA_DIR: dir }, { built: true })).rejects.toThrow(/is in use by process \d+/);
      expect((await fetch(`${first.baseUrl}/api/health`)).status).toBe(200);
    }, 120_000);
  });
}
