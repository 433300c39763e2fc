// The demo history: realistic, deterministic, and it feeds every measured KPI (including survey answers).
import { count, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateDatabase, openPglite, type Database } from '../../src/db/client.js';
import { callbackRequests, contacts, surveyResponses } from '../../src/db/schema.js';
import { seedDemo } from '../../src/demo/seed.js';

let database: Database;
beforeAll(async () => {
  database = await openPglite();
  await migrateDatabase(database);
  await seedDemo(database.db, { contacts: 4000, seed: 5, end: new Date('2026-06-30T16:00:00Z') });
}, 180_000);
afterAll(() => database.close());

describe('demo history', () => {
  it('has contacts, callback requests and survey answers in plausible proportions', async () => {
    const [c] = await database.db.select({ n: count() }).from(contacts);
    const [r] = await database.db.select({ n: count() }).from(callbackRequests);
    const [s] = await database.db.select({ n: count() }).from(surveyResponses);
    expect(c!.n).toBeGreaterThan(3900);
    expect(r!.n / c!.n).toBeGreaterThan(0.1);
    expect(s!.n / c!.n).toBeGreaterThan(0.05);
    expect(s!.n / c!.n).toBeLessThan(0.11);
  });

  it('lets the marks rise from about the 0-measurement to better, all from 1 to 10', async () => {
    const rows = (await database.db.execute(sql`
      select min(score) as low, max(score) as high,
        avg(score) filter (where answered_at < '2025-04-01') as early,
        avg(score) filter (where answered_at >= '2026-04-01') as late
      from survey_responses`)) as unknown as { rows: Array<{ low: number; high: number; early: string; late: string }> };
    const row = rows.rows[0]!;
    expect(Number(row.low)).toBeGreaterThanOrEqual(1);
    expect(Number(row.high)).toBeLessThanOrEqual(10);
    expect(Number(row.early)).toBeGreaterThan(6);
    expect(Number(row.early)).toBeLessThan(7.3);
    expect(Number(row.late)).toBeGreaterThan(Number(row.early));
  });

  it('has timeliness marks near the 0-measurement (5.8) at the start, open answers, and residents\' reports', async () => {
    const marks = (await database.db.execute(sql`
      select avg(timeliness_score) filter (where answered_at < '2025-04-01') as early,
        count(*) filter (where comment is not null) as comments,
        count(*) filter (where resolved is not null) as resolved
      from survey_responses`)) as unknown as { rows: Array<{ early: string; comments: string; resolved: string }> };
    const m = marks.rows[0]!;
    expect(Number(m.early)).toBeGreaterThan(5.3);
    expect(Number(m.early)).toBeLessThan(6.4);
    expect(Number(m.comments)).toBeGreaterThan(10);
    const reports = await database.db.select().from(callbackRequests).where(sql`kind = 'report'`);
    expect(reports.length).toBeGreaterThan(3);
    for (const r of reports) {
      expect(r.createdBy).toBeNull();
      expect(r.contactId).toBeNull();
      expect(r.category).toMatch(/^(not_called_back|unclear_letter|conflicting_answers|treatment|other)$/);
      expect(r.aboutTeamId).not.toBeNull();
    }
  });

  it('has residents who got in touch more than once, linked to one party with an address', async () => {
    const rows = (await database.db.execute(sql`
      select count(*) as parties,
        count(*) filter (where n > 1) as returning,
        count(*) filter (where address_key is not null) as with_address
      from (select p.id, p.address_key, count(c.id) as n from parties p join customers c on c.party_id = p.id group by p.id, p.address_key) x`)) as unknown as { rows: Array<{ parties: string; returning: string; with_address: string }> };
    const row = rows.rows[0]!;
    expect(Number(row.parties)).toBeGreaterThan(500);
    expect(Number(row.returning)).toBeGreaterThan(100);
    expect(Number(row.with_address)).toBeGreaterThan(100);
    const unlinked = (await database.db.execute(sql`select count(*) as n from customers where party_id is null and (email is not null or phone is not null)`)) as unknown as { rows: Array<{ n: string }> };
    expect(Number(unlinked.rows[0]!.n)).toBe(0);
  });

  it('has a knowledge base: articles with one to three versions, review dates, feedback, synonyms, and answers used in recent contacts', async () => {
    const articles = (await database.db.execute(sql`
      select a.status, a.visibility, a.version, a.use_count, a.handed_over_count, a.search is not null as indexed,
        (select count(*) from knowledge_article_versions v where v.article_id = a.id) as versions,
        (select count(*) from knowledge_article_uses u where u.article_id = a.id) as uses,
        (select count(*) from knowledge_article_uses u where u.article_id = a.id and u.handed_over) as handed_over,
        a.review_by < '2026-06-30' as overdue
      from knowledge_articles a`)) as unknown as { rows: Array<{ status: string; visibility: string; version: number; use_count: number; handed_over_count: number; indexed: boolean; versions: string; uses: string; handed_over: string; overdue: boolean }> };
    const rows = articles.rows;
    expect(rows.length).toBeGreaterThan(55);
    expect(rows.filter((r) => r.status === 'published').length).toBeGreaterThan(50);
    expect(rows.some((r) => r.status === 'draft')).toBe(true);
    expect(rows.some((r) => r.visibility === 'internal')).toBe(true);
    expect(rows.some((r) => r.overdue)).toBe(true);
    for (const r of rows) {
      expect(Number(r.versions)).toBe(r.version);
      expect(r.version).toBeGreaterThanOrEqual(1);
      expect(r.version).toBeLessThanOrEqual(3);
      if (r.status === 'published') expect(r.indexed).toBe(true);
      // The counters are the uses.
      expect(r.use_count).toBe(Number(r.uses));
      expect(r.handed_over_count).toBe(Number(r.handed_over));
      if (r.status !== 'published') expect(r.use_count).toBe(0);
    }
    expect(rows.reduce((n, r) => n + r.handed_over_count, 0)).toBeGreaterThan(0);
    const other = (await database.db.execute(sql`select (select count(*) from knowledge_feedback) as feedback, (select count(*) from knowledge_synonyms) as synonyms`)) as unknown as { rows: Array<{ feedback: string; synonyms: string }> };
    expect(Number(other.rows[0]!.feedback)).toBeGreaterThan(5);
    expect(Number(other.rows[0]!.synonyms)).toBeGreaterThan(10);
    // About a third of the last two months' contacts were answered with the knowledge base.
    const share = (await database.db.execute(sql`
      select count(*) as contacts, count(*) filter (where exists (select 1 from knowledge_article_uses u where u.contact_id = c.id)) as used
      from contacts c where c.occurred_at >= '2026-05-01' and c.occurred_at < '2026-07-01'`)) as unknown as { rows: Array<{ contacts: string; used: string }> };
    const { contacts: total, used } = share.rows[0]!;
    expect(Number(used) / Number(total)).toBeGreaterThan(0.25);
    expect(Number(used) / Number(total)).toBeLessThan(0.45);
  });
});

