// The only place with queries on parties, their digital addresses, identifiers and merges.
// Every writer (the web app's party screens, the Klantinteracties API, imports, the demo) goes
// through these functions, so the search columns (`search_text`, `address_key`, `key`) stay right.
import { and, asc, eq, gt, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { PartyQuery } from '@helder/domain';
import { rowsOf, type DbOrTx } from '../db/client.js';
import { customers, digitalAddresses, parties, partyIdentifiers, partyMerges } from '../db/schema.js';
import { cleanAddress, digitalAddressKey, displayName, partyAddressKey, partySearchText, type DigitalAddressKind, type StoredAddress } from './fields.js';

export type PartyRow = typeof parties.$inferSelect;
export type DigitalAddressRow = typeof digitalAddresses.$inferSelect;
export type IdentifierRow = typeof partyIdentifiers.$inferSelect;

/** What a writer gives for a party; the name, search text and address key are derived. */
export interface PartyWrite {
  kind: string;
  name?: string | null | undefined;
  initials?: string | null | undefined;
  firstName?: string | null | undefined;
  surnamePrefix?: string | null | undefined;
  surname?: string | null | undefined;
  worksForPartyId?: string | null | undefined;
  visitAddress?: StoredAddress | null | undefined;
  correspondenceAddress?: StoredAddress | null | undefined;
  internalNote?: string | null | undefined;
  preferredLanguage?: string | null | undefined;
  confidential?: boolean | null | undefined;
  active?: boolean | undefined;
}

function derived(p: PartyWrite) {
  const visitAddress = cleanAddress(p.visitAddress);
  return {
    kind: p.kind,
    name: displayName(p) || 'Onbekend',
    initials: p.initials ?? null,
    firstName: p.firstName ?? null,
    surnamePrefix: p.surnamePrefix ?? null,
    surname: p.surname ?? null,
    worksForPartyId: p.worksForPartyId ?? null,
    visitAddress,
    correspondenceAddress: cleanAddress(p.correspondenceAddress),
    addressKey: partyAddressKey(visitAddress),
    internalNote: p.internalNote ?? null,
    preferredLanguage: p.preferredLanguage ?? null,
    confidential: p.confidential ?? null,
    active: p.active ?? true,
    searchText: partySearchText(p),
  };
}

export async function insertParty(db: DbOrTx, p: PartyWrite, id?: string): Promise<PartyRow> {
  const [row] = await db.insert(parties).values({ ...(id ? { id } : {}), ...derived(p) }).returning();
  return row!;
}

/** Replaces every field of the party with what is given (a PUT); the id, number and merges stay. */
export async function updateParty(db: DbOrTx, id: string, p: PartyWrite, now: Date): Promise<PartyRow | undefined> {
  const [row] = await db.update(parties).set({ ...derived(p), updatedAt: now }).where(eq(parties.id, id)).returning();
  return row;
}

export async function findParty(db: DbOrTx, id: string): Promise<PartyRow | undefined> {
  const [row] = await db.select().from(parties).where(eq(parties.id, id)).limit(1);
  return row;
}

export async function findPartiesByIds(db: DbOrTx, ids: string[]): Promise<PartyRow[]> {
  if (ids.length === 0) return [];
  return db.select().from(parties).where(inArray(parties.id, ids));
}

export async function touchParty(db: DbOrTx, id: string, now: Date): Promise<void> {
  await db.update(parties).set({ updatedAt: now }).where(eq(parties.id, id));
}

// Digital addresses.

export interface DigitalAddressWrite {
  partyId?: string | null | undefined;
  customerId?: string | null | undefined;
  kind: DigitalAddressKind;
  value: string;
  label?: string | null | undefined;
  isDefault?: boolean | undefined;
  reference?: string | null | undefined;
  verifiedOn?: string | null | undefined;
}

/**
 * A new address. Marked as default, it takes over from the party's other default of its kind (one
 * default per party and kind, as the Klantinteracties API says): both in one statement.
 */
export async function insertDigitalAddress(db: DbOrTx, a: DigitalAddressWrite, now: Date): Promise<DigitalAddressRow> {
  if (a.isDefault && a.partyId) await clearDefault(db, a.partyId, a.kind, now);
  const [row] = await db
    .insert(digitalAddresses)
    .values({
      partyId: a.partyId ?? null,
      customerId: a.customerId ?? null,
      kind: a.kind,
      value: a.value.trim(),
      key: digitalAddressKey(a.kind, a.value),
      label: a.label ?? null,
      isDefault: a.isDefault ?? false,
      reference: a.reference ?? null,
      verifiedOn: a.verifiedOn ?? null,
      createdAt: now,
      updatedAt: now,
    })
    .returning();
  return row!;
}

export async function updateDigitalAddress(db: DbOrTx, id: string, a: DigitalAddressWrite, now: Date): Promise<DigitalAddressRow | undefined> {
  if (a.isDefault && a.partyId) await clearDefault(db, a.partyId, a.kind, now, id);
  const [row] = await db
    .update(digitalAddresses)
    .set({
      partyId: a.partyId ?? null,
      customerId: a.customerId ?? null,
      kind: a.kind,
      value: a.value.trim(),
      key: digitalAddressKey(a.kind, a.value),
      label: a.label ?? null,
      isDefault: a.isDefault ?? false,
      reference: a.reference ?? null,
      verifiedOn: a.verifiedOn ?? null,
      updatedAt: now,
    })
    .where(eq(digitalAddresses.id, id))
    .returning();
  return row;
}

async function clearDefault(db: DbOrTx, partyId: string, kind: string, now: Date, except?: string) {
  await db
    .update(digitalAddresses)
    .set({ isDefault: false, updatedAt: now })
    .where(and(eq(digitalAddresses.partyId, partyId), eq(digitalAddresses.kind, kind), eq(digitalAddresses.isDefault, true), except ? sql`${digitalAddresses.id} <> ${except}` : undefined));
}

export async function deleteDigitalAddress(db: DbOrTx, id: string): Promise<boolean> {
  const rows = await db.delete(digitalAddresses).where(eq(digitalAddresses.id, id)).returning({ id: digitalAddresses.id });
  return rows.length > 0;
}

export async function findDigitalAddress(db: DbOrTx, id: string): Promise<DigitalAddressRow | undefined> {
  const [row] = await db.select().from(digitalAddresses).where(eq(digitalAddresses.id, id)).limit(1);
  return row;
}

export async function partyDigitalAddresses(db: DbOrTx, partyIds: string[]): Promise<DigitalAddressRow[]> {
  if (partyIds.length === 0) return [];
  return db
    .select()
    .from(digitalAddresses)
    .where(inArray(digitalAddresses.partyId, partyIds))
    .orderBy(asc(digitalAddresses.kind), sql`${digitalAddresses.isDefault} desc`, asc(digitalAddresses.createdAt), asc(digitalAddresses.id));
}

/**
 * The party's phone numbers or e-mail addresses become exactly `list` (the web app's form): rows
 * with the same key are kept (and updated), others removed, new ones added. The first default (or
 * the first) is the default.
 */
export async function replacePartyAddresses(
  db: DbOrTx,
  partyId: string,
  kind: 'email' | 'phone',
  list: { value: string; label?: string | undefined; isDefault?: boolean | undefined }[],
  now: Date,
): Promise<void> {
  const existing = await db.select().from(digitalAddresses).where(and(eq(digitalAddresses.partyId, partyId), eq(digitalAddresses.kind, kind)));
  const defaultIndex = Math.max(0, list.findIndex((a) => a.isDefault));
  const wanted = list.map((a, i) => ({ ...a, key: digitalAddressKey(kind, a.value), isDefault: i === defaultIndex }));
  const keep = new Set(wanted.map((w) => w.key));
  const gone = existing.filter((e) => !keep.has(e.key)).map((e) => e.id);
  if (gone.length) await db.delete(digitalAddresses).where(inArray(digitalAddresses.id, gone));
  const seen = new Set<string>();
  for (const w of wanted) {
    if (seen.has(w.key)) continue;
    seen.add(w.key);
    const old = existing.find((e) => e.key === w.key);
    if (old) {
      await db.update(digitalAddresses).set({ value: w.value.trim(), label: w.label?.trim() || null, isDefault: w.isDefault, updatedAt: now }).where(eq(digitalAddresses.id, old.id));
    } else {
      await db.insert(digitalAddresses).values({ partyId, kind, value: w.value.trim(), key: w.key, label: w.label?.trim() || null, isDefault: w.isDefault, createdAt: now, updatedAt: now });
    }
  }
}

// Identifiers.

export interface IdentifierWrite {
  partyId: string;
  objectType: string;
  idKind: string;
  register: string;
  /** In the clear: every kind except the BSN. */
  value?: string | null | undefined;
  /** A BSN: sealed by BsnVault. */
  sealed?: { valueHash: string; valueSealed: string; valueHint: string } | undefined;
  subOfId?: string | null | undefined;
}

export async function insertIdentifier(db: DbOrTx, i: IdentifierWrite): Promise<IdentifierRow> {
  const [row] = await db
    .insert(partyIdentifiers)
    .values({
      partyId: i.partyId,
      objectType: i.objectType,
      idKind: i.idKind,
      register: i.register,
      value: i.sealed ? null : (i.value ?? ''),
      valueHash: i.sealed?.valueHash ?? null,
      valueSealed: i.sealed?.valueSealed ?? null,
      valueHint: i.sealed?.valueHint ?? null,
      subOfId: i.subOfId ?? null,
    })
    .returning();
  return row!;
}

export async function updateIdentifier(db: DbOrTx, id: string, i: IdentifierWrite): Promise<IdentifierRow | undefined> {
  const [row] = await db
    .update(partyIdentifiers)
    .set({
      partyId: i.partyId,
      objectType: i.objectType,
      idKind: i.idKind,
      register: i.register,
      value: i.sealed ? null : (i.value ?? ''),
      valueHash: i.sealed?.valueHash ?? null,
      valueSealed: i.sealed?.valueSealed ?? null,
      valueHint: i.sealed?.valueHint ?? null,
      subOfId: i.subOfId ?? null,
    })
    .where(eq(partyIdentifiers.id, id))
    .returning();
  return row;
}

export async function deleteIdentifier(db: DbOrTx, id: string): Promise<boolean> {
  await db.update(partyIdentifiers).set({ subOfId: null }).where(eq(partyIdentifiers.subOfId, id));
  const rows = await db.delete(partyIdentifiers).where(eq(partyIdentifiers.id, id)).returning({ id: partyIdentifiers.id });
  return rows.length > 0;
}

export async function findIdentifier(db: DbOrTx, id: string): Promise<IdentifierRow | undefined> {
  const [row] = await db.select().from(partyIdentifiers).where(eq(partyIdentifiers.id, id)).limit(1);
  return row;
}

export async function partyIdentifierRows(db: DbOrTx, partyIds: string[]): Promise<IdentifierRow[]> {
  if (partyIds.length === 0) return [];
  return db.select().from(partyIdentifiers).where(inArray(partyIdentifiers.partyId, partyIds)).orderBy(asc(partyIdentifiers.createdAt), asc(partyIdentifiers.id));
}

/** The party's identifier of one kind (KvK number, own reference, BSN) becomes `value`, or goes when null. */
export async function setIdentifier(db: DbOrTx, partyId: string, kind: { objectType: string; idKind: string; register: string }, value: string | null, sealed?: IdentifierWrite['sealed']): Promise<void> {
  await db.delete(partyIdentifiers).where(and(eq(partyIdentifiers.partyId, partyId), eq(partyIdentifiers.idKind, kind.idKind), isNull(partyIdentifiers.subOfId)));
  if (value === null && !sealed) return;
  await insertIdentifier(db, { partyId, ...kind, value, sealed });
}

// Search.

export interface PartySearch {
  /** Left out: every party, by name. */
  query?: PartyQuery | undefined;
  /** The keyed hash of a BSN query (only when BSNs are kept). */
  bsnHash?: string | undefined;
  after?: { name: string; id: string } | undefined;
  limit: number;
}

/** Active, not merged, not anonymised. */
const LIVE = sql`${parties.mergedIntoId} is null and ${parties.anonymisedAt} is null`;

/**
 * The parties the search box means, ordered by name. Every kind of query is one index lookup:
 * digital_addresses.key (prefix) for phone numbers and e-mail addresses, address_key for postcodes,
 * party_identifiers for KvK numbers and BSNs, the name's words (GIN, prefix) for the rest.
 */
export async function searchParties(db: DbOrTx, s: PartySearch): Promise<PartyRow[]> {
  const q = s.query;
  let match: SQL = sql`true`;
  switch (q?.kind) {
    case undefined:
      break;
    case 'email':
    case 'phone': {
      const pattern = `${q.key.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      match = sql`${parties.id} in (select ${digitalAddresses.partyId} from ${digitalAddresses}
        where ${digitalAddresses.key} like ${pattern} and ${digitalAddresses.kind} = ${q.kind} and ${digitalAddresses.partyId} is not null)`;
      break;
    }
    case 'address':
      match = q.exact ? sql`${parties.addressKey} = ${q.key}` : sql`${parties.addressKey} like ${`${q.key}%`}`;
      break;
    case 'kvk':
      match = sql`${parties.id} in (select ${partyIdentifiers.partyId} from ${partyIdentifiers}
        where ${partyIdentifiers.idKind} in ('kvk_nummer', 'vestigingsnummer', 'rsin') and ${partyIdentifiers.value} = ${q.value})`;
      break;
    case 'bsn':
      if (!s.bsnHash) return [];
      match = sql`${parties.id} in (select ${partyIdentifiers.partyId} from ${partyIdentifiers} where ${partyIdentifiers.valueHash} = ${s.bsnHash})`;
      break;
    case 'name': {
      // Each word a prefix: "jan de vr" finds Jan de Vries while it is still being typed.
      const tsQuery = q.words.map((w) => `${w.replace(/[^\p{L}\p{N}]/gu, '')}:*`).filter((w) => w !== ':*').join(' & ');
      if (!tsQuery) return [];
      match = sql`${parties.search} @@ to_tsquery('simple', ${tsQuery})`;
      break;
    }
  }
  const after = s.after ? or(gt(parties.name, s.after.name), and(eq(parties.name, s.after.name), gt(parties.id, s.after.id))) : undefined;
  return db
    .select()
    .from(parties)
    .where(and(match, LIVE, after))
    .orderBy(asc(parties.name), asc(parties.id))
    .limit(s.limit + 1);
}

/** The defaults (or first) phone and e-mail per party, for a list. */
export async function defaultAddresses(db: DbOrTx, partyIds: string[]): Promise<Map<string, { phone: string | null; email: string | null }>> {
  const out = new Map<string, { phone: string | null; email: string | null }>();
  for (const a of await partyDigitalAddresses(db, partyIds)) {
    const entry = out.get(a.partyId!) ?? { phone: null, email: null };
    if (a.kind === 'phone' && entry.phone === null) entry.phone = a.value;
    if (a.kind === 'email' && entry.email === null) entry.email = a.value;
    out.set(a.partyId!, entry);
  }
  return out;
}

/** A live party with this e-mail address or phone number (the oldest, when several have it). */
export async function matchParty(db: DbOrTx, keys: { email?: string | null | undefined; phone?: string | null | undefined }): Promise<string | undefined> {
  const conditions: SQL[] = [];
  if (keys.email) conditions.push(sql`(a.kind = 'email' and a.key = ${digitalAddressKey('email', keys.email)})`);
  if (keys.phone) conditions.push(sql`(a.kind = 'phone' and a.key = ${digitalAddressKey('phone', keys.phone)})`);
  if (conditions.length === 0) return undefined;
  const rows = rowsOf<{ id: string }>(await db.execute(sql`select p.id from digital_addresses a join parties p on p.id = a.party_id
    where (${sql.join(conditions, sql` or `)}) and p.merged_into_id is null and p.anonymised_at is null
    order by (a.kind = 'email') desc, p.number limit 1`));
  return rows[0]?.id;
}

/** Adds the typed e-mail address and phone number to the party when it does not have them yet (not as default). */
export async function addMissingAddresses(db: DbOrTx, partyId: string, typed: { email?: string | null | undefined; phone?: string | null | undefined }, now: Date): Promise<void> {
  const wanted = [
    ...(typed.email ? [{ kind: 'email' as const, value: typed.email }] : []),
    ...(typed.phone ? [{ kind: 'phone' as const, value: typed.phone }] : []),
  ];
  if (wanted.length === 0) return;
  const existing = await db.select({ kind: digitalAddresses.kind, key: digitalAddresses.key }).from(digitalAddresses).where(eq(digitalAddresses.partyId, partyId));
  for (const w of wanted) {
    const key = digitalAddressKey(w.kind, w.value);
    if (existing.some((e) => e.kind === w.kind && e.key === key)) continue;
    const first = !existing.some((e) => e.kind === w.kind);
    await db.insert(digitalAddresses).values({ partyId, kind: w.kind, value: w.value.trim(), key, isDefault: first, createdAt: now, updatedAt: now });
  }
}

/** Locks the parties' rows, always in the same order, for a merge or its undo. */
export async function lockParties(db: DbOrTx, ids: string[]): Promise<void> {
  const sorted = [...new Set(ids)].sort();
  await db.execute(sql`select id from ${parties} where id in (${sql.join(sorted.map((id) => sql`${id}::uuid`), sql`, `)}) order by id for update`);
}

/** Another party that holds this BSN (by its keyed hash). */
export async function bsnOwner(db: DbOrTx, valueHash: string, exceptPartyId: string): Promise<string | undefined> {
  const [row] = await db
    .select({ partyId: partyIdentifiers.partyId })
    .from(partyIdentifiers)
    .where(and(eq(partyIdentifiers.valueHash, valueHash), sql`${partyIdentifiers.partyId} <> ${exceptPartyId}`))
    .limit(1);
  return row?.partyId;
}

export async function linkCustomer(db: DbOrTx, customerId: string, partyId: string | null): Promise<void> {
  await db.update(customers).set({ partyId }).where(eq(customers.id, customerId));
}

// Merges.

export interface MovedRows {
  customers: string[];
  digitalAddresses: string[];
  identifiers: string[];
  /** Contact persons that worked for the merged organisation. */
  contactPersons: string[];
}

/** Moves everything of `duplicateId` to `survivorId` and marks the duplicate merged; returns what moved. */
export async function mergeParties(db: DbOrTx, survivorId: string, duplicateId: string, now: Date): Promise<MovedRows> {
  const moved: MovedRows = {
    customers: (await db.update(customers).set({ partyId: survivorId }).where(eq(customers.partyId, duplicateId)).returning({ id: customers.id })).map((r) => r.id),
    // A duplicate's default does not replace the survivor's own.
    digitalAddresses: (await db.update(digitalAddresses).set({ partyId: survivorId, isDefault: false, updatedAt: now }).where(eq(digitalAddresses.partyId, duplicateId)).returning({ id: digitalAddresses.id })).map((r) => r.id),
    identifiers: (await db.update(partyIdentifiers).set({ partyId: survivorId }).where(eq(partyIdentifiers.partyId, duplicateId)).returning({ id: partyIdentifiers.id })).map((r) => r.id),
    contactPersons: (await db.update(parties).set({ worksForPartyId: survivorId }).where(eq(parties.worksForPartyId, duplicateId)).returning({ id: parties.id })).map((r) => r.id),
  };
  await db.update(parties).set({ mergedIntoId: survivorId, updatedAt: now }).where(eq(parties.id, duplicateId));
  await db.update(parties).set({ updatedAt: now }).where(eq(parties.id, survivorId));
  return moved;
}

/** Moves back exactly what a merge moved, and makes the duplicate a party of its own again. */
export async function unmergeParties(db: DbOrTx, merge: { survivorId: string; mergedId: string; moved: MovedRows }, defaults: string[], now: Date): Promise<void> {
  const m = merge.moved;
  if (m.customers.length) await db.update(customers).set({ partyId: merge.mergedId }).where(and(inArray(customers.id, m.customers), eq(customers.partyId, merge.survivorId)));
  if (m.digitalAddresses.length) {
    await db.update(digitalAddresses).set({ partyId: merge.mergedId, updatedAt: now }).where(and(inArray(digitalAddresses.id, m.digitalAddresses), eq(digitalAddresses.partyId, merge.survivorId)));
    if (defaults.length) await db.update(digitalAddresses).set({ isDefault: true }).where(inArray(digitalAddresses.id, defaults));
  }
  if (m.identifiers.length) await db.update(partyIdentifiers).set({ partyId: merge.mergedId }).where(and(inArray(partyIdentifiers.id, m.identifiers), eq(partyIdentifiers.partyId, merge.survivorId)));
  if (m.contactPersons.length) await db.update(parties).set({ worksForPartyId: merge.mergedId }).where(and(inArray(parties.id, m.contactPersons), eq(parties.worksForPartyId, merge.survivorId)));
  await db.update(parties).set({ mergedIntoId: null, updatedAt: now }).where(eq(parties.id, merge.mergedId));
  await db.update(parties).set({ updatedAt: now }).where(eq(parties.id, merge.survivorId));
}

export async function insertMerge(db: DbOrTx, m: { survivorId: string; mergedId: string; moved: MovedRows & { defaults: string[] }; mergedBy: string | null; mergedAt: Date }) {
  const [row] = await db.insert(partyMerges).values(m).returning();
  return row!;
}

export async function findMerge(db: DbOrTx, id: string) {
  const [row] = await db.select().from(partyMerges).where(eq(partyMerges.id, id)).limit(1);
  return row;
}

export async function markMergeUndone(db: DbOrTx, id: string, by: string | null, now: Date): Promise<boolean> {
  const rows = await db.update(partyMerges).set({ undoneAt: now, undoneBy: by }).where(and(eq(partyMerges.id, id), isNull(partyMerges.undoneAt))).returning({ id: partyMerges.id });
  return rows.length > 0;
}

/** Merges into the party since `since`, newest first, with the merged party's name and who merged. */
export async function recentMerges(db: DbOrTx, survivorId: string, since: Date) {
  return rowsOf<{ id: string; survivor_id: string; merged_id: string; merged_name: string; merged_at: string | Date; merged_by_name: string | null; undone_at: string | Date | null }>(
    await db.execute(sql`select m.id, m.survivor_id, m.merged_id, p.name as merged_name, m.merged_at, e.name as merged_by_name, m.undone_at
      from ${partyMerges} m join ${parties} p on p.id = m.merged_id left join employees e on e.id = m.merged_by
      where m.survivor_id = ${survivorId} and m.merged_at >= ${since.toISOString()}::timestamptz
      order by m.merged_at desc limit 20`),
  );
}

// Klantinteracties API

/** Removes a party that nothing refers to any more (its addresses and identifiers are removed first, through the functions above). */
export async function deleteParty(db: DbOrTx, id: string): Promise<boolean> {
  const rows = await db.delete(parties).where(eq(parties.id, id)).returning({ id: parties.id });
  return rows.length > 0;
}
