// Counters that every Helder instance on one database shares: request budgets per window and failed
// logins. Kept in tables, not in process memory, so a second instance behind the load balancer
// cannot be used to double a budget.
import { and, count, eq, gt, lt, max, min, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.js';
import { loginFailures, rateLimitHits } from '../db/schema.js';

/** Counts one request in (bucket, window) and returns the count so far, in one statement. */
export async function countHit(db: DbOrTx, bucket: string, windowStart: Date): Promise<number> {
  const [row] = await db
    .insert(rateLimitHits)
    .values({ bucket, windowStart, hits: 1 })
    .onConflictDoUpdate({ target: [rateLimitHits.bucket, rateLimitHits.windowStart], set: { hits: sql`${rateLimitHits.hits} + 1` } })
    .returning({ hits: rateLimitHits.hits });
  return row!.hits;
}

export async function pruneHits(db: DbOrTx, before: Date): Promise<void> {
  await db.delete(rateLimitHits).where(lt(rateLimitHits.windowStart, before));
}

/** Writes a try (it counts as a failure until a good password clears it) and returns its id. */
export async function insertLoginFailure(db: DbOrTx, accountKey: string, ip: string, at: Date): Promise<number> {
  const [row] = await db.insert(loginFailures).values({ accountKey, ip, at }).returning({ id: loginFailures.id });
  return row!.id;
}

export async function deleteLoginFailure(db: DbOrTx, id: number): Promise<void> {
  await db.delete(loginFailures).where(eq(loginFailures.id, id));
}

/** Tries of this account from this address since `since`: how many, and the last one before `beforeId`. */
export async function pairFailures(db: DbOrTx, accountKey: string, ip: string, since: Date, beforeId: number): Promise<{ count: number; previous: Date | null }> {
  const [row] = await db
    .select({ count: count(), previous: max(sql`case when ${loginFailures.id} <> ${beforeId} then ${loginFailures.at} end`) })
    .from(loginFailures)
    .where(and(eq(loginFailures.accountKey, accountKey), eq(loginFailures.ip, ip), gt(loginFailures.at, since)));
  return { count: row?.count ?? 0, previous: row?.previous ? new Date(row.previous as string | Date) : null };
}

/**
 * Failures from this address since `since`, and the moment the address is free again once `limit`
 * failures are reached: the `limit`-th newest failure plus the window.
 */
export async function addressFailures(db: DbOrTx, ip: string, since: Date, limit: number): Promise<{ count: number; oldestOfLimit: Date | null }> {
  const recent = db
    .select({ at: loginFailures.at })
    .from(loginFailures)
    .where(and(eq(loginFailures.ip, ip), gt(loginFailures.at, since)))
    .orderBy(sql`${loginFailures.at} desc`)
    .limit(limit)
    .as('recent');
  const [row] = await db.select({ count: count(), oldest: min(recent.at) }).from(recent);
  return { count: row?.count ?? 0, oldestOfLimit: row?.oldest ? new Date(row.oldest) : null };
}

export async function clearPairFailures(db: DbOrTx, accountKey: string, ip: string): Promise<void> {
  await db.delete(loginFailures).where(and(eq(loginFailures.accountKey, accountKey), eq(loginFailures.ip, ip)));
}

export async function pruneLoginFailures(db: DbOrTx, before: Date): Promise<void> {
  await db.delete(loginFailures).where(lt(loginFailures.at, before));
}
