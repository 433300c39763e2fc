// The daily counts that the database keeps for the KPIs must always equal the direct computation
// over the raw rows, after inserts, updates and deletes in batches and one by one.
import { amsterdamDate, amsterdamInstant } from '@helder/domain';
import { eq, inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callbackRequests, contacts, customers, surveyResponses } from '../../src/db/schema.js';
import * as repo from '../../src/kpis/repository.js';
import { createTestApp, type TestApp } from '../support/app.js';

let t: TestApp;
let teamIds: string[];
let productIds: string[];
const NOW = new Date('2026-06-20T12:00:00Z');

/** A small deterministic generator, so a failure can be replayed. */
function lcg(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1664525 + 1013904223) % 4294967296;
    return state / 4294967296;
  };
}
const random = lcg(42);
const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
const day = () => `2026-0${1 + Math.floor(random() * 6)}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`;

beforeAll(async () => {
  t = await createTestApp();
  teamIds = (await t.services.organisation.listTeams({})).map((team) => team.id);
  productIds = (await t.services.organisation.listProducts({})).map((p) => p.id);
  const db = t.database.db;
  // Contacts in batches (statement triggers see many rows at once), across days, teams, channels, products.
  const rows = Array.from({ length: 1500 }, () => ({
    occurredAt: amsterdamInstant(day(), Math.floor(random() * 24), Math.floor(random() * 60)),
    channel: pick(['phone', 'contact_form', 'email', 'counter']),
    resolution: pick(['first_line', 'first_line', 'handed_over']),
    teamId: random() < 0.1 ? null : pick(teamIds),
    productId: random() < 0.2 ? null : pick(productIds),
    subject: 'Vraag',
  }));
  for (let i = 0; i < rows.length; i += 500) await db.insert(contacts).values(rows.slice(i, i + 500));
  const [customer] = await db.insert(customers).values({ name: 'Test' }).returning({ id: customers.id });
  const requests = Array.from({ length: 600 }, () => {
    const dueAt = amsterdamInstant(day(), 23, 59, 59, 999);
    const status = pick(['open', 'in_progress', 'done', 'done', 'done', 'cancelled']);
    const offset = (random() - 0.6) * 5 * 86_400_000;
    return {
      teamId: pick(teamIds),
      customerId: customer!.id,
      // Reports and follow-ups share the table; each kind is counted apart.
      kind: pick(['callback', 'callback', 'callback', 'report', 'follow_up']),
      question: 'Vraag',
      replyBy: 'phone',
      status,
      workingDays: 2,
      dueAt,
      dueExplanation: 'test',
      createdAt: new Date(dueAt.getTime() - 3 * 86_400_000),
      completedAt: status === 'done' || status === 'cancelled' ? new Date(dueAt.getTime() + offset) : null,
    };
  });
  await db.insert(callbackRequests).values(requests);
  const answers = Array.from({ length: 800 }, (_, i) => ({
    reference: `S-${i}`,
    answeredAt: amsterdamInstant(day(), Math.floor(random() * 24), Math.floor(random() * 60)),
    channel: pick(['phone', 'email', 'counter']),
    teamId: random() < 0.1 ? null : pick(teamIds),
    productId: random() < 0.3 ? null : pick(productIds),
    line: pick(['first', 'second']),
    score: 1 + Math.floor(random() * 10),
    timelinessScore: random() < 0.2 ? null : 1 + Math.floor(random() * 10),
    source: 'survey',
  }));
  for (let i = 0; i < answers.length; i += 300) await db.insert(surveyResponses).values(answers.slice(i, i + 300));
});
afterAll(() => t.close());

async function expectSame() {
  const periods = [
    { fromDate: '2026-01-01', toDate: '2026-06-30' },
    { fromDate: '2026-02-10', toDate: '2026-03-20' },
    { fromDate: '2026-06-01', toDate: '2026-06-01' },
  ];
  for (const period of periods) {
    const base = { ...period, from: amsterdamInstant(period.fromDate), to: amsterdamInstant(period.toDate, 23, 59, 59, 999) };
    for (const teamId of [undefined, ...teamIds.slice(0, 4)]) {
      const filter = { ...base, teamId };
      const channels = ['phone', 'contact_form'];
      expect(await repo.firstLineContactsByMonth(t.database.db, { ...filter, channels })).toEqual(await repo.firstLineContactsByMonthDirect(t.database.db, { ...filter, channels }));
      for (const requestKind of ['callback', 'report']) {
        const kindFilter = { ...filter, now: NOW, requestKind };
        expect(await repo.lateCallbacksByMonth(t.database.db, kindFilter)).toEqual(await repo.lateCallbacksByMonthDirect(t.database.db, kindFilter));
      }
      for (const survey of [{ field: 'score' as const }, { field: 'timeliness_score' as const, line: 'second' as const }, { field: 'score' as const, channel: 'phone' }]) {
        expect(await repo.surveyScoresByMonth(t.database.db, { ...filter, ...survey })).toEqual(await repo.surveyScoresByMonthDirect(t.database.db, { ...filter, ...survey }));
      }
    }
  }
}

