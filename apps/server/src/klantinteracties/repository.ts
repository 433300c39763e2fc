// The only place with queries for the Klantinteracties API. It is a view on Helder's own tables:
// contacts (klantcontacten), customers (betrokkenen), parties, digital addresses and identifiers
// (written only through parties/repository.ts), teams, employees and external actors (actoren),
// callback requests (interne taken) and contact references (onderwerpobjecten, bijlagen).
// Lists page by offset (the API's `page`) and are counted; every list orders newest first.
import { and, asc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { rowsOf, type DbOrTx } from '../db/client.js';
import {
  callbackRequests,
  contactActors,
  contactReferences,
  contacts,
  customers,
  digitalAddresses,
  employees,
  externalActors,
  partyIdentifiers,
  requestActors,
  teams,
} from '../db/schema.js';

export interface PageWindow {
  offset: number;
  limit: number;
}

export interface IdPage {
  ids: string[];
  total: number;
}

const TRUE = sql`true`;

function all(conditions: SQL[]): SQL {
  return conditions.length ? sql.join(conditions.map((c) => sql`(${c})`), sql` and `) : TRUE;
}

function list(values: string[]): SQL {
  return sql.join(values.map((v) => sql`${v}`), sql`, `);
}

/** `%text%` for ILIKE, with the wildcard characters of the text itself escaped. */
function containing(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Counts the rows of `body` (a `from … where …` over alias x), then reads one page of their ids. */
async function idsPage(db: DbOrTx, body: SQL, order: SQL, window: PageWindow): Promise<IdPage> {
  const [counted] = rowsOf<{ n: number | string }>(await db.execute(sql`select count(*) as n ${body}`));
  const total = Number(counted?.n ?? 0);
  if (total === 0 || window.offset >= total) return { ids: [], total };
  const rows = rowsOf<{ id: string }>(await db.execute(sql`select x.id ${body} order by ${order} limit ${window.limit} offset ${window.offset}`));
  return { ids: rows.map((r) => r.id), total };
}

/** Rows in the order of `ids` (a page read its ids in order; the rows come back in any order). */
function inOrder<T extends { id: string }>(ids: string[], rows: T[]): T[] {
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => byId.get(id)).filter((r): r is T => r !== undefined);
}

// Shared matches.

/** A partijIdentificator as a filter: the BSN is found by its keyed hash, never by its value. */
export interface IdentifierMatch {
  objectType?: string | undefined;
  register?: string | undefined;
  idKind?: string | undefined;
  value?: string | undefined;
  hash?: string | undefined;
}

function identifierConditions(alias: SQL, m: IdentifierMatch): SQL[] {
  const c: SQL[] = [sql`${alias}.id_kind <> 'overig'`];
  if (m.objectType !== undefined) c.push(sql`${alias}.object_type = ${m.objectType}`);
  if (m.register !== undefined) c.push(sql`${alias}.register = ${m.register}`);
  if (m.idKind !== undefined) c.push(sql`${alias}.id_kind = ${m.idKind}`);
  if (m.value !== undefined) c.push(m.hash ? sql`(${alias}.value = ${m.value} or ${alias}.value_hash = ${m.hash})` : sql`${alias}.value = ${m.value}`);
  return c;
}

/** The party (by its id column) has an identifier matching `m`. */
function partyHasIdentifier(partyIdColumn: SQL, m: IdentifierMatch): SQL {
  return sql`exists (select 1 from party_identifiers i where i.party_id = ${partyIdColumn} and ${all(identifierConditions(sql`i`, m))})`;
}

/** An onderwerpobject or bijlage as a filter. */
export interface ReferenceMatch {
  id?: string | undefined;
  objectType?: string | undefined;
  register?: string | undefined;
  idKind?: string | undefined;
  objectId?: string | undefined;
}

function referenceConditions(m: ReferenceMatch): SQL[] {
  const c: SQL[] = [];
  if (m.id !== undefined) c.push(sql`r.id = ${m.id}`);
  if (m.objectType !== undefined) c.push(sql`r.object_type = ${m.objectType}`);
  if (m.register !== undefined) c.push(sql`r.register = ${m.register}`);
  if (m.idKind !== undefined) c.push(sql`r.id_kind = ${m.idKind}`);
  if (m.objectId !== undefined) c.push(sql`r.object_id = ${m.objectId}`);
  return c;
}

// Klantcontacten (contacts).

const CONTACT_COLUMNS = {
  id: contacts.id,
  number: contacts.number,
  occurredAt: contacts.occurredAt,
  channel: contacts.channel,
  customerId: contacts.customerId,
  productId: contacts.productId,
  teamId: contacts.teamId,
  subject: contacts.subject,
  summary: contacts.summary,
  answer: contacts.answer,
  resolution: contacts.resolution,
  registeredBy: contacts.registeredBy,
  registeredByToken: contacts.registeredByToken,
  language: contacts.language,
  confidential: contacts.confidential,
  reached: contacts.reached,
};
export type ContactRow = { id: string; number: number; occurredAt: Date; channel: string; customerId: string | null; productId: string | null; teamId: string | null; subject: string; summary: string | null; answer: string | null; resolution: string; registeredBy: string | null; registeredByToken: string | null; language: string; confidential: boolean; reached: boolean | null };

export interface ContactFilter {
  none?: boolean | undefined;
  betrokkeneId?: string | undefined;
  betrokkeneHasParty?: boolean | undefined;
  partyId?: string | undefined;
  partyIdentifier?: IdentifierMatch | undefined;
  betrokkeneAddressContains?: string | undefined;
  reached?: boolean | undefined;
  summaryContains?: string | undefined;
  channel?: string | undefined;
  hasTasks?: boolean | undefined;
  number?: number | undefined;
  subjectContains?: string | undefined;
  answerContains?: string | undefined;
  subject?: ReferenceMatch | undefined;
  wasSubject?: ReferenceMatch | undefined;
  occurredAt?: Date | undefined;
  confidential?: boolean | undefined;
}

/** A betrokkene of contact x matches `condition` (on alias b): an API-made one, or the contact's own customer. */
function contactHasBetrokkene(condition: SQL): SQL {
  return sql`(exists (select 1 from customers b where b.contact_id = x.id and ${condition})
    or exists (select 1 from customers b where b.id = x.customer_id and ${condition}))`;
}

function contactWhere(f: ContactFilter): SQL {
  const c: SQL[] = [];
  if (f.none) c.push(sql`false`);
  if (f.betrokkeneId !== undefined) c.push(contactHasBetrokkene(sql`b.id = ${f.betrokkeneId}`));
  if (f.betrokkeneHasParty === true) c.push(contactHasBetrokkene(sql`b.party_id is not null`));
  if (f.betrokkeneHasParty === false) c.push(sql`not ${contactHasBetrokkene(sql`b.party_id is not null`)}`);
  if (f.partyId !== undefined) c.push(contactHasBetrokkene(sql`b.party_id = ${f.partyId}`));
  if (f.partyIdentifier) c.push(contactHasBetrokkene(partyHasIdentifier(sql`b.party_id`, f.partyIdentifier)));
  if (f.betrokkeneAddressContains !== undefined) {
    const like = containing(f.betrokkeneAddressContains);
    c.push(contactHasBetrokkene(sql`(b.email ilike ${like} or b.phone ilike ${like}
      or exists (select 1 from digital_addresses a where a.customer_id = b.id and a.value ilike ${like}))`));
  }
  if (f.reached !== undefined) c.push(sql`x.reached = ${f.reached}`);
  if (f.summaryContains !== undefined) c.push(sql`x.summary ilike ${containing(f.summaryContains)}`);
  if (f.channel !== undefined) c.push(sql`x.channel = ${f.channel}`);
  if (f.hasTasks !== undefined) {
    const task = sql`exists (select 1 from callback_requests t where t.contact_id = x.id and t.kind = 'callback')`;
    c.push(f.hasTasks ? task : sql`not ${task}`);
  }
  if (f.number !== undefined) c.push(sql`x.number = ${f.number}`);
  if (f.subjectContains !== undefined) c.push(sql`x.subject ilike ${containing(f.subjectContains)}`);
  if (f.answerContains !== undefined) c.push(sql`x.answer ilike ${containing(f.answerContains)}`);
  if (f.subject) c.push(sql`exists (select 1 from contact_references r where r.contact_id = x.id and r.kind = 'subject' and ${all(referenceConditions(f.subject))})`);
  if (f.wasSubject) c.push(sql`exists (select 1 from contact_references r where r.was_contact_id = x.id and r.kind = 'subject' and ${all(referenceConditions(f.wasSubject))})`);
  if (f.occurredAt !== undefined) c.push(sql`x.occurred_at = ${f.occurredAt.toISOString()}::timestamptz`);
  if (f.confidential !== undefined) c.push(sql`x.confidential = ${f.confidential}`);
  return all(c);
}

/** Newest first, as Open Klant lists them (plaatsgevondenOp, then id). */
export function pageContacts(db: DbOrTx, f: ContactFilter, window: PageWindow): Promise<IdPage> {
  return idsPage(db, sql`from contacts x where ${contactWhere(f)}`, sql`x.occurred_at desc, x.id desc`, window);
}

export async function findContacts(db: DbOrTx, ids: string[]): Promise<ContactRow[]> {
  if (ids.length === 0) return [];
  return inOrder(ids, await db.select(CONTACT_COLUMNS).from(contacts).where(inArray(contacts.id, ids)));
}

export async function findContact(db: DbOrTx, id: string): Promise<ContactRow | undefined> {
  return (await findContacts(db, [id]))[0];
}

/** Locks the contact's row: two writers adding the first betrokkene or a task take turns. */
export async function lockContact(db: DbOrTx, id: string): Promise<ContactRow | undefined> {
  const [row] = await db.select(CONTACT_COLUMNS).from(contacts).where(eq(contacts.id, id)).for('update').limit(1);
  return row;
}

export type ContactWrite = Pick<typeof contacts.$inferInsert, 'channel' | 'subject' | 'summary' | 'answer' | 'reached' | 'language' | 'confidential' | 'occurredAt'>;

export async function insertContact(db: DbOrTx, values: ContactWrite & { registeredByToken: string }): Promise<ContactRow> {
  const [row] = await db.insert(contacts).values({ ...values, resolution: 'first_line' }).returning(CONTACT_COLUMNS);
  return row!;
}

export async function updateContact(db: DbOrTx, id: string, values: Partial<ContactWrite>): Promise<void> {
  if (Object.keys(values).length === 0) return;
  await db.update(contacts).set(values).where(eq(contacts.id, id));
}

export async function setContactCustomer(db: DbOrTx, contactId: string, customerId: string | null): Promise<void> {
  await db.update(contacts).set({ customerId }).where(eq(contacts.id, contactId));
}

/** A task was made from the contact: it was handed over to that team, as a registration with a callback request is. */
export async function markHandedOver(db: DbOrTx, contactId: string, teamId: string): Promise<void> {
  await db.update(contacts).set({ resolution: 'handed_over', teamId }).where(eq(contacts.id, contactId));
}

/** What still points at the contact and keeps it from being removed. */
export async function contactDependents(db: DbOrTx, id: string) {
  const [row] = rowsOf<{ tasks: number | string; invitations: number | string; other_refs: number | string }>(await db.execute(sql`select
      (select count(*) from callback_requests where contact_id = ${id}) as tasks,
      (select count(*) from survey_invitations where contact_id = ${id}) as invitations,
      (select count(*) from contact_references where was_contact_id = ${id}) as other_refs`));
  return { tasks: Number(row?.tasks ?? 0), invitations: Number(row?.invitations ?? 0), wasReferenced: Number(row?.other_refs ?? 0) };
}

/** Removes the contact with its references and actor links; its betrokkenen are removed by the caller first. */
export async function deleteContact(db: DbOrTx, id: string): Promise<void> {
  await db.delete(contactReferences).where(eq(contactReferences.contactId, id));
  await db.delete(contactActors).where(eq(contactActors.contactId, id));
  await db.update(contacts).set({ customerId: null }).where(eq(contacts.id, id));
  await db.delete(contacts).where(eq(contacts.id, id));
}

// What a klantcontact lists: its betrokkenen, tasks, references and actors.

export interface ContactLinks {
  betrokkenen: { id: string; contactId: string }[];
  tasks: { id: string; contactId: string }[];
  references: { id: string; contactId: string; kind: string }[];
  actors: { id: string; contactId: string; actorId: string }[];
}

export async function contactLinks(db: DbOrTx, contactIds: string[]): Promise<ContactLinks> {
  if (contactIds.length === 0) return { betrokkenen: [], tasks: [], references: [], actors: [] };
  const ids = list(contactIds);
  const [betrokkenen, tasks, references, actors] = await Promise.all([
    db.execute(sql`select id, contact_id, created_at from (
        select c.id, c.contact_id, c.created_at from customers c where c.contact_id in (${ids})
        union all
        select c.id, k.id as contact_id, c.created_at from contacts k join customers c on c.id = k.customer_id where k.id in (${ids}) and c.contact_id is null
      ) b order by created_at, id`),
    db.select({ id: callbackRequests.id, contactId: callbackRequests.contactId }).from(callbackRequests)
      .where(and(inArray(callbackRequests.contactId, contactIds), eq(callbackRequests.kind, 'callback')))
      .orderBy(asc(callbackRequests.createdAt), asc(callbackRequests.id)),
    db.select({ id: contactReferences.id, contactId: contactReferences.contactId, kind: contactReferences.kind }).from(contactReferences)
      .where(inArray(contactReferences.contactId, contactIds))
      .orderBy(asc(contactReferences.createdAt), asc(contactReferences.id)),
    db.select({ id: contactActors.id, contactId: contactActors.contactId, teamId: contactActors.teamId, employeeId: contactActors.employeeId, externalActorId: contactActors.externalActorId })
      .from(contactActors).where(inArray(contactActors.contactId, contactIds)).orderBy(asc(contactActors.createdAt), asc(contactActors.id)),
  ]);
  return {
    betrokkenen: rowsOf<{ id: string; contact_id: string }>(betrokkenen).map((r) => ({ id: r.id, contactId: r.contact_id })),
    tasks: tasks.map((t) => ({ id: t.id, contactId: t.contactId! })),
    references: references.map((r) => ({ id: r.id, contactId: r.contactId!, kind: r.kind })),
    actors: actors.map((a) => ({ id: a.id, contactId: a.contactId, actorId: (a.teamId ?? a.employeeId ?? a.externalActorId)! })),
  };
}

// Betrokkenen (customers).

/**
 * Every customer that took part in a contact: one made through the API (`contact_id` set) or a
 * contact's own customer. A customer of a request without a contact is no betrokkene.
 */
const BETROKKENEN = sql`(select c.id, c.contact_id, c.created_at from customers c where c.contact_id is not null
  union all
  select c.id, k.id as contact_id, c.created_at from contacts k join customers c on c.id = k.customer_id where c.contact_id is null)`;

export interface BetrokkeneRow {
  id: string;
  contactId: string;
  kind: string;
  name: string | null;
  email: string | null;
  phone: string | null;
  partyId: string | null;
  role: string;
  initiator: boolean;
  nameParts: { initials?: string | null; firstName?: string | null; surnamePrefix?: string | null; surname?: string | null } | null;
  organisationName: string | null;
  visitAddress: unknown;
  correspondenceAddress: unknown;
  anonymisedAt: Date | null;
}

export interface BetrokkeneFilter {
  none?: boolean | undefined;
  nameParts?: { initials?: string | undefined; firstName?: string | undefined; surnamePrefix?: string | undefined; surname?: string | undefined } | undefined;
  contactId?: string | undefined;
  contactNumber?: number | undefined;
  addressKeys?: { value: string; keys: string[] } | undefined;
  addressId?: string | undefined;
  partyId?: string | undefined;
  partyNumber?: number | undefined;
  partyIdentifier?: IdentifierMatch | undefined;
  organisationName?: string | undefined;
}

function betrokkeneWhere(f: BetrokkeneFilter): SQL {
  const w: SQL[] = [];
  if (f.none) w.push(sql`false`);
  const parts = f.nameParts ?? {};
  for (const [key, value] of Object.entries(parts)) {
    if (value !== undefined) w.push(sql`c.name_parts->>${key} = ${value}`);
  }
  if (f.contactId !== undefined) w.push(sql`x.contact_id = ${f.contactId}`);
  if (f.contactNumber !== undefined) w.push(sql`x.contact_id in (select id from contacts where number = ${f.contactNumber})`);
  if (f.addressKeys) {
    w.push(sql`exists (select 1 from digital_addresses a where a.customer_id = c.id
      and (a.value = ${f.addressKeys.value} or a.key in (${list(f.addressKeys.keys)})))`);
  }
  if (f.addressId !== undefined) w.push(sql`exists (select 1 from digital_addresses a where a.customer_id = c.id and a.id = ${f.addressId})`);
  if (f.partyId !== undefined) w.push(sql`c.party_id = ${f.partyId}`);
  if (f.partyNumber !== undefined) w.push(sql`c.party_id in (select id from parties where number = ${f.partyNumber})`);
  if (f.partyIdentifier) w.push(partyHasIdentifier(sql`c.party_id`, f.partyIdentifier));
  if (f.organisationName !== undefined) w.push(sql`c.organisation_name = ${f.organisationName}`);
  return all(w);
}

export function pageBetrokkenen(db: DbOrTx, f: BetrokkeneFilter, window: PageWindow): Promise<IdPage> {
  return idsPage(db, sql`from ${BETROKKENEN} x join customers c on c.id = x.id where ${betrokkeneWhere(f)}`, sql`x.created_at desc, x.id desc`, window);
}

export async function findBetrokkenen(db: DbOrTx, ids: string[]): Promise<BetrokkeneRow[]> {
  if (ids.length === 0) return [];
  const rows = rowsOf<Record<string, unknown>>(await db.execute(sql`select c.id, c.kind, c.name, c.email, c.phone, c.party_id, c.role, c.initiator,
      c.name_parts, c.organisation_name, c.visit_address, c.correspondence_address, c.anonymised_at,
      coalesce(c.contact_id, (select k.id from contacts k where k.customer_id = c.id order by k.occurred_at limit 1)) as resolved_contact_id
    from customers c where c.id in (${list(ids)})`));
  const found: BetrokkeneRow[] = rows
    .filter((r) => r.resolved_contact_id)
    .map((r) => ({
      id: r.id as string,
      contactId: r.resolved_contact_id as string,
      kind: r.kind as string,
      name: r.name as string | null,
      email: r.email as string | null,
      phone: r.phone as string | null,
      partyId: r.party_id as string | null,
      role: r.role as string,
      initiator: r.initiator as boolean,
      nameParts: (r.name_parts as BetrokkeneRow['nameParts']) ?? null,
      organisationName: r.organisation_name as string | null,
      visitAddress: r.visit_address ?? null,
      correspondenceAddress: r.correspondence_address ?? null,
      anonymisedAt: r.anonymised_at ? new Date(r.anonymised_at as string) : null,
    }));
  return inOrder(ids, found);
}

/** The betrokkenen that were these parties, oldest first. */
export async function betrokkenenOfParties(db: DbOrTx, partyIds: string[]): Promise<{ id: string; partyId: string }[]> {
  if (partyIds.length === 0) return [];
  return rowsOf<{ id: string; party_id: string }>(await db.execute(sql`select c.id, c.party_id from customers c
      where c.party_id in (${list(partyIds)})
        and (c.contact_id is not null or exists (select 1 from contacts k where k.customer_id = c.id))
      order by c.created_at, c.id`)).map((r) => ({ id: r.id, partyId: r.party_id }));
}

export type CustomerWrite = Pick<typeof customers.$inferInsert, 'kind' | 'name' | 'partyId' | 'role' | 'initiator' | 'nameParts' | 'organisationName' | 'visitAddress' | 'correspondenceAddress'>;

export async function insertBetrokkene(db: DbOrTx, contactId: string, values: CustomerWrite, createdAt: Date): Promise<string> {
  const [row] = await db.insert(customers).values({ ...values, contactId, createdAt }).returning({ id: customers.id });
  return row!.id;
}

export async function updateBetrokkene(db: DbOrTx, id: string, values: Partial<CustomerWrite> & { contactId?: string }): Promise<void> {
  if (Object.keys(values).length === 0) return;
  await db.update(customers).set(values).where(eq(customers.id, id));
}

export async function lockCustomer(db: DbOrTx, id: string) {
  const [row] = await db.select().from(customers).where(eq(customers.id, id)).for('update').limit(1);
  return row;
}

/** An empty customer for a task whose contact had none (the second line then sees "no details"). */
export async function insertEmptyBetrokkene(db: DbOrTx, contactId: string, createdAt: Date): Promise<string> {
  const [row] = await db.insert(customers).values({ kind: 'resident', contactId, createdAt }).returning({ id: customers.id });
  return row!.id;
}

/** What still points at the customer: a request or a survey invitation keep it. */
export async function customerDependents(db: DbOrTx, id: string): Promise<number> {
  const [row] = rowsOf<{ n: number | string }>(await db.execute(sql`select
      (select count(*) from callback_requests where customer_id = ${id}) + (select count(*) from survey_invitations where customer_id = ${id}) as n`));
  return Number(row?.n ?? 0);
}

export async function deleteCustomer(db: DbOrTx, id: string): Promise<void> {
  await db.update(contacts).set({ customerId: null }).where(eq(contacts.customerId, id));
  await db.delete(customers).where(eq(customers.id, id));
}

/** Keeps `customers.email` and `.phone` (what Helder's mails and call lists use) the first e-mail address and phone number given. */
export async function setCustomerReach(db: DbOrTx, id: string, values: { email?: string | null; phone?: string | null }): Promise<void> {
  if (Object.keys(values).length === 0) return;
  await db.update(customers).set(values).where(eq(customers.id, id));
}

export async function customerIdsOfContacts(db: DbOrTx, contactIds: string[]): Promise<string[]> {
  const links = await contactLinks(db, contactIds);
  return links.betrokkenen.map((b) => b.id);
}

// Digitale adressen.

export type DigitalAddressRow = typeof digitalAddresses.$inferSelect;

export interface DigitalAddressFilter {
  none?: boolean | undefined;
  value?: { value: string; keys: string[] } | undefined;
  valueContains?: string | undefined;
  verified?: boolean | undefined;
  isDefault?: boolean | undefined;
  labelContains?: string | undefined;
  reference?: string | undefined;
  kind?: string | undefined;
  verifiedOn?: { eq?: string | undefined; gt?: string | undefined; gte?: string | undefined; lt?: string | undefined; lte?: string | undefined } | undefined;
  customerRole?: string | undefined;
  customerId?: string | undefined;
  partyIdentifier?: IdentifierMatch | undefined;
  partySoort?: 'persoon' | 'organisatie' | 'contactpersoon' | undefined;
  partyId?: string | undefined;
}

function digitalAddressWhere(f: DigitalAddressFilter): SQL {
  const w: SQL[] = [];
  if (f.none) w.push(sql`false`);
  if (f.value) w.push(sql`(x.value = ${f.value.value} or x.key in (${list(f.value.keys)}))`);
  if (f.valueContains !== undefined) w.push(sql`x.value ilike ${containing(f.valueContains)}`);
  if (f.verified !== undefined) w.push(f.verified ? sql`x.verified_on is not null` : sql`x.verified_on is null`);
  if (f.isDefault !== undefined) w.push(sql`x.is_default = ${f.isDefault}`);
  if (f.labelContains !== undefined) w.push(sql`x.label ilike ${containing(f.labelContains)}`);
  if (f.reference !== undefined) w.push(sql`x.reference = ${f.reference}`);
  if (f.kind !== undefined) w.push(sql`x.kind = ${f.kind}`);
  const v = f.verifiedOn ?? {};
  if (v.eq !== undefined) w.push(sql`x.verified_on = ${v.eq}::date`);
  if (v.gt !== undefined) w.push(sql`x.verified_on > ${v.gt}::date`);
  if (v.gte !== undefined) w.push(sql`x.verified_on >= ${v.gte}::date`);
  if (v.lt !== undefined) w.push(sql`x.verified_on < ${v.lt}::date`);
  if (v.lte !== undefined) w.push(sql`x.verified_on <= ${v.lte}::date`);
  if (f.customerRole !== undefined) w.push(sql`exists (select 1 from customers c where c.id = x.customer_id and c.role = ${f.customerRole})`);
  if (f.customerId !== undefined) w.push(sql`x.customer_id = ${f.customerId}`);
  if (f.partyIdentifier) w.push(partyHasIdentifier(sql`x.party_id`, f.partyIdentifier));
  if (f.partySoort !== undefined) {
    const kind = f.partySoort === 'organisatie' ? sql`p.kind in ('business', 'institution')`
      : f.partySoort === 'persoon' ? sql`p.kind = 'resident' and p.works_for_party_id is null`
      : sql`p.kind = 'resident' and p.works_for_party_id is not null`;
    w.push(sql`exists (select 1 from parties p where p.id = x.party_id and ${kind})`);
  }
  if (f.partyId !== undefined) w.push(sql`x.party_id = ${f.partyId}`);
  return all(w);
}

export function pageDigitalAddresses(db: DbOrTx, f: DigitalAddressFilter, window: PageWindow): Promise<IdPage> {
  return idsPage(db, sql`from digital_addresses x where ${digitalAddressWhere(f)}`, sql`x.created_at desc, x.id desc`, window);
}

export async function findDigitalAddresses(db: DbOrTx, ids: string[]): Promise<DigitalAddressRow[]> {
  if (ids.length === 0) return [];
  return inOrder(ids, await db.select().from(digitalAddresses).where(inArray(digitalAddresses.id, ids)));
}

/** The addresses a betrokkene gave, oldest first. */
export async function digitalAddressesOfCustomers(db: DbOrTx, customerIds: string[]): Promise<DigitalAddressRow[]> {
  if (customerIds.length === 0) return [];
  return db.select().from(digitalAddresses).where(inArray(digitalAddresses.customerId, customerIds)).orderBy(asc(digitalAddresses.createdAt), asc(digitalAddresses.id));
}

// Partijen (parties) and their identifiers.

export interface PartyFilter {
  none?: boolean | undefined;
  visit?: AddressMatch | undefined;
  correspondence?: AddressMatch | undefined;
  active?: boolean | undefined;
  confidential?: boolean | undefined;
  number?: number | undefined;
  identifier?: IdentifierMatch | undefined;
  soort?: 'persoon' | 'organisatie' | 'contactpersoon' | undefined;
  subOf?: IdentifierMatch | undefined;
}

export interface AddressMatch {
  lines?: (string | undefined)[] | undefined;
  country?: string | undefined;
  bagId?: string | undefined;
}

function addressConditions(column: SQL, m: AddressMatch): SQL[] {
  const w: SQL[] = [];
  (m.lines ?? []).forEach((line, i) => {
    if (line !== undefined) w.push(sql`${column}->'lines'->>${i} = ${line}`);
  });
  if (m.country !== undefined) {
    // The Netherlands is stored as no country at all.
    w.push(m.country.toUpperCase() === 'NL' ? sql`${column} is not null and ${column}->>'country' is null` : sql`${column}->>'country' = ${m.country.toUpperCase()}`);
  }
  if (m.bagId !== undefined) w.push(sql`${column}->>'bagId' = ${m.bagId}`);
  return w;
}

function partyWhere(f: PartyFilter): SQL {
  const w: SQL[] = [sql`x.merged_into_id is null`, sql`x.anonymised_at is null`];
  if (f.none) w.push(sql`false`);
  if (f.visit) w.push(...addressConditions(sql`x.visit_address`, f.visit));
  if (f.correspondence) w.push(...addressConditions(sql`x.correspondence_address`, f.correspondence));
  if (f.active !== undefined) w.push(sql`x.active = ${f.active}`);
  if (f.confidential !== undefined) w.push(sql`x.confidential = ${f.confidential}`);
  if (f.number !== undefined) w.push(sql`x.number = ${f.number}`);
  if (f.identifier) w.push(partyHasIdentifier(sql`x.id`, f.identifier));
  if (f.soort === 'organisatie') w.push(sql`x.kind in ('business', 'institution')`);
  if (f.soort === 'persoon') w.push(sql`x.kind = 'resident' and x.works_for_party_id is null`);
  if (f.soort === 'contactpersoon') w.push(sql`x.kind = 'resident' and x.works_for_party_id is not null`);
  if (f.subOf) {
    w.push(sql`exists (select 1 from party_identifiers s where s.party_id = x.id and s.sub_of_id in
      (select i.id from party_identifiers i where ${all(identifierConditions(sql`i`, f.subOf))}))`);
  }
  return all(w);
}

export function pageParties(db: DbOrTx, f: PartyFilter, window: PageWindow): Promise<IdPage> {
  return idsPage(db, sql`from parties x where ${partyWhere(f)}`, sql`x.number desc`, window);
}

/** Parties that still hang on this one: betrokkenen, contact persons, merges. */
export async function partyDependents(db: DbOrTx, id: string): Promise<number> {
  const [row] = rowsOf<{ n: number | string }>(await db.execute(sql`select
      (select count(*) from customers where party_id = ${id})
      + (select count(*) from parties where works_for_party_id = ${id} or merged_into_id = ${id})
      + (select count(*) from party_merges where survivor_id = ${id} or merged_id = ${id}) as n`));
  return Number(row?.n ?? 0);
}

export interface IdentifierFilter extends IdentifierMatch {
  none?: boolean | undefined;
}

export function pageIdentifiers(db: DbOrTx, f: IdentifierFilter, window: PageWindow): Promise<IdPage> {
  const w = identifierConditions(sql`x`, f);
  if (f.none) w.push(sql`false`);
  return idsPage(db, sql`from party_identifiers x where ${all(w)}`, sql`x.created_at desc, x.id desc`, window);
}

export async function findIdentifiers(db: DbOrTx, ids: string[]) {
  if (ids.length === 0) return [];
  return inOrder(ids, await db.select().from(partyIdentifiers).where(inArray(partyIdentifiers.id, ids)));
}

/** Another identifier with this kind and value (a BSN by its hash), for the uniqueness rules. */
export async function identifierTaken(db: DbOrTx, m: { idKind: string; value: string | null; hash: string | null }, exceptId?: string): Promise<{ id: string; partyId: string } | undefined> {
  const match = m.hash ? sql`value_hash = ${m.hash}` : sql`value = ${m.value}`;
  const [row] = rowsOf<{ id: string; party_id: string }>(await db.execute(sql`select id, party_id from party_identifiers
    where id_kind = ${m.idKind} and ${match} ${exceptId ? sql`and id <> ${exceptId}` : sql``} limit 1`));
  return row ? { id: row.id, partyId: row.party_id } : undefined;
}

/** Identifiers that name this one as the one they are a sub-identifier of. */
export async function subIdentifierCount(db: DbOrTx, id: string): Promise<number> {
  const [row] = rowsOf<{ n: number | string }>(await db.execute(sql`select count(*) as n from party_identifiers where sub_of_id = ${id}`));
  return Number(row?.n ?? 0);
}

// Actoren: Helder's teams and employees, and external actors.

export type TeamActorRow = { id: string; name: string; description: string | null; active: boolean };
export type EmployeeActorRow = { id: string; name: string; email: string; active: boolean; teamId: string | null; roles: string[] };
export type ExternalActorRow = typeof externalActors.$inferSelect;

export interface ActorFilter {
  objectId?: string | undefined;
  codeObjecttype?: string | undefined;
  codeRegister?: string | undefined;
  codeSoortObjectId?: string | undefined;
  active?: boolean | undefined;
  name?: string | undefined;
  soort?: 'medewerker' | 'geautomatiseerde_actor' | 'organisatorische_eenheid' | undefined;
}

/**
 * Teams, employees and external actors in one list, newest first. A Helder team is found by its
 * name or id, an employee by e-mail address or id (the objectId, without case); the three codes of
 * an actoridentificator are compared only for external actors (client systems spell them their own way).
 */
export async function pageActors(db: DbOrTx, f: ActorFilter, window: PageWindow): Promise<{ rows: { id: string; source: 'team' | 'employee' | 'external' }[]; total: number }> {
  const teamWhere: SQL[] = [];
  const employeeWhere: SQL[] = [];
  const externalWhere: SQL[] = [];
  if (f.objectId !== undefined) {
    teamWhere.push(sql`(lower(t.name) = lower(${f.objectId}) or t.id::text = lower(${f.objectId}))`);
    employeeWhere.push(sql`(lower(e.email) = lower(${f.objectId}) or e.id::text = lower(${f.objectId}))`);
    externalWhere.push(sql`a.identifier->>'objectId' = ${f.objectId}`);
  }
  if (f.codeObjecttype !== undefined) externalWhere.push(sql`a.identifier->>'codeObjecttype' = ${f.codeObjecttype}`);
  if (f.codeRegister !== undefined) externalWhere.push(sql`a.identifier->>'codeRegister' = ${f.codeRegister}`);
  if (f.codeSoortObjectId !== undefined) externalWhere.push(sql`a.identifier->>'codeSoortObjectId' = ${f.codeSoortObjectId}`);
  if (f.active !== undefined) {
    teamWhere.push(sql`t.active = ${f.active}`);
    employeeWhere.push(sql`e.active = ${f.active}`);
    externalWhere.push(sql`a.active = ${f.active}`);
  }
  if (f.name !== undefined) {
    teamWhere.push(sql`lower(t.name) = lower(${f.name})`);
    employeeWhere.push(sql`lower(e.name) = lower(${f.name})`);
    externalWhere.push(sql`lower(a.name) = lower(${f.name})`);
  }
  if (f.soort !== undefined) {
    if (f.soort !== 'organisatorische_eenheid') teamWhere.push(sql`false`);
    if (f.soort !== 'medewerker') employeeWhere.push(sql`false`);
    externalWhere.push(sql`a.kind = ${f.soort}`);
  }
  const union = sql`(select t.id, 'team' as source, t.created_at from teams t where ${all(teamWhere)}
    union all select e.id, 'employee' as source, e.created_at from employees e where ${all(employeeWhere)}
    union all select a.id, 'external' as source, a.created_at from external_actors a where ${all(externalWhere)}) x`;
  const [counted] = rowsOf<{ n: number | string }>(await db.execute(sql`select count(*) as n from ${union}`));
  const total = Number(counted?.n ?? 0);
  if (total === 0 || window.offset >= total) return { rows: [], total };
  const rows = rowsOf<{ id: string; source: 'team' | 'employee' | 'external' }>(await db.execute(sql`select x.id, x.source from ${union}
    order by x.created_at desc, x.id desc limit ${window.limit} offset ${window.offset}`));
  return { rows, total };
}

export async function findActors(db: DbOrTx, ids: string[]) {
  if (ids.length === 0) return { teams: [] as TeamActorRow[], employees: [] as EmployeeActorRow[], externals: [] as ExternalActorRow[] };
  const [t, e, a] = await Promise.all([
    db.select({ id: teams.id, name: teams.name, description: teams.description, active: teams.active }).from(teams).where(inArray(teams.id, ids)),
    db.select({ id: employees.id, name: employees.name, email: employees.email, active: employees.active, teamId: employees.teamId, roles: employees.roles }).from(employees).where(inArray(employees.id, ids)),
    db.select().from(externalActors).where(inArray(externalActors.id, ids)),
  ]);
  return { teams: t, employees: e, externals: a };
}

export async function findTeamByName(db: DbOrTx, name: string): Promise<TeamActorRow | undefined> {
  const [row] = await db.select({ id: teams.id, name: teams.name, description: teams.description, active: teams.active }).from(teams).where(sql`lower(${teams.name}) = lower(${name})`).limit(1);
  return row;
}

export async function findEmployeeByEmail(db: DbOrTx, email: string): Promise<EmployeeActorRow | undefined> {
  const [row] = await db
    .select({ id: employees.id, name: employees.name, email: employees.email, active: employees.active, teamId: employees.teamId, roles: employees.roles })
    .from(employees)
    .where(sql`lower(${employees.email}) = lower(${email})`)
    .limit(1);
  return row;
}

export type ExternalActorWrite = Pick<typeof externalActors.$inferInsert, 'kind' | 'name' | 'active' | 'identifier' | 'details'>;

export async function insertExternalActor(db: DbOrTx, values: ExternalActorWrite, createdAt: Date): Promise<ExternalActorRow> {
  const [row] = await db.insert(externalActors).values({ ...values, createdAt }).returning();
  return row!;
}

export async function updateExternalActor(db: DbOrTx, id: string, values: Partial<ExternalActorWrite>): Promise<void> {
  if (Object.keys(values).length === 0) return;
  await db.update(externalActors).set(values).where(eq(externalActors.id, id));
}

export async function externalActorInUse(db: DbOrTx, id: string): Promise<boolean> {
  const [row] = rowsOf<{ n: number | string }>(await db.execute(sql`select
    (select count(*) from contact_actors where external_actor_id = ${id}) + (select count(*) from request_actors where external_actor_id = ${id}) as n`));
  return Number(row?.n ?? 0) > 0;
}

export async function deleteExternalActor(db: DbOrTx, id: string): Promise<void> {
  await db.delete(externalActors).where(eq(externalActors.id, id));
}

// Actorklantcontacten: contact_actors rows, and the employee who registered a contact in Helder.

export interface ActorLinkRow {
  /** A contact_actors row, or (registrar) the contact whose `registered_by` this is. */
  source: 'row' | 'registrar';
  id: string;
  contactId: string;
  actorId: string;
}

export interface ActorLinkFilter {
  actorId?: string | undefined;
  contactId?: string | undefined;
}

export async function pageActorLinks(db: DbOrTx, f: ActorLinkFilter, window: PageWindow): Promise<{ rows: ActorLinkRow[]; total: number }> {
  const rowWhere: SQL[] = [];
  const registrarWhere: SQL[] = [sql`k.registered_by is not null`];
  if (f.actorId !== undefined) {
    rowWhere.push(sql`coalesce(ca.team_id, ca.employee_id, ca.external_actor_id) = ${f.actorId}`);
    registrarWhere.push(sql`k.registered_by = ${f.actorId}`);
  }
  if (f.contactId !== undefined) {
    rowWhere.push(sql`ca.contact_id = ${f.contactId}`);
    registrarWhere.push(sql`k.id = ${f.contactId}`);
  }
  const union = sql`(select 'row' as source, ca.id, ca.contact_id, coalesce(ca.team_id, ca.employee_id, ca.external_actor_id) as actor_id, ca.created_at
      from contact_actors ca where ${all(rowWhere)}
    union all
    select 'registrar' as source, k.id, k.id as contact_id, k.registered_by as actor_id, k.occurred_at as created_at
      from contacts k where ${all(registrarWhere)}) x`;
  const [counted] = rowsOf<{ n: number | string }>(await db.execute(sql`select count(*) as n from ${union}`));
  const total = Number(counted?.n ?? 0);
  if (total === 0 || window.offset >= total) return { rows: [], total };
  const rows = rowsOf<{ source: 'row' | 'registrar'; id: string; contact_id: string; actor_id: string }>(await db.execute(sql`select x.source, x.id, x.contact_id, x.actor_id
    from ${union} order by x.created_at desc, x.id desc limit ${window.limit} offset ${window.offset}`));
  return { rows: rows.map((r) => ({ source: r.source, id: r.id, contactId: r.contact_id, actorId: r.actor_id })), total };
}

export async function findContactActorRow(db: DbOrTx, id: string) {
  const [row] = await db.select().from(contactActors).where(eq(contactActors.id, id)).limit(1);
  return row;
}

export async function findContactActorFor(db: DbOrTx, contactId: string, actor: { teamId?: string | null; employeeId?: string | null; externalActorId?: string | null }) {
  const [row] = await db
    .select()
    .from(contactActors)
    .where(and(
      eq(contactActors.contactId, contactId),
      actor.teamId ? eq(contactActors.teamId, actor.teamId) : actor.employeeId ? eq(contactActors.employeeId, actor.employeeId) : eq(contactActors.externalActorId, actor.externalActorId!),
    ))
    .limit(1);
  return row;
}

export async function insertContactActor(db: DbOrTx, values: { contactId: string; teamId: string | null; employeeId: string | null; externalActorId: string | null }, createdAt: Date) {
  const [row] = await db.insert(contactActors).values({ ...values, createdAt }).returning();
  return row!;
}

export async function updateContactActor(db: DbOrTx, id: string, values: { contactId: string; teamId: string | null; employeeId: string | null; externalActorId: string | null }) {
  await db.update(contactActors).set(values).where(eq(contactActors.id, id));
}

export async function deleteContactActor(db: DbOrTx, id: string): Promise<boolean> {
  const rows = await db.delete(contactActors).where(eq(contactActors.id, id)).returning({ id: contactActors.id });
  return rows.length > 0;
}

// Interne taken (callback requests of kind callback, made from a contact).

export type TaskRow = typeof callbackRequests.$inferSelect;

export interface TaskFilter {
  none?: boolean | undefined;
  contactId?: string | undefined;
  contactNumber?: number | undefined;
  actorName?: string | undefined;
  number?: number | undefined;
  statuses?: string[] | undefined;
  actorId?: string | undefined;
  createdAt?: Date | undefined;
}

const TASKS = sql`x.kind = 'callback' and x.contact_id is not null`;

function taskWhere(f: TaskFilter): SQL {
  const w: SQL[] = [TASKS];
  if (f.none) w.push(sql`false`);
  if (f.contactId !== undefined) w.push(sql`x.contact_id = ${f.contactId}`);
  if (f.contactNumber !== undefined) w.push(sql`x.contact_id in (select id from contacts where number = ${f.contactNumber})`);
  if (f.actorName !== undefined) {
    w.push(sql`(exists (select 1 from teams t where t.id = x.team_id and lower(t.name) = lower(${f.actorName}))
      or exists (select 1 from employees e where e.id = x.assignee_id and lower(e.name) = lower(${f.actorName}))
      or exists (select 1 from request_actors ra join external_actors a on a.id = ra.external_actor_id where ra.request_id = x.id and lower(a.name) = lower(${f.actorName})))`);
  }
  if (f.number !== undefined) w.push(sql`x.number = ${f.number}`);
  if (f.statuses) w.push(sql`x.status in (${list(f.statuses)})`);
  if (f.actorId !== undefined) {
    w.push(sql`(x.team_id = ${f.actorId} or x.assignee_id = ${f.actorId}
      or exists (select 1 from request_actors ra where ra.request_id = x.id and ra.external_actor_id = ${f.actorId}))`);
  }
  if (f.createdAt !== undefined) w.push(sql`x.created_at = ${f.createdAt.toISOString()}::timestamptz`);
  return all(w);
}

export function pageTasks(db: DbOrTx, f: TaskFilter, window: PageWindow): Promise<IdPage> {
  return idsPage(db, sql`from callback_requests x where ${taskWhere(f)}`, sql`x.created_at desc, x.id desc`, window);
}

export async function findTasks(db: DbOrTx, ids: string[]): Promise<TaskRow[]> {
  if (ids.length === 0) return [];
  const rows = await db.select().from(callbackRequests).where(and(inArray(callbackRequests.id, ids), eq(callbackRequests.kind, 'callback'), sql`${callbackRequests.contactId} is not null`));
  return inOrder(ids, rows);
}

/** The external actors each task was assigned to (besides its team and assignee). */
export async function externalActorsOfTasks(db: DbOrTx, taskIds: string[]): Promise<{ requestId: string; externalActorId: string }[]> {
  if (taskIds.length === 0) return [];
  return db.select({ requestId: requestActors.requestId, externalActorId: requestActors.externalActorId }).from(requestActors)
    .where(inArray(requestActors.requestId, taskIds)).orderBy(asc(requestActors.createdAt), asc(requestActors.externalActorId));
}

/** The task's external actors become exactly `ids`. */
export async function setTaskExternalActors(db: DbOrTx, taskId: string, ids: string[], now: Date): Promise<void> {
  await db.delete(requestActors).where(and(eq(requestActors.requestId, taskId), ids.length ? sql`${requestActors.externalActorId} not in (${list(ids)})` : undefined));
  for (const id of ids) {
    await db.insert(requestActors).values({ requestId: taskId, externalActorId: id, createdAt: now }).onConflictDoNothing();
  }
}

export async function updateTaskText(db: DbOrTx, id: string, values: { question?: string; requestedAction?: string | null }, now: Date): Promise<void> {
  if (Object.keys(values).length === 0) return;
  await db.update(callbackRequests).set({ ...values, updatedAt: now }).where(eq(callbackRequests.id, id));
}

export async function setTaskRequestedAction(db: DbOrTx, id: string, requestedAction: string): Promise<void> {
  await db.update(callbackRequests).set({ requestedAction }).where(eq(callbackRequests.id, id));
}

// Onderwerpobjecten and bijlagen (contact references).

export type ReferenceRow = typeof contactReferences.$inferSelect;

export interface ReferenceFilter {
  kind: 'subject' | 'attachment';
  none?: boolean | undefined;
  contactId?: string | undefined;
  wasContactId?: string | undefined;
  objectType?: string | undefined;
  register?: string | undefined;
  idKind?: string | undefined;
  objectId?: string | undefined;
}

export function pageReferences(db: DbOrTx, f: ReferenceFilter, window: PageWindow): Promise<IdPage> {
  const w: SQL[] = [sql`x.kind = ${f.kind}`];
  if (f.none) w.push(sql`false`);
  if (f.contactId !== undefined) w.push(sql`x.contact_id = ${f.contactId}`);
  if (f.wasContactId !== undefined) w.push(sql`x.was_contact_id = ${f.wasContactId}`);
  if (f.objectType !== undefined) w.push(sql`x.object_type = ${f.objectType}`);
  if (f.register !== undefined) w.push(sql`x.register = ${f.register}`);
  if (f.idKind !== undefined) w.push(sql`x.id_kind = ${f.idKind}`);
  if (f.objectId !== undefined) w.push(sql`x.object_id = ${f.objectId}`);
  return idsPage(db, sql`from contact_references x where ${all(w)}`, sql`x.created_at desc, x.id desc`, window);
}

export async function findReferences(db: DbOrTx, ids: string[], kind?: 'subject' | 'attachment'): Promise<ReferenceRow[]> {
  if (ids.length === 0) return [];
  const rows = await db.select().from(contactReferences).where(and(inArray(contactReferences.id, ids), kind ? eq(contactReferences.kind, kind) : undefined));
  return inOrder(ids, rows);
}

export type ReferenceWrite = Pick<typeof contactReferences.$inferInsert, 'contactId' | 'wasContactId' | 'objectId' | 'objectType' | 'register' | 'idKind'>;

export async function insertReference(db: DbOrTx, kind: 'subject' | 'attachment', values: ReferenceWrite, createdAt: Date): Promise<ReferenceRow> {
  const [row] = await db.insert(contactReferences).values({ ...values, kind, createdAt }).returning();
  return row!;
}

export async function updateReference(db: DbOrTx, id: string, values: Partial<ReferenceWrite>): Promise<void> {
  if (Object.keys(values).length === 0) return;
  await db.update(contactReferences).set(values).where(eq(contactReferences.id, id));
}

export async function deleteReference(db: DbOrTx, id: string): Promise<boolean> {
  const rows = await db.delete(contactReferences).where(eq(contactReferences.id, id)).returning({ id: contactReferences.id });
  return rows.length > 0;
}


/** The customers (betrokkenen) that were these parties: whose BSN view is audited with their ids. */
export async function customerIdsOfParties(db: DbOrTx, partyIds: string[], limit = 500): Promise<string[]> {
  if (partyIds.length === 0) return [];
  return rowsOf<{ id: string }>(await db.execute(sql`select id from customers where party_id in (${list(partyIds)}) limit ${limit}`)).map((r) => r.id);
}
