import { and, asc, count, eq, ilike, or, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.js';
import { employees, products, teams } from '../db/schema.js';

export type TeamRow = typeof teams.$inferSelect;
export type ProductRow = typeof products.$inferSelect;
export type EmployeeRow = typeof employees.$inferSelect;

export function listTeams(db: DbOrTx, filter: { active?: boolean | undefined } = {}) {
  return db
    .select()
    .from(teams)
    .where(filter.active === undefined ? undefined : eq(teams.active, filter.active))
    .orderBy(asc(teams.name));
}

export async function findTeam(db: DbOrTx, id: string): Promise<TeamRow | undefined> {
  const [row] = await db.select().from(teams).where(eq(teams.id, id)).limit(1);
  return row;
}

export async function insertTeam(db: DbOrTx, values: typeof teams.$inferInsert): Promise<TeamRow> {
  const [row] = await db.insert(teams).values(values).returning();
  return row!;
}

export async function updateTeam(db: DbOrTx, id: string, values: Partial<typeof teams.$inferInsert>) {
  const [row] = await db.update(teams).set({ ...values, updatedAt: new Date() }).where(eq(teams.id, id)).returning();
  return row;
}

export function listProducts(db: DbOrTx, filter: { teamId?: string | undefined; active?: boolean | undefined } = {}) {
  const where: SQL[] = [];
  if (filter.teamId) where.push(eq(products.teamId, filter.teamId));
  if (filter.active !== undefined) where.push(eq(products.active, filter.active));
  return db.select().from(products).where(and(...where)).orderBy(asc(products.name));
}

export async function findProduct(db: DbOrTx, id: string): Promise<ProductRow | undefined> {
  const [row] = await db.select().from(products).where(eq(products.id, id)).limit(1);
  return row;
}

/** A product with the name of its team (what a contact shows). */
export async function findProductWithTeam(db: DbOrTx, id: string) {
  const [row] = await db
    .select({ product: products, teamName: teams.name })
    .from(products)
    .innerJoin(teams, eq(teams.id, products.teamId))
    .where(eq(products.id, id))
    .limit(1);
  return row;
}

export async function insertProduct(db: DbOrTx, values: typeof products.$inferInsert): Promise<ProductRow> {
  const [row] = await db.insert(products).values(values).returning();
  return row!;
}

export async function updateProduct(db: DbOrTx, id: string, values: Partial<typeof products.$inferInsert>) {
  const [row] = await db.update(products).set({ ...values, updatedAt: new Date() }).where(eq(products.id, id)).returning();
  return row;
}

export interface EmployeeFilter {
  teamId?: string | undefined;
  active?: boolean | undefined;
  q?: string | undefined;
  limit: number;
  offset: number;
}

function employeeWhere(filter: EmployeeFilter) {
  const where: SQL[] = [];
  if (filter.teamId) where.push(eq(employees.teamId, filter.teamId));
  if (filter.active !== undefined) where.push(eq(employees.active, filter.active));
  if (filter.q) {
    const pattern = `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    where.push(or(ilike(employees.name, pattern), ilike(employees.email, pattern))!);
  }
  return and(...where);
}

export async function listEmployees(db: DbOrTx, filter: EmployeeFilter) {
  const where = employeeWhere(filter);
  const [rows, [total]] = await Promise.all([
    db.select().from(employees).where(where).orderBy(asc(employees.name), asc(employees.id)).limit(filter.limit).offset(filter.offset),
    db.select({ value: count() }).from(employees).where(where),
  ]);
  return { rows, total: total?.value ?? 0 };
}

export async function findEmployee(db: DbOrTx, id: string): Promise<EmployeeRow | undefined> {
  const [row] = await db.select().from(employees).where(eq(employees.id, id)).limit(1);
  return row;
}

export async function insertEmployee(db: DbOrTx, values: typeof employees.$inferInsert): Promise<EmployeeRow> {
  const [row] = await db.insert(employees).values(values).returning();
  return row!;
}

export async function updateEmployee(db: DbOrTx, id: string, values: Partial<typeof employees.$inferInsert>) {
  const [row] = await db.update(employees).set({ ...values, updatedAt: new Date() }).where(eq(employees.id, id)).returning();
  return row;
}

/** The team named in the configuration, or (if missing or closed) the first active team. */
export async function findTeamByNameOrFirst(db: DbOrTx, name: string): Promise<TeamRow | undefined> {
  const rows = await listTeams(db, { active: true });
  return rows.find((t) => t.name.toLowerCase() === name.toLowerCase()) ?? rows[0];
}