describe('daily KPI counts', () => {
  it('equal the direct computation after batch inserts (and the backfill of the template)', async () => {
    const sample = await repo.firstLineContactsByMonth(t.database.db, { from: new Date(0), to: NOW, fromDate: '2026-01-01', toDate: '2026-06-30', channels: ['phone'] });
    expect(sample.reduce((a, m) => a + m.denominator, 0)).toBeGreaterThan(200);
    await expectSame();
  });

  it('follow updates of many rows at once and of one row', async () => {
    const db = t.database.db;
    // Move a month of contacts to another team and channel; flip resolutions; shift days.
    await db.update(contacts).set({ teamId: teamIds[0]!, channel: 'phone' }).where(sql`${contacts.occurredAt} < ${amsterdamInstant('2026-02-01')}`);
    await db.update(contacts).set({ resolution: sql`case when ${contacts.resolution} = 'first_line' then 'handed_over' else 'first_line' end` }).where(sql`${contacts.number} % 7 = 0`);
    await db.update(contacts).set({ occurredAt: sql`${contacts.occurredAt} + interval '20 days'` }).where(sql`${contacts.number} % 11 = 0`);
    // Callback requests: complete open ones late, cancel some, move deadlines, reassign teams.
    const open = await db.select({ id: callbackRequests.id, dueAt: callbackRequests.dueAt }).from(callbackRequests).where(inArray(callbackRequests.status, ['open', 'in_progress'])).limit(40);
    for (const request of open.slice(0, 20)) {
      await db.update(callbackRequests).set({ status: 'done', completedAt: new Date(request.dueAt.getTime() + 3600_000) }).where(eq(callbackRequests.id, request.id));
    }
    await db.update(callbackRequests).set({ status: 'cancelled', completedAt: NOW }).where(inArray(callbackRequests.id, open.slice(20).map((r) => r.id)));
    await db.update(callbackRequests).set({ dueAt: sql`${callbackRequests.dueAt} + interval '3 days'` }).where(sql`${callbackRequests.number} % 5 = 0`);
    await db.update(callbackRequests).set({ teamId: teamIds[1]! }).where(sql`${callbackRequests.number} % 3 = 0`);
    await db.update(surveyResponses).set({ score: sql`11 - ${surveyResponses.score}`, timelinessScore: null }).where(sql`${surveyResponses.reference} like 'S-1%'`);
    await db.update(surveyResponses).set({ answeredAt: sql`${surveyResponses.answeredAt} + interval '9 days'`, channel: 'phone' }).where(sql`${surveyResponses.reference} like 'S-2%'`);
    await expectSame();
  });

  it('follow deletes', async () => {
    const db = t.database.db;
    await db.delete(contacts).where(sql`${contacts.number} % 13 = 0`);
    await db.delete(callbackRequests).where(sql`${callbackRequests.number} % 17 = 0`);
    await db.delete(surveyResponses).where(sql`${surveyResponses.reference} like 'S-3%'`);
    await expectSame();
  });

  it('are what the KPI service reads: registering a contact through the API counts at once', async () => {
    const count = async (date: string) => {
      const rows = await repo.firstLineContactsByMonth(t.database.db, { from: amsterdamInstant(date), to: amsterdamInstant(date, 23, 59, 59, 999), fromDate: date, toDate: date, channels: ['phone'] });
      return rows.reduce((a, m) => a + m.numerator, 0);
    };
    const today = amsterdamDate(new Date());
    const before = await count(today);
    const response = await t.call('kcc@dronten.demo', 'POST', '/api/contacts', { channel: 'phone', subject: 'Vraag', resolution: 'first_line' });
    expect(response.statusCode, response.body).toBe(201);
    const registered = amsterdamDate(new Date(response.json().occurredAt));
    expect(await count(registered)).toBe(registered === today ? before + 1 : 1);
  });
});
