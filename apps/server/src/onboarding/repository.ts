// Queries of the onboarding checklist (R5.2).
import { and, asc, eq, isNull, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.js';
import { employees, onboardingCompletions, onboardingItems, teams } from '../db/schema.js';

/** The items for an employee of this team (the organisation's and the team's), with their completion. */
export function checklist(db: DbOrTx, employeeId: string, teamId: string | null) {
  return db
    .select({ item: onboardingItems, teamName: teams.name, completedAt: onboardingCompletions.completedAt })
    .from(onboardingItems)
    .leftJoin(teams, eq(teams.id, onboardingItems.teamId))
    .leftJoin(onboardingCompletions, and(eq(onboardingCompletions.itemId, onboardingItems.id), eq(onboardingCompletions.employeeId, employeeId)))
    .where(and(eq(onboardingItems.active, true), teamId ? or(isNull(onboardingItems.teamId), eq(onboardingItems.teamId, teamId)) : isNull(onboardingItems.teamId)))
    .orderBy(sql`${onboardingItems.teamId} is not null`, asc(onboardingItems.position), asc(onboardingItems.createdAt));
}

export function listItems(db: DbOrTx) {
  return db
    .select({ item: onboardingItems, teamName: teams.name, completedAt: sql<Date | null>`null` })
    .from(onboardingItems)
    .leftJoin(teams, eq(teams.id, onboardingItems.teamId))
    .orderBy(sql`${onboardingItems.teamId} is not null`, asc(teams.name), asc(onboardingItems.position), asc(onboardingItems.createdAt));
}

export async function findItem(db: DbOrTx, id: string) {
  const [row] = await db.select().from(onboardingItems).where(eq(onboardingItems.id, id)).limit(1);
  return row;
}

export async function insertItem(db: DbOrTx, values: typeof onboardingItems.$inferInsert) {
  const [row] = await db.insert(onboardingItems).values(values).returning({ id: onboardingItems.id });
  return row!.id;
}

export async function updateItem(db: DbOrTx, id: string, values: Partial<typeof onboardingItems.$inferInsert>) {
  await db.update(onboardingItems).set(values).where(eq(onboardingItems.id, id));
}

/** Once per employee and item: confirming again keeps the first moment. */
export async function complete(db: DbOrTx, employeeId: string, itemId: string, at: Date) {
  await db.insert(onboardingCompletions).values({ employeeId, itemId, completedAt: at }).onConflictDoNothing();
}

/** Per active employee of the team: items done of the items that apply to them. */
export function teamProgress(db: DbOrTx, teamId: string) {
  const applies = sql`${onboardingItems.active} and (${onboardingItems.teamId} is null or ${onboardingItems.teamId} = ${teamId})`;
  return db
    .select({
      employeeId: employees.id,
      name: employees.name,
      total: sql<number>`(select count(*) from onboarding_items where ${applies})`.mapWith(Number),
      done: sql<number>`(select count(*) from onboarding_completions c join onboarding_items on onboarding_items.id = c.item_id where c.employee_id = employees.id and ${applies})`.mapWith(Number),
      lastCompletedAt: sql<string | null>`(select max(c.completed_at)::text from onboarding_completions c where c.employee_id = employees.id)`,
    })
    .from(employees)
    .where(and(eq(employees.teamId, teamId), eq(employees.active, true)))
    .orderBy(asc(employees.name));
}
