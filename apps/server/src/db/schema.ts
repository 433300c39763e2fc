// The one database schema, for PGlite and PostgreSQL alike. Migrations are generated from it
// with drizzle-kit (npm run db:generate -w @helder/server) and applied on start.
import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  customType,
  date,
  doublePrecision,
  type AnyPgColumn,
  index,
  integer,
  jsonb,
  pgSequence,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });
const timestamptz = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const teams = pgTable('teams', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull().unique(),
  description: text('description'),
  deadlineWorkingDays: integer('deadline_working_days').notNull().default(2),
  active: boolean('active').notNull().default(true),
  createdAt: timestamptz('created_at').notNull().defaultNow(),
  updatedAt: timestamptz('updated_at').notNull().defaultNow(),
}, (t) => [check('teams_deadline_range', sql`${t.deadlineWorkingDays} between 1 and 250`)]);

export const employees = pgTable('employees', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  email: text('email').notNull().unique(),
  passwordHash: text('password_hash'),
  roles: text('roles').array().notNull(),
  teamId: uuid('team_id').references(() => teams.id),
  active: boolean('active').notNull().default(true),
  createdAt: timestamptz('created_at').notNull().defaultNow(),
  updatedAt: timestamptz('updated_at').notNull().defaultNow(),
  lastLoginAt: timestamptz('last_login_at'),
}, (t) => [index('employees_team_idx').on(t.teamId)]);

export const products = pgTable('products', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull().unique(),
  teamId: uuid('team_id').notNull().references(() => teams.id),
  description: text('description'),
  active: boolean('active').notNull().default(true),
  createdAt: timestamptz('created_at').notNull().defaultNow(),
  updatedAt: timestamptz('updated_at').notNull().defaultNow(),
}, (t) => [index('products_team_idx').on(t.teamId)]);

export const sessions = pgTable('sessions', {
  tokenHash: text('token_hash').primaryKey(),
  employeeId: uuid('employee_id').notNull().references(() => employees.id, { onDelete: 'cascade' }),
  createdAt: timestamptz('created_at').notNull().defaultNow(),
  lastSeenAt: timestamptz('last_seen_at').notNull().defaultNow(),
  expiresAt: timestamptz('expires_at').notNull(),
}, (t) => [index('sessions_employee_idx').on(t.employeeId), index('sessions_expires_idx').on(t.expiresAt)]);

/**
 * A party (partij): a resident, business or institution the municipality deals with, known across
 * contacts. `customers` rows are the party as it took part in one contact or request (the
 * betrokkene): the details given then, linked here by `customers.party_id`.
 */
export const parties = pgTable('parties', {
  id: uuid('id').primaryKey().defaultRandom(),
  number: bigint('number', { mode: 'number' }).generatedAlwaysAsIdentity().notNull().unique(),
  kind: text('kind').notNull().default('resident'),
  /** The name to address them by: "Piet de Vries", or an organisation's name. */
  name: text('name').notNull(),
  /** People: the parts of the name as they want to be addressed (Klantinteracties `contactnaam`). */
  initials: text('initials'),
  firstName: text('first_name'),
  surnamePrefix: text('surname_prefix'),
  surname: text('surname'),
  /** A contact person (contactpersoon) who works for an organisation that is itself a party. */
  worksForPartyId: uuid('works_for_party_id').references((): AnyPgColumn => parties.id),
  /** Addresses as {street, houseNumber, houseNumberSuffix, postcode, city, country, bagId, lines}. */
  visitAddress: jsonb('visit_address'),
  correspondenceAddress: jsonb('correspondence_address'),
  /** "8251AB 12": postcode and house number of the visit address, for search. Set by the repository. */
  addressKey: text('address_key'),
  internalNote: text('internal_note'),
  /** ISO 639-2/B, e.g. nld. */
  preferredLanguage: text('preferred_language'),
  /** The resident asked that their details be kept secret (indicatieGeheimhouding); null when unknown. */
  confidential: boolean('confidential'),
  /** False: the contact details may no longer be used to reach them (indicatieActief). */
  active: boolean('active').notNull().default(true),
  /** Lower-case words of the name without accents: what the search box matches (see parties/search.ts). */
  searchText: text('search_text').notNull().default(''),
  search: tsvector('search').generatedAlwaysAs(sql`to_tsvector('simple'::regconfig, search_text)`),
  /** A duplicate merged into another party (reversible for 30 days, see party_merges). */
  mergedIntoId: uuid('merged_into_id').references((): AnyPgColumn => parties.id),
  createdAt: timestamptz('created_at').notNull().defaultNow(),
  updatedAt: timestamptz('updated_at').notNull().defaultNow(),
  anonymisedAt: timestamptz('anonymised_at'),
}, (t) => [
  check('parties_kind', sql`${t.kind} in ('resident', 'business', 'institution')`),
  index('parties_search_idx').using('gin', t.search),
  // text_pattern_ops: a postcode without a house number is a prefix search (`like '8251AB%'`),
  // which a btree in a non-C collation cannot serve otherwise (PostgreSQL read every party).
  index('parties_address_key_idx').using('btree', sql`${t.addressKey} text_pattern_ops`).where(sql`merged_into_id is null`),
  index('parties_name_idx').on(t.name, t.id),
  index('parties_merged_into_idx').on(t.mergedIntoId),
  index('parties_works_for_idx').on(t.worksForPartyId),
]);

/**
 * A phone number, e-mail address or other address of a party (for future contact) or of a
 * betrokkene (given in one contact). `key` is the normalised form searched on: the lower-case
 * e-mail address, or the phone number as digits with country code (31612345678).
 */
export const digitalAddresses = pgTable('digital_addresses', {
  id: uuid('id').primaryKey().defaultRandom(),
  partyId: uuid('party_id').references(() => parties.id),
  customerId: uuid('customer_id').references((): AnyPgColumn => customers.id),
  kind: text('kind').notNull(),
  value: text('value').notNull(),
  key: text('key').notNull(),
  label: text('label'),
  isDefault: boolean('is_default').notNull().default(false),
  reference: text('reference'),
  verifiedOn: date('verified_on', { mode: 'string' }),
  createdAt: timestamptz('created_at').notNull().defaultNow(),
  updatedAt: timestamptz('updated_at').notNull().defaultNow(),
}, (t) => [
  check('digital_addresses_kind', sql`${t.kind} in ('email', 'phone', 'other')`),
  // text_pattern_ops: a partly typed number or address is a prefix search (`like '31612%'`).
  index('digital_addresses_key_idx').using('btree', sql`${t.key} text_pattern_ops`),
  // Equality on (kind, key): matching a typed address or number, and linking customers in bulk.
  index('digital_addresses_kind_key_idx').on(t.kind, t.key),
  index('digital_addresses_party_idx').on(t.partyId),
  index('digital_addresses_customer_idx').on(t.customerId),
]);

