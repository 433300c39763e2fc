// Every query of the resident's rights (AVG art. 15-17) and of retention. Anonymising keeps each row
// and everything the figures are made of (kinds, dates, teams, channels, products, statuses, marks);
// it removes who the resident is and what they or we wrote about them in free text.
import { normalisePhone } from '@helder/domain';
import { sql, type SQL } from 'drizzle-orm';
import { uuidArray as uuids, textArray as texts } from '../db/arrays.js';
import { type DbOrTx, rowsOf } from '../db/client.js';

/** What a removed text reads as from now on, everywhere. */
export const REMOVED = '[verwijderd]';
/** Free-text keys in callback history events (notes, interim messages, outcomes, reasons to cancel). */
/**
 * Free text in history events: notes, messages, outcomes and reasons, and the press inbox's notes
 * (text), comments, input questions and the sender and subject of a mail that came in.
 */
export const EVENT_TEXT_KEYS = ['note', 'message', 'outcome', 'reason', 'text', 'comment', 'question', 'subject', 'from'] as const;

/** UUIDs (from the database, never typed by a user) as one array parameter. */
const ts = (date: Date) => sql`${date.toISOString()}::timestamptz`;

export interface SubjectQuery {
  email?: string | undefined;
  phone?: string | undefined;
}

/**
 * The phone numbers that may be the same line as the one typed: 06…, +316… and 00316… are one
 * number, stored as typed (only separators are removed), so all spellings are looked up (indexed).
 */
export function phoneDigitVariants(phone: string): string[] {
  const digits = normalisePhone(phone).replace(/\D/g, '');
  const variants = new Set([digits]);
  const national = digits.startsWith('0031') ? digits.slice(4) : digits.startsWith('31') && digits.length === 11 ? digits.slice(2) : digits.startsWith('0') ? digits.slice(1) : undefined;
  if (national && national.length === 9) {
    variants.add(`0${national}`);
    variants.add(`31${national}`);
    variants.add(`0031${national}`);
  }
  return [...variants].filter((d) => d.length >= 6);
}

/** Matches the expression indexes of migration 0012 exactly, so both lookups use them. */
function subjectWhere(query: SubjectQuery): SQL {
  const parts: SQL[] = [];
  if (query.email) parts.push(sql`lower(c.email) = ${query.email.trim().toLowerCase()}`);
  if (query.phone) {
    const variants = phoneDigitVariants(query.phone);
    if (variants.length > 0) parts.push(sql`regexp_replace(c.phone, '[^0-9]', '', 'g') = any(${texts(variants)})`);
  }
  if (parts.length === 0) return sql`false`;
  return sql.join(parts, sql` or `);
}

export interface SubjectRow {
  id: string;
  kind: string;
  name: string | null;
  email: string | null;
  phone: string | null;
  createdAt: Date;
  anonymisedAt: Date | null;
  contacts: number;
  callbacks: number;
  reports: number;
  followUps: number;
  surveyAnswers: number;
}

/** The customer records that match, newest first, with what hangs on each. Keyset paged. */
export async function findSubjects(db: DbOrTx, query: SubjectQuery, page: { before?: { createdAt: Date; id: string } | undefined; limit: number }) {
  const before = page.before ? sql`and (c.created_at, c.id) < (${ts(page.before.createdAt)}, ${page.before.id}::uuid)` : sql``;
  const result = await db.execute(sql`
    select c.id, c.kind, c.name, c.email, c.phone, c.created_at, c.anonymised_at,
      (select count(*) from contacts k where k.customer_id = c.id)::int as contacts,
      r.callbacks, r.reports, r.follow_ups,
      (select count(*) from survey_invitations i join survey_responses s on s.invitation_id = i.id where i.customer_id = c.id)::int as survey_answers
    from customers c
    -- One lookup in callbacks_customer_idx per record; a count per kind in separate subqueries let
    -- the planner walk all reports (callbacks_kind_created_idx) for every record instead.
    cross join lateral (
      select count(*) filter (where kind = 'callback')::int as callbacks,
        count(*) filter (where kind = 'report')::int as reports,
        count(*) filter (where kind = 'follow_up')::int as follow_ups
      from callback_requests where customer_id = c.id) r
    where (${subjectWhere(query)}) ${before}
    order by c.created_at desc, c.id desc
    limit ${page.limit + 1}`);
  return rowsOf<Record<string, unknown>>(result).map(
    (r): SubjectRow => ({
      id: String(r.id),
      kind: String(r.kind),
      name: (r.name as string | null) ?? null,
      email: (r.email as string | null) ?? null,
      phone: (r.phone as string | null) ?? null,
      createdAt: new Date(r.created_at as string),
      anonymisedAt: r.anonymised_at ? new Date(r.anonymised_at as string) : null,
      contacts: Number(r.contacts),
      callbacks: Number(r.callbacks),
      reports: Number(r.reports),
      followUps: Number(r.follow_ups),
      surveyAnswers: Number(r.survey_answers),
    }),
  );
}

