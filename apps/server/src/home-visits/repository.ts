// Queries of home visits: a request of kind `home_visit` with its visit details (home_visits).
import { and, asc, eq, gte, inArray, isNull, lte, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../db/client.js';
import { callbackRequests, customers, employees, homeVisits, products, teams } from '../db/schema.js';

const visitor = alias(employees, 'visitor');

function selectVisits(db: DbOrTx) {
  return db
    .select({
      request: callbackRequests,
      visit: homeVisits,
      customer: { name: customers.name, phone: customers.phone, email: customers.email },
      teamName: teams.name,
      productName: products.name,
      employeeName: visitor.name,
    })
    .from(callbackRequests)
    .innerJoin(homeVisits, eq(homeVisits.requestId, callbackRequests.id))
    .innerJoin(customers, eq(customers.id, callbackRequests.customerId))
    .innerJoin(teams, eq(teams.id, callbackRequests.teamId))
    .leftJoin(products, eq(products.id, homeVisits.productId))
    .leftJoin(visitor, eq(visitor.id, callbackRequests.assigneeId));
}

export type VisitRow = Awaited<ReturnType<typeof findVisit>> & {};

export async function findVisit(db: DbOrTx, id: string) {
  const [row] = await selectVisits(db).where(and(eq(callbackRequests.id, id), eq(callbackRequests.kind, 'home_visit'))).limit(1);
  return row;
}

/** Planned in the period (through home_visits_planned_idx), optionally for one team. */
export function listPlanned(db: DbOrTx, from: Date, to: Date, teamId: string | null) {
  const where: SQL[] = [gte(homeVisits.plannedAt, from), lte(homeVisits.plannedAt, to), inArray(callbackRequests.status, ['open', 'in_progress', 'done'])];
  if (teamId) where.push(eq(callbackRequests.teamId, teamId));
  return selectVisits(db).where(and(...where)).orderBy(asc(homeVisits.plannedAt)).limit(500);
}

/** Requested and not planned yet, earliest deadline first. */
export function listUnplanned(db: DbOrTx, teamId: string | null) {
  const where: SQL[] = [eq(callbackRequests.kind, 'home_visit'), isNull(homeVisits.plannedAt), inArray(callbackRequests.status, ['open', 'in_progress'])];
  if (teamId) where.push(eq(callbackRequests.teamId, teamId));
  return selectVisits(db).where(and(...where)).orderBy(asc(callbackRequests.dueAt)).limit(200);
}

export async function insertVisit(db: DbOrTx, values: typeof homeVisits.$inferInsert) {
  await db.insert(homeVisits).values(values);
}

export async function updateVisit(db: DbOrTx, requestId: string, values: Partial<typeof homeVisits.$inferInsert>) {
  await db.update(homeVisits).set(values).where(eq(homeVisits.requestId, requestId));
}