/**
 * Identifiers of a party in a register: KvK number, vestigingsnummer, RSIN, an own reference, or
 * (only when the municipality enables it) the BSN. A BSN is never stored in the clear: `valueHash`
 * (keyed hash) finds it, `valueSealed` (AES-GCM under HELDER_SECRET) shows it to someone whose
 * view is audited, `valueHint` holds its last three digits for the masked display.
 */
export const partyIdentifiers = pgTable('party_identifiers', {
  id: uuid('id').primaryKey().defaultRandom(),
  partyId: uuid('party_id').notNull().references(() => parties.id),
  objectType: text('object_type').notNull(),
  idKind: text('id_kind').notNull(),
  register: text('register').notNull(),
  value: text('value'),
  valueHash: text('value_hash'),
  valueSealed: text('value_sealed'),
  valueHint: text('value_hint'),
  subOfId: uuid('sub_of_id').references((): AnyPgColumn => partyIdentifiers.id),
  createdAt: timestamptz('created_at').notNull().defaultNow(),
}, (t) => [
  check('party_identifiers_id_kind', sql`${t.idKind} in ('bsn', 'vestigingsnummer', 'rsin', 'kvk_nummer', 'overig')`),
  check('party_identifiers_object_type', sql`${t.objectType} in ('natuurlijk_persoon', 'vestiging', 'niet_natuurlijk_persoon', 'overig')`),
  check('party_identifiers_register', sql`${t.register} in ('brp', 'hr', 'overig')`),
  check('party_identifiers_clear_or_sealed', sql`(${t.idKind} = 'bsn') = (${t.value} is null)`),
  index('party_identifiers_party_idx').on(t.partyId),
  index('party_identifiers_value_idx').on(t.idKind, t.value),
  uniqueIndex('party_identifiers_hash_unique').on(t.valueHash),
]);

/** A merge of a duplicate party into another, with what was moved, so it can be undone for 30 days. */
export const partyMerges = pgTable('party_merges', {
  id: uuid('id').primaryKey().defaultRandom(),
  survivorId: uuid('survivor_id').notNull().references(() => parties.id),
  mergedId: uuid('merged_id').notNull().references(() => parties.id),
  moved: jsonb('moved').notNull(),
  mergedBy: uuid('merged_by').references(() => employees.id),
  mergedAt: timestamptz('merged_at').notNull(),
  undoneBy: uuid('undone_by').references(() => employees.id),
  undoneAt: timestamptz('undone_at'),
}, (t) => [index('party_merges_survivor_idx').on(t.survivorId, t.mergedAt), index('party_merges_merged_idx').on(t.mergedId)]);

/**
 * Keys for systems that call the Klantinteracties API (KISS, Open Formulieren, a portal): only the
 * hash is kept; the key is shown once, when it is made.
 */
export const apiTokens = pgTable('api_tokens', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  tokenHash: text('token_hash').notNull().unique(),
  createdBy: uuid('created_by').references(() => employees.id),
  createdAt: timestamptz('created_at').notNull().defaultNow(),
  lastUsedAt: timestamptz('last_used_at'),
  revokedBy: uuid('revoked_by').references(() => employees.id),
  revokedAt: timestamptz('revoked_at'),
});

export const customers = pgTable('customers', {
  id: uuid('id').primaryKey().defaultRandom(),
  kind: text('kind').notNull().default('resident'),
  name: text('name'),
  email: text('email'),
  phone: text('phone'),
  createdAt: timestamptz('created_at').notNull().defaultNow(),
  /** Set when retention or an erasure (AVG art. 17) removed the personal details: never touched again. */
  anonymisedAt: timestamptz('anonymised_at'),
  /** The party this was (wasPartij); null for an anonymous or not yet linked customer. */
  partyId: uuid('party_id').references(() => parties.id),
  /**
   * The contact this betrokkene took part in, when it is not (only) the contact's own customer:
   * set for betrokkenen made through the Klantinteracties API. A contact's own customer is
   * `contacts.customer_id`.
   */
  contactId: uuid('contact_id').references((): AnyPgColumn => contacts.id),
  /** Klantinteracties: 'klant' or 'vertegenwoordiger' (someone acting for the resident). */
  role: text('role').notNull().default('klant'),
  initiator: boolean('initiator').notNull().default(true),
  /** {initials, firstName, surnamePrefix, surname} when given in parts. */
  nameParts: jsonb('name_parts'),
  organisationName: text('organisation_name'),
  visitAddress: jsonb('visit_address'),
  correspondenceAddress: jsonb('correspondence_address'),
}, (t) => [
  check('customers_role', sql`${t.role} in ('klant', 'vertegenwoordiger')`),
  // Contact search by the customer's name (contacts/repository.ts writes the same expression).
  index('customers_name_search_idx').using('gin', sql`to_tsvector('simple'::regconfig, coalesce(${t.name}, ''))`),
  index('customers_party_idx').on(t.partyId),
  index('customers_contact_idx').on(t.contactId),
  check('customers_kind', sql`${t.kind} in ('resident', 'business', 'institution')`),
  // A resident asking for their data (AVG art. 15-17) is found by e-mail address or phone digits.
  index('customers_email_lower_idx').on(sql`lower(${t.email})`),
  index('customers_phone_digits_idx').on(sql`regexp_replace(${t.phone}, '[^0-9]', '', 'g')`),
  // The daily retention walks the customers that still hold details, oldest first.
  index('customers_retention_idx').on(t.createdAt, t.id).where(sql`anonymised_at is null`),
]);

