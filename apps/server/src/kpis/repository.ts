// The counts behind the KPIs, per calendar month (Europe/Amsterdam) of the period: one query per
// KPI gives both the period's figure (the sum) and its trend (the months). Contacts and callback
// requests are read from the daily counts the database keeps (migration 0004); the direct
// computations over the raw rows stay here as the reference the tests compare them with.
import { and, eq, gte, inArray, isNotNull, lt, lte, ne, type SQL, sql } from 'drizzle-orm';
import { type DbOrTx, rowsOf } from '../db/client.js';
import { callbackRequests, communications, contacts, knowledgeArticleUses, kpiCallbackDays, kpiContactDays, kpiSurveyDays, surveyResponses, surveyResults } from '../db/schema.js';

export interface MonthCounts {
  /** First day of the month, `YYYY-MM-01`. */
  month: string;
  numerator: number;
  denominator: number;
}

export interface CountFilter {
  /** The first and last moment of the period. */
  from: Date;
  to: Date;
  /** The same period as calendar days in Amsterdam. */
  fromDate: string;
  toDate: string;
  teamId?: string | undefined;
}

const dayMonth = (column: typeof kpiContactDays.day | typeof kpiCallbackDays.day | typeof kpiSurveyDays.day) => sql<string>`to_char(date_trunc('month', ${column}::timestamp), 'YYYY-MM-DD')`;

/** Callback requests by deadline month from the daily counts; open ones past their deadline are counted live. */
export async function lateCallbacksByMonth(db: DbOrTx, filter: CountFilter & { now: Date; requestKind?: string }): Promise<MonthCounts[]> {
  const where = [gte(kpiCallbackDays.day, filter.fromDate), lte(kpiCallbackDays.day, filter.toDate), eq(kpiCallbackDays.kind, filter.requestKind ?? 'callback')];
  if (filter.teamId) where.push(eq(kpiCallbackDays.teamId, filter.teamId));
  const m = dayMonth(kpiCallbackDays.day);
  const [days, openLate] = await Promise.all([
    db
      .select({
        month: m,
        numerator: sql<number>`sum(${kpiCallbackDays.completedLate})`.mapWith(Number),
        denominator: sql<number>`sum(${kpiCallbackDays.total})`.mapWith(Number),
      })
      .from(kpiCallbackDays)
      .where(and(...where))
      .groupBy(m)
      .orderBy(m),
    openPastDeadlineByMonth(db, filter),
  ]);
  const late = new Map(openLate.map((o) => [o.month, o.count]));
  return days
    .filter((d) => d.denominator > 0)
    .map((d) => ({ month: d.month, numerator: d.numerator + (late.get(d.month) ?? 0), denominator: d.denominator }));
}

/** Open requests whose deadline in the period has passed: few, and found through a partial index. */
function openPastDeadlineByMonth(db: DbOrTx, filter: CountFilter & { now: Date; requestKind?: string }) {
  const where = [
    eq(callbackRequests.kind, filter.requestKind ?? 'callback'),
    inArray(callbackRequests.status, ['open', 'in_progress']),
    gte(callbackRequests.dueAt, filter.from),
    lte(callbackRequests.dueAt, filter.to),
    lt(callbackRequests.dueAt, filter.now),
  ];
  if (filter.teamId) where.push(eq(callbackRequests.teamId, filter.teamId));
  const m = month(callbackRequests.dueAt);
  return db.select({ month: m, count: sql<number>`count(*)`.mapWith(Number) }).from(callbackRequests).where(and(...where)).groupBy(m);
}

/** Contacts on the given channels from the daily counts; the numerator counts those resolved in the first line. */
export async function firstLineContactsByMonth(db: DbOrTx, filter: CountFilter & { channels: readonly string[]; productId?: string | undefined }): Promise<MonthCounts[]> {
  const where = [gte(kpiContactDays.day, filter.fromDate), lte(kpiContactDays.day, filter.toDate), inArray(kpiContactDays.channel, [...filter.channels])];
  if (filter.teamId) where.push(eq(kpiContactDays.teamId, filter.teamId));
  if (filter.productId) where.push(eq(kpiContactDays.productId, filter.productId));
  const m = dayMonth(kpiContactDays.day);
  const rows = await db
    .select({
      month: m,
      numerator: sql<number>`sum(${kpiContactDays.firstLine})`.mapWith(Number),
      denominator: sql<number>`sum(${kpiContactDays.total})`.mapWith(Number),
    })
    .from(kpiContactDays)
    .where(and(...where))
    .groupBy(m)
    .orderBy(m);
  return rows.filter((r) => r.denominator > 0);
}

