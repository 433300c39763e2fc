import { UUID_PATTERN } from '../http/ids.js';
import type { Db, DbOrTx } from '../db/client.js';
import { decodeCursor, page } from '../http/cursor.js';
import type { RequestContext } from '../http/context.js';
import { type AuditEntry, insertAuditEvent, listAuditEvents } from './repository.js';

export type AuditInput = Omit<AuditEntry, 'actorId' | 'ip'>;

/** The audit trail: who did or read what, when. Every read of a customer's details is written here. */
export class AuditService {
  constructor(private readonly db: Db) {}

  record(ctx: RequestContext | null, entry: AuditInput, db: DbOrTx = this.db) {
    return insertAuditEvent(db, { ...entry, actorId: ctx?.actor.id ?? null, ip: ctx?.ip ?? null });
  }

  /** Records that a person saw the details of these customers. Nothing is written when there were none. */
  async recordCustomerRead(ctx: RequestContext, entityType: string, entityId: string | null, customerIds: (string | null)[], detail: Record<string, unknown> = {}) {
    const ids = [...new Set(customerIds.filter((id): id is string => !!id && UUID_PATTERN.test(id)))];
    if (ids.length === 0) return;
    await this.record(ctx, { action: 'read_customer', entityType, entityId, customerIds: ids, detail });
  }

  async list(filter: { actorId?: string; customerId?: string; entityType?: string; action?: string; cursor?: string; limit: number }) {
    const before = decodeCursor(filter.cursor, ['date', 'number']);
    const rows = await listAuditEvents(this.db, {
      ...filter,
      before: before ? { at: before[0] as Date, id: before[1] as number } : undefined,
    });
    return page(rows, filter.limit, (last) => [last.at.toISOString(), last.id]);
  }
}
