import { and, asc, between, eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.js';
import { closingDays } from '../db/schema.js';

export function listClosingDaysBetween(db: DbOrTx, from: string, to: string) {
  return db.select().from(closingDays).where(between(closingDays.date, from, to)).orderBy(asc(closingDays.date));
}

export async function findClosingDay(db: DbOrTx, date: string) {
  const [row] = await db.select().from(closingDays).where(eq(closingDays.date, date)).limit(1);
  return row;
}

export async function insertClosingDay(db: DbOrTx, values: typeof closingDays.$inferInsert) {
  const [row] = await db.insert(closingDays).values(values).onConflictDoNothing().returning();
  return row;
}

export async function deleteClosingDay(db: DbOrTx, date: string) {
  const rows = await db.delete(closingDays).where(and(eq(closingDays.date, date))).returning();
  return rows.length > 0;
}
