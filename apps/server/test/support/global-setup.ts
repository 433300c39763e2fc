import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openPglite, openPostgres } from '../../src/db/client.js';
import { buildServer } from '../process/server-process.js';
import { prepareTemplate } from './template.js';

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplate: string;
    postgresTemplate: string;
  }
}

export function databaseUrlWith(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/** The run a template belongs to: the process id in `helder_tpl_<pid>_<time>`. */
export function testRunId(template: string): string {
  return /^helder_tpl_(\d+)_/.exec(template)?.[1] ?? '0';
}

function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export default async function setup(project: TestProject) {
  // The process tests run the compiled build: built here once, before test files run side by side
  // (two builds at once would write the same files; later calls find it up to date).
  buildServer();
  const adminUrl = process.env.DATABASE_URL;
  if (adminUrl) {
    const name = `helder_tpl_${process.pid}_${Date.now()}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`create database ${name}`);
    const database = await openPostgres(databaseUrlWith(adminUrl, name), { max: 2 });
    await prepareTemplate(database);
    await database.close();
    project.provide('postgresTemplate', name);
    project.provide('pgliteTemplate', '');
    return async () => {
      // This run's test databases, and those of runs whose process is gone (crashed); never those
      // of another run still going on the same server.
      const { rows } = await admin.query<{ datname: string }>(`select datname from pg_database where datname like 'helder\\_t%'`);
      for (const { datname } of rows) {
        const owner = Number(/^helder_(?:t|tpl)_(\d+)_/.exec(datname)?.[1]);
        if (owner === process.pid || !isAlive(owner)) await admin.query(`drop database if exists ${datname} with (force)`);
      }
      await admin.end();
    };
  }
  const dir = join(process.cwd(), '.tmp');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `pglite-template-${process.pid}.tar.gz`);
  const database = await openPglite();
  await prepareTemplate(database);
  const client = (database.db as unknown as { $client: { dumpDataDir(c: 'gzip'): Promise<Blob> } }).$client;
  const dump = await client.dumpDataDir('gzip');
  writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  await database.close();
  project.provide('pgliteTemplate', file);
  project.provide('postgresTemplate', '');
  return () => rmSync(file, { force: true });
}
