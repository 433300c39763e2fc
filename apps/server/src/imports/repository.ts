// Imported history goes through `import_staging`: checked rows are written there in small committed
// chunks (each a short statement, so other requests get the database in between), then one
// transaction copies the batch into the real tables with a statement per table, skipping references
// that are already there (a file imported twice is imported once). All or nothing: until that
// transaction commits, nothing of the file is visible outside the staging table.
import { randomUUID } from 'node:crypto';
import { eq, lt, sql, type SQL } from 'drizzle-orm';
import { type DbOrTx, rowsOf } from '../db/client.js';
import { callbackRequests, contacts, customers, importStaging, surveyResponses } from '../db/schema.js';

/** A staged row: the columns of the target table by their SQL names, as JSON. */
export type StagedRow = Record<string, string | number | null>;

/** Rows per staging statement. */
export const STAGING_CHUNK = 1_000;

/** A batch older than this was left behind by a crash (an import takes seconds). */
export const STALE_BATCH_MINUTES = 60;

export const newBatchId = (): string => randomUUID();

export async function stageRows(db: DbOrTx, batchId: string, rows: Array<{ line: number; row: StagedRow }>): Promise<void> {
  if (rows.length === 0) return;
  // One parameter for the whole chunk: far cheaper to send and plan than three per row.
  await db.execute(sql`insert into ${importStaging} (batch_id, line, row)
    select ${batchId}::uuid, (x->>'line')::int, x->'row' from jsonb_array_elements(${JSON.stringify(rows)}::jsonb) x`);
}

export async function deleteBatch(db: DbOrTx, batchId: string): Promise<void> {
  await db.delete(importStaging).where(eq(importStaging.batchId, batchId));
}

/** Removes what crashed imports left behind; by the database clock, as the rows were stamped. */
export async function deleteStaleBatches(db: DbOrTx): Promise<void> {
  await db.delete(importStaging).where(lt(importStaging.createdAt, sql`now() - make_interval(mins => ${STALE_BATCH_MINUTES})`));
}

async function count(db: DbOrTx, query: ReturnType<typeof sql>): Promise<number> {
  const [row] = rowsOf<{ n: number }>(await db.execute(sql`with written as (${query} returning 1) select count(*)::int as n from written`));
  return Number(row?.n ?? 0);
}

/** The staged rows of a batch, typed as rows of `table` (JSON keys are its column names). */
const staged = (batchId: string, table: typeof contacts | typeof callbackRequests | typeof surveyResponses) =>
  sql`${importStaging} s cross join lateral jsonb_populate_record(null::${table}, s.row) r
    where s.batch_id = ${batchId}::uuid`;

export async function publishContacts(tx: DbOrTx, batchId: string): Promise<number> {
  const fresh = sql`not exists (select 1 from ${contacts} c where c.external_reference = r.external_reference)`;
  await insertStagedCustomers(tx, sql`${staged(batchId, contacts)} and r.customer_id is not null and ${fresh}`);
  const written = await count(tx, sql`insert into ${contacts} (external_reference, occurred_at, channel, team_id, product_id, resolution, subject, customer_id)
    select r.external_reference, r.occurred_at, r.channel, r.team_id, r.product_id, r.resolution, r.subject, r.customer_id
    from ${staged(batchId, contacts)} order by s.line
    on conflict (external_reference) do nothing`);
  await linkStagedCustomers(tx, batchId);
  return written;
}

/**
 * Customers with the details from the file's optional customer columns (the rest of the staged
 * row is the contact or request). Linked to their parties after the batch is in.
 */
async function insertStagedCustomers(tx: DbOrTx, from: SQL): Promise<void> {
  await tx.execute(sql`insert into ${customers} (id, kind, name, email, phone)
    select r.customer_id, 'resident', s.row->>'customer_name', s.row->>'customer_email', s.row->>'customer_phone' from ${from}`);
}

/** The batch's customers with details find their party by e-mail address or phone number, or get a new one (migration 0018). */
async function linkStagedCustomers(tx: DbOrTx, batchId: string): Promise<void> {
  await tx.execute(sql`select helder_link_customers(array(
    select (s.row->>'customer_id')::uuid from ${importStaging} s
    where s.batch_id = ${batchId}::uuid and (s.row ? 'customer_email' or s.row ? 'customer_phone')))`);
}

/** Requests need a customer: the one the file describes, or (without details) an empty one. */
export async function publishCallbackRequests(tx: DbOrTx, batchId: string): Promise<number> {
  const fresh = sql`not exists (select 1 from ${callbackRequests} c where c.external_reference = r.external_reference)`;
  await insertStagedCustomers(tx, sql`${staged(batchId, callbackRequests)} and ${fresh}`);
  const written = await count(tx, sql`insert into ${callbackRequests}
      (external_reference, team_id, customer_id, question, reply_by, status, working_days, due_at, due_explanation, created_at, updated_at, completed_at)
    select r.external_reference, r.team_id, r.customer_id, r.question, r.reply_by, r.status, r.working_days, r.due_at, r.due_explanation,
      r.created_at, r.updated_at, r.completed_at
    from ${staged(batchId, callbackRequests)} and ${fresh} order by s.line
    on conflict (external_reference) do nothing`);
  await linkStagedCustomers(tx, batchId);
  return written;
}

export async function publishSurveyResponses(tx: DbOrTx, batchId: string): Promise<number> {
  return count(tx, sql`insert into ${surveyResponses} (reference, answered_at, channel, team_id, product_id, line, score, timeliness_score, source)
    select r.reference, r.answered_at, r.channel, r.team_id, r.product_id, r.line, r.score, r.timeliness_score, r.source
    from ${staged(batchId, surveyResponses)} order by s.line
    on conflict (reference) do nothing`);
}

/** Serialises publishing: two imports at once could both decide a reference is new. */
export async function lockImports(db: DbOrTx): Promise<void> {
  await db.execute(sql`select pg_advisory_xact_lock(724406)`);
}
