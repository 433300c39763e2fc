// What the metrics read from the database at each scrape: small aggregates over partial indexes
// (open requests: callbacks_open_team_due_idx; the outbox queue: outbox_due_idx), so a scrape
// costs the same with millions of contacts.
import { sql } from 'drizzle-orm';
import { type DbOrTx, rowsOf } from '../db/client.js';

export interface OutboxQueue {
  /** Mails waiting to be sent (pending, or claimed by a worker that is sending them). */
  waiting: number;
  /** Age in seconds of the oldest waiting mail; 0 when none waits. */
  oldestSeconds: number;
}

export async function outboxQueue(db: DbOrTx, now: Date): Promise<OutboxQueue> {
  const [row] = rowsOf<{ waiting: number; oldest: string | Date | null }>(await db.execute(sql`
    select count(*)::int as waiting, min(created_at) as oldest from outbox_messages where status in ('pending', 'sending')`));
  const oldest = row?.oldest ? new Date(row.oldest) : null;
  return { waiting: row?.waiting ?? 0, oldestSeconds: oldest ? Math.max(0, (now.getTime() - oldest.getTime()) / 1000) : 0 };
}

export interface TeamRequests {
  team: string;
  kind: string;
  open: number;
  overdue: number;
}

/** Open requests (every kind) per team and kind, and how many of them are past their deadline. */
export async function openRequestsByTeam(db: DbOrTx, now: Date): Promise<TeamRequests[]> {
  return rowsOf<TeamRequests>(await db.execute(sql`
    select t.name as team, r.kind, count(*)::int as open, (count(*) filter (where r.due_at < ${now.toISOString()}::timestamptz))::int as overdue
    from callback_requests r join teams t on t.id = r.team_id
    where r.status in ('open', 'in_progress')
    group by t.name, r.kind order by t.name, r.kind`));
}
