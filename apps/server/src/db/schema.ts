// The one database schema, for PGlite and PostgreSQL alike. Migrations are generated from it
// with drizzle-kit (npm run db:generate -w @helder/server) and applied on start.
import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  customType,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
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

export const customers = pgTable('customers', {
  id: uuid('id').primaryKey().defaultRandom(),
  kind: text('kind').notNull().default('resident'),
  name: text('name'),
  email: text('email'),
  phone: text('phone'),
  createdAt: timestamptz('created_at').notNull().defaultNow(),
  /** Set when retention or an erasure (AVG art. 17) removed the personal details: never touched again. */
  anonymisedAt: timestamptz('anonymised_at'),
}, (t) => [
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
  registeredBy: uuid('registered_by').references(() => employees.id),
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
}, (t) => [
  index('callbacks_kind_created_idx').on(t.kind, t.createdAt),
  check('callbacks_kind', sql`${t.kind} in ('callback', 'report', 'follow_up')`),
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
  createdBy: uuid('created_by').references(() => employees.id),
  createdAt: timestamptz('created_at').notNull().defaultNow(),
});

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
 * Rows of a CSV import on their way in: written in committed chunks so a large file never holds one
 * long transaction; the final step moves a whole batch in one short transaction (all or nothing).
 */
export const importStaging = pgTable('import_staging', {
  batchId: uuid('batch_id').notNull(),
  line: integer('line').notNull(),
  row: jsonb('row').notNull(),
  createdAt: timestamptz('created_at').notNull().defaultNow(),
}, (t) => [primaryKey({ columns: [t.batchId, t.line] }), index('import_staging_created_idx').on(t.createdAt)]);