export const contacts = pgTable('contacts', {
  id: uuid('id').primaryKey().defaultRandom(),
  number: bigint('number', { mode: 'number' }).generatedAlwaysAsIdentity().notNull().unique(),
  occurredAt: timestamptz('occurred_at').notNull().defaultNow(),
  channel: text('channel').notNull(),
  customerId: uuid('customer_id').references(() => customers.id),
  productId: uuid('product_id').references(() => products.id),
  teamId: uuid('team_id').references(() => teams.id),
  subject: text('subject').notNull(),
  summary: text('summary'),
  resolution: text('resolution').notNull(),
  positiveSurprise: text('positive_surprise'),
  /** The answer given to the resident (Klantinteracties `reactie`): shown in the customer view. */
  answer: text('answer'),
  registeredBy: uuid('registered_by').references(() => employees.id),
  /** Registered by a system through the Klantinteracties API, under this key. */
  registeredByToken: uuid('registered_by_token').references(() => apiTokens.id),
  /** Klantinteracties fields Helder holds for the systems that send them. */
  language: text('language').notNull().default('nld'),
  confidential: boolean('confidential').notNull().default(false),
  /** Whether reaching the resident succeeded (indicatieContactGelukt); null when not known. */
  reached: boolean('reached'),
  /** The key of a contact imported from a previous system: importing the same file twice imports it once. */
  externalReference: text('external_reference').unique(),
  // Every word as its Dutch stem and as typed: see the search in contacts/repository.ts.
  search: tsvector('search').generatedAlwaysAs(
    sql`to_tsvector('dutch'::regconfig, coalesce(subject, '') || ' ' || coalesce(summary, '')) || to_tsvector('simple'::regconfig, coalesce(subject, '') || ' ' || coalesce(summary, ''))`,
  ),
}, (t) => [
  // Ascending on purpose: read backwards, these serve `order by occurred_at desc, id desc`. An index
  // declared DESC gets NULLS LAST from drizzle-kit, which does not match DESC (NULLS FIRST) at all.
  index('contacts_occurred_idx').on(t.occurredAt, t.id),
  index('contacts_team_occurred_idx').on(t.teamId, t.occurredAt, t.id),
  index('contacts_channel_occurred_idx').on(t.channel, t.occurredAt, t.id),
  index('contacts_product_occurred_idx').on(t.productId, t.occurredAt, t.id),
  index('contacts_search_idx').using('gin', t.search),
  // Everything about one resident (AVG export, erasure, retention).
  index('contacts_customer_idx').on(t.customerId),
  check('contacts_channel', sql`${t.channel} in ('phone', 'email', 'counter', 'contact_form', 'chat', 'social_media', 'letter', 'home_visit')`),
  check('contacts_resolution', sql`${t.resolution} in ('first_line', 'handed_over')`),
]);

export const callbackRequests = pgTable('callback_requests', {
  id: uuid('id').primaryKey().defaultRandom(),
  number: bigint('number', { mode: 'number' }).generatedAlwaysAsIdentity().notNull().unique(),
  contactId: uuid('contact_id').references(() => contacts.id),
  teamId: uuid('team_id').notNull().references(() => teams.id),
  assigneeId: uuid('assignee_id').references(() => employees.id),
  customerId: uuid('customer_id').notNull().references(() => customers.id),
  question: text('question').notNull(),
  replyBy: text('reply_by').notNull(),
  status: text('status').notNull().default('open'),
  workingDays: integer('working_days').notNull(),
  dueAt: timestamptz('due_at').notNull(),
  dueExplanation: text('due_explanation').notNull(),
  createdAt: timestamptz('created_at').notNull().defaultNow(),
  createdBy: uuid('created_by').references(() => employees.id),
  updatedAt: timestamptz('updated_at').notNull().defaultNow(),
  completedAt: timestamptz('completed_at'),
  outcome: text('outcome'),
  interimReplyAt: timestamptz('interim_reply_at'),
  interimExpectedBy: date('interim_expected_by', { mode: 'string' }),
  attempts: integer('attempts').notNull().default(0),
  /** The key of a request imported from a previous system. */
  externalReference: text('external_reference').unique(),
  /**
   * One inbox for everything a team must answer: a callback request from the first line, a
   * resident's report of miscommunication from the public form, or a follow-up of a low survey mark.
   */
  kind: text('kind').notNull().default('callback'),
  /** Reports: what went wrong, when, and which team it was about (if the resident knows). */
  category: text('category'),
  occurredOn: date('occurred_on', { mode: 'string' }),
  aboutTeamId: uuid('about_team_id').references(() => teams.id),
  /** The resident's status page: only the hash of the link's token is kept. */
  statusTokenHash: text('status_token_hash').unique(),
  statusExpiresAt: timestamptz('status_expires_at'),
  /** What must be done (Klantinteracties `gevraagdeHandeling`), e.g. "Terugbellen"; the question holds the explanation. */
  requestedAction: text('requested_action'),
  /** An input request: the request it gathers input for (e.g. a press question asking a department). */
  parentId: uuid('parent_id').references((): AnyPgColumn => callbackRequests.id),
}, (t) => [
  index('callbacks_kind_created_idx').on(t.kind, t.createdAt),
  index('callbacks_parent_idx').on(t.parentId).where(sql`parent_id is not null`),
  check('callbacks_kind', sql`${t.kind} in ('callback', 'report', 'follow_up', 'press_question', 'home_visit', 'input_request')`),
  check('callbacks_category', sql`${t.category} is null or ${t.category} in ('not_called_back', 'unclear_letter', 'conflicting_answers', 'treatment', 'other')`),
  index('callbacks_open_team_due_idx').on(t.teamId, t.dueAt, t.id).where(sql`status in ('open', 'in_progress')`),
  index('callbacks_open_assignee_due_idx').on(t.assigneeId, t.dueAt, t.id).where(sql`status in ('open', 'in_progress')`),
  index('callbacks_team_due_idx').on(t.teamId, t.dueAt, t.id),
  index('callbacks_due_idx').on(t.dueAt, t.id),
  index('callbacks_open_due_idx').on(t.dueAt).where(sql`status in ('open', 'in_progress')`),
  index('callbacks_contact_idx').on(t.contactId),
  index('callbacks_customer_idx').on(t.customerId),
  check('callbacks_status', sql`${t.status} in ('open', 'in_progress', 'done', 'cancelled')`),
  check('callbacks_reply_by_channel', sql`${t.replyBy} in ('phone', 'email', 'none')`),
]);

export const callbackEvents = pgTable('callback_events', {
  id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
  callbackRequestId: uuid('callback_request_id').notNull().references(() => callbackRequests.id),
  at: timestamptz('at').notNull().defaultNow(),
  actorId: uuid('actor_id').references(() => employees.id),
  type: text('type').notNull(),
  data: jsonb('data').notNull().default({}),
}, (t) => [index('callback_events_request_idx').on(t.callbackRequestId, t.id)]);