/**
 * Contacts answered with the knowledge base: the numerator counts the contacts with at least one
 * use (knowledge_article_uses, by its occurred_at index; a channel filter looks the contact up by
 * its key), the denominator every contact from the daily counts. Team and product are those of
 * the contact, kept on each use.
 */
export async function knowledgeBaseContactsByMonth(
  db: DbOrTx,
  filter: CountFilter & { channel?: string | undefined; productId?: string | undefined },
): Promise<MonthCounts[]> {
  const dayWhere = [gte(kpiContactDays.day, filter.fromDate), lte(kpiContactDays.day, filter.toDate)];
  if (filter.teamId) dayWhere.push(eq(kpiContactDays.teamId, filter.teamId));
  if (filter.productId) dayWhere.push(eq(kpiContactDays.productId, filter.productId));
  if (filter.channel) dayWhere.push(eq(kpiContactDays.channel, filter.channel));
  const useWhere = [gte(knowledgeArticleUses.occurredAt, filter.from), lte(knowledgeArticleUses.occurredAt, filter.to)];
  if (filter.teamId) useWhere.push(eq(knowledgeArticleUses.teamId, filter.teamId));
  if (filter.productId) useWhere.push(eq(knowledgeArticleUses.productId, filter.productId));
  if (filter.channel) useWhere.push(sql`exists (select 1 from ${contacts} c where c.id = ${knowledgeArticleUses.contactId} and c.channel = ${filter.channel})`);
  const dm = dayMonth(kpiContactDays.day);
  const um = month(knowledgeArticleUses.occurredAt);
  const [days, uses] = await Promise.all([
    db
      .select({ month: dm, denominator: sql<number>`sum(${kpiContactDays.total})`.mapWith(Number) })
      .from(kpiContactDays)
      .where(and(...dayWhere))
      .groupBy(dm)
      .orderBy(dm),
    db
      .select({ month: um, numerator: sql<number>`count(distinct ${knowledgeArticleUses.contactId})`.mapWith(Number) })
      .from(knowledgeArticleUses)
      .where(and(...useWhere))
      .groupBy(um),
  ]);
  const used = new Map(uses.map((u) => [u.month, u.numerator]));
  return days.filter((d) => d.denominator > 0).map((d) => ({ month: d.month, numerator: used.get(d.month) ?? 0, denominator: d.denominator }));
}

/** The same figure from the raw rows (the reference a test compares with). */
export async function knowledgeBaseContactsByMonthDirect(db: DbOrTx, filter: CountFilter): Promise<MonthCounts[]> {
  const where = [gte(contacts.occurredAt, filter.from), lte(contacts.occurredAt, filter.to)];
  if (filter.teamId) where.push(eq(contacts.teamId, filter.teamId));
  const m = month(contacts.occurredAt);
  return db
    .select({
      month: m,
      numerator: sql<number>`count(*) filter (where exists (select 1 from ${knowledgeArticleUses} u where u.contact_id = ${contacts.id}))`.mapWith(Number),
      denominator: sql<number>`count(*)`.mapWith(Number),
    })
    .from(contacts)
    .where(and(...where))
    .groupBy(m)
    .orderBy(m);
}

const month = (column: typeof callbackRequests.dueAt | typeof callbackRequests.createdAt | typeof contacts.occurredAt | typeof surveyResponses.answeredAt | typeof knowledgeArticleUses.occurredAt) =>
  sql<string>`to_char(date_trunc('month', ${column} at time zone 'Europe/Amsterdam'), 'YYYY-MM-DD')`;

/**
 * The reference: callback requests whose deadline falls in the period, cancelled ones left out;
 * late when completed after the deadline, or still open after it (`now`).
 */
