import { and, arrayContains, desc, eq, lt, or, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.js';
import { auditEvents, employees } from '../db/schema.js';

export interface AuditEntry {
  actorId: string | null;
  action: string;
  entityType: string;
  entityId?: string | null;
  customerIds?: string[];
  detail?: Record<string, unknown>;
  ip?: string | null;
}

export async function insertAuditEvent(db: DbOrTx, entry: AuditEntry, at?: Date) {
  await db.insert(auditEvents).values({
    actorId: entry.actorId,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId ?? null,
    customerIds: entry.customerIds ?? [],
    detail: entry.detail ?? {},
    ip: entry.ip ?? null,
    ...(at ? { at } : {}),
  });
}

export interface AuditFilter {
  actorId?: string | undefined;
  customerId?: string | undefined;
  entityType?: string | undefined;
  action?: string | undefined;
  before?: { at: Date; id: number } | undefined;
  limit: number;
}

export async function listAuditEvents(db: DbOrTx, filter: AuditFilter) {
  const where: SQL[] = [];
  if (filter.actorId) where.push(eq(auditEvents.actorId, filter.actorId));
  if (filter.customerId) where.push(arrayContains(auditEvents.customerIds, [filter.customerId]));
  if (filter.entityType) where.push(eq(auditEvents.entityType, filter.entityType));
  if (filter.action) where.push(eq(auditEvents.action, filter.action));
  if (filter.before) {
    where.push(or(lt(auditEvents.at, filter.before.at), and(eq(auditEvents.at, filter.before.at), lt(auditEvents.id, filter.before.id)))!);
  }
  return db
    .select({
      id: auditEvents.id,
      at: auditEvents.at,
      actorId: auditEvents.actorId,
      actorName: employees.name,
      action: auditEvents.action,
      entityType: auditEvents.entityType,
      entityId: auditEvents.entityId,
      customerIds: auditEvents.customerIds,
      detail: auditEvents.detail,
      ip: auditEvents.ip,
    })
    .from(auditEvents)
    .leftJoin(employees, eq(employees.id, auditEvents.actorId))
    .where(where.length ? and(...where) : undefined)
    .orderBy(desc(auditEvents.at), desc(auditEvents.id))
    .limit(filter.limit + 1);
}
