import { sql } from 'drizzle-orm';
import { type Db, rowsOf } from '../db/client.js';

/** The cheapest question the database answers. */
export async function ping(db: Db): Promise<void> {
  await db.execute(sql`select 1`);
}

/**
 * Proves the database accepts writes without changing any data: taking a transaction id makes
 * the commit write (and flush) a record to the write-ahead log, which fails on a full disk, a
 * standby or a database in read-only mode. Throws when it does not.
 */
export async function proveWritable(db: Db): Promise<void> {
  const [row] = rowsOf<{ xid: string; read_only: string }>(await db.execute(sql`select txid_current()::text as xid, current_setting('transaction_read_only') as read_only`));
  if (row?.read_only === 'on') throw new ReadOnlyDatabase();
}

export class ReadOnlyDatabase extends Error {
  constructor() {
    super('The database is read-only.');
  }
}
