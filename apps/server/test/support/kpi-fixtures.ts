// Hand-made history for KPI tests: callback requests with a chosen deadline and outcome, and
// contacts on a chosen day, written straight to the database.
import { amsterdamInstant, endOfAmsterdamDay } from '@helder/domain';
import type { DbOrTx } from '../../src/db/client.js';
import { callbackRequests, contacts, customers } from '../../src/db/schema.js';

/** A request due at the end of `due` (Amsterdam), made three days earlier. */
export async function insertCallback(db: DbOrTx, teamId: string, due: string, status: string, completed: Date | null | 'at_deadline') {
  const [customer] = await db.insert(customers).values({ name: 'Test' }).returning({ id: customers.id });
  const dueAt = endOfAmsterdamDay(due);
  await db.insert(callbackRequests).values({
    teamId,
    customerId: customer!.id,
    question: 'Vraag',
    replyBy: 'phone',
    status,
    workingDays: 2,
    dueAt,
    dueExplanation: 'test',
    createdAt: new Date(dueAt.getTime() - 3 * 86_400_000),
    completedAt: completed === 'at_deadline' ? dueAt : completed,
  });
  return dueAt;
}

/** A contact at 10:00 on `day` (Amsterdam). */
export async function insertContact(db: DbOrTx, day: string, channel: string, resolution: string, teamId: string) {
  await db.insert(contacts).values({ occurredAt: amsterdamInstant(day, 10), channel, resolution, subject: 'Vraag', teamId });
}
