// A lease on continuous background work that one instance at a time should do (polling the press
// mailbox). Taking it is one statement: insert it, renew our own, or take over one that ran out
// (its holder died or hung). Times are the database's, so instances with skewed clocks agree.
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { sql } from 'drizzle-orm';
import { type DbOrTx, rowsOf } from '../db/client.js';

/** This process, as a lease holder (and in logs and metrics). */
export const INSTANCE_ID = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;

/** True when `holder` now holds the lease `name` for `ttlSeconds` from now. */
export async function acquireLease(db: DbOrTx, name: string, holder: string, ttlSeconds: number): Promise<boolean> {
  const rows = rowsOf(await db.execute(sql`
    insert into job_leases (name, holder, expires_at) values (${name}, ${holder}, now() + make_interval(secs => ${ttlSeconds}))
    on conflict (name) do update set holder = excluded.holder, expires_at = excluded.expires_at
      where job_leases.holder = excluded.holder or job_leases.expires_at < now()
    returning name`));
  return rows.length > 0;
}

/** Gives the lease back (on shutdown), so another instance need not wait for it to run out. */
export async function releaseLease(db: DbOrTx, name: string, holder: string): Promise<void> {
  await db.execute(sql`delete from job_leases where name = ${name} and holder = ${holder}`);
}