/** All matching customer ids, at most `limit` (an export or erasure works on one person's records). */
export async function subjectIds(db: DbOrTx, query: SubjectQuery, limit: number): Promise<string[]> {
  const result = await db.execute(sql`select c.id from customers c where (${subjectWhere(query)}) order by c.created_at, c.id limit ${limit}`);
  return rowsOf<{ id: string }>(result).map((r) => String(r.id));
}

// ---------------------------------------------------------------------------------------------
// What is held (art. 15)

export async function exportCustomers(db: DbOrTx, ids: string[]) {
  const result = await db.execute(sql`
    select id, kind, name, email, phone, created_at, anonymised_at from customers where id = any(${uuids(ids)}) order by created_at, id`);
  return rowsOf<Record<string, unknown>>(result);
}

/** The parties (the resident in view) these customers are linked to, with every address and identifier (a BSN masked). */
export async function exportParties(db: DbOrTx, ids: string[]) {
  return rowsOf(await db.execute(sql`
    select p.id, p.kind, p.name, p.visit_address, p.internal_note, p.created_at,
      (select string_agg(a.value || coalesce(' (' || a.label || ')', ''), ', ' order by a.kind, a.value) from digital_addresses a where a.party_id = p.id) as addresses,
      (select string_agg(case when i.id_kind = 'bsn' then 'BSN ••••••' || coalesce(i.value_hint, '') else i.id_kind || ' ' || i.value end, ', ') from party_identifiers i where i.party_id = p.id) as identifiers
    from parties p where p.id in (select party_id from customers where id = any(${uuids(ids)}) and party_id is not null)
    order by p.created_at, p.id`));
}

export async function exportContacts(db: DbOrTx, ids: string[]) {
  const result = await db.execute(sql`
    select k.id, k.number, k.customer_id, k.occurred_at, k.channel, k.subject, k.summary, k.answer, k.resolution, k.positive_surprise,
      t.name as team_name, p.name as product_name
    from contacts k left join teams t on t.id = k.team_id left join products p on p.id = k.product_id
    where k.customer_id = any(${uuids(ids)}) order by k.occurred_at, k.id`);
  return rowsOf<Record<string, unknown>>(result);
}

export async function exportRequests(db: DbOrTx, ids: string[]) {
  const result = await db.execute(sql`
    select r.id, r.number, r.kind, r.customer_id, r.status, r.question, r.reply_by, r.created_at, r.due_at, r.completed_at, r.outcome,
      r.category, r.occurred_on, r.interim_expected_by, t.name as team_name
    from callback_requests r join teams t on t.id = r.team_id
    where r.customer_id = any(${uuids(ids)}) order by r.created_at, r.id`);
  return rowsOf<Record<string, unknown>>(result);
}

export async function exportEvents(db: DbOrTx, requestIds: string[]) {
  if (requestIds.length === 0) return [];
  const result = await db.execute(sql`
    select callback_request_id, at, type, data from callback_events where callback_request_id = any(${uuids(requestIds)}) order by callback_request_id, id`);
  return rowsOf<Record<string, unknown>>(result);
}

