import { and, asc, count, desc, eq, gt, gte, inArray, lt, lte, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { CallbackStatus, RequestKind } from '@helder/domain';
import type { DbOrTx } from '../db/client.js';
import { callbackEvents, callbackRequests, customers, employees, teams } from '../db/schema.js';

export type CallbackRow = typeof callbackRequests.$inferSelect;

const assignee = alias(employees, 'assignee');
const creator = alias(employees, 'creator');

/** A callback request with the names a screen shows beside it. */
const callbackView = {
  request: callbackRequests,
  customer: {
    id: customers.id,
    kind: customers.kind,
    name: customers.name,
    email: customers.email,
    phone: customers.phone,
  },
  teamName: teams.name,
  assigneeName: assignee.name,
  createdByName: creator.name,
};

function selectView(db: DbOrTx) {
  return db
    .select(callbackView)
    .from(callbackRequests)
    .innerJoin(customers, eq(customers.id, callbackRequests.customerId))
    .innerJoin(teams, eq(teams.id, callbackRequests.teamId))
    .leftJoin(assignee, eq(assignee.id, callbackRequests.assigneeId))
    .leftJoin(creator, eq(creator.id, callbackRequests.createdBy));
}

export type CallbackView = Awaited<ReturnType<typeof findCallbackView>> & {};

export async function findCallbackView(db: DbOrTx, id: string) {
  const [row] = await selectView(db).where(eq(callbackRequests.id, id)).limit(1);
  return row;
}

export async function lockCallback(db: DbOrTx, id: string): Promise<CallbackRow | undefined> {
  const [row] = await db.select().from(callbackRequests).where(eq(callbackRequests.id, id)).for('update').limit(1);
  return row;
}

export async function insertCustomer(db: DbOrTx, values: typeof customers.$inferInsert) {
  const [row] = await db.insert(customers).values(values).returning({ id: customers.id });
  return row!.id;
}

export async function insertCallback(db: DbOrTx, values: typeof callbackRequests.$inferInsert) {
  const [row] = await db.insert(callbackRequests).values(values).returning();
  return row!;
}

export async function updateCallback(db: DbOrTx, id: string, values: Partial<typeof callbackRequests.$inferInsert>) {
  await db.update(callbackRequests).set(values).where(eq(callbackRequests.id, id));
}

export async function insertEvent(db: DbOrTx, values: typeof callbackEvents.$inferInsert) {
  const [row] = await db.insert(callbackEvents).values(values).returning({ id: callbackEvents.id, at: callbackEvents.at });
  return row!;
}

export function listEvents(db: DbOrTx, callbackRequestId: string) {
  return db
    .select({
      id: callbackEvents.id,
      at: callbackEvents.at,
      type: callbackEvents.type,
      data: callbackEvents.data,
      actorId: callbackEvents.actorId,
      actorName: employees.name,
    })
    .from(callbackEvents)
    .leftJoin(employees, eq(employees.id, callbackEvents.actorId))
    .where(eq(callbackEvents.callbackRequestId, callbackRequestId))
    .orderBy(asc(callbackEvents.id));
}

export interface CallbackFilter {
  statuses?: CallbackStatus[] | undefined;
  kinds?: RequestKind[] | undefined;
  teamId?: string | undefined;
  assigneeId?: string | undefined;
  unassigned?: boolean | undefined;
  overdue?: boolean | undefined;
  contactId?: string | undefined;
  dueFrom?: Date | undefined;
  dueTo?: Date | undefined;
  /** Late as the KPI counts it: completed after the deadline, or still open after it; never cancelled. */
  late?: boolean | undefined;
  /** Only requests of this team or assigned to this employee (for roles that do not see all teams). */
  scope?: { teamId: string | null; employeeId: string } | undefined;
  now: Date;
}

function filterWhere(filter: CallbackFilter): SQL[] {
  const where: SQL[] = [];
  const openOnly = filter.overdue === true;
  const statuses = openOnly
    ? (filter.statuses ?? ['open', 'in_progress']).filter((s) => s === 'open' || s === 'in_progress')
    : filter.statuses;
  if (statuses && statuses.length > 0) where.push(inArray(callbackRequests.status, statuses));
  if (filter.kinds && filter.kinds.length > 0) where.push(inArray(callbackRequests.kind, filter.kinds));
  // Press questions are read only in the press inbox, which asks for them by kind.
  else where.push(sql`${callbackRequests.kind} <> 'press_question'`);
  if (openOnly && statuses?.length === 0) where.push(sql`false`);
  if (filter.overdue === true) where.push(lt(callbackRequests.dueAt, filter.now));
  if (filter.overdue === false) {
    where.push(or(sql`${callbackRequests.status} not in ('open', 'in_progress')`, gt(callbackRequests.dueAt, filter.now))!);
  }
  if (filter.teamId) where.push(eq(callbackRequests.teamId, filter.teamId));
  if (filter.assigneeId) where.push(eq(callbackRequests.assigneeId, filter.assigneeId));
  if (filter.unassigned) where.push(sql`${callbackRequests.assigneeId} is null`);
  if (filter.contactId) where.push(eq(callbackRequests.contactId, filter.contactId));
  if (filter.dueFrom) where.push(gte(callbackRequests.dueAt, filter.dueFrom));
  if (filter.dueTo) where.push(lte(callbackRequests.dueAt, filter.dueTo));
  if (filter.late) {
    where.push(sql`${callbackRequests.status} <> 'cancelled'`);
    where.push(or(gt(callbackRequests.completedAt, callbackRequests.dueAt), and(sql`${callbackRequests.completedAt} is null`, lt(callbackRequests.dueAt, filter.now)))!);
  }
  if (filter.scope) {
    const own = eq(callbackRequests.assigneeId, filter.scope.employeeId);
    where.push(filter.scope.teamId ? or(eq(callbackRequests.teamId, filter.scope.teamId), own)! : own);
  }
  return where;
}

export function listCallbacks(db: DbOrTx, filter: CallbackFilter & { after?: { dueAt: Date; id: string } | undefined; limit: number }) {
  const where = filterWhere(filter);
  if (filter.after) {
    where.push(
      or(
        gt(callbackRequests.dueAt, filter.after.dueAt),
        and(eq(callbackRequests.dueAt, filter.after.dueAt), gt(callbackRequests.id, filter.after.id)),
      )!,
    );
  }
  return selectView(db)
    .where(and(...where))
    .orderBy(asc(callbackRequests.dueAt), asc(callbackRequests.id))
    .limit(filter.limit + 1);
}

/** Counts of the open requests in a scope: what an inbox header and a team lead need at a glance. */
export async function summarise(db: DbOrTx, filter: CallbackFilter, todayStart: Date, todayEnd: Date) {
  const where = filterWhere({ ...filter, statuses: ['open', 'in_progress'] });
  const now = sql`${filter.now.toISOString()}::timestamptz`;
  const start = sql`${todayStart.toISOString()}::timestamptz`;
  const end = sql`${todayEnd.toISOString()}::timestamptz`;
  const [row] = await db
    .select({
      open: sql<number>`count(*) filter (where ${callbackRequests.status} = 'open')`.mapWith(Number),
      inProgress: sql<number>`count(*) filter (where ${callbackRequests.status} = 'in_progress')`.mapWith(Number),
      overdue: sql<number>`count(*) filter (where ${callbackRequests.dueAt} < ${now})`.mapWith(Number),
      dueToday: sql<number>`count(*) filter (where ${callbackRequests.dueAt} >= ${now} and ${callbackRequests.dueAt} between ${start} and ${end})`.mapWith(Number),
      unassigned: sql<number>`count(*) filter (where ${callbackRequests.assigneeId} is null)`.mapWith(Number),
    })
    .from(callbackRequests)
    .where(and(...where));
  return row!;
}

export async function countOpenCallbacksOfTeam(db: DbOrTx, teamId: string): Promise<number> {
  const [row] = await db
    .select({ value: count() })
    .from(callbackRequests)
    .where(and(eq(callbackRequests.teamId, teamId), inArray(callbackRequests.status, ['open', 'in_progress'])));
  return row?.value ?? 0;
}

export async function findCustomer(db: DbOrTx, id: string) {
  const [row] = await db.select().from(customers).where(eq(customers.id, id)).limit(1);
  return row;
}

/** The request behind a resident's status link, with the names the page shows. */
export async function findByStatusToken(db: DbOrTx, tokenHash: string) {
  const [row] = await db
    .select({ request: callbackRequests, teamName: teams.name })
    .from(callbackRequests)
    .innerJoin(teams, eq(teams.id, callbackRequests.teamId))
    .where(eq(callbackRequests.statusTokenHash, tokenHash))
    .limit(1);
  return row;
}

export async function lastInterimReply(db: DbOrTx, callbackRequestId: string) {
  const [row] = await db
    .select({ at: callbackEvents.at, data: callbackEvents.data })
    .from(callbackEvents)
    .where(and(eq(callbackEvents.callbackRequestId, callbackRequestId), eq(callbackEvents.type, 'interim_reply')))
    .orderBy(desc(callbackEvents.id))
    .limit(1);
  return row;
}