export async function lateCallbacksByMonthDirect(db: DbOrTx, filter: CountFilter & { now: Date; requestKind?: string }): Promise<MonthCounts[]> {
  const where = [
    gte(callbackRequests.dueAt, filter.from),
    lte(callbackRequests.dueAt, filter.to),
    ne(callbackRequests.status, 'cancelled'),
    eq(callbackRequests.kind, filter.requestKind ?? 'callback'),
  ];
  if (filter.teamId) where.push(eq(callbackRequests.teamId, filter.teamId));
  const m = month(callbackRequests.dueAt);
  const rows = await db
    .select({
      month: m,
      numerator: sql<number>`count(*) filter (where ${callbackRequests.completedAt} > ${callbackRequests.dueAt}
        or (${callbackRequests.completedAt} is null and ${callbackRequests.dueAt} < ${filter.now}))`.mapWith(Number),
      denominator: sql<number>`count(*)`.mapWith(Number),
    })
    .from(callbackRequests)
    .where(and(...where))
    .groupBy(m)
    .orderBy(m);
  return rows;
}

/** Contacts on the given channels in the period, from the raw rows (the reference). */
export async function firstLineContactsByMonthDirect(db: DbOrTx, filter: CountFilter & { channels: readonly string[] }): Promise<MonthCounts[]> {
  const where = [gte(contacts.occurredAt, filter.from), lte(contacts.occurredAt, filter.to), inArray(contacts.channel, [...filter.channels])];
  if (filter.teamId) where.push(eq(contacts.teamId, filter.teamId));
  const m = month(contacts.occurredAt);
  return db
    .select({
      month: m,
      numerator: sql<number>`count(*) filter (where ${contacts.resolution} = 'first_line')`.mapWith(Number),
      denominator: sql<number>`count(*)`.mapWith(Number),
    })
    .from(contacts)
    .where(and(...where))
    .groupBy(m)
    .orderBy(m);
}

/** Survey answers in the period from the raw rows (the reference): sum of the marks over their number. */
export async function surveyScoresByMonthDirect(
  db: DbOrTx,
  filter: CountFilter & { field: 'score' | 'timeliness_score'; line?: 'first' | 'second' | undefined; channel?: string | undefined; productId?: string | undefined },
): Promise<MonthCounts[]> {
  const column = filter.field === 'score' ? surveyResponses.score : surveyResponses.timelinessScore;
  const where = [gte(surveyResponses.answeredAt, filter.from), lte(surveyResponses.answeredAt, filter.to), isNotNull(column)];
  if (filter.teamId) where.push(eq(surveyResponses.teamId, filter.teamId));
  if (filter.channel) where.push(eq(surveyResponses.channel, filter.channel));
  if (filter.productId) where.push(eq(surveyResponses.productId, filter.productId));
  if (filter.line) where.push(eq(surveyResponses.line, filter.line));
  const m = month(surveyResponses.answeredAt);
  return db
    .select({
      month: m,
      numerator: sql<number>`coalesce(sum(${column}), 0)`.mapWith(Number),
      denominator: sql<number>`count(*)`.mapWith(Number),
    })
    .from(surveyResponses)
    .where(and(...where))
    .groupBy(m)
    .orderBy(m);
}

type SurveyFilter = CountFilter & { field: 'score' | 'timeliness_score'; line?: 'first' | 'second' | undefined; channel?: string | undefined; productId?: string | undefined };

/** Survey answers in the period from the daily sums: the numerator is the sum of the marks, the denominator their number. */
export async function surveyScoresByMonth(db: DbOrTx, filter: SurveyFilter): Promise<MonthCounts[]> {
  const sum = filter.field === 'score' ? kpiSurveyDays.scoreSum : kpiSurveyDays.timelinessSum;
  const counted = filter.field === 'score' ? kpiSurveyDays.scoreCount : kpiSurveyDays.timelinessCount;
  const where = [gte(kpiSurveyDays.day, filter.fromDate), lte(kpiSurveyDays.day, filter.toDate)];
  if (filter.teamId) where.push(eq(kpiSurveyDays.teamId, filter.teamId));
  if (filter.channel) where.push(eq(kpiSurveyDays.channel, filter.channel));
  if (filter.productId) where.push(eq(kpiSurveyDays.productId, filter.productId));
  if (filter.line) where.push(eq(kpiSurveyDays.line, filter.line));
  const m = dayMonth(kpiSurveyDays.day);
  const rows = await db
    .select({ month: m, numerator: sql<number>`sum(${sum})`.mapWith(Number), denominator: sql<number>`sum(${counted})`.mapWith(Number) })
    .from(kpiSurveyDays)
    .where(and(...where))
    .groupBy(m)
    .orderBy(m);
  return rows.filter((r) => r.denominator > 0);
}

/**
 * Marks for the `perTeam` products of each team with the most contacts in the period (R4.2): the
 * products are chosen over the whole period, the marks are counted per month.
 */