/** A press question's mail thread (every mail in and out, with the names of its attachments). */
export async function exportPressMessages(db: DbOrTx, requestIds: string[]) {
  if (requestIds.length === 0) return [];
  return rowsOf<Record<string, unknown>>(await db.execute(sql`
    select m.request_id, m.direction, m.at, m.from_address, m.from_name, m.to_address, m.subject, m.text_body,
      (select string_agg(a.filename, ', ' order by a.filename) from press_attachments a where a.message_id = m.id) as attachments
    from press_messages m where m.request_id = any(${uuids(requestIds)}) order by m.request_id, m.at, m.id`));
}

/** A home visit's address and planned time. */
export async function exportHomeVisits(db: DbOrTx, requestIds: string[]) {
  if (requestIds.length === 0) return [];
  return rowsOf<Record<string, unknown>>(await db.execute(sql`
    select request_id, address, to_jsonb(preferred_dates) as preferred_dates, planned_at from home_visits where request_id = any(${uuids(requestIds)})`));
}

export async function exportSurveyAnswers(db: DbOrTx, ids: string[]) {
  const result = await db.execute(sql`
    select s.reference, s.answered_at, s.channel, s.line, s.score, s.timeliness_score, s.resolved, s.comment, s.may_contact, i.customer_id
    from survey_invitations i join survey_responses s on s.invitation_id = i.id
    where i.customer_id = any(${uuids(ids)}) order by s.answered_at`);
  return rowsOf<Record<string, unknown>>(result);
}

export async function exportSurveyInvitations(db: DbOrTx, ids: string[]) {
  const result = await db.execute(sql`
    select id, customer_id, created_at, send_after, expires_at, answered_at from survey_invitations where customer_id = any(${uuids(ids)}) order by created_at`);
  return rowsOf<Record<string, unknown>>(result);
}

/**
 * Mails to these (lower-case) addresses or about these requests and invitations. Written to match
 * outbox_recipient_lower_idx and outbox_related_idx (migration 0014): a BitmapOr of two index scans.
 */
export const mailsWhere = (emails: readonly string[], relatedIds: readonly string[]) =>
  sql`(lower(recipient) = any(${texts(emails)}) or related_id = any(${texts(relatedIds)}))`;

/** Mails to these addresses or about these requests and invitations. */
export async function exportMails(db: DbOrTx, emails: string[], relatedIds: string[]) {
  if (emails.length === 0 && relatedIds.length === 0) return [];
  const result = await db.execute(sql`
    select id, purpose, recipient, subject, text_body, status, created_at, sent_at from outbox_messages
    where ${mailsWhere(emails, relatedIds)}
    order by created_at, id`);
  return rowsOf<Record<string, unknown>>(result);
}

/** Who looked at or changed these records, and when (art. 15(1)(c)); employees by role, not by name. */
export async function exportAuditTrail(db: DbOrTx, ids: string[]) {
  const result = await db.execute(sql`
    select a.at, a.action, a.entity_type from audit_events a
    where a.customer_ids && ${uuids(ids)} order by a.at, a.id limit 5000`);
  return rowsOf<Record<string, unknown>>(result);
}

// ---------------------------------------------------------------------------------------------
// Anonymising (art. 17, and retention)

/** The database lets the append-only history change only in a transaction that says so (migration 0013). */
export async function allowAnonymising(tx: DbOrTx) {
  await tx.execute(sql`select set_config('helder.anonymise', 'on', true)`);
}

export interface AnonymisedCounts {
  customers: number;
  contacts: number;
  requests: number;
  events: number;
  surveyAnswers: number;
  mails: number;
}

/**
 * Anonymises these customers and everything written about them, inside the caller's transaction
 * (which must have called allowAnonymising). Counts, dates and every KPI field stay as they were.
 */
