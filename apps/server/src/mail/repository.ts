import { and, desc, eq, inArray, lt, or, sql, type SQL } from 'drizzle-orm';
import { type DbOrTx, rowsOf } from '../db/client.js';
import { callbackRequests, outboxMessages, surveyInvitations } from '../db/schema.js';
import { UUID_PATTERN } from '../http/ids.js';

export type OutboxRow = typeof outboxMessages.$inferSelect;
export const OUTBOX_STATUSES = ['pending', 'sending', 'sent', 'failed', 'held'] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];

export async function insertMessage(db: DbOrTx, values: typeof outboxMessages.$inferInsert) {
  const [row] = await db.insert(outboxMessages).values(values).returning({ id: outboxMessages.id });
  return row!.id;
}

/**
 * Claims due messages for one worker: pending ones whose time has come, and "sending" ones whose
 * claim ran out (the worker that had them stopped halfway). SKIP LOCKED lets several servers share
 * the outbox without sending a message twice at the same time.
 */
export async function claimDue(db: DbOrTx, now: Date, lockedUntil: Date, limit: number): Promise<OutboxRow[]> {
  const at = sql`${now.toISOString()}::timestamptz`;
  const result = await db.execute<{ id: string }>(sql`
    update ${outboxMessages} set status = 'sending', locked_until = ${lockedUntil.toISOString()}::timestamptz, attempts = attempts + 1
    where id in (
      select id from ${outboxMessages}
      where status in ('pending', 'sending') and next_attempt_at <= ${at} and (locked_until is null or locked_until <= ${at})
      order by next_attempt_at
      limit ${limit}
      for update skip locked
    )
    returning id`);
  const ids = rowsOf<{ id: string }>(result).map((r) => r.id);
  if (ids.length === 0) return [];
  return db.select().from(outboxMessages).where(inArray(outboxMessages.id, ids));
}

export async function markSent(db: DbOrTx, id: string, at: Date) {
  await db.update(outboxMessages).set({ status: 'sent', sentAt: at, lockedUntil: null, lastError: null }).where(eq(outboxMessages.id, id));
}

export async function markHeld(db: DbOrTx, id: string) {
  await db.update(outboxMessages).set({ status: 'held', lockedUntil: null }).where(eq(outboxMessages.id, id));
}

export async function markRetry(db: DbOrTx, id: string, nextAttemptAt: Date, error: string) {
  await db.update(outboxMessages).set({ status: 'pending', nextAttemptAt, lockedUntil: null, lastError: error }).where(eq(outboxMessages.id, id));
}

export async function markFailed(db: DbOrTx, id: string, error: string) {
  await db.update(outboxMessages).set({ status: 'failed', lockedUntil: null, lastError: error }).where(eq(outboxMessages.id, id));
}

/** Puts a failed or held message back in line, to be sent at the next round. */
export async function requeue(db: DbOrTx, id: string, now: Date): Promise<boolean> {
  const rows = await db
    .update(outboxMessages)
    .set({ status: 'pending', nextAttemptAt: now, attempts: 0, lockedUntil: null })
    .where(and(eq(outboxMessages.id, id), inArray(outboxMessages.status, ['failed', 'held'])))
    .returning({ id: outboxMessages.id });
  return rows.length > 0;
}

export async function findMessage(db: DbOrTx, id: string) {
  const [row] = await db.select().from(outboxMessages).where(eq(outboxMessages.id, id)).limit(1);
  return row;
}

/** Newest first, without the bodies: a list shows who, what and how far. */
export function listMessages(db: DbOrTx, filter: { status?: OutboxStatus | undefined; before?: { createdAt: Date; id: string } | undefined; limit: number }) {
  const where: SQL[] = [];
  if (filter.status) where.push(eq(outboxMessages.status, filter.status));
  if (filter.before) {
    where.push(or(lt(outboxMessages.createdAt, filter.before.createdAt), and(eq(outboxMessages.createdAt, filter.before.createdAt), lt(outboxMessages.id, filter.before.id)))!);
  }
  return db
    .select({
      id: outboxMessages.id,
      purpose: outboxMessages.purpose,
      recipient: outboxMessages.recipient,
      subject: outboxMessages.subject,
      status: outboxMessages.status,
      attempts: outboxMessages.attempts,
      nextAttemptAt: outboxMessages.nextAttemptAt,
      lastError: outboxMessages.lastError,
      createdAt: outboxMessages.createdAt,
      sentAt: outboxMessages.sentAt,
      relatedType: outboxMessages.relatedType,
      relatedId: outboxMessages.relatedId,
    })
    .from(outboxMessages)
    .where(and(...where))
    .orderBy(desc(outboxMessages.createdAt), desc(outboxMessages.id))
    .limit(filter.limit + 1);
}

/** The residents these mails were written to (through the request or invitation they are about), for the audit log (which removes repeats). */
export async function customerIdsOf(db: DbOrTx, messages: { relatedType: string | null; relatedId: string | null }[]): Promise<string[]> {
  const idsOf = (type: string) => [...new Set(messages.filter((m) => m.relatedType === type && m.relatedId && UUID_PATTERN.test(m.relatedId)).map((m) => m.relatedId!))];
  const requests = idsOf('callback_request');
  const invitations = idsOf('survey_invitation');
  const [fromRequests, fromInvitations] = await Promise.all([
    requests.length ? db.select({ id: callbackRequests.customerId }).from(callbackRequests).where(inArray(callbackRequests.id, requests)) : [],
    invitations.length ? db.select({ id: surveyInvitations.customerId }).from(surveyInvitations).where(inArray(surveyInvitations.id, invitations)) : [],
  ]);
  const found = [...fromRequests, ...fromInvitations];
  return found.map((r) => r.id);
}

export async function countByStatus(db: DbOrTx) {
  const rows = await db
    .select({ status: outboxMessages.status, count: sql<number>`count(*)`.mapWith(Number) })
    .from(outboxMessages)
    .groupBy(outboxMessages.status);
  const counts = Object.fromEntries(OUTBOX_STATUSES.map((s) => [s, 0])) as Record<OutboxStatus, number>;
  for (const r of rows) counts[r.status as OutboxStatus] = r.count;
  return counts;
}

/**
 * Retention: sent, held and failed mails written before the cutoff are deleted, at most `limit` at
 * a time (oldest first, on the status and creation index). Mails still to be sent are left alone.
 * Returns how many went; call again until it returns less than `limit`.
 */
export async function pruneOutbox(db: DbOrTx, cutoff: Date, limit: number): Promise<number> {
  const result = await db.execute(sql`
    delete from ${outboxMessages} where id in (
      select id from ${outboxMessages}
      where status in ('sent', 'held', 'failed') and created_at < ${cutoff.toISOString()}::timestamptz
      order by created_at
      limit ${limit}
    )
    returning id`);
  return rowsOf(result).length;
}
