// Opens the embedded database (PGlite in a data folder) or PostgreSQL (DATABASE_URL), and applies
// the one set of migrations to either.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import { migrate as migrateNodePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { SERVER_DIR } from '../paths.js';
import { serveBackups } from './embedded-backup.js';
import * as schema from './schema.js';

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
/** A transaction has the same query interface as the database. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type DbOrTx = Db | Tx;

/** The rows of a raw `db.execute` result, the same on both drivers. */
export function rowsOf<T = Record<string, unknown>>(result: unknown): T[] {
  return (result as { rows: T[] }).rows;
}

export const MIGRATIONS_FOLDER = join(SERVER_DIR, 'drizzle');

export interface Database {
  db: Db;
  kind: 'pglite' | 'postgres';
  /**
   * Where the dashboards, public figures and reports read (DATABASE_READ_URL, a replica that may
   * lag a little); absent: the primary. Never written to.
   */
  readDb?: Db;
  /** The embedded database's own client (backups); absent on PostgreSQL. */
  pglite?: PGlite;
  close(): Promise<void>;
}

/** Why the folder cannot be opened, with the process that holds it when the pid file names one. */
function inUse(dataDir: string, lockFile: string): Error {
  let holder = 'another process';
  try {
    const pid = Number(readFileSync(lockFile, 'utf8'));
    if (pid > 0 && pid !== process.pid) holder = `process ${pid}`;
  } catch {
    // The holder has not written its pid yet, or keeps none.
  }
  return new Error(`The data folder ${dataDir} is in use by ${holder}. Stop that server or choose another HELDER_DATA_DIR.`);
}

/**
 * PGlite runs in this process only, so one process at a time may open a data folder. On Linux the
 * lock is a Unix socket in the abstract namespace, named after the folder's real path: binding it
 * is exclusive and atomic, and the kernel releases it when the process ends, however it ends. (The
 * namespace belongs to the network namespace: containers that share a folder must share that too.)
 * The pid file beside it only tells a person which process holds the folder; on other systems it
 * is the lock itself, checked and written in two steps, so two starts at the same instant can race.
 */
async function lockDataDir(dataDir: string): Promise<{ unlock: () => void; socket?: Server }> {
  const lockFile = join(dataDir, 'helder.lock');
  if (process.platform !== 'linux') return { unlock: lockWithPidFile(dataDir, lockFile) };
  const name = controlSocketName(dataDir);
  const socket = createServer();
  await new Promise<void>((resolve, reject) => {
    socket.once('error', (error: NodeJS.ErrnoException) => reject(error.code === 'EADDRINUSE' ? inUse(dataDir, lockFile) : error));
    socket.listen(name, () => resolve());
  });
  // The lock must not keep the process alive by itself.
  socket.unref();
  writeFileSync(lockFile, String(process.pid));
  return {
    socket,
    unlock: () => {
      removeOwnPidFile(lockFile);
      socket.close();
    },
  };
}

/** The folder's lock socket (Linux): also where the running server answers backup requests. */
export function controlSocketName(dataDir: string): string {
  return `\0helder-${createHash('sha256').update(realpathSync(dataDir)).digest('hex').slice(0, 40)}`;
}

function lockWithPidFile(dataDir: string, lockFile: string): () => void {
  if (existsSync(lockFile)) {
    const pid = Number(readFileSync(lockFile, 'utf8'));
    let alive = false;
    if (pid > 0 && pid !== process.pid) {
      try {
        process.kill(pid, 0);
        alive = true;
      } catch {
        alive = false;
      }
    }
    if (alive) throw inUse(dataDir, lockFile);
  }
  writeFileSync(lockFile, String(process.pid));
  return () => removeOwnPidFile(lockFile);
}

function removeOwnPidFile(lockFile: string): void {
  try {
    if (Number(readFileSync(lockFile, 'utf8')) === process.pid) rmSync(lockFile, { force: true });
  } catch {
    // Already gone.
  }
}

export async function openPglite(options: { dataDir?: string; loadDataDir?: Blob } = {}): Promise<Database> {
  let unlock = () => {};
  let socket: Server | undefined;
  if (options.dataDir) {
    mkdirSync(options.dataDir, { recursive: true });
    ({ unlock, socket } = await lockDataDir(options.dataDir));
  }
  let client: PGlite;
  try {
    // pg_trgm: the knowledge base matches misspelt words against its vocabulary (migration 0020).
    const extensions = { pg_trgm };
    client = options.dataDir
      ? new PGlite(join(options.dataDir, 'pgdata'), { extensions })
      : new PGlite(options.loadDataDir ? { loadDataDir: options.loadDataDir, extensions } : { extensions });
    await client.waitReady;
  } catch (error) {
    unlock();
    throw error;
  }
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  const stopBackups = socket && options.dataDir ? serveBackups(socket, client, options.dataDir) : () => {};
  return {
    db,
    kind: 'pglite',
    pglite: client,
    async close() {
      stopBackups();
      await client.close();
      unlock();
    },
  };
}

export async function openPostgres(connectionString: string, options: { max?: number } = {}): Promise<Database> {
  const pool = new pg.Pool({ connectionString, max: options.max ?? 10 });
  // A lost connection must not take the process down; the next query gets a fresh one.
  pool.on('error', () => {});
  await pool.query('select 1');
  const db = drizzleNodePg(pool, { schema }) as unknown as Db;
  return { db, kind: 'postgres', close: () => pool.end() };
}

export async function migrateDatabase(database: Database): Promise<void> {
  if (database.kind === 'pglite') {
    await migratePglite(database.db as never, { migrationsFolder: MIGRATIONS_FOLDER });
    return;
  }
  // Several servers may start at once against one PostgreSQL: one migrates, the others wait.
  await database.db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(724405)`);
    await migrateNodePg(tx as never, { migrationsFolder: MIGRATIONS_FOLDER });
  });
}

export async function openDatabase(config: { databaseUrl: string | undefined; databaseReadUrl?: string | undefined; dataDir: string }): Promise<Database> {
  if (!config.databaseUrl) return openPglite({ dataDir: config.dataDir });
  const primary = await openPostgres(config.databaseUrl);
  if (!config.databaseReadUrl) return primary;
  return withReadReplica(primary, await openPostgres(config.databaseReadUrl, { max: 5 }));
}

/** The primary with a read replica for the figures (KpiService); closing closes both. */
export function withReadReplica(primary: Database, replica: Database): Database {
  return {
    ...primary,
    readDb: replica.db,
    async close() {
      await Promise.all([primary.close(), replica.close()]);
    },
  };
}