export async function anonymiseCustomers(tx: DbOrTx, ids: string[], now: Date, options: { erasure: boolean }): Promise<AnonymisedCounts> {
  const counts: AnonymisedCounts = { customers: 0, contacts: 0, requests: 0, events: 0, surveyAnswers: 0, mails: 0 };
  if (ids.length === 0) return counts;
  if (options.erasure) {
    // The resident is one party across contacts: what was given under another number goes too.
    ids = [...new Set([...ids, ...rowsOf<{ id: string }>(await tx.execute(sql`select c.id from customers c
      where c.party_id in (select party_id from customers where id = any(${uuids(ids)}) and party_id is not null)`)).map((r) => String(r.id))])];
  }
  const list = uuids(ids);
  const emails = rowsOf<{ email: string }>(await tx.execute(sql`select distinct lower(email) as email from customers where id = any(${list}) and email is not null`)).map((r) => r.email);
  counts.customers = rowsOf(await tx.execute(sql`
    update customers set name = null, email = null, phone = null, name_parts = null, organisation_name = null,
      visit_address = null, correspondence_address = null, anonymised_at = coalesce(anonymised_at, ${ts(now)})
    where id = any(${list}) and (anonymised_at is null or name is not null or email is not null or phone is not null)
    returning id`)).length;
  await tx.execute(sql`delete from digital_addresses where customer_id = any(${list})`);
  // Their party goes with them on erasure; by retention only once none of its customers is left.
  const parties = rowsOf<{ id: string }>(await tx.execute(sql`
    update parties p set name = 'Verwijderd', initials = null, first_name = null, surname_prefix = null, surname = null,
      visit_address = null, correspondence_address = null, address_key = null, internal_note = null, search_text = '',
      anonymised_at = ${ts(now)}, updated_at = ${ts(now)}
    where p.anonymised_at is null and p.id in (select party_id from customers where id = any(${list}) and party_id is not null)
      and (${options.erasure} or not exists (select 1 from customers c where c.party_id = p.id and c.anonymised_at is null))
    returning p.id`)).map((r) => String(r.id));
  if (parties.length > 0) {
    await tx.execute(sql`delete from digital_addresses where party_id = any(${uuids(parties)})`);
    await tx.execute(sql`update party_identifiers set sub_of_id = null where party_id = any(${uuids(parties)})`);
    await tx.execute(sql`delete from party_identifiers where party_id = any(${uuids(parties)})`);
  }
  counts.contacts = rowsOf(await tx.execute(sql`
    update contacts set
      summary = case when summary is null then null else ${REMOVED} end,
      positive_surprise = case when positive_surprise is null then null else ${REMOVED} end,
      answer = case when answer is null then null else ${REMOVED} end
    where customer_id = any(${list}) and (summary is distinct from ${REMOVED} and summary is not null
      or positive_surprise is distinct from ${REMOVED} and positive_surprise is not null
      or answer is distinct from ${REMOVED} and answer is not null)
    returning id`)).length;
  const requests = rowsOf<{ id: string }>(await tx.execute(sql`
    update callback_requests set question = ${REMOVED}, outcome = case when outcome is null then null else ${REMOVED} end,
      status_token_hash = null, status_expires_at = null
    where customer_id = any(${list})
    returning id`)).map((r) => String(r.id));
  counts.requests = requests.length;
  if (requests.length > 0) {
    counts.events = await anonymiseEvents(tx, requests);
    await anonymiseRequestDetails(tx, requests);
  }
  const invitations = rowsOf<{ id: string }>(await tx.execute(sql`
    update survey_invitations set token_hash = 'verwijderd:' || id::text, recipient_key = 'verwijderd'
    where customer_id = any(${list})
    returning id`)).map((r) => String(r.id));
  if (invitations.length > 0) {
    counts.surveyAnswers = rowsOf(await tx.execute(sql`
      update survey_responses set comment = ${REMOVED}
      where invitation_id = any(${uuids(invitations)}) and comment is not null and comment <> ${REMOVED}
      returning id`)).length;
  }
  if (options.erasure) {
    // A repeated form keeps its first answer (with the sealed status link) for a day: gone too.
    // The table holds one day of keys, so no index is needed to find them. (Retention never finds
    // any: its cases are months old.)
    if (requests.length > 0) await tx.execute(sql`delete from idempotency_keys where body->>'id' = any(${texts(requests)})`);
    const related = [...requests, ...invitations];
    counts.mails = rowsOf(await tx.execute(sql`
      delete from outbox_messages where ${mailsWhere(emails, related)}
      returning id`)).length;
  }
  return counts;
}