/** A resident's rating of a contact (1-10), from a survey after the contact or imported history. */
export const surveyResponses = pgTable('survey_responses', {
  id: uuid('id').primaryKey().defaultRandom(),
  reference: text('reference').notNull().unique(),
  answeredAt: timestamptz('answered_at').notNull(),
  channel: text('channel').notNull(),
  teamId: uuid('team_id').references(() => teams.id),
  productId: uuid('product_id').references(() => products.id),
  line: text('line').notNull(),
  score: integer('score').notNull(),
  timelinessScore: integer('timeliness_score'),
  source: text('source').notNull().default('import'),
  createdAt: timestamptz('created_at').notNull().defaultNow(),
  /** From the survey after a contact: was the question resolved, the open answer, may we call. */
  resolved: boolean('resolved'),
  comment: text('comment'),
  mayContact: boolean('may_contact'),
  invitationId: uuid('invitation_id').unique(),
}, (t) => [
  // With the id: the list of answers pages by (answered_at, id), newest first.
  index('survey_responses_answered_id_idx').on(t.answeredAt, t.id),
  index('survey_responses_team_answered_id_idx').on(t.teamId, t.answeredAt, t.id),
  index('survey_responses_product_answered_idx').on(t.productId, t.answeredAt),
  check('survey_responses_line', sql`${t.line} in ('first', 'second')`),
  check('survey_responses_score', sql`${t.score} between 1 and 10`),
  check('survey_responses_timeliness', sql`${t.timelinessScore} is null or ${t.timelinessScore} between 1 and 10`),
]);

/**
 * An invitation to rate a completed contact or callback request. The link's token is only kept as
 * a hash; `recipientKey` (a keyed hash of the e-mail address) enforces one invitation per person
 * per 30 days without keeping a second copy of the address.
 */
export const surveyInvitations = pgTable('survey_invitations', {
  id: uuid('id').primaryKey().defaultRandom(),
  tokenHash: text('token_hash').notNull().unique(),
  recipientKey: text('recipient_key').notNull(),
  customerId: uuid('customer_id').notNull().references(() => customers.id),
  contactId: uuid('contact_id').references(() => contacts.id),
  callbackRequestId: uuid('callback_request_id').references(() => callbackRequests.id),
  teamId: uuid('team_id').references(() => teams.id),
  productId: uuid('product_id').references(() => products.id),
  channel: text('channel').notNull(),
  line: text('line').notNull(),
  createdAt: timestamptz('created_at').notNull(),
  sendAfter: timestamptz('send_after').notNull(),
  expiresAt: timestamptz('expires_at').notNull(),
  answeredAt: timestamptz('answered_at'),
}, (t) => [
  index('survey_invitations_recipient_idx').on(t.recipientKey, t.createdAt),
  index('survey_invitations_customer_idx').on(t.customerId),
  check('survey_invitations_line', sql`${t.line} in ('first', 'second')`),
]);

/**
 * Every e-mail leaves through this table, written in the same transaction as the change it tells
 * about: a crash or an SMTP outage delays a mail but never loses it. A worker sends due messages,
 * retries with backoff and marks the ones that keep failing; without SMTP settings (demo) mails
 * are held here for an administrator to read.
 */
export const outboxMessages = pgTable('outbox_messages', {
  id: uuid('id').primaryKey().defaultRandom(),
  purpose: text('purpose').notNull(),
  recipient: text('recipient').notNull(),
  subject: text('subject').notNull(),
  textBody: text('text_body').notNull(),
  htmlBody: text('html_body').notNull(),
  status: text('status').notNull().default('pending'),
  attempts: integer('attempts').notNull().default(0),
  nextAttemptAt: timestamptz('next_attempt_at').notNull(),
  lockedUntil: timestamptz('locked_until'),
  lastError: text('last_error'),
  createdAt: timestamptz('created_at').notNull(),
  sentAt: timestamptz('sent_at'),
  relatedType: text('related_type'),
  relatedId: text('related_id'),
  /** Sent from this address instead of MAIL_FROM (the press mailbox). */
  sender: text('sender'),
  /** The mail's own Message-ID, and the thread it answers (In-Reply-To, References). */
  messageId: text('message_id'),
  inReplyTo: text('in_reply_to'),
  references: text('references'),
}, (t) => [
  index('outbox_due_idx').on(t.nextAttemptAt).where(sql`status in ('pending', 'sending')`),
  index('outbox_created_idx').on(t.createdAt, t.id),
  index('outbox_status_created_idx').on(t.status, t.createdAt, t.id),
  // The mails to or about one resident (AVG export and erasure).
  index('outbox_related_idx').on(t.relatedId),
  index('outbox_recipient_lower_idx').on(sql`lower(${t.recipient})`),
  check('outbox_status', sql`${t.status} in ('pending', 'sending', 'sent', 'failed', 'held')`),
]);

/** A result of the yearly satisfaction survey by a research agency, entered by an administrator (R4.4). */
export const surveyResults = pgTable('survey_results', {
  id: uuid('id').primaryKey().defaultRandom(),
  question: text('question').notNull(),
  measuredOn: date('measured_on', { mode: 'string' }).notNull(),
  score: integer('score_hundredths').notNull(),
  sampleSize: integer('sample_size').notNull(),
  source: text('source').notNull(),
  note: text('note'),
  createdBy: uuid('created_by').references(() => employees.id),
  createdAt: timestamptz('created_at').notNull().defaultNow(),
}, (t) => [
  index('survey_results_question_measured_idx').on(t.question, t.measuredOn),
  check('survey_results_score', sql`${t.score} between 100 and 1000`),
  check('survey_results_sample', sql`${t.sampleSize} > 0`),
]);

/**
 * Counts per day behind the KPIs, kept up to date by statement-level triggers on contacts and
 * callback requests (migration 0004), so a dashboard over a year adds up days instead of rows.
 * Day = calendar day in Europe/Amsterdam.
 */
export const kpiContactDays = pgTable('kpi_contact_days', {
  day: date('day', { mode: 'string' }).notNull(),
  teamId: uuid('team_id'),
  channel: text('channel').notNull(),
  productId: uuid('product_id'),
  firstLine: integer('first_line').notNull(),
  total: integer('total').notNull(),
}, (t) => [unique('kpi_contact_days_key').on(t.day, t.teamId, t.channel, t.productId).nullsNotDistinct()]);

/** Per day of the deadline: requests (cancelled ones left out), those completed late, and those still open. */
export const kpiCallbackDays = pgTable('kpi_callback_days', {
  day: date('day', { mode: 'string' }).notNull(),
  teamId: uuid('team_id').notNull(),
  total: integer('total').notNull(),
  completedLate: integer('completed_late').notNull(),
  open: integer('open').notNull(),
  /** Callback requests, reports and follow-ups are counted apart: each kind has its own KPI. */
  kind: text('kind').notNull().default('callback'),
  /**
   * Writers spread over 16 rows per day (by database session), so a burst of requests for one team
   * and one deadline day does not queue on a single locked row. Only sums are meaningful: a change
   * subtracts in the writer's own row, which may go below zero on its own.
   */
  shard: integer('shard').notNull().default(0),
}, (t) => [unique('kpi_callback_days_shard_key').on(t.day, t.teamId, t.kind, t.shard)]);