export async function topProductScoresByMonth(db: DbOrTx, filter: CountFilter & { perTeam: number }): Promise<MonthCounts[]> {
  const teamWhere = filter.teamId ? sql`and ${kpiContactDays.teamId} = ${filter.teamId}` : sql``;
  const result = (await db.execute(sql`
    with ranked as (
      select ${kpiContactDays.productId} as product_id,
        row_number() over (partition by ${kpiContactDays.teamId} order by sum(${kpiContactDays.total}) desc, ${kpiContactDays.productId}) as rank
      from ${kpiContactDays}
      where ${kpiContactDays.day} >= ${filter.fromDate} and ${kpiContactDays.day} <= ${filter.toDate}
        and ${kpiContactDays.productId} is not null ${teamWhere}
      group by ${kpiContactDays.teamId}, ${kpiContactDays.productId}
    )
    select to_char(date_trunc('month', s.day::timestamp), 'YYYY-MM-DD') as month,
      coalesce(sum(s.score_sum), 0)::int as numerator, coalesce(sum(s.score_count), 0)::int as denominator
    from ${kpiSurveyDays} s
    join ranked r on r.product_id = s.product_id and r.rank <= ${filter.perTeam}
    where s.day >= ${filter.fromDate} and s.day <= ${filter.toDate}
    group by 1 having sum(s.score_count) > 0 order by 1`)) as unknown as { rows: Array<{ month: string; numerator: number | string; denominator: number | string }> };
  return result.rows.map((r) => ({ month: r.month, numerator: Number(r.numerator), denominator: Number(r.denominator) }));
}

/** Results of the yearly survey measured in the period: score × sample over the samples, so the value is the (weighted) mark. */
export async function surveyResultsByMonth(db: DbOrTx, filter: { fromDate: string; toDate: string; question: string }): Promise<MonthCounts[]> {
  const m = sql<string>`to_char(date_trunc('month', ${surveyResults.measuredOn}::timestamp), 'YYYY-MM-DD')`;
  const rows = await db
    .select({
      month: m,
      numerator: sql<number>`sum(${surveyResults.score}::numeric * ${surveyResults.sampleSize} / 100)`.mapWith(Number),
      denominator: sql<number>`sum(${surveyResults.sampleSize})`.mapWith(Number),
    })
    .from(surveyResults)
    .where(and(eq(surveyResults.question, filter.question), gte(surveyResults.measuredOn, filter.fromDate), lte(surveyResults.measuredOn, filter.toDate)))
    .groupBy(m)
    .orderBy(m);
  return rows;
}

/** Open callback requests per team right now: what the contact centre watches during the day. */
export function openRequestsPerTeam(db: DbOrTx, now: Date, todayEnd: Date) {
  const at = sql`${now.toISOString()}::timestamptz`;
  const end = sql`${todayEnd.toISOString()}::timestamptz`;
  return db
    .select({
      teamId: callbackRequests.teamId,
      open: sql<number>`count(*)`.mapWith(Number),
      overdue: sql<number>`count(*) filter (where ${callbackRequests.dueAt} < ${at})`.mapWith(Number),
      dueToday: sql<number>`count(*) filter (where ${callbackRequests.dueAt} >= ${at} and ${callbackRequests.dueAt} <= ${end})`.mapWith(Number),
    })
    .from(callbackRequests)
    .where(inArray(callbackRequests.status, ['open', 'in_progress']))
    .groupBy(callbackRequests.teamId);
}

/** Today's contacts per hour (Amsterdam) and channel. */
export function contactsPerHour(db: DbOrTx, from: Date, to: Date) {
  const hour = sql<number>`extract(hour from ${contacts.occurredAt} at time zone 'Europe/Amsterdam')::int`;
  return db
    .select({ hour, channel: contacts.channel, count: sql<number>`count(*)`.mapWith(Number) })
    .from(contacts)
    .where(and(gte(contacts.occurredAt, from), lte(contacts.occurredAt, to)))
    .groupBy(hour, contacts.channel)
    .orderBy(hour, contacts.channel);
}