/**
 * What kinds of request keep beside the request itself: a press question's mail thread, answer and
 * attachments (the journalist's address, name and words), and a home visit's address. Directions,
 * times and Message-IDs stay (threading and the KPI need them); attachments are deleted.
 */
async function anonymiseRequestDetails(tx: DbOrTx, requestIds: string[]) {
  const list = uuids(requestIds);
  await tx.execute(sql`delete from press_attachments where message_id in (select id from press_messages where request_id = any(${list}))`);
  await tx.execute(sql`
    update press_messages set text_body = ${REMOVED}, subject = ${REMOVED}, from_name = null,
      from_address = case when direction = 'in' then ${REMOVED} else from_address end,
      to_address = case when direction = 'out' then ${REMOVED} else to_address end
    where request_id = any(${list}) and text_body is distinct from ${REMOVED}`);
  await tx.execute(sql`
    update press_questions set subject = ${REMOVED}, from_address = ${REMOVED},
      answer_text = case when answer_text is null then null else ${REMOVED} end
    where request_id = any(${list}) and subject is distinct from ${REMOVED}`);
  await tx.execute(sql`
    update home_visits set address = jsonb_build_object('street', ${REMOVED}::text, 'houseNumber', '', 'postcode', '', 'city', '')
    where request_id = any(${list}) and address->>'street' is distinct from ${REMOVED}`);
}

/** Replaces the free text in the history of these requests; type, time, actor and the rest stay. */
async function anonymiseEvents(tx: DbOrTx, requestIds: string[]): Promise<number> {
  const keys = texts(EVENT_TEXT_KEYS);
  const result = await tx.execute(sql`
    update callback_events set data = coalesce((
      select jsonb_object_agg(e.key, case when e.key = any(${keys}) and jsonb_typeof(e.value) = 'string' then to_jsonb(${REMOVED}::text) else e.value end)
      from jsonb_each(data) e), '{}'::jsonb)
    where callback_request_id = any(${uuids(requestIds)})
      and exists (select 1 from jsonb_each(data) e where e.key = any(${keys}) and jsonb_typeof(e.value) = 'string' and e.value <> to_jsonb(${REMOVED}::text))
    returning id`);
  return rowsOf(result).length;
}

/** Changes a customer's details (art. 16). Undefined leaves a field, null empties it. */
export async function correctCustomer(tx: DbOrTx, id: string, values: { name?: string | null; email?: string | null; phone?: string | null }) {
  const sets: SQL[] = [];
  if (values.name !== undefined) sets.push(sql`name = ${values.name}`);
  if (values.email !== undefined) sets.push(sql`email = ${values.email}`);
  if (values.phone !== undefined) sets.push(sql`phone = ${values.phone}`);
  if (sets.length === 0) return;
  await tx.execute(sql`update customers set ${sql.join(sets, sql`, `)} where id = ${id}::uuid`);
}

export async function lockCustomer(tx: DbOrTx, id: string) {
  const [row] = rowsOf<{ id: string; name: string | null; email: string | null; phone: string | null; anonymised_at: string | null }>(
    await tx.execute(sql`select id, name, email, phone, anonymised_at from customers where id = ${id}::uuid for update`),
  );
  return row;
}

// ---------------------------------------------------------------------------------------------
// Retention

export interface RetentionPosition {
  createdAt: Date;
  id: string;
}

/**
 * The next batch of customers, in (created_at, id) order after `after`, that were created before
 * the cutoff and still hold details. The predicate and order match the partial index
 * customers_retention_idx (created_at, id) WHERE anonymised_at is null (migration 0014), so each
 * batch is one short index range scan: anonymised customers are not in that index at all, and the
 * keyset visits each remaining row once per run, whatever the size of the table.
 */
export async function retentionCandidates(db: DbOrTx, cutoff: Date, after: RetentionPosition | null, limit: number): Promise<RetentionPosition[]> {
  const result = await db.execute(retentionCandidatesQuery(cutoff, after, limit));
  return rowsOf<{ id: string; created_at: string | Date }>(result).map((r) => ({ id: String(r.id), createdAt: new Date(r.created_at) }));
}