/** Per day of answering: the sums and counts of survey marks, kept like the other daily counts. */
export const kpiSurveyDays = pgTable('kpi_survey_days', {
  day: date('day', { mode: 'string' }).notNull(),
  teamId: uuid('team_id'),
  channel: text('channel').notNull(),
  productId: uuid('product_id'),
  line: text('line').notNull(),
  scoreSum: integer('score_sum').notNull(),
  scoreCount: integer('score_count').notNull(),
  timelinessSum: integer('timeliness_sum').notNull(),
  timelinessCount: integer('timeliness_count').notNull(),
}, (t) => [unique('kpi_survey_days_key').on(t.day, t.teamId, t.channel, t.productId, t.line).nullsNotDistinct()]);

export const closingDays = pgTable('closing_days', {
  date: date('date', { mode: 'string' }).primaryKey(),
  name: text('name').notNull(),
  /**
   * `municipal`: the municipality's own closing day. `equalised`: a day a Besluit gelijkstelling
   * makes equal to a general holiday (Algemene termijnenwet art. 3), added by an administrator for
   * years after the ones Helder knows.
   */
  kind: text('kind').notNull().default('municipal'),
  createdBy: uuid('created_by').references(() => employees.id),
  createdAt: timestamptz('created_at').notNull().defaultNow(),
}, (t) => [check('closing_days_kind', sql`${t.kind} in ('municipal', 'equalised')`)]);

export const auditEvents = pgTable('audit_events', {
  id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
  at: timestamptz('at').notNull().defaultNow(),
  actorId: uuid('actor_id').references(() => employees.id),
  action: text('action').notNull(),
  entityType: text('entity_type').notNull(),
  entityId: text('entity_id'),
  customerIds: uuid('customer_ids').array().notNull().default(sql`'{}'::uuid[]`),
  detail: jsonb('detail').notNull().default({}),
  ip: text('ip'),
}, (t) => [
  index('audit_events_at_idx').on(t.at, t.id),
  index('audit_events_actor_idx').on(t.actorId, t.at, t.id),
  index('audit_events_customers_idx').using('gin', t.customerIds),
]);

export const idempotencyKeys = pgTable('idempotency_keys', {
  scope: text('scope').notNull(),
  key: text('key').notNull(),
  statusCode: integer('status_code').notNull(),
  body: jsonb('body').notNull(),
  createdAt: timestamptz('created_at').notNull().defaultNow(),
  /** SHA-256 of the request body: the same key with another body is refused, never answered with the first result. */
  requestHash: text('request_hash'),
}, (t) => [primaryKey({ columns: [t.scope, t.key] }), index('idempotency_created_idx').on(t.createdAt)]);

/**
 * Fixed-window request counters shared by every Helder instance on this database: one row per
 * bucket (route identity + client) and window. Old windows are pruned by the upkeep job.
 */
export const rateLimitHits = pgTable('rate_limit_hits', {
  bucket: text('bucket').notNull(),
  windowStart: timestamptz('window_start').notNull(),
  hits: integer('hits').notNull(),
}, (t) => [primaryKey({ columns: [t.bucket, t.windowStart] }), index('rate_limit_hits_window_idx').on(t.windowStart)]);

/**
 * Failed logins, shared by every instance. `accountKey` is a keyed hash of the typed e-mail address
 * (never the address itself): it throttles an account from one client address without keeping what
 * a stranger typed.
 */
export const loginFailures = pgTable('login_failures', {
  id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
  accountKey: text('account_key').notNull(),
  ip: text('ip').notNull(),
  at: timestamptz('at').notNull(),
}, (t) => [
  index('login_failures_ip_at_idx').on(t.ip, t.at),
  index('login_failures_account_ip_at_idx').on(t.accountKey, t.ip, t.at),
  index('login_failures_at_idx').on(t.at),
]);

/**
 * Background jobs that must run once per period across all instances (retention, daily upkeep):
 * the first instance to insert (job, period) runs it; the row records what it did.
 */
export const jobRuns = pgTable('job_runs', {
  job: text('job').notNull(),
  period: text('period').notNull(),
  startedAt: timestamptz('started_at').notNull(),
  finishedAt: timestamptz('finished_at'),
  result: jsonb('result').notNull().default({}),
}, (t) => [primaryKey({ columns: [t.job, t.period] })]);

/**
 * Work that one instance at a time may do, continuously (polling the press mailbox): the instance
 * that holds the lease renews it; when it dies, the lease runs out and another takes it over.
 */
export const jobLeases = pgTable('job_leases', {
  name: text('name').primaryKey(),
  holder: text('holder').notNull(),
  expiresAt: timestamptz('expires_at').notNull(),
});

/**
 * Rows of a CSV import on their way in: written in committed chunks so a large file never holds one
 * long transaction; the final step moves a whole batch in one short transaction (all or nothing).
 */
export const importStaging = pgTable('import_staging', {
  batchId: uuid('batch_id').notNull(),
  line: integer('line').notNull(),
  row: jsonb('row').notNull(),
  createdAt: timestamptz('created_at').notNull().defaultNow(),
}, (t) => [primaryKey({ columns: [t.batchId, t.line] }), index('import_staging_created_idx').on(t.createdAt)]);

/**
 * An actor (Klantinteracties) that is neither a Helder team nor an employee: a system
 * (geautomatiseerde actor), or an employee of a client system who has no Helder account. Teams are
 * actors of kind organisatorische_eenheid and employees of kind medewerker, under their own ids.
 */
export const externalActors = pgTable('external_actors', {
  id: uuid('id').primaryKey().defaultRandom(),
  kind: text('kind').notNull(),
  name: text('name').notNull(),
  active: boolean('active').notNull().default(true),
  /** {objectId, codeObjecttype, codeRegister, codeSoortObjectId} */
  identifier: jsonb('identifier'),
  /** The kind's own fields (functie, omschrijving, emailadres, telefoonnummer). */
  details: jsonb('details').notNull().default({}),
  createdAt: timestamptz('created_at').notNull().defaultNow(),
}, (t) => [check('external_actors_kind', sql`${t.kind} in ('medewerker', 'geautomatiseerde_actor', 'organisatorische_eenheid')`)]);

