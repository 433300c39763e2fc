import { UUID_PATTERN } from '../http/ids.js';
import type { Db, DbOrTx } from '../db/client.js';
import { decodeCursor, page } from '../http/cursor.js';
import type { ApiClient, RequestContext } from '../http/context.js';
import { type AuditEntry, insertAuditEvent, listAuditEvents } from './repository.js';

export type AuditInput = Omit<AuditEntry, 'actorId' | 'ip'>;

/** The audit trail: who did or read what, when. Every read of a customer's details is written here. */
export class AuditService {
  constructor(private readonly db: Db) {}

  record(ctx: RequestContext | null, entry: AuditInput, db: DbOrTx = this.db) {
    return insertAuditEvent(db, { ...entry, actorId: ctx?.actor.id ?? null, ip: ctx?.ip ?? null });
  }

  /** An event without a logged-in actor (a failed login): the client address in its own column, so retention shortens it. */
  recordAnonymous(ip: string, entry: AuditInput, db: DbOrTx = this.db) {
    return insertAuditEvent(db, { ...entry, actorId: null, ip });
  }

  /**
   * An event of a system calling with an API key (the Klantinteracties API). There is no employee
   * behind it: the key's id and name go into the detail, the caller's address into its column.
   */
  recordApi(client: { apiClient: ApiClient; ip: string }, entry: AuditInput, db: DbOrTx = this.db) {
    const ids = [...new Set((entry.customerIds ?? []).filter((id) => UUID_PATTERN.test(id)))];
    return insertAuditEvent(db, {
      ...entry,
      customerIds: ids,
      detail: { ...entry.detail, apiToken: { id: client.apiClient.tokenId, name: client.apiClient.name } },
      actorId: null,
      ip: client.ip,
    });
  }

  /**
   * Records that a person saw the details of these customers. Nothing is written when there were
   * none, unless what was read is personal by itself (a mail, a resident's open answer) even when
   * it names no known customer: `evenWithoutCustomers`.
   */
  async recordCustomerRead(
    ctx: RequestContext,
    entityType: string,
    entityId: string | null,
    customerIds: (string | null)[],
    detail: Record<string, unknown> = {},
    options: { evenWithoutCustomers?: boolean } = {},
  ) {
    const ids = [...new Set(customerIds.filter((id): id is string => !!id && UUID_PATTERN.test(id)))];
    if (ids.length === 0 && !options.evenWithoutCustomers) return;
    await this.record(ctx, { action: 'read_customer', entityType, entityId, customerIds: ids, detail });
  }

  /**
   * A page of the audit trail. The trail names residents and what was read about them, so reading it
   * is itself written down: who looked, with which filter, and which events they saw. That event
   * names no customers, so looking up one resident's trail does not add to it.
   */
  async list(ctx: RequestContext, filter: { actorId?: string | undefined; customerId?: string | undefined; entityType?: string | undefined; action?: string | undefined; cursor?: string | undefined; limit: number }) {
    const before = decodeCursor(filter.cursor, ['date', 'number']);
    const rows = await listAuditEvents(this.db, {
      ...filter,
      before: before ? { at: before[0] as Date, id: before[1] as number } : undefined,
    });
    const result = page(rows, filter.limit, (last) => [last.at.toISOString(), last.id]);
    const { cursor: _cursor, limit: _limit, ...query } = filter;
    const criteria = Object.fromEntries(Object.entries(query).filter(([, v]) => v !== undefined));
    await this.record(ctx, {
      action: 'read',
      entityType: 'audit_log',
      entityId: null,
      customerIds: [],
      detail: { filter: criteria, page: filter.cursor ? 'next' : 'first', events: result.items.map((e) => e.id) },
    });
    return result;
  }
}
