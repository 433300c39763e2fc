// Bulk writes of imported history. Each insert skips rows whose reference is already there, so a
// file imported twice is imported once; the caller runs them in one transaction (all or nothing).
import { inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.js';
import { callbackRequests, contacts, customers, surveyResponses } from '../db/schema.js';

const CHUNK = 1000;

function chunks<T>(rows: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += CHUNK) out.push(rows.slice(i, i + CHUNK));
  return out;
}

export async function insertContacts(db: DbOrTx, rows: Array<typeof contacts.$inferInsert>): Promise<number> {
  let inserted = 0;
  for (const chunk of chunks(rows)) {
    const result = await db.insert(contacts).values(chunk).onConflictDoNothing({ target: contacts.externalReference }).returning({ id: contacts.id });
    inserted += result.length;
  }
  return inserted;
}

/** Requests need a customer; imported history has none we know, so each gets an empty one. */
export async function insertCallbackRequests(db: DbOrTx, rows: Array<Omit<typeof callbackRequests.$inferInsert, 'customerId'>>): Promise<number> {
  let inserted = 0;
  for (const chunk of chunks(rows)) {
    const known = await db
      .select({ reference: callbackRequests.externalReference })
      .from(callbackRequests)
      .where(inArray(callbackRequests.externalReference, chunk.map((r) => r.externalReference!)));
    const skip = new Set(known.map((k) => k.reference));
    const fresh = chunk.filter((r) => !skip.has(r.externalReference!));
    if (fresh.length === 0) continue;
    const ids = await db.insert(customers).values(fresh.map(() => ({ kind: 'resident' }))).returning({ id: customers.id });
    const result = await db
      .insert(callbackRequests)
      .values(fresh.map((r, i) => ({ ...r, customerId: ids[i]!.id })))
      .onConflictDoNothing({ target: callbackRequests.externalReference })
      .returning({ id: callbackRequests.id });
    inserted += result.length;
  }
  return inserted;
}

export async function insertSurveyResponses(db: DbOrTx, rows: Array<typeof surveyResponses.$inferInsert>): Promise<number> {
  let inserted = 0;
  for (const chunk of chunks(rows)) {
    const result = await db.insert(surveyResponses).values(chunk).onConflictDoNothing({ target: surveyResponses.reference }).returning({ id: surveyResponses.id });
    inserted += result.length;
  }
  return inserted;
}

/** Serialises imports: two at once could both decide a reference is new. */
export async function lockImports(db: DbOrTx): Promise<void> {
  await db.execute(sql`select pg_advisory_xact_lock(724406)`);
}
