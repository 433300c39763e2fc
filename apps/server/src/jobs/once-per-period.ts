// A background job that must run once per period (a day, a month) however many Helder instances
// share the database: the first instance to claim (job, period) in `job_runs` runs it, the others
// see the claim and skip. The row keeps what the run did, for the log and for the next run.
import { and, desc, eq, isNotNull, sql } from 'drizzle-orm';
import { type DbOrTx, rowsOf } from '../db/client.js';
import { jobRuns } from '../db/schema.js';

/** A claim without a finish this old belongs to an instance that died halfway: it may be taken over. */
const STALE_CLAIM_MS = 6 * 3600_000;

export type JobResult = Record<string, unknown>;

export type RunOutcome<R extends JobResult> =
  | { ran: true; result: R }
  | { ran: false; reason: 'already_claimed' };

/**
 * Runs `work` if this instance is the first to claim (job, period). A failed run gives its claim
 * back, so the next check (an hour later) tries again; a finished run is never repeated.
 */
export async function runOncePerPeriod<R extends JobResult>(
  db: DbOrTx,
  job: string,
  period: string,
  now: () => Date,
  work: () => Promise<R>,
): Promise<RunOutcome<R>> {
  const startedAt = now();
  const staleBefore = new Date(startedAt.getTime() - STALE_CLAIM_MS);
  // One statement: insert the claim, or take over a stale unfinished one. Nothing returned: someone else has it.
  const claimed = await db.execute(sql`
    insert into ${jobRuns} (job, period, started_at, result)
    values (${job}, ${period}, ${startedAt.toISOString()}::timestamptz, '{}'::jsonb)
    on conflict (job, period) do update set started_at = excluded.started_at
      where ${jobRuns.finishedAt} is null and ${jobRuns.startedAt} < ${staleBefore.toISOString()}::timestamptz
    returning job`);
  if (rowsOf(claimed).length === 0) return { ran: false, reason: 'already_claimed' };
  let result: R;
  try {
    result = await work();
  } catch (error) {
    await db.delete(jobRuns).where(and(eq(jobRuns.job, job), eq(jobRuns.period, period)));
    throw error;
  }
  await db.update(jobRuns).set({ finishedAt: now(), result }).where(and(eq(jobRuns.job, job), eq(jobRuns.period, period)));
  return { ran: true, result };
}

/** The result of the newest finished run of a job (before this period), e.g. to continue where it left off. */
export async function lastFinishedRun(db: DbOrTx, job: string): Promise<{ period: string; result: JobResult } | undefined> {
  const [row] = await db
    .select({ period: jobRuns.period, result: jobRuns.result })
    .from(jobRuns)
    .where(and(eq(jobRuns.job, job), isNotNull(jobRuns.finishedAt)))
    .orderBy(desc(jobRuns.period))
    .limit(1);
  return row ? { period: row.period, result: (row.result ?? {}) as JobResult } : undefined;
}
