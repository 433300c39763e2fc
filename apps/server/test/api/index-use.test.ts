// The lists page by keyset in a fixed order; at millions of rows that is only fast when an index
// delivers the order. With sorting made prohibitively expensive, the planner must still find a
// plan without a Sort node, on both PGlite and PostgreSQL. (An index declared `DESC NULLS LAST`
// does not serve `ORDER BY ... DESC`: this test caught exactly that.)
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

async function plan(query: string): Promise<string> {
  return t.database.db.transaction(async (tx) => {
    await tx.execute(sql`set local enable_sort = off`);
    await tx.execute(sql`set local enable_seqscan = off`);
    const result = (await tx.execute(sql.raw(`explain ${query}`))) as unknown as { rows: Array<Record<string, string>> };
    return result.rows.map((row) => Object.values(row)[0]).join('\n');
  });
}

const TEAM = "'00000000-0000-4000-8000-000000000000'";
const ORDERS: Record<string, string> = {
  'contacts, newest first': 'select id from contacts order by occurred_at desc, id desc limit 26',
  'contacts of a team, newest first': `select id from contacts where team_id = ${TEAM} order by occurred_at desc, id desc limit 26`,
  'contacts by channel, newest first': `select id from contacts where channel = 'phone' order by occurred_at desc, id desc limit 26`,
  'contacts by product, newest first': `select id from contacts where product_id = ${TEAM} order by occurred_at desc, id desc limit 26`,
  'open requests of a team, by deadline': `select id from callback_requests where team_id = ${TEAM} and status in ('open', 'in_progress') order by due_at, id limit 26`,
  'requests of a team, by deadline': `select id from callback_requests where team_id = ${TEAM} order by due_at, id limit 26`,
  'all requests, by deadline': 'select id from callback_requests order by due_at, id limit 26',
  'outbox, newest first': 'select id from outbox_messages order by created_at desc, id desc limit 26',
  'outbox by state, newest first': `select id from outbox_messages where status = 'failed' order by created_at desc, id desc limit 26`,
  'survey answers in a period, newest first': `select id from survey_responses where answered_at between '2027-01-01' and '2027-12-31' order by answered_at desc, id desc limit 26`,
  'survey answers of a team, newest first': `select id from survey_responses where team_id = ${TEAM} and answered_at between '2027-01-01' and '2027-12-31' order by answered_at desc, id desc limit 26`,
  'audit log, newest first': 'select id from audit_events order by at desc, id desc limit 51',
  'audit log of one employee, newest first': `select id from audit_events where actor_id = ${TEAM} order by at desc, id desc limit 51`,
};

describe('every list order is served by an index', () => {
  for (const [name, query] of Object.entries(ORDERS)) {
    it(name, async () => {
      const text = await plan(query);
      expect(text).toMatch(/Index/);
      expect(text).not.toMatch(/Sort/);
    });
  }
});
