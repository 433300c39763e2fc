import { randomUUID } from 'node:crypto';
import { and, desc, eq, gte, inArray, lt, lte, or, sql, type SQL } from 'drizzle-orm';
import type { Channel } from '@helder/domain';
import { rowsOf, type DbOrTx } from '../db/client.js';
import { contacts, customers, employees, products, teams } from '../db/schema.js';

type ContactInsert = Omit<typeof contacts.$inferInsert, 'customerId'>;
type CustomerInsert = Pick<typeof customers.$inferInsert, 'kind' | 'name' | 'email' | 'phone' | 'partyId'>;

/**
 * The customer (if any) and the contact in one statement: one round trip, and atomic without a
 * transaction. The foreign key is checked at the end of the statement, when both rows exist.
 */
export async function insertContact(db: DbOrTx, values: ContactInsert, customer: CustomerInsert | null) {
  const customerId = customer ? randomUUID() : null;
  const customerCte = customer
    ? sql`with new_customer as (insert into ${customers} (id, kind, name, email, phone, party_id) values (${customerId}, ${customer.kind}, ${customer.name}, ${customer.email}, ${customer.phone}, ${customer.partyId ?? null})) `
    : sql``;
  const result = (await db.execute(sql`${customerCte}insert into ${contacts}
    (occurred_at, channel, customer_id, product_id, team_id, subject, summary, answer, resolution, positive_surprise, registered_by)
    values (${values.occurredAt!.toISOString()}::timestamptz, ${values.channel}, ${customerId}, ${values.productId ?? null}, ${values.teamId ?? null},
      ${values.subject}, ${values.summary ?? null}, ${values.answer ?? null}, ${values.resolution}, ${values.positiveSurprise ?? null}, ${values.registeredBy ?? null})
    returning id, number, occurred_at`)) as unknown as { rows: { id: string; number: string | number; occurred_at: string | Date }[] };
  const row = result.rows[0]!;
  return { id: row.id, number: Number(row.number), occurredAt: new Date(row.occurred_at), customerId };
}

export async function findContact(db: DbOrTx, id: string) {
  const [row] = await db.select({ id: contacts.id, teamId: contacts.teamId, channel: contacts.channel, productId: contacts.productId }).from(contacts).where(eq(contacts.id, id)).limit(1);
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
        answer: contacts.answer,
        resolution: contacts.resolution,
        positiveSurprise: contacts.positiveSurprise,
        productId: contacts.productId,
        teamId: contacts.teamId,
        registeredBy: contacts.registeredBy,
      },
      customer: { id: customers.id, kind: customers.kind, name: customers.name, email: customers.email, phone: customers.phone, partyId: customers.partyId },
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
  /** Prepared full-text prefix terms (see toPrefixQuery), all of which must match: the text, or the customer's name. */
  tsQuery?: string[] | undefined;
  /** The contact with this number (a reference such as K-59854). */
  number?: number | undefined;
  /** The contacts of the customers with this e-mail address or phone number (directly or through their party). */
  customerKey?: { kind: 'email' | 'phone'; key: string; variants: string[] } | undefined;
  before?: { occurredAt: Date; id: string } | undefined;
  limit: number;
}

/**
 * "paspoort verlo" → `['paspoort:*', 'verlo:*']`: every word, also while still typing it. A number
 * after a hyphen is a token with the hyphen in PostgreSQL's parser ("WOZ-2025" gives 'woz' and
 * '-2025'), so a number matches either way.
 */
export function toPrefixQuery(q: string): string[] | undefined {
  const words = q
    .toLowerCase()
    .normalize('NFKC')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0)
    .slice(0, 8);
  return words.length ? words.map((w) => (/^\d+$/.test(w) ? `${w}:* | -${w}:*` : `${w}:*`)) : undefined;
}

/**
 * Newest first. A text search tries two ways, each cheap where the other is not. A common word
 * fills the page from the newest rows: scan the latest few thousand in date order and test each.
 * A rare word does not, and then its short list in the full-text index is cheap to read whole.
 * (A word that is common in the past but absent lately reads a long list: about 0.1 s per
 * 20,000 matches, measured in docs/benchmarks.md.)
 */
