// Gets the database ready before an instance serves: migrations, then the demo on first start.
// Several instances may start at the same moment on one empty PostgreSQL database (a deployment
// with N replicas): one of them does the work under a session advisory lock, the others wait for
// it and then find the database migrated and loaded. PGlite is one process by construction (its
// data folder is locked), so it needs no lock.
import pg from 'pg';
import type { Config } from '../config.js';
import { seedDemo, isEmpty } from '../demo/seed.js';
import { type Database, migrateDatabase } from './client.js';

/** The advisory lock key of the start-up work (migrations keep their own, 724405, inside it). */
export const STARTUP_LOCK = 724406;

export interface StartupOutcome {
  migrated: boolean;
  demo: { contacts: number; callbacks: number } | null;
  /** How long this instance waited for another one to finish the same work. */
  waitedMs: number;
}

export async function prepareDatabase(
  database: Database,
  config: Pick<Config, 'databaseUrl' | 'migrate' | 'loadDemoData' | 'demoContacts'>,
  log: (message: string) => void = () => {},
): Promise<StartupOutcome> {
  // The lock lives on a connection of its own: the work below runs on the pool, in many transactions.
  let lockClient: pg.Client | undefined;
  let waitedMs = 0;
  if (database.kind === 'postgres' && config.databaseUrl) {
    lockClient = new pg.Client({ connectionString: config.databaseUrl });
    await lockClient.connect();
    const started = Date.now();
    const { rows } = await lockClient.query<{ got: boolean }>('select pg_try_advisory_lock($1) as got', [STARTUP_LOCK]);
    if (!rows[0]?.got) {
      log('another instance is preparing the database; waiting for it');
      await lockClient.query('select pg_advisory_lock($1)', [STARTUP_LOCK]);
      waitedMs = Date.now() - started;
    }
  }
  try {
    const migrated = config.migrate !== 'off';
    if (migrated) await migrateDatabase(database);
    let demo: StartupOutcome['demo'] = null;
    if (config.migrate !== 'only' && config.loadDemoData && (await isEmpty(database.db))) {
      log('first start, loading the Dronten demo data (takes a little while, only once)');
      const result = await seedDemo(database.db, { contacts: config.demoContacts, log });
      demo = { contacts: result.contacts, callbacks: result.callbacks };
      log(`demo data loaded: ${result.contacts} contacts, ${result.callbacks} callback requests`);
    }
    return { migrated, demo, waitedMs };
  } finally {
    // Ending the connection releases the lock, also when the work above failed.
    await lockClient?.end().catch(() => undefined);
  }
}