/** An actor that took part in a contact (actorklantcontact), beside the employee who registered it. */
export const contactActors = pgTable('contact_actors', {
  id: uuid('id').primaryKey().defaultRandom(),
  contactId: uuid('contact_id').notNull().references(() => contacts.id),
  /** A team, an employee or an external actor: exactly one is set. */
  teamId: uuid('team_id').references(() => teams.id),
  employeeId: uuid('employee_id').references(() => employees.id),
  externalActorId: uuid('external_actor_id').references(() => externalActors.id),
  createdAt: timestamptz('created_at').notNull().defaultNow(),
}, (t) => [
  index('contact_actors_contact_idx').on(t.contactId),
  check('contact_actors_one_actor', sql`num_nonnulls(${t.teamId}, ${t.employeeId}, ${t.externalActorId}) = 1`),
]);

/** An actor a request was assigned to beside its team and assignee (Klantinteracties `toegewezenAanActoren`). */
export const requestActors = pgTable('request_actors', {
  requestId: uuid('request_id').notNull().references(() => callbackRequests.id),
  externalActorId: uuid('external_actor_id').notNull().references(() => externalActors.id),
  createdAt: timestamptz('created_at').notNull().defaultNow(),
}, (t) => [primaryKey({ columns: [t.requestId, t.externalActorId] })]);

/**
 * A reference from a contact to an object in another register (onderwerpobject: a case in
 * Open Zaak, another contact) or to an attachment (bijlage: a document in a document register).
 */
export const contactReferences = pgTable('contact_references', {
  id: uuid('id').primaryKey().defaultRandom(),
  kind: text('kind').notNull(),
  contactId: uuid('contact_id').references(() => contacts.id),
  /** Onderwerpobject: the object was itself a contact (wasKlantcontact). */
  wasContactId: uuid('was_contact_id').references(() => contacts.id),
  objectId: text('object_id'),
  objectType: text('object_type'),
  register: text('register'),
  idKind: text('id_kind'),
  createdAt: timestamptz('created_at').notNull().defaultNow(),
}, (t) => [
  check('contact_references_kind', sql`${t.kind} in ('subject', 'attachment')`),
  index('contact_references_contact_idx').on(t.contactId, t.kind),
  index('contact_references_object_idx').on(t.objectId),
]);

// ---------------------------------------------------------------------------------------------
// The knowledge base (kennisbank): one answer per question for the phone, the desk and the website.

/**
 * An article holds its latest version; every save also writes a row in knowledge_article_versions.
 * `search` is written by knowledge/search while the article is published (weighted Dutch stems and
 * words as typed); from it come the vocabulary (knowledge_terms) and each instance's index.
 */
export const knowledgeArticles = pgTable('knowledge_articles', {
  id: uuid('id').primaryKey().defaultRandom(),
  /** The public address: /vragen/<slug>. Kept when the title changes, so links stay good. */
  slug: text('slug').notNull().unique(),
  status: text('status').notNull().default('draft'),
  visibility: text('visibility').notNull(),
  title: text('title').notNull(),
  question: text('question'),
  /** Sanitised HTML (headings, lists, links, emphasis). */
  answerHtml: text('answer_html').notNull(),
  /** The answer as plain text: for the B1 check, snippets and search. */
  answerText: text('answer_text').notNull(),
  keywords: text('keywords').array().notNull().default(sql`'{}'::text[]`),
  productId: uuid('product_id').references(() => products.id),
  teamId: uuid('team_id').references(() => teams.id),
  reviewBy: date('review_by', { mode: 'string' }),
  version: integer('version').notNull().default(1),
  /** The B1 result of the latest version: level, scores, number of findings. */
  b1: jsonb('b1').notNull(),
  /** How often the contact centre used it, and how often the contact was still handed over. */
  useCount: integer('use_count').notNull().default(0),
  handedOverCount: integer('handed_over_count').notNull().default(0),
  /** "Was dit antwoord duidelijk?" on the public page. */
  clearYes: integer('clear_yes').notNull().default(0),
  clearNo: integer('clear_no').notNull().default(0),
  search: tsvector('search'),
  /** The number (knowledge_index_seq) of the last change of `search`: instances catch up by it. */
  indexSeq: bigint('index_seq', { mode: 'number' }).notNull().default(0),
  createdAt: timestamptz('created_at').notNull().defaultNow(),
  createdBy: uuid('created_by').references(() => employees.id),
  updatedAt: timestamptz('updated_at').notNull().defaultNow(),
  updatedBy: uuid('updated_by').references(() => employees.id),
  publishedAt: timestamptz('published_at'),
  archivedAt: timestamptz('archived_at'),
}, (t) => [
  check('knowledge_articles_status', sql`${t.status} in ('draft', 'published', 'archived')`),
  check('knowledge_articles_visibility', sql`${t.visibility} in ('public', 'internal')`),
  index('knowledge_articles_index_seq_idx').on(t.indexSeq),
  index('knowledge_articles_list_idx').on(t.status, t.updatedAt, t.id),
  index('knowledge_articles_team_idx').on(t.teamId, t.status),
  index('knowledge_articles_product_idx').on(t.productId),
  index('knowledge_articles_review_idx').on(t.reviewBy),
]);

/** Every save of an article, never changed afterwards: the history that can be compared and restored. */
export const knowledgeArticleVersions = pgTable('knowledge_article_versions', {
  articleId: uuid('article_id').notNull().references(() => knowledgeArticles.id),
  version: integer('version').notNull(),
  title: text('title').notNull(),
  question: text('question'),
  answerHtml: text('answer_html').notNull(),
  keywords: text('keywords').array().notNull(),
  productId: uuid('product_id').references(() => products.id),
  teamId: uuid('team_id').references(() => teams.id),
  visibility: text('visibility').notNull(),
  reviewBy: date('review_by', { mode: 'string' }),
  b1: jsonb('b1').notNull(),
  /** What happened with this version: saved, published (with a confirmation when not at B1), restored from version n, archived. */
  event: text('event').notNull(),
  /** Publishing a public answer that is not at B1 needs a recorded confirmation. */
  b1Confirmed: boolean('b1_confirmed').notNull().default(false),
  restoredFrom: integer('restored_from'),
  authorId: uuid('author_id').references(() => employees.id),
  createdAt: timestamptz('created_at').notNull().defaultNow(),
}, (t) => [
  primaryKey({ columns: [t.articleId, t.version] }),
  check('knowledge_versions_event', sql`${t.event} in ('created', 'saved', 'published', 'restored', 'archived')`),
]);

/** The words of the published articles (normalised and stemmed) with how many articles hold them: typo and compound matching. */
export const knowledgeTerms = pgTable('knowledge_terms', {
  term: text('term').primaryKey(),
  articles: integer('articles').notNull(),
});

/** Numbers every change of the search index, so each instance's copy of it knows what it missed (knowledge/search/memory-index.ts). */
export const knowledgeIndexSeq = pgSequence('knowledge_index_seq');

