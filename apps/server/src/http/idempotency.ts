// A repeated POST with the same Idempotency-Key returns the first result instead of creating twice
// (a double click, a retry after a lost answer). The key is stored in the same transaction as the
// thing it created, so either both exist or neither does.
import { and, eq, lt } from 'drizzle-orm';
import type { Db, Tx } from '../db/client.js';
import { isUniqueViolation } from '../db/errors.js';
import { idempotencyKeys } from '../db/schema.js';
import { AppError } from './errors.js';

const KEY_PATTERN = /^[\w.:-]{8,200}$/;

export function parseIdempotencyKey(header: string | string[] | undefined): string | undefined {
  if (header === undefined) return undefined;
  const key = Array.isArray(header) ? header[0] : header;
  if (!key || !KEY_PATTERN.test(key)) {
    throw new AppError(400, 'invalid_idempotency_key', 'De Idempotency-Key moet 8 tot 200 letters, cijfers of - _ . : zijn.');
  }
  return key;
}

async function findStored(db: Db | Tx, scope: string, key: string): Promise<string | undefined> {
  const [row] = await db
    .select({ body: idempotencyKeys.body })
    .from(idempotencyKeys)
    .where(and(eq(idempotencyKeys.scope, scope), eq(idempotencyKeys.key, key)))
    .limit(1);
  return row ? (row.body as { id: string }).id : undefined;
}

/**
 * Runs `create` in a transaction and returns what it made, or only the id made by the first call
 * with this key (`replayed`: the caller reads it back).
 */
export async function idempotentCreate<T>(
  db: Db,
  scope: string,
  key: string | undefined,
  create: (tx: Tx | Db) => Promise<{ id: string; result: T }>,
  options: { singleWrite?: boolean } = {},
): Promise<{ id: string; replayed: boolean; result?: T }> {
  // One write without a key is atomic by itself: no BEGIN and COMMIT round trips needed.
  if (!key && options.singleWrite) return { ...(await create(db)), replayed: false };
  if (key) {
    const existing = await findStored(db, scope, key);
    if (existing) return { id: existing, replayed: true };
  }
  try {
    const created = await db.transaction(async (tx) => {
      const made = await create(tx);
      if (key) await tx.insert(idempotencyKeys).values({ scope, key, statusCode: 201, body: { id: made.id } });
      return made;
    });
    return { ...created, replayed: false };
  } catch (error) {
    // Two requests with the same key at the same moment: the second one's work was rolled back.
    if (key && isUniqueViolation(error)) {
      const existing = await findStored(db, scope, key);
      if (existing) return { id: existing, replayed: true };
    }
    throw error;
  }
}

/** Keys are kept for a day; after that a repeat is a new request. */
export async function pruneIdempotencyKeys(db: Db, now: Date): Promise<void> {
  await db.delete(idempotencyKeys).where(lt(idempotencyKeys.createdAt, new Date(now.getTime() - 24 * 3600_000)));
}
