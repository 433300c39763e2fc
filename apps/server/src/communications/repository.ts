// The queries of the register of outgoing communication: texts, their versions and reviews, and
// the review queue (the KPIs' counts are in kpis/repository.ts).
import { and, asc, desc, eq, gte, inArray, lte, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../db/client.js';
import { communicationReviews, communications, communicationVersions, employees, teams } from '../db/schema.js';

export type CommunicationRow = typeof communications.$inferSelect;
type CommunicationInsert = typeof communications.$inferInsert;

export async function insertCommunication(tx: DbOrTx, values: CommunicationInsert): Promise<CommunicationRow> {
  const [row] = await tx.insert(communications).values(values).returning();
  return row!;
}

export async function updateCommunication(tx: DbOrTx, id: string, values: Partial<CommunicationInsert>): Promise<void> {
  await tx.update(communications).set(values).where(eq(communications.id, id));
}

/** The text, locked until the transaction ends: changes to one text happen one at a time. */
export async function lockCommunication(tx: DbOrTx, id: string): Promise<CommunicationRow | undefined> {
  const [row] = await tx.select().from(communications).where(eq(communications.id, id)).for('update');
  return row;
}

export async function insertVersion(tx: DbOrTx, values: typeof communicationVersions.$inferInsert): Promise<void> {
  await tx.insert(communicationVersions).values(values);
}

export async function insertReview(tx: DbOrTx, values: typeof communicationReviews.$inferInsert): Promise<void> {
  await tx.insert(communicationReviews).values(values);
}

/** The open request for review of this text, if any. */
export async function openReview(tx: DbOrTx, communicationId: string) {
  const [row] = await tx
    .select()
    .from(communicationReviews)
    .where(and(eq(communicationReviews.communicationId, communicationId), sql`${communicationReviews.decision} is null`))
    .orderBy(desc(communicationReviews.requestedAt))
    .limit(1);
  return row;
}

export async function moveReviewToVersion(tx: DbOrTx, id: string, version: number): Promise<void> {
  await tx.update(communicationReviews).set({ version }).where(eq(communicationReviews.id, id));
}

export async function decideReview(
  tx: DbOrTx,
  id: string,
  values: { decision: string; decidedBy: string; decidedAt: Date; comment: string | null; comments: { passage: string | null; comment: string }[] },
): Promise<void> {
  await tx.update(communicationReviews).set(values).where(eq(communicationReviews.id, id));
}

const owner = alias(employees, 'owner');

const summaryColumns = {
  id: communications.id,
  kind: communications.kind,
  title: communications.title,
  teamId: communications.teamId,
  teamName: teams.name,
  recipients: communications.recipients,
  template: communications.template,
  ownerId: communications.ownerId,
  ownerName: owner.name,
  status: communications.status,
  version: communications.version,
  reviewRequired: communications.reviewRequired,
  reviewDueAt: communications.reviewDueAt,
  isB1: communications.isB1,
  level: communications.level,
  sentAt: communications.sentAt,
  createdAt: communications.createdAt,
  updatedAt: communications.updatedAt,
};

export async function findCommunication(db: DbOrTx, id: string) {
  const [row] = await db
    .select({ ...summaryColumns, b1: communications.b1, approvedVersion: communications.approvedVersion, sentVersion: communications.sentVersion })
    .from(communications)
    .leftJoin(teams, eq(teams.id, communications.teamId))
    .leftJoin(owner, eq(owner.id, communications.ownerId))
    .where(eq(communications.id, id));
  return row;
}

export function listVersions(db: DbOrTx, communicationId: string) {
  return db
    .select({
      version: communicationVersions.version,
      text: communicationVersions.text,
      b1: communicationVersions.b1,
      authorId: communicationVersions.authorId,
      authorName: employees.name,
      createdAt: communicationVersions.createdAt,
    })
    .from(communicationVersions)
    .leftJoin(employees, eq(employees.id, communicationVersions.authorId))
    .where(eq(communicationVersions.communicationId, communicationId))
    .orderBy(desc(communicationVersions.version));
}

const requester = alias(employees, 'requester');
const decider = alias(employees, 'decider');

export function listReviews(db: DbOrTx, communicationId: string) {
  return db
    .select({
      id: communicationReviews.id,
      version: communicationReviews.version,
      requestedById: communicationReviews.requestedBy,
      requestedByName: requester.name,
      requestedAt: communicationReviews.requestedAt,
      dueAt: communicationReviews.dueAt,
      decision: communicationReviews.decision,
      decidedById: communicationReviews.decidedBy,
      decidedByName: decider.name,
      decidedAt: communicationReviews.decidedAt,
      comment: communicationReviews.comment,
      comments: communicationReviews.comments,
    })
    .from(communicationReviews)
    .leftJoin(requester, eq(requester.id, communicationReviews.requestedBy))
    .leftJoin(decider, eq(decider.id, communicationReviews.decidedBy))
    .where(eq(communicationReviews.communicationId, communicationId))
    .orderBy(asc(communicationReviews.requestedAt), asc(communicationReviews.version), sql`${communicationReviews.decidedAt} asc nulls last`, asc(communicationReviews.id));
}

export interface CommunicationFilter {
  teamId?: string | undefined;
  kinds?: string[] | undefined;
  statuses?: string[] | undefined;
  isB1?: boolean | undefined;
  template?: boolean | undefined;
  /** Updated (or, with `sent`, sent) in this period. */
  from?: Date | undefined;
  to?: Date | undefined;
  q?: string | undefined;
  /** The review queue: open requests, earliest deadline first. */
  queue?: boolean | undefined;
  after?: { at: Date; id: string } | undefined;
  limit: number;
}

export async function listCommunications(db: DbOrTx, filter: CommunicationFilter) {
  const where: SQL[] = [];
  if (filter.teamId) where.push(eq(communications.teamId, filter.teamId));
  if (filter.kinds?.length) where.push(inArray(communications.kind, filter.kinds));
  if (filter.statuses?.length) where.push(inArray(communications.status, filter.statuses));
  if (filter.isB1 !== undefined) where.push(eq(communications.isB1, filter.isB1));
  if (filter.template !== undefined) where.push(eq(communications.template, filter.template));
  if (filter.from) where.push(gte(communications.updatedAt, filter.from));
  if (filter.to) where.push(lte(communications.updatedAt, filter.to));
  if (filter.q) {
    const pattern = `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    where.push(sql`${communications.title} ilike ${pattern}`);
  }
  let order: SQL[];
  if (filter.queue) {
    where.push(eq(communications.status, 'review_requested'));
    order = [asc(communications.reviewDueAt), asc(communications.id)];
    if (filter.after) where.push(sql`(${communications.reviewDueAt}, ${communications.id}) > (${filter.after.at.toISOString()}::timestamptz, ${filter.after.id}::uuid)`);
  } else {
    order = [desc(communications.updatedAt), desc(communications.id)];
    if (filter.after) where.push(sql`(${communications.updatedAt}, ${communications.id}) < (${filter.after.at.toISOString()}::timestamptz, ${filter.after.id}::uuid)`);
  }
  return db
    .select(summaryColumns)
    .from(communications)
    .leftJoin(teams, eq(teams.id, communications.teamId))
    .leftJoin(owner, eq(owner.id, communications.ownerId))
    .where(where.length ? and(...where) : undefined)
    .orderBy(...order)
    .limit(filter.limit + 1);
}

export type CommunicationListRow = Awaited<ReturnType<typeof listCommunications>>[number];

/** Where a request for review is mailed when no mailbox is set: every active contact-centre employee. */
export async function reviewerAddresses(db: DbOrTx): Promise<string[]> {
  const rows = await db
    .select({ email: employees.email })
    .from(employees)
    .where(and(eq(employees.active, true), sql`'kcc' = any(${employees.roles})`))
    .orderBy(asc(employees.email));
  return rows.map((r) => r.email);
}

/** Per team: the texts sent or published in the period, and how many were at B1 then. */
export function b1ShareByTeam(db: DbOrTx, from: Date, to: Date) {
  return db
    .select({
      teamId: communications.teamId,
      teamName: teams.name,
      sent: sql<number>`count(*)`.mapWith(Number),
      atB1: sql<number>`count(*) filter (where ${communications.sentIsB1})`.mapWith(Number),
    })
    .from(communications)
    .leftJoin(teams, eq(teams.id, communications.teamId))
    .where(and(gte(communications.sentAt, from), lte(communications.sentAt, to)))
    .groupBy(communications.teamId, teams.name)
    .orderBy(asc(teams.name));
}