describe('demo press inbox', () => {
  it('has about three press questions a week, mostly answered in time and better at the end, and a few still open', async () => {
    const result = await database.db.execute(sql`
      select count(*)::int as total,
        count(*) filter (where status in ('open', 'in_progress'))::int as open,
        avg(case when least(completed_at, interim_reply_at) <= due_at then 1.0 else 0.0 end) filter (where status = 'done' and created_at < '2025-06-01') as early,
        avg(case when least(completed_at, interim_reply_at) <= due_at then 1.0 else 0.0 end) filter (where status = 'done' and created_at >= '2026-01-01') as late,
        (select count(*)::int from press_messages m join callback_requests r on r.id = m.request_id where r.kind = 'press_question' and m.direction = 'out') as answers
      from callback_requests where kind = 'press_question'`);
    const row = (result as unknown as { rows: { total: number; open: number; early: string; late: string; answers: number }[] }).rows[0]!;
    // 18 months of weekdays at 0.6 a day: about 230.
    expect(row.total).toBeGreaterThan(180);
    expect(row.total).toBeLessThan(290);
    expect(row.open).toBeGreaterThan(0);
    expect(Number(row.early)).toBeLessThan(Number(row.late));
    expect(Number(row.late)).toBeGreaterThan(0.8);
    expect(row.answers).toBeGreaterThanOrEqual(row.total - row.open);
  });
});

describe('demo team plans', () => {
  it('gives every active team a service goal, one with monthly values of its own measure', async () => {
    const result = await database.db.execute(sql`
      select (select count(*)::int from teams where active) as teams,
        (select count(distinct team_id)::int from team_goals where archived_at is null) as with_goal,
        (select count(*)::int from team_goal_values) as values`);
    const row = (result as unknown as { rows: { teams: number; with_goal: number; values: number }[] }).rows[0]!;
    expect(row.with_goal).toBe(row.teams);
    expect(row.values).toBeGreaterThan(6);
  });
});

describe('demo home visits', () => {
  it('has visits planned in the coming days and some still to plan, each with an address', async () => {
    const result = await database.db.execute(sql`
      select count(*) filter (where h.planned_at is not null)::int as planned,
        count(*) filter (where h.planned_at is null)::int as unplanned,
        count(*) filter (where h.address ? 'postcode')::int as with_address
      from home_visits h join callback_requests r on r.id = h.request_id where r.kind = 'home_visit'`);
    const row = (result as unknown as { rows: { planned: number; unplanned: number; with_address: number }[] }).rows[0]!;
    expect(row.planned).toBeGreaterThan(0);
    expect(row.unplanned).toBeGreaterThan(0);
    expect(row.with_address).toBe(row.planned + row.unplanned);
  });
});
