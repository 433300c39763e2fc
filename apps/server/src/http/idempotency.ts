// A repeated POST with the same Idempotency-Key returns the first result instead of creating twice
// (a double click, a retry after a lost answer). The key is stored in the same transaction as the
// thing it created, so either both exist or neither does.
import { createHash } from 'node:crypto';
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

/**
 * A key as the client sent it, with a fingerprint of the request it came with: a repeat must be
 * the same request. The same key with another body is refused (422), never answered with the
 * first result, so a guessed or reused key cannot return someone else's answer.
 */
export interface IdempotentRequest {
  key: string;
  fingerprint: string;
}

export function idempotentRequest(key: string | undefined, body: unknown): IdempotentRequest | undefined {
  return key === undefined ? undefined : { key, fingerprint: createHash('sha256').update(canonicalJson(body)).digest('hex') };
}

/** JSON with object keys in a fixed order, so the same content always has the same fingerprint. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

type StoredBody = { id: string; answer?: Record<string, unknown> };

async function findStored(db: Db | Tx, scope: string, request: IdempotentRequest): Promise<StoredBody | undefined> {
  const [row] = await db
    .select({ body: idempotencyKeys.body, requestHash: idempotencyKeys.requestHash })
    .from(idempotencyKeys)
    .where(and(eq(idempotencyKeys.scope, scope), eq(idempotencyKeys.key, request.key)))
    .limit(1);
  if (!row) return undefined;
  if (row.requestHash !== request.fingerprint) {
    throw new AppError(
      422,
      'idempotency_key_reused',
      'Deze sleutel (Idempotency-Key) is al gebruikt voor een ander verzoek. Stuur een nieuw verzoek met een nieuwe sleutel.',
    );
  }
  return row.body as StoredBody;
}

/**
 * `scope` names the client (an employee, or a resident's address): keys of two clients never meet.
 * Runs `create` in a transaction and returns what it made, or only the id made by the first call
 * with this key (`replayed`: the caller reads it back). `keep` stores the first answer itself, for
 * callers that cannot read it back (a resident's report answers with a link whose token is only
 * kept as a hash); a replay then returns it as `kept`.
 */
export async function idempotentCreate<T>(
  db: Db,
  scope: string,
  key: IdempotentRequest | undefined,
  create: (tx: Tx | Db) => Promise<{ id: string; result: T }>,
  options: { singleWrite?: boolean; keep?: (result: T) => Record<string, unknown> } = {},
): Promise<{ id: string; replayed: boolean; result?: T; kept?: Record<string, unknown> }> {
  const replay = (stored: StoredBody) => ({ id: stored.id, replayed: true, ...(stored.answer ? { kept: stored.answer } : {}) });
  // One write without a key is atomic by itself: no BEGIN and COMMIT round trips needed.
  if (!key && options.singleWrite) return { ...(await create(db)), replayed: false };
  if (key) {
    const existing = await findStored(db, scope, key);
    if (existing) return replay(existing);
  }
  try {
    const created = await db.transaction(async (tx) => {
      const made = await create(tx);
      if (key) {
        const body: StoredBody = { id: made.id, ...(options.keep ? { answer: options.keep(made.result) } : {}) };
        await tx.insert(idempotencyKeys).values({ scope, key: key.key, statusCode: 201, body, requestHash: key.fingerprint });
      }
      return made;
    });
    return { ...created, replayed: false };
  } catch (error) {
    // Two requests with the same key at the same moment: the second one's work was rolled back.
    if (key && isUniqueViolation(error)) {
      const existing = await findStored(db, scope, key);
      if (existing) return replay(existing);
    }
    throw error;
  }
}

/** Keys are kept for a day; after that a repeat is a new request. */
export async function pruneIdempotencyKeys(db: Db, now: Date): Promise<void> {
  await db.delete(idempotencyKeys).where(lt(idempotencyKeys.createdAt, new Date(now.getTime() - 24 * 3600_000)));
}