/** Synonyms kept by editors: a word residents use and the words the articles use (kliko → container). */
export const knowledgeSynonyms = pgTable('knowledge_synonyms', {
  term: text('term').primaryKey(),
  synonyms: text('synonyms').array().notNull(),
  updatedBy: uuid('updated_by').references(() => employees.id),
  updatedAt: timestamptz('updated_at').notNull().defaultNow(),
});

/** The contact centre's remarks on an article, open until the owning team resolves them. */
export const knowledgeFeedback = pgTable('knowledge_feedback', {
  id: uuid('id').primaryKey().defaultRandom(),
  articleId: uuid('article_id').notNull().references(() => knowledgeArticles.id),
  kind: text('kind').notNull(),
  note: text('note'),
  createdBy: uuid('created_by').references(() => employees.id),
  createdAt: timestamptz('created_at').notNull().defaultNow(),
  resolvedAt: timestamptz('resolved_at'),
  resolvedBy: uuid('resolved_by').references(() => employees.id),
}, (t) => [
  check('knowledge_feedback_kind', sql`${t.kind} in ('incorrect', 'unclear', 'missing')`),
  index('knowledge_feedback_article_idx').on(t.articleId, t.resolvedAt),
  index('knowledge_feedback_open_idx').on(t.createdAt).where(sql`${t.resolvedAt} is null`),
]);

/** An article used to answer a contact ("Dit antwoord gebruikt"), with what the KPI groups by. */
export const knowledgeArticleUses = pgTable('knowledge_article_uses', {
  contactId: uuid('contact_id').notNull().references(() => contacts.id),
  articleId: uuid('article_id').notNull().references(() => knowledgeArticles.id),
  occurredAt: timestamptz('occurred_at').notNull(),
  teamId: uuid('team_id').references(() => teams.id),
  productId: uuid('product_id').references(() => products.id),
  handedOver: boolean('handed_over').notNull(),
}, (t) => [
  primaryKey({ columns: [t.contactId, t.articleId] }),
  index('knowledge_uses_article_idx').on(t.articleId, t.occurredAt),
  index('knowledge_uses_occurred_idx').on(t.occurredAt),
]);

// The register of outgoing communication (Duidelijk Dronten): letters, bulk letters, e-mail
// templates, web texts and flyers, every version with its B1 result, and the contact centre's
// review of bulk letters.

/**
 * One text the municipality sends or publishes. The row holds the latest version's B1 result and,
 * once sent, what was true at that moment (`sent_is_b1`, `sent_approved`): the KPIs count those,
 * so later edits never change a past month.
 */
export const communications = pgTable('communications', {
  id: uuid('id').primaryKey().defaultRandom(),
  kind: text('kind').notNull(),
  title: text('title').notNull(),
  teamId: uuid('team_id').references(() => teams.id),
  recipients: integer('recipients'),
  template: boolean('template').notNull().default(false),
  ownerId: uuid('owner_id').references(() => employees.id),
  status: text('status').notNull().default('draft'),
  version: integer('version').notNull().default(1),
  reviewRequired: boolean('review_required').notNull(),
  /** The B1 result of the latest version (level, scores, findings). */
  b1: jsonb('b1').notNull(),
  isB1: boolean('is_b1').notNull(),
  level: text('level').notNull(),
  approvedVersion: integer('approved_version'),
  reviewDueAt: timestamptz('review_due_at'),
  sentAt: timestamptz('sent_at'),
  sentVersion: integer('sent_version'),
  sentIsB1: boolean('sent_is_b1'),
  /** A bulk letter sent with an approval of the version that was sent. */
  sentApproved: boolean('sent_approved'),
  createdAt: timestamptz('created_at').notNull().defaultNow(),
  updatedAt: timestamptz('updated_at').notNull().defaultNow(),
}, (t) => [
  check('communications_kind', sql`${t.kind} in ('letter', 'bulk_letter', 'email', 'web_text', 'flyer', 'other')`),
  check('communications_status', sql`${t.status} in ('draft', 'review_requested', 'changes_requested', 'approved', 'sent')`),
  index('communications_list_idx').on(t.updatedAt, t.id),
  index('communications_team_idx').on(t.teamId, t.updatedAt),
  // The review queue: open requests by deadline.
  index('communications_review_queue_idx').on(t.reviewDueAt).where(sql`status = 'review_requested'`),
  // The KPIs: what was sent in a period.
  index('communications_sent_idx').on(t.sentAt).where(sql`sent_at is not null`),
]);

/** Every version of a text, never changed afterwards. */
export const communicationVersions = pgTable('communication_versions', {
  communicationId: uuid('communication_id').notNull().references(() => communications.id),
  version: integer('version').notNull(),
  text: text('text').notNull(),
  b1: jsonb('b1').notNull(),
  authorId: uuid('author_id').references(() => employees.id),
  createdAt: timestamptz('created_at').notNull().defaultNow(),
}, (t) => [primaryKey({ columns: [t.communicationId, t.version] })]);

/** A request for review of one version, and the contact centre's decision with its comments. */
export const communicationReviews = pgTable('communication_reviews', {
  id: uuid('id').primaryKey().defaultRandom(),
  communicationId: uuid('communication_id').notNull().references(() => communications.id),
  version: integer('version').notNull(),
  requestedBy: uuid('requested_by').references(() => employees.id),
  requestedAt: timestamptz('requested_at').notNull(),
  dueAt: timestamptz('due_at').notNull(),
  decision: text('decision'),
  decidedBy: uuid('decided_by').references(() => employees.id),
  decidedAt: timestamptz('decided_at'),
  comment: text('comment'),
  /** Comments tied to passages: [{ passage, comment }]. */
  comments: jsonb('comments').notNull().default(sql`'[]'::jsonb`),
}, (t) => [
  check('communication_reviews_decision', sql`${t.decision} is null or ${t.decision} in ('approved', 'changes_requested')`),
  index('communication_reviews_item_idx').on(t.communicationId, t.requestedAt),
]);

// The press inbox (R5.3): a press question is a request (kind `press_question`) of team
// Communicatie with a deadline of two working days; these tables hold its mail thread and answer.

