// Queries of the team goals (R5.1).
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.js';
import { employees, teamGoals, teamGoalValues, teams } from '../db/schema.js';

export type GoalRow = Awaited<ReturnType<typeof listGoals>>[number];

/** The live goals of these teams (all teams when none are given), oldest first. */
export function listGoals(db: DbOrTx, teamIds?: string[]) {
  const where = [isNull(teamGoals.archivedAt)];
  if (teamIds) where.push(inArray(teamGoals.teamId, teamIds.length ? teamIds : ['00000000-0000-0000-0000-000000000000']));
  return db
    .select({ goal: teamGoals, teamName: teams.name, ownerName: employees.name })
    .from(teamGoals)
    .innerJoin(teams, eq(teams.id, teamGoals.teamId))
    .leftJoin(employees, eq(employees.id, teamGoals.ownerId))
    .where(and(...where))
    .orderBy(asc(teams.name), asc(teamGoals.createdAt));
}

export async function findGoal(db: DbOrTx, id: string) {
  const [row] = await db.select().from(teamGoals).where(and(eq(teamGoals.id, id), isNull(teamGoals.archivedAt))).limit(1);
  return row;
}

export async function insertGoal(db: DbOrTx, values: typeof teamGoals.$inferInsert) {
  const [row] = await db.insert(teamGoals).values(values).returning({ id: teamGoals.id });
  return row!.id;
}

export function listValues(db: DbOrTx, goalIds: string[]) {
  if (goalIds.length === 0) return Promise.resolve([]);
  return db.select().from(teamGoalValues).where(inArray(teamGoalValues.goalId, goalIds)).orderBy(asc(teamGoalValues.period));
}

export async function upsertValue(db: DbOrTx, values: typeof teamGoalValues.$inferInsert) {
  await db
    .insert(teamGoalValues)
    .values(values)
    .onConflictDoUpdate({ target: [teamGoalValues.goalId, teamGoalValues.period], set: { value: values.value, enteredBy: values.enteredBy, enteredAt: sql`now()` } });
}

/** The goals as they stood at a moment (made before it, not archived before it): for a report that never changes. */
export function listGoalsAt(db: DbOrTx, at: Date) {
  return db
    .select({ goal: teamGoals, teamName: teams.name })
    .from(teamGoals)
    .innerJoin(teams, eq(teams.id, teamGoals.teamId))
    .where(and(sql`${teamGoals.createdAt} <= ${at.toISOString()}::timestamptz`, sql`(${teamGoals.archivedAt} is null or ${teamGoals.archivedAt} > ${at.toISOString()}::timestamptz)`))
    .orderBy(asc(teamGoals.createdAt));
}
