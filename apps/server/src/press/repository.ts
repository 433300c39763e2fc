// Queries of the press inbox. A press question is a request (callback_requests, kind
// `press_question`) with its press side (press_questions) and its mail thread (press_messages).
import { and, asc, count, desc, eq, gt, inArray, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { CallbackStatus } from '@helder/domain';
import type { DbOrTx } from '../db/client.js';
import { callbackRequests, customers, employees, pressAttachments, pressMessages, pressQuestions, teams } from '../db/schema.js';

const assignee = alias(employees, 'assignee');
const checker = alias(employees, 'checker');
const drafter = alias(employees, 'drafter');

const messageCount = sql<number>`(select count(*) from press_messages m where m.request_id = ${callbackRequests.id})`.mapWith(Number);

const questionView = {
  request: callbackRequests,
  press: pressQuestions,
  journalist: { id: customers.id, name: customers.name, email: customers.email },
  assigneeName: assignee.name,
  checkedByName: checker.name,
  answerUpdatedByName: drafter.name,
  messageCount,
};

function selectQuestions(db: DbOrTx) {
  return db
    .select(questionView)
    .from(callbackRequests)
    .innerJoin(pressQuestions, eq(pressQuestions.requestId, callbackRequests.id))
    .innerJoin(customers, eq(customers.id, callbackRequests.customerId))
    .leftJoin(assignee, eq(assignee.id, callbackRequests.assigneeId))
    .leftJoin(checker, eq(checker.id, pressQuestions.checkedBy))
    .leftJoin(drafter, eq(drafter.id, pressQuestions.answerUpdatedBy));
}

export type PressQuestionView = Awaited<ReturnType<typeof findQuestion>> & {};

export async function findQuestion(db: DbOrTx, id: string) {
  const [row] = await selectQuestions(db).where(and(eq(callbackRequests.id, id), eq(callbackRequests.kind, 'press_question'))).limit(1);
  return row;
}

export interface QuestionFilter {
  teamId: string;
  statuses?: CallbackStatus[] | undefined;
  assigneeId?: string | undefined;
  unassigned?: boolean | undefined;
  after?: { dueAt: Date; id: string } | undefined;
  limit: number;
}

/** The inbox: by deadline, earliest first (keyset pagination on due_at, id). */
export function listQuestions(db: DbOrTx, filter: QuestionFilter) {
  const where: SQL[] = [eq(callbackRequests.kind, 'press_question'), eq(callbackRequests.teamId, filter.teamId)];
  if (filter.statuses?.length) where.push(inArray(callbackRequests.status, filter.statuses));
  if (filter.assigneeId) where.push(eq(callbackRequests.assigneeId, filter.assigneeId));
  if (filter.unassigned) where.push(sql`${callbackRequests.assigneeId} is null`);
  if (filter.after) {
    where.push(or(gt(callbackRequests.dueAt, filter.after.dueAt), and(eq(callbackRequests.dueAt, filter.after.dueAt), gt(callbackRequests.id, filter.after.id)))!);
  }
  return selectQuestions(db)
    .where(and(...where))
    .orderBy(asc(callbackRequests.dueAt), asc(callbackRequests.id))
    .limit(filter.limit + 1);
}

/** The numbers above the inbox. */
export async function countQuestions(db: DbOrTx, teamId: string, now: Date, endOfToday: Date) {
  const [row] = await db
    .select({
      open: count(),
      dueToday: sql<number>`count(*) filter (where ${callbackRequests.dueAt} >= ${now.toISOString()}::timestamptz and ${callbackRequests.dueAt} <= ${endOfToday.toISOString()}::timestamptz)`.mapWith(Number),
      overdue: sql<number>`count(*) filter (where ${callbackRequests.dueAt} < ${now.toISOString()}::timestamptz)`.mapWith(Number),
      awaitingCheck: sql<number>`count(*) filter (where ${pressQuestions.answerStatus} = 'check_requested')`.mapWith(Number),
    })
    .from(callbackRequests)
    .innerJoin(pressQuestions, eq(pressQuestions.requestId, callbackRequests.id))
    .where(and(eq(callbackRequests.kind, 'press_question'), eq(callbackRequests.teamId, teamId), inArray(callbackRequests.status, ['open', 'in_progress'])));
  return { open: row?.open ?? 0, dueToday: row?.dueToday ?? 0, overdue: row?.overdue ?? 0, awaitingCheck: row?.awaitingCheck ?? 0 };
}

export async function insertQuestion(db: DbOrTx, values: typeof pressQuestions.$inferInsert) {
  await db.insert(pressQuestions).values(values);
}

export async function updateQuestion(db: DbOrTx, requestId: string, values: Partial<typeof pressQuestions.$inferInsert>) {
  await db.update(pressQuestions).set(values).where(eq(pressQuestions.requestId, requestId));
}

export async function lockQuestion(db: DbOrTx, requestId: string) {
  const [row] = await db.select().from(pressQuestions).where(eq(pressQuestions.requestId, requestId)).for('update').limit(1);
  return row;
}

/** Whether a mail with this Message-ID is already stored (in or out). */
export async function messageExists(db: DbOrTx, messageId: string): Promise<boolean> {
  const [row] = await db.select({ id: pressMessages.id }).from(pressMessages).where(eq(pressMessages.messageId, messageId)).limit(1);
  return !!row;
}

/** The most recent press question whose thread holds one of these Message-IDs. */
export async function findThread(db: DbOrTx, messageIds: string[]) {
  if (messageIds.length === 0) return undefined;
  const [row] = await db
    .select({ requestId: pressMessages.requestId, status: callbackRequests.status })
    .from(pressMessages)
    .innerJoin(callbackRequests, eq(callbackRequests.id, pressMessages.requestId))
    .where(inArray(pressMessages.messageId, messageIds.slice(0, 100)))
    .orderBy(desc(callbackRequests.createdAt))
    .limit(1);
  return row;
}

export async function insertMessage(db: DbOrTx, values: typeof pressMessages.$inferInsert) {
  const [row] = await db.insert(pressMessages).values(values).returning({ id: pressMessages.id });
  return row!.id;
}

export async function insertAttachment(db: DbOrTx, values: typeof pressAttachments.$inferInsert) {
  await db.insert(pressAttachments).values(values);
}

/** The thread, oldest first, with the attachments' names (not their content). */
export async function listMessages(db: DbOrTx, requestId: string) {
  const messages = await db.select().from(pressMessages).where(eq(pressMessages.requestId, requestId)).orderBy(asc(pressMessages.at), asc(pressMessages.id));
  const attachments = messages.length
    ? await db
        .select({ id: pressAttachments.id, messageId: pressAttachments.messageId, filename: pressAttachments.filename, contentType: pressAttachments.contentType, size: pressAttachments.size })
        .from(pressAttachments)
        .where(inArray(pressAttachments.messageId, messages.map((m) => m.id)))
        .orderBy(asc(pressAttachments.filename))
    : [];
  return messages.map((m) => ({ ...m, attachments: attachments.filter((a) => a.messageId === m.id) }));
}

/** The journalist's last mail: the answer goes in reply to it. */
export async function lastIncoming(db: DbOrTx, requestId: string) {
  const [row] = await db
    .select()
    .from(pressMessages)
    .where(and(eq(pressMessages.requestId, requestId), eq(pressMessages.direction, 'in')))
    .orderBy(desc(pressMessages.at))
    .limit(1);
  return row;
}

export async function threadMessageIds(db: DbOrTx, requestId: string): Promise<string[]> {
  const rows = await db.select({ messageId: pressMessages.messageId }).from(pressMessages).where(eq(pressMessages.requestId, requestId)).orderBy(asc(pressMessages.at));
  return rows.map((r) => r.messageId);
}

export async function findAttachment(db: DbOrTx, id: string) {
  const [row] = await db
    .select({ attachment: pressAttachments, requestId: pressMessages.requestId })
    .from(pressAttachments)
    .innerJoin(pressMessages, eq(pressMessages.id, pressAttachments.messageId))
    .where(eq(pressAttachments.id, id))
    .limit(1);
  return row;
}

/** The input requests a press question asked of other teams. */
export function listInputRequests(db: DbOrTx, parentId: string) {
  return db
    .select({
      id: callbackRequests.id,
      number: callbackRequests.number,
      teamName: teams.name,
      question: callbackRequests.question,
      status: callbackRequests.status,
      dueAt: callbackRequests.dueAt,
      outcome: callbackRequests.outcome,
    })
    .from(callbackRequests)
    .innerJoin(teams, eq(teams.id, callbackRequests.teamId))
    .where(and(eq(callbackRequests.parentId, parentId), eq(callbackRequests.kind, 'input_request')))
    .orderBy(asc(callbackRequests.createdAt));
}
