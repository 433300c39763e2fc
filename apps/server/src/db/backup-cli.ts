// `npm run backup [-- FILE]` and `npm run restore -- FILE` (docs/operations.md).
// PostgreSQL (DATABASE_URL): pg_dump in its custom format, and pg_restore into the database, which
// must be empty or is cleaned first with --clean. The embedded database (HELDER_DATA_DIR): a
// gzipped tar of the data directory, asked of the running server or made directly when none runs;
// a restore needs Helder stopped and keeps the database it replaces beside it.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { ConfigError, loadConfig } from '../config.js';
import { controlSocketName, openPglite } from './client.js';
import { dump, requestBackup, writeAtomically } from './embedded-backup.js';

const stamp = () => new Date().toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);

export async function backup(file: string | undefined, env: NodeJS.ProcessEnv = process.env): Promise<{ file: string; bytes: number; via: string }> {
  const config = loadConfig(env);
  if (config.databaseUrl) {
    const target = resolve(file ?? join('backups', `helder-${stamp()}.dump`));
    mkdirSync(dirname(target), { recursive: true });
    const run = spawnSync('pg_dump', ['--format=custom', '--no-owner', '--no-privileges', `--file=${target}.part`, config.databaseUrl], { encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`pg_dump failed: ${run.stderr || run.error?.message}`);
    renameSync(`${target}.part`, target);
    return { file: target, bytes: readFileSync(target).length, via: 'pg_dump' };
  }
  const target = resolve(file ?? join('backups', `helder-${stamp()}.tar.gz`));
  mkdirSync(dirname(target), { recursive: true });
  if (!existsSync(join(config.dataDir, 'pgdata'))) throw new Error(`There is no embedded database in ${config.dataDir} (HELDER_DATA_DIR).`);
  const fromServer = process.platform === 'linux' ? await requestBackup(config.dataDir, controlSocketName(config.dataDir)) : undefined;
  if (fromServer) {
    writeAtomically(target, fromServer);
    return { file: target, bytes: fromServer.length, via: 'the running server' };
  }
  const database = await openPglite({ dataDir: config.dataDir });
  try {
    const bytes = await dump(database.pglite!);
    writeAtomically(target, bytes);
    return { file: target, bytes: bytes.length, via: 'the data folder (no server running)' };
  } finally {
    await database.close();
  }
}

export async function restore(file: string, env: NodeJS.ProcessEnv = process.env): Promise<{ contacts: number; keptAt?: string }> {
  const config = loadConfig(env);
  if (!existsSync(file)) throw new Error(`The file ${file} does not exist.`);
  if (config.databaseUrl) {
    const run = spawnSync('pg_restore', ['--clean', '--if-exists', '--no-owner', '--no-privileges', '--single-transaction', `--dbname=${config.databaseUrl}`, file], { encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`pg_restore failed: ${run.stderr || run.error?.message}`);
    const count = spawnSync('psql', ['-Atqc', 'select count(*) from contacts', config.databaseUrl], { encoding: 'utf8' });
    return { contacts: Number(count.stdout.trim()) };
  }
  // Taking the folder's lock proves Helder is stopped (and keeps it from starting meanwhile).
  const holder = await openPglite({ dataDir: config.dataDir }).catch((error: Error) => {
    throw new Error(`${error.message} Stop Helder before a restore.`);
  });
  await holder.close();
  const pgdata = join(config.dataDir, 'pgdata');
  const keptAt = existsSync(pgdata) ? `${pgdata}.before-restore-${stamp()}` : undefined;
  if (keptAt) renameSync(pgdata, keptAt);
  try {
    const client = new PGlite(pgdata, { loadDataDir: new Blob([readFileSync(file)]), extensions: { pg_trgm } });
    const rows = await client.query<{ n: number }>('select count(*)::int as n from contacts');
    await client.close();
    return { contacts: rows.rows[0]!.n, ...(keptAt ? { keptAt } : {}) };
  } catch (error) {
    // Put the old database back: a failed restore leaves things as they were.
    if (keptAt) {
      rmSync(pgdata, { recursive: true, force: true });
      renameSync(keptAt, pgdata);
    }
    throw error;
  }
}

async function main() {
  const [command, file] = process.argv.slice(2);
  try {
    if (command === 'backup') {
      const result = await backup(file);
      console.log(`Helder: backup written to ${result.file} (${(result.bytes / 1e6).toFixed(1)} MB, from ${result.via})`);
    } else if (command === 'restore' && file) {
      const result = await restore(resolve(file));
      console.log(`Helder: restored ${file}: ${result.contacts} contacts.${result.keptAt ? ` The database it replaced is kept in ${result.keptAt}.` : ''}`);
    } else {
      console.error('Use: npm run backup [-- FILE]   or   npm run restore -- FILE');
      process.exit(2);
    }
  } catch (error) {
    console.error(`Helder: ${error instanceof ConfigError ? error.message : (error as Error).message}`);
    process.exit(1);
  }
}

if (process.argv[1] && /backup(-cli)?\.(ts|js)$/.test(process.argv[1])) void main();
