// The counts behind the KPIs, per calendar month (Europe/Amsterdam) of the period: one query per
// KPI gives both the period's figure (the sum) and its trend (the months).
import { and, eq, gte, inArray, lte, ne, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.js';
import { callbackRequests, contacts } from '../db/schema.js';

export interface MonthCounts {
  /** First day of the month, `YYYY-MM-01`. */
  month: string;
  numerator: number;
  denominator: number;
}

export interface CountFilter {
  from: Date;
  to: Date;
  teamId?: string | undefined;
}

const month = (column: typeof callbackRequests.dueAt | typeof contacts.occurredAt) =>
  sql<string>`to_char(date_trunc('month', ${column} at time zone 'Europe/Amsterdam'), 'YYYY-MM-DD')`;

/**
 * Callback requests whose deadline falls in the period, cancelled ones left out; late when
 * completed after the deadline, or still open after it (`now`).
 */
export async function lateCallbacksByMonth(db: DbOrTx, filter: CountFilter & { now: Date }): Promise<MonthCounts[]> {
  const where = [gte(callbackRequests.dueAt, filter.from), lte(callbackRequests.dueAt, filter.to), ne(callbackRequests.status, 'cancelled')];
  if (filter.teamId) where.push(eq(callbackRequests.teamId, filter.teamId));
  const m = month(callbackRequests.dueAt);
  const rows = await db
    .select({
      month: m,
      numerator: sql<number>`count(*) filter (where ${callbackRequests.completedAt} > ${callbackRequests.dueAt}
        or (${callbackRequests.completedAt} is null and ${callbackRequests.dueAt} < ${filter.now}))`.mapWith(Number),
      denominator: sql<number>`count(*)`.mapWith(Number),
    })
    .from(callbackRequests)
    .where(and(...where))
    .groupBy(m)
    .orderBy(m);
  return rows;
}

/** Contacts on the given channels in the period; the numerator counts those resolved in the first line. */
export async function firstLineContactsByMonth(db: DbOrTx, filter: CountFilter & { channels: readonly string[] }): Promise<MonthCounts[]> {
  const where = [gte(contacts.occurredAt, filter.from), lte(contacts.occurredAt, filter.to), inArray(contacts.channel, [...filter.channels])];
  if (filter.teamId) where.push(eq(contacts.teamId, filter.teamId));
  const m = month(contacts.occurredAt);
  return db
    .select({
      month: m,
      numerator: sql<number>`count(*) filter (where ${contacts.resolution} = 'first_line')`.mapWith(Number),
      denominator: sql<number>`count(*)`.mapWith(Number),
    })
    .from(contacts)
    .where(and(...where))
    .groupBy(m)
    .orderBy(m);
}
