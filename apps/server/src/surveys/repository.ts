import { and, desc, eq, gt, gte, isNotNull, isNull, lt, lte, or, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.js';
import { customers, employees, products, surveyInvitations, surveyResponses, surveyResults, teams } from '../db/schema.js';

export function listSurveyResults(db: DbOrTx) {
  return db
    .select({ result: surveyResults, createdByName: employees.name })
    .from(surveyResults)
    .leftJoin(employees, eq(employees.id, surveyResults.createdBy))
    .orderBy(desc(surveyResults.measuredOn), desc(surveyResults.createdAt))
    .limit(500);
}

export async function insertSurveyResult(db: DbOrTx, values: typeof surveyResults.$inferInsert) {
  const [row] = await db.insert(surveyResults).values(values).returning();
  return row!;
}

export async function deleteSurveyResult(db: DbOrTx, id: string) {
  const rows = await db.delete(surveyResults).where(eq(surveyResults.id, id)).returning({ id: surveyResults.id });
  return rows.length > 0;
}

export async function hasInvitationSince(db: DbOrTx, recipientKey: string, since: Date): Promise<boolean> {
  const [row] = await db
    .select({ id: surveyInvitations.id })
    .from(surveyInvitations)
    .where(and(eq(surveyInvitations.recipientKey, recipientKey), gt(surveyInvitations.createdAt, since)))
    .limit(1);
  return !!row;
}

export async function insertInvitation(db: DbOrTx, values: typeof surveyInvitations.$inferInsert) {
  const [row] = await db.insert(surveyInvitations).values(values).returning({ id: surveyInvitations.id });
  return row!.id;
}

export async function findInvitationByTokenHash(db: DbOrTx, tokenHash: string) {
  const [row] = await db.select().from(surveyInvitations).where(eq(surveyInvitations.tokenHash, tokenHash)).limit(1);
  return row;
}

/** Marks the invitation used; false when another answer got there first. */
export async function markInvitationAnswered(db: DbOrTx, id: string, at: Date): Promise<boolean> {
  const rows = await db
    .update(surveyInvitations)
    .set({ answeredAt: at })
    .where(and(eq(surveyInvitations.id, id), isNull(surveyInvitations.answeredAt)))
    .returning({ id: surveyInvitations.id });
  return rows.length > 0;
}

export async function insertResponse(db: DbOrTx, values: typeof surveyResponses.$inferInsert) {
  const [row] = await db.insert(surveyResponses).values(values).returning();
  return row!;
}

export interface ResponseFilter {
  from: Date;
  to: Date;
  teamId?: string | undefined;
  productId?: string | undefined;
  withComment?: boolean | undefined;
  before?: { answeredAt: Date; id: string } | undefined;
  limit: number;
}

function responseWhere(filter: Omit<ResponseFilter, 'limit' | 'before'>): SQL[] {
  const where: SQL[] = [gte(surveyResponses.answeredAt, filter.from), lte(surveyResponses.answeredAt, filter.to)];
  if (filter.teamId) where.push(eq(surveyResponses.teamId, filter.teamId));
  if (filter.productId) where.push(eq(surveyResponses.productId, filter.productId));
  if (filter.withComment) where.push(isNotNull(surveyResponses.comment));
  return where;
}

/** Survey answers newest first, with the names of team and product and (for the audit log) who was invited. */
export function listResponses(db: DbOrTx, filter: ResponseFilter) {
  const where = responseWhere(filter);
  if (filter.before) {
    where.push(or(lt(surveyResponses.answeredAt, filter.before.answeredAt), and(eq(surveyResponses.answeredAt, filter.before.answeredAt), lt(surveyResponses.id, filter.before.id)))!);
  }
  return db
    .select({ response: surveyResponses, teamName: teams.name, productName: products.name, customerId: surveyInvitations.customerId })
    .from(surveyResponses)
    .leftJoin(teams, eq(teams.id, surveyResponses.teamId))
    .leftJoin(products, eq(products.id, surveyResponses.productId))
    .leftJoin(surveyInvitations, eq(surveyInvitations.id, surveyResponses.invitationId))
    .where(and(...where))
    .orderBy(desc(surveyResponses.answeredAt), desc(surveyResponses.id))
    .limit(filter.limit + 1);
}

/** Averages per team and product in a period: the overview above the answers. */
export function summariseResponses(db: DbOrTx, filter: Omit<ResponseFilter, 'limit' | 'before' | 'withComment'>) {
  return db
    .select({
      teamId: surveyResponses.teamId,
      teamName: teams.name,
      productId: surveyResponses.productId,
      productName: products.name,
      answers: sql<number>`count(*)`.mapWith(Number),
      score: sql<number>`avg(${surveyResponses.score})`.mapWith(Number),
      timelinessScore: sql<number | null>`avg(${surveyResponses.timelinessScore})`.mapWith((v) => (v === null ? null : Number(v))),
      resolvedShare: sql<number | null>`avg(case when ${surveyResponses.resolved} then 1.0 when ${surveyResponses.resolved} = false then 0.0 end)`.mapWith((v) => (v === null ? null : Number(v))),
    })
    .from(surveyResponses)
    .leftJoin(teams, eq(teams.id, surveyResponses.teamId))
    .leftJoin(products, eq(products.id, surveyResponses.productId))
    .where(and(...responseWhere(filter)))
    .groupBy(surveyResponses.teamId, teams.name, surveyResponses.productId, products.name)
    .orderBy(teams.name, products.name)
    .limit(1000);
}

export async function findCustomer(db: DbOrTx, id: string) {
  const [row] = await db.select().from(customers).where(eq(customers.id, id)).limit(1);
  return row;
}