/** The query of retentionCandidates (exported so a test can check its plan on both databases). */
export function retentionCandidatesQuery(cutoff: Date, after: RetentionPosition | null, limit: number): SQL {
  const position = after ? sql`and (created_at, id) > (${ts(after.createdAt)}, ${after.id}::uuid)` : sql``;
  return sql`
    select id, created_at from customers
    where anonymised_at is null and created_at < ${ts(cutoff)} ${position}
    order by created_at, id limit ${limit}`;
}

/**
 * Of these customers, the ones whose every case is finished since before the cutoff: each contact
 * happened before it, and each request (callback, report, follow-up) is closed and was closed
 * before it (a cancelled request has no completion time: its last change counts). An open request
 * keeps its resident's details, however old.
 */
export async function finishedBefore(db: DbOrTx, ids: string[], cutoff: Date): Promise<string[]> {
  if (ids.length === 0) return [];
  // Driven from the list itself (unnest), not from customers: with `id = any(...)` PostgreSQL chose
  // a parallel sequential scan of all customers for a batch of 500. Each check is then one lookup in
  // contacts_customer_idx and callbacks_customer_idx.
  const result = await db.execute(sql`
    select c.id from unnest(${uuids(ids)}) as c(id)
    where not exists (select 1 from contacts k where k.customer_id = c.id and k.occurred_at >= ${ts(cutoff)})
      and not exists (select 1 from callback_requests r where r.customer_id = c.id
        and (r.status in ('open', 'in_progress') or coalesce(r.completed_at, r.updated_at) >= ${ts(cutoff)}))`);
  return rowsOf<{ id: string }>(result).map((r) => String(r.id));
}

/** Contacts without a customer (anonymous) still have free text; a batch of them in [from, cutoff), by time. */
export async function anonymousContactsWithText(db: DbOrTx, from: Date, cutoff: Date, after: { at: Date; id: string } | null, limit: number) {
  const position = after ? sql`and (occurred_at, id) > (${ts(after.at)}, ${after.id}::uuid)` : sql``;
  const result = await db.execute(sql`
    select id, occurred_at from contacts
    where occurred_at >= ${ts(from)} and occurred_at < ${ts(cutoff)} ${position}
      and customer_id is null
      and (summary is not null and summary <> ${REMOVED} or positive_surprise is not null and positive_surprise <> ${REMOVED})
    order by occurred_at, id limit ${limit}`);
  return rowsOf<{ id: string; occurred_at: string }>(result).map((r) => ({ id: String(r.id), at: new Date(r.occurred_at) }));
}

export async function anonymiseContacts(db: DbOrTx, ids: string[]): Promise<number> {
  if (ids.length === 0) return 0;
  return rowsOf(await db.execute(sql`
    update contacts set summary = case when summary is null then null else ${REMOVED} end,
      positive_surprise = case when positive_surprise is null then null else ${REMOVED} end
    where id = any(${uuids(ids)}) returning id`)).length;
}

/** Audit events in [from, cutoff) with a client address, by time: a batch to shorten. */
export async function auditAddresses(db: DbOrTx, from: Date, cutoff: Date, after: { at: Date; id: number } | null, limit: number) {
  const position = after ? sql`and (at, id) > (${ts(after.at)}, ${after.id})` : sql``;
  const result = await db.execute(sql`
    select id, at, ip from audit_events
    where at >= ${ts(from)} and at < ${ts(cutoff)} ${position} and ip is not null
    order by at, id limit ${limit}`);
  return rowsOf<{ id: number | string; at: string; ip: string }>(result).map((r) => ({ id: Number(r.id), at: new Date(r.at), ip: String(r.ip) }));
}

/** Sets shortened addresses (in a transaction that called allowAnonymising). */
export async function setAuditAddresses(tx: DbOrTx, changes: { id: number; ip: string | null }[]): Promise<number> {
  if (changes.length === 0) return 0;
  const values = sql.join(changes.map((c) => sql`(${c.id}::bigint, ${c.ip}::text)`), sql`, `);
  const result = await tx.execute(sql`
    update audit_events a set ip = v.ip from (values ${values}) as v(id, ip) where a.id = v.id returning a.id`);
  return rowsOf(result).length;
}