/** Residents' reports per category per quarter (R1.1): few rows, found through the kind index. */
export function reportsByCategoryAndQuarter(db: DbOrTx, filter: { from: Date; to: Date; teamId?: string | undefined }) {
  const where = [eq(callbackRequests.kind, 'report'), gte(callbackRequests.createdAt, filter.from), lte(callbackRequests.createdAt, filter.to)];
  if (filter.teamId) where.push(eq(callbackRequests.aboutTeamId, filter.teamId));
  const quarter = sql<string>`to_char(${callbackRequests.createdAt} at time zone 'Europe/Amsterdam', 'YYYY-"Q"Q')`;
  return db
    .select({ quarter, category: callbackRequests.category, count: sql<number>`count(*)`.mapWith(Number) })
    .from(callbackRequests)
    .where(and(...where))
    .groupBy(quarter, callbackRequests.category)
    .orderBy(quarter, callbackRequests.category);
}

const sentMonth = sql<string>`to_char(date_trunc('month', ${communications.sentAt} at time zone 'Europe/Amsterdam'), 'YYYY-MM-DD')`;

/**
 * What was sent or published per month: all texts (b1) or the texts that needed review (bulk),
 * and how many of them were at B1, or approved in the version sent, at that moment.
 */
export async function sentByMonth(db: DbOrTx, filter: { from: Date; to: Date; teamId?: string | undefined; measure: 'b1' | 'bulk' }): Promise<MonthCounts[]> {
  const where: SQL[] = [gte(communications.sentAt, filter.from), lte(communications.sentAt, filter.to)];
  if (filter.teamId) where.push(eq(communications.teamId, filter.teamId));
  if (filter.measure === 'bulk') where.push(eq(communications.reviewRequired, true));
  const numerator = filter.measure === 'b1' ? sql`count(*) filter (where ${communications.sentIsB1})` : sql`count(*) filter (where ${communications.sentApproved})`;
  return db
    .select({ month: sentMonth, numerator: numerator.mapWith(Number), denominator: sql<number>`count(*)`.mapWith(Number) })
    .from(communications)
    .where(and(...where))
    .groupBy(sentMonth)
    .orderBy(sentMonth);
}

/**
 * Press questions (R5.3) by month of arrival: answered, or given an interim reply, by the deadline
 * (two working days). One whose deadline has not passed yet counts as in time, like every request
 * still within its term. Questions set aside (cancelled: not a question) are left out. Few rows,
 * found through callbacks_kind_created_idx.
 */
export async function pressAnsweredInTimeByMonth(db: DbOrTx, filter: { from: Date; to: Date; now: Date }): Promise<MonthCounts[]> {
  const m = month(callbackRequests.createdAt);
  const firstAnswer = sql`least(${callbackRequests.completedAt}, ${callbackRequests.interimReplyAt})`;
  return db
    .select({
      month: m,
      numerator: sql<number>`count(*) filter (where ${firstAnswer} <= ${callbackRequests.dueAt} or (${firstAnswer} is null and ${callbackRequests.dueAt} >= ${filter.now.toISOString()}::timestamptz))`.mapWith(Number),
      denominator: sql<number>`count(*)`.mapWith(Number),
    })
    .from(callbackRequests)
    .where(and(
      eq(callbackRequests.kind, 'press_question'),
      gte(callbackRequests.createdAt, filter.from),
      lte(callbackRequests.createdAt, filter.to),
      ne(callbackRequests.status, 'cancelled'),
    ))
    .groupBy(m)
    .orderBy(m);
}

/**
 * Active teams with at least one service goal (R5.1), per month of the period: a team counts in a
 * month when a goal of it existed at the month's end (made before it, not archived before it).
 * Teams are few; the months come from the period itself.
 */
export async function teamsWithGoalByMonth(db: DbOrTx, filter: { fromDate: string; toDate: string }): Promise<MonthCounts[]> {
  const result = await db.execute(sql`
    select to_char(m.month, 'YYYY-MM-DD') as month,
      (select count(*) from teams t where t.active and exists (
        select 1 from team_goals g where g.team_id = t.id
          and g.created_at < (m.month + interval '1 month')::timestamp at time zone 'Europe/Amsterdam'
          and (g.archived_at is null or g.archived_at >= (m.month + interval '1 month')::timestamp at time zone 'Europe/Amsterdam')))::int as numerator,
      (select count(*) from teams t where t.active)::int as denominator
    from generate_series(date_trunc('month', ${filter.fromDate}::date), date_trunc('month', ${filter.toDate}::date), interval '1 month') as m(month)
    order by 1`);
  return rowsOf<MonthCounts>(result).map((r) => ({ month: r.month, numerator: Number(r.numerator), denominator: Number(r.denominator) }));
}