export async function listContacts(db: DbOrTx, filter: ContactFilter) {
  if (filter.number !== undefined) {
    return selectView(db).where(and(...baseWhere(filter), eq(contacts.number, filter.number))).orderBy(...NEWEST_FIRST).limit(filter.limit + 1);
  }
  if (filter.customerKey) {
    // A handful of customers: their contacts through contacts_customer_idx, newest first.
    const found = rowsOf<{ id: string }>(await db.execute(sql`select ${contacts.id} from ${contacts}
      where ${and(sql`${contacts.customerId} in (${customersWithKey(filter.customerKey)})`, ...baseWhere(filter))}
      order by ${contacts.occurredAt} desc, ${contacts.id} desc limit ${filter.limit + 1}`));
    if (found.length === 0) return [];
    return selectView(db).where(inArray(contacts.id, found.map((h) => h.id))).orderBy(...NEWEST_FIRST);
  }
  if (!filter.tsQuery) return selectView(db).where(and(...baseWhere(filter))).orderBy(...NEWEST_FIRST).limit(filter.limit + 1);
  // Each word as typed ('simple': stop words like "uit" or "aan" still begin uitkering and aanslag)
  // or as its Dutch stem (a typed plural finds the singular); the index holds both forms.
  const terms = filter.tsQuery.map((term) => sql`(to_tsquery('simple', ${term}) || to_tsquery('dutch', ${term}))`);
  const textQuery = sql.join(terms, sql` && `);
  // Or every word in the customer's name (customers_name_search_idx).
  const nameQuery = sql.join(filter.tsQuery.map((term) => sql`to_tsquery('simple', ${term})`), sql` && `);
  const byName = sql`${contacts.customerId} in (select c.id from ${customers} c
    where to_tsvector('simple'::regconfig, coalesce(c.name, '')) @@ (${nameQuery}))`;
  const recent = db
    .select({ id: contacts.id, occurredAt: contacts.occurredAt, search: contacts.search, customerId: contacts.customerId })
    .from(contacts)
    .where(and(...baseWhere(filter)))
    .orderBy(...NEWEST_FIRST)
    .limit(RECENT_ROWS)
    .as('recent');
  const hits = await db
    .select({ id: recent.id })
    .from(recent)
    .where(sql`${recent.search} @@ (${textQuery}) or exists (select 1 from ${customers} c
      where c.id = ${recent.customerId} and to_tsvector('simple'::regconfig, coalesce(c.name, '')) @@ (${nameQuery}))`)
    .orderBy(desc(recent.occurredAt), desc(recent.id))
    .limit(filter.limit + 1);
  if (hits.length > filter.limit) {
    return selectView(db).where(inArray(contacts.id, hits.map((h) => h.id))).orderBy(...NEWEST_FIRST);
  }
  // OFFSET 0 keeps the planner from walking the date index backwards and testing every row (a
  // rare word then costs a scan of the whole table): collect the matches from the word index
  // first, then sort those few.
  // (Written as SQL because the query builder leaves out `offset 0`.)
  const found = (await db.execute(sql`select id from (
      select ${contacts.id}, ${contacts.occurredAt} from ${contacts}
      where ${and(...baseWhere(filter), sql`(${contacts.search} @@ (${textQuery}) or ${byName})`)}
      offset 0) matches
    order by occurred_at desc, id desc limit ${filter.limit + 1}`)) as unknown as { rows: { id: string }[] };
  if (found.rows.length === 0) return [];
  return selectView(db).where(inArray(contacts.id, found.rows.map((h) => h.id))).orderBy(...NEWEST_FIRST);
}

/** How many of the newest contacts the first way of searching reads. */
const RECENT_ROWS = 5000;
const NEWEST_FIRST = [desc(contacts.occurredAt), desc(contacts.id)] as const;

function baseWhere(filter: ContactFilter): SQL[] {
  const where: SQL[] = [];
  if (filter.from) where.push(gte(contacts.occurredAt, filter.from));
  if (filter.to) where.push(lte(contacts.occurredAt, filter.to));
  if (filter.channel) where.push(eq(contacts.channel, filter.channel));
  if (filter.teamId) where.push(eq(contacts.teamId, filter.teamId));
  if (filter.productId) where.push(eq(contacts.productId, filter.productId));
  if (filter.before) {
    where.push(
      or(
        lt(contacts.occurredAt, filter.before.occurredAt),
        and(eq(contacts.occurredAt, filter.before.occurredAt), lt(contacts.id, filter.before.id)),
      )!,
    );
  }
  return where;
}

/** The customers with this e-mail address or phone number, as typed then or through their party. */
function customersWithKey(k: { kind: 'email' | 'phone'; key: string; variants: string[] }): SQL {
  const direct =
    k.kind === 'email'
      ? sql`select id from ${customers} where lower(email) = ${k.key}`
      : sql`select id from ${customers} where regexp_replace(phone, '[^0-9]', '', 'g') in (${sql.join(k.variants.map((v) => sql`${v}`), sql`, `)})`;
  return sql`${direct} union select c.id from ${customers} c where c.party_id in (
    select a.party_id from digital_addresses a where a.kind = ${k.kind} and a.key = ${k.key} and a.party_id is not null)`;
}
