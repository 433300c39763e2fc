import { and, eq, gt, lt, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.js';
import { employees, sessions } from '../db/schema.js';

export async function findEmployeeByEmail(db: DbOrTx, email: string) {
  const [row] = await db.select().from(employees).where(eq(employees.email, email.toLowerCase())).limit(1);
  return row;
}

export async function insertSession(db: DbOrTx, tokenHash: string, employeeId: string, expiresAt: Date) {
  await db.insert(sessions).values({ tokenHash, employeeId, expiresAt });
  await db.update(employees).set({ lastLoginAt: sql`now()` }).where(eq(employees.id, employeeId));
}

/** The session with its active employee, or nothing when expired or deactivated. */
export async function findActiveSession(db: DbOrTx, tokenHash: string, now: Date) {
  const [row] = await db
    .select({
      tokenHash: sessions.tokenHash,
      lastSeenAt: sessions.lastSeenAt,
      employeeId: employees.id,
      name: employees.name,
      email: employees.email,
      roles: employees.roles,
      teamId: employees.teamId,
    })
    .from(sessions)
    .innerJoin(employees, eq(employees.id, sessions.employeeId))
    .where(and(eq(sessions.tokenHash, tokenHash), gt(sessions.expiresAt, now), eq(employees.active, true)))
    .limit(1);
  return row;
}

export async function touchSession(db: DbOrTx, tokenHash: string, now: Date, expiresAt: Date) {
  await db.update(sessions).set({ lastSeenAt: now, expiresAt }).where(eq(sessions.tokenHash, tokenHash));
}

export async function deleteSession(db: DbOrTx, tokenHash: string) {
  await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
}

export async function deleteSessionsOf(db: DbOrTx, employeeId: string) {
  await db.delete(sessions).where(eq(sessions.employeeId, employeeId));
}

export async function deleteExpiredSessions(db: DbOrTx, now: Date) {
  await db.delete(sessions).where(lt(sessions.expiresAt, now));
}