/** The press side of a press question: subject, the answer being drafted and its check. */
export const pressQuestions = pgTable('press_questions', {
  requestId: uuid('request_id').primaryKey().references(() => callbackRequests.id),
  subject: text('subject').notNull(),
  /** The journalist's address and the Message-ID the thread started with. */
  fromAddress: text('from_address').notNull(),
  rootMessageId: text('root_message_id').notNull(),
  answerText: text('answer_text'),
  /** none, draft, check_requested, changes_requested, approved, sent */
  answerStatus: text('answer_status').notNull().default('none'),
  needsAdministratorCheck: boolean('needs_administrator_check').notNull().default(false),
  answerUpdatedAt: timestamptz('answer_updated_at'),
  answerUpdatedBy: uuid('answer_updated_by').references(() => employees.id),
  checkedBy: uuid('checked_by').references(() => employees.id),
  checkedAt: timestamptz('checked_at'),
  sentAt: timestamptz('sent_at'),
}, (t) => [
  check('press_questions_answer_status', sql`${t.answerStatus} in ('none', 'draft', 'check_requested', 'changes_requested', 'approved', 'sent')`),
]);

/** Every mail of a press question's thread, in and out. A Message-ID is stored once. */
export const pressMessages = pgTable('press_messages', {
  id: uuid('id').primaryKey().defaultRandom(),
  requestId: uuid('request_id').notNull().references(() => callbackRequests.id),
  direction: text('direction').notNull(),
  messageId: text('message_id').notNull().unique(),
  inReplyTo: text('in_reply_to'),
  references: text('references').array().notNull().default(sql`'{}'::text[]`),
  fromAddress: text('from_address').notNull(),
  fromName: text('from_name'),
  toAddress: text('to_address'),
  subject: text('subject').notNull(),
  textBody: text('text_body').notNull(),
  at: timestamptz('at').notNull(),
  /** imap, smtp (received) or helder (sent through the outbox). */
  source: text('source').notNull(),
  outboxMessageId: uuid('outbox_message_id').references(() => outboxMessages.id, { onDelete: 'set null' }),
  sentBy: uuid('sent_by').references(() => employees.id),
}, (t) => [
  check('press_messages_direction', sql`${t.direction} in ('in', 'out')`),
  check('press_messages_source', sql`${t.source} in ('imap', 'smtp', 'helder')`),
  index('press_messages_request_idx').on(t.requestId, t.at),
  // Pruning the outbox sets the link to null: found through this index, not a scan.
  index('press_messages_outbox_idx').on(t.outboxMessageId).where(sql`outbox_message_id is not null`),
]);

/** A file that came with a press mail, kept as it came. */
export const pressAttachments = pgTable('press_attachments', {
  id: uuid('id').primaryKey().defaultRandom(),
  messageId: uuid('message_id').notNull().references(() => pressMessages.id),
  filename: text('filename').notNull(),
  contentType: text('content_type').notNull(),
  size: integer('size').notNull(),
  content: customType<{ data: Buffer }>({ dataType: () => 'bytea' })('content').notNull(),
}, (t) => [index('press_attachments_message_idx').on(t.messageId)]);

// Home visits (R3.4): a request (kind `home_visit`) of the team that will visit; the planned
// moment and the visiting employee (the request's assignee) make the week planning.

export const homeVisits = pgTable('home_visits', {
  requestId: uuid('request_id').primaryKey().references(() => callbackRequests.id),
  productId: uuid('product_id').references(() => products.id),
  /** Where to go: { street, houseNumber, postcode, city } as typed. */
  address: jsonb('address').notNull(),
  preferredDates: date('preferred_dates', { mode: 'string' }).array().notNull().default(sql`'{}'::date[]`),
  plannedAt: timestamptz('planned_at'),
  plannedBy: uuid('planned_by').references(() => employees.id),
  /** The contact (channel home_visit) that records how the visit went. */
  outcomeContactId: uuid('outcome_contact_id').references(() => contacts.id),
}, (t) => [index('home_visits_planned_idx').on(t.plannedAt).where(sql`planned_at is not null`)]);

// Team SMART goals (R5.1) and onboarding (R5.2).

/** A service goal in a team plan: the five SMART parts, a measure, a target, a deadline and an owner. */
export const teamGoals = pgTable('team_goals', {
  id: uuid('id').primaryKey().defaultRandom(),
  teamId: uuid('team_id').notNull().references(() => teams.id),
  title: text('title').notNull(),
  /** A KPI of the measurement plan, measured for this team; null for a manual measure. */
  kpiId: text('kpi_id'),
  /** A manual measure: what is counted, and whether higher is better. */
  measureName: text('measure_name'),
  higherIsBetter: boolean('higher_is_better').notNull().default(true),
  target: doublePrecision('target').notNull(),
  deadline: date('deadline', { mode: 'string' }).notNull(),
  specific: text('specific').notNull(),
  measurable: text('measurable').notNull(),
  acceptable: text('acceptable').notNull(),
  realistic: text('realistic').notNull(),
  timeBound: text('time_bound').notNull(),
  ownerId: uuid('owner_id').references(() => employees.id),
  createdBy: uuid('created_by').references(() => employees.id),
  createdAt: timestamptz('created_at').notNull().defaultNow(),
  updatedAt: timestamptz('updated_at').notNull().defaultNow(),
  archivedAt: timestamptz('archived_at'),
}, (t) => [index('team_goals_team_idx').on(t.teamId, t.createdAt), index('team_goals_created_idx').on(t.createdAt)]);

/** The value of a manual measure for one period (a month, `YYYY-MM`). */
export const teamGoalValues = pgTable('team_goal_values', {
  goalId: uuid('goal_id').notNull().references(() => teamGoals.id),
  period: text('period').notNull(),
  value: doublePrecision('value').notNull(),
  enteredBy: uuid('entered_by').references(() => employees.id),
  enteredAt: timestamptz('entered_at').notNull().defaultNow(),
}, (t) => [primaryKey({ columns: [t.goalId, t.period] })]);

/** An item of the onboarding checklist: for everyone (no team) or for one team. */
export const onboardingItems = pgTable('onboarding_items', {
  id: uuid('id').primaryKey().defaultRandom(),
  title: text('title').notNull(),
  description: text('description').notNull(),
  /** Where to read or do it: a path in Helder or a web address. */
  link: text('link'),
  teamId: uuid('team_id').references(() => teams.id),
  position: integer('position').notNull().default(0),
  active: boolean('active').notNull().default(true),
  createdAt: timestamptz('created_at').notNull().defaultNow(),
  updatedAt: timestamptz('updated_at').notNull().defaultNow(),
}, (t) => [index('onboarding_items_team_idx').on(t.teamId, t.position)]);

/** An employee's confirmation of an item. */
export const onboardingCompletions = pgTable('onboarding_completions', {
  employeeId: uuid('employee_id').notNull().references(() => employees.id),
  itemId: uuid('item_id').notNull().references(() => onboardingItems.id),
  completedAt: timestamptz('completed_at').notNull().defaultNow(),
}, (t) => [primaryKey({ columns: [t.employeeId, t.itemId] }), index('onboarding_completions_item_idx').on(t.itemId)]);
