import { and, desc, eq, gte, lt, lte, or, sql, type SQL } from 'drizzle-orm';
import type { Channel } from '@helder/domain';
import type { DbOrTx } from '../db/client.js';
import { contacts, customers, employees, products, teams } from '../db/schema.js';

export async function insertContact(db: DbOrTx, values: typeof contacts.$inferInsert) {
  const [row] = await db.insert(contacts).values(values).returning({ id: contacts.id });
  return row!.id;
}

export async function findContact(db: DbOrTx, id: string) {
  const [row] = await db.select({ id: contacts.id, teamId: contacts.teamId }).from(contacts).where(eq(contacts.id, id)).limit(1);
  return row;
}

function selectView(db: DbOrTx) {
  return db
    .select({
      contact: {
        id: contacts.id,
        number: contacts.number,
        occurredAt: contacts.occurredAt,
        channel: contacts.channel,
        subject: contacts.subject,
        summary: contacts.summary,
        resolution: contacts.resolution,
        positiveSurprise: contacts.positiveSurprise,
        productId: contacts.productId,
        teamId: contacts.teamId,
        registeredBy: contacts.registeredBy,
      },
      customer: { id: customers.id, kind: customers.kind, name: customers.name, email: customers.email, phone: customers.phone },
      productName: products.name,
      teamName: teams.name,
      registeredByName: employees.name,
    })
    .from(contacts)
    .leftJoin(customers, eq(customers.id, contacts.customerId))
    .leftJoin(products, eq(products.id, contacts.productId))
    .leftJoin(teams, eq(teams.id, contacts.teamId))
    .leftJoin(employees, eq(employees.id, contacts.registeredBy));
}

export type ContactView = NonNullable<Awaited<ReturnType<typeof findContactView>>>;

export async function findContactView(db: DbOrTx, id: string) {
  const [row] = await selectView(db).where(eq(contacts.id, id)).limit(1);
  return row;
}

export interface ContactFilter {
  from?: Date | undefined;
  to?: Date | undefined;
  channel?: Channel | undefined;
  teamId?: string | undefined;
  productId?: string | undefined;
  /** Prepared full-text prefix terms (see toPrefixQuery), all of which must match. */
  tsQuery?: string[] | undefined;
  before?: { occurredAt: Date; id: string } | undefined;
  limit: number;
}

/** "paspoort verlo" → `['paspoort:*', 'verlo:*']`: every word, also while still typing it. */
export function toPrefixQuery(q: string): string[] | undefined {
  const words = q
    .toLowerCase()
    .normalize('NFKC')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0)
    .slice(0, 8);
  return words.length ? words.map((w) => `${w}:*`) : undefined;
}

export function listContacts(db: DbOrTx, filter: ContactFilter) {
  const where: SQL[] = [];
  if (filter.from) where.push(gte(contacts.occurredAt, filter.from));
  if (filter.to) where.push(lte(contacts.occurredAt, filter.to));
  if (filter.channel) where.push(eq(contacts.channel, filter.channel));
  if (filter.teamId) where.push(eq(contacts.teamId, filter.teamId));
  if (filter.productId) where.push(eq(contacts.productId, filter.productId));
  if (filter.tsQuery) {
    // Each word by its Dutch stem, or as typed: Dutch search drops stop words, and "uit", "aan" and
    // "over" are also how uitkering, aanslag and overlast begin.
    const terms = filter.tsQuery.map((term) => sql`(to_tsquery('dutch', ${term}) || to_tsquery('simple', ${term}))`);
    where.push(sql`${contacts.search} @@ (${sql.join(terms, sql` && `)})`);
  }
  if (filter.before) {
    where.push(
      or(
        lt(contacts.occurredAt, filter.before.occurredAt),
        and(eq(contacts.occurredAt, filter.before.occurredAt), lt(contacts.id, filter.before.id)),
      )!,
    );
  }
  return selectView(db)
    .where(and(...where))
    .orderBy(desc(contacts.occurredAt), desc(contacts.id))
    .limit(filter.limit + 1);
}
