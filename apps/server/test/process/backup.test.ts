// Backup and restore (npm run backup / npm run restore, db/backup-cli.ts) on the compiled build.
// Embedded database: the backup is taken from the running server, the restore (with Helder
// stopped) brings back exactly the contacts of that moment. PostgreSQL: pg_dump of a running
// database, pg_restore into an empty one, and every contact is there.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { controlSocketName } from '../../src/db/client.js';
import { databaseUrlWith } from '../support/global-setup.js';
import { buildServer, killHard, loginCookie, type RunningServer, startServerProcess } from './server-process.js';

const adminUrl = process.env.DATABASE_URL;
const BACKUP_CLI = fileURLToPath(new URL('../../dist/backup.js', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'helder-backup-'));
const cleanups: (() => Promise<void> | void)[] = [() => rmSync(work, { recursive: true, force: true })];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});
beforeAll(() => {
  buildServer();
});

function cli(args: string[], env: Record<string, string>) {
  const run = spawnSync(process.execPath, [BACKUP_CLI, ...args], { env: { ...process.env, LOG_LEVEL: 'warn', ...env }, encoding: 'utf8' });
  return { status: run.status, out: `${run.stdout}${run.stderr}` };
}

async function registerContacts(server: RunningServer, count: number, label: string): Promise<string[]> {
  const cookie = await loginCookie(server.baseUrl, 'kcc@dronten.demo');
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const response = await fetch(`${server.baseUrl}/api/contacts`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ channel: 'phone', subject: `${label} ${i}`, resolution: 'first_line' }),
    });
    expect(response.status).toBe(201);
    ids.push(((await response.json()) as { id: string }).id);
  }
  return ids;
}

async function stopGracefully(server: RunningServer): Promise<void> {
  const exited = new Promise((resolve) => server.process.once('exit', resolve));
  server.process.kill('SIGTERM');
  await exited;
}

if (adminUrl) {
  describe('backup and restore on PostgreSQL (pg_dump, pg_restore)', () => {
    test('a backup of the running database, restored into an empty one, holds every contact', async () => {
      const admin = new pg.Client({ connectionString: adminUrl });
      await admin.connect();
      const source = `helder_t_backup_a_${process.pid}`;
      const target = `helder_t_backup_b_${process.pid}`;
      for (const name of [source, target]) await admin.query(`create database ${name}`);
      cleanups.push(async () => {
        for (const name of [source, target]) await admin.query(`drop database if exists ${name} with (force)`);
        await admin.end();
      });
      const server = await startServerProcess({ DATABASE_URL: databaseUrlWith(adminUrl, source), HELDER_DEMO_CONTACTS: '300' }, { built: true });
      cleanups.push(() => killHard(server));
      await registerContacts(server, 10, 'Voor de back-up');

      const file = join(work, 'helder.dump');
      const made = cli(['backup', file], { DATABASE_URL: databaseUrlWith(adminUrl, source) });
      expect(made.status, made.out).toBe(0);
      expect(made.out).toContain('pg_dump');
      const restored = cli(['restore', file], { DATABASE_URL: databaseUrlWith(adminUrl, target) });
      expect(restored.status, restored.out).toBe(0);

      const ids = async (name: string) => {
        const client = new pg.Client({ connectionString: databaseUrlWith(adminUrl, name) });
        await client.connect();
        const rows = (await client.query<{ id: string }>('select id from contacts order by id')).rows.map((r) => r.id);
        await client.end();
        return rows;
      };
      const original = await ids(source);
      expect(original.length).toBeGreaterThan(300);
      expect(await ids(target)).toEqual(original);
      // And Helder runs on the restored database.
      const second = await startServerProcess({ DATABASE_URL: databaseUrlWith(adminUrl, target) }, { built: true });
      cleanups.push(() => killHard(second));
      const cookie = await loginCookie(second.baseUrl, 'kcc@dronten.demo');
      expect((await fetch(`${second.baseUrl}/api/contacts/${original.at(-1)}`, { headers: { cookie } })).status).toBe(200);
    }, 180_000);
  });
} else {
  describe('backup and restore on the embedded database', () => {
    test('a backup taken from the running server restores exactly the contacts of that moment', async () => {
      const dataDir = join(work, 'data');
      const env = { HELDER_DATA_DIR: dataDir };
      const server = await startServerProcess({ ...env, HELDER_DEMO_CONTACTS: '300' }, { built: true });
      cleanups.push(() => killHard(server));
      const before = await registerContacts(server, 10, 'Voor de back-up');

      const file = join(work, 'helder.tar.gz');
      const made = cli(['backup', file], env);
      expect(made.status, made.out).toBe(0);
      expect(made.out).toContain('from the running server');
      const after = await registerContacts(server, 5, 'Na de back-up');

      // Without the token from the data folder the server hands nothing out.
      const refused = await new Promise<string>((resolve) => {
        let answer = '';
        const socket = connect(controlSocketName(dataDir), () => socket.write('BACKUP 0000\n'));
        socket.on('data', (chunk) => (answer += chunk));
        socket.on('end', () => resolve(answer));
      });
      expect(refused).toBe('ERR wrong token\n');

      // A restore needs Helder stopped.
      const tooEarly = cli(['restore', file], env);
      expect(tooEarly.status).toBe(1);
      expect(tooEarly.out).toMatch(/in use by process \d+.*Stop Helder before a restore/);

      await stopGracefully(server);
      const restored = cli(['restore', file], env);
      expect(restored.status, restored.out).toBe(0);
      expect(restored.out).toMatch(/restored .*: \d+ contacts\. The database it replaced is kept in .*pgdata\.before-restore-/);

      const again = await startServerProcess(env, { built: true });
      cleanups.push(() => killHard(again));
      const cookie = await loginCookie(again.baseUrl, 'kcc@dronten.demo');
      for (const id of before) expect((await fetch(`${again.baseUrl}/api/contacts/${id}`, { headers: { cookie } })).status, id).toBe(200);
      for (const id of after) expect((await fetch(`${again.baseUrl}/api/contacts/${id}`, { headers: { cookie } })).status, id).toBe(404);
      // The backup of a stopped folder is made directly.
      await stopGracefully(again);
      const offline = cli(['backup', join(work, 'offline.tar.gz')], env);
      expect(offline.status, offline.out).toBe(0);
      expect(offline.out).toContain('no server running');
    }, 240_000);
  });
}
