// KPI definitions on small hand-made data sets with known answers, through the API.
import { amsterdamInstant } from '@helder/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FixedClock } from '../../src/clock.js';
import { insertCallback, insertContact } from '../support/kpi-fixtures.js';
import { createTestApp, DEMO, PASSWORD, type TestApp } from '../support/app.js';

let t: TestApp;
const clock = new FixedClock(new Date('2026-06-15T10:00:00Z'));
let burgerzaken: string;
let other: string;

type Kpi = { id: string; value: number | null; numerator: number | null; denominator: number | null; status: string; version: number; filtered: boolean; months: Array<{ month: string; numerator: number; denominator: number }> };

async function kpis(query: string, as: string = DEMO.teamLead): Promise<Kpi[]> {
  const response = await t.call(as, 'GET', `/api/kpis?${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}
const byId = (list: Kpi[], id: string) => list.find((k) => k.id === id)!;



beforeAll(async () => {
  t = await createTestApp({ clock });
  burgerzaken = t.team('Burgerzaken').id;
  other = (await t.services.organisation.listTeams({})).find((team) => team.id !== burgerzaken)!.id;

  // May 2026, team Burgerzaken.
  await insertCallback(t.database.db, burgerzaken, '2026-05-11', 'done', amsterdamInstant('2026-05-08', 15)); // on time
  await insertCallback(t.database.db, burgerzaken, '2026-05-11', 'done', 'at_deadline'); // completed exactly at the deadline: on time
  await insertCallback(t.database.db, burgerzaken, '2026-05-12', 'done', amsterdamInstant('2026-05-13', 9)); // late
  await insertCallback(t.database.db, burgerzaken, '2026-05-20', 'open', null); // still open after its deadline: late
  await insertCallback(t.database.db, burgerzaken, '2026-05-20', 'cancelled', amsterdamInstant('2026-05-19', 9)); // cancelled: left out
  await insertCallback(t.database.db, burgerzaken, '2026-04-30', 'done', amsterdamInstant('2026-05-04', 9)); // deadline in April, late
  await insertCallback(t.database.db, burgerzaken, '2026-06-01', 'done', amsterdamInstant('2026-06-03', 9)); // deadline in June, late
  await insertCallback(t.database.db, burgerzaken, '2026-06-19', 'open', null); // open, deadline still ahead: not late
  // Another team, May, late.
  await insertCallback(t.database.db, other, '2026-05-15', 'done', amsterdamInstant('2026-05-19', 9));

  // Contacts in May: phone and contact forms count, e-mail does not.
  await insertContact(t.database.db, '2026-05-04', 'phone', 'first_line', burgerzaken);
  await insertContact(t.database.db, '2026-05-05', 'phone', 'first_line', burgerzaken);
  await insertContact(t.database.db, '2026-05-06', 'contact_form', 'handed_over', burgerzaken);
  await insertContact(t.database.db, '2026-05-07', 'phone', 'first_line', other);
  await insertContact(t.database.db, '2026-05-08', 'email', 'handed_over', other);
});
afterAll(() => t.close());

describe('callbacks.late_share', () => {
  it('counts the requests whose deadline falls in the period; late = completed after it or still open after it', async () => {
    const late = byId(await kpis('from=2026-05-01&to=2026-05-31'), 'callbacks.late_share');
    // Burgerzaken: 2 on time (one exactly at the deadline), 2 late, 1 cancelled (left out); other team: 1 late.
    expect(late.denominator).toBe(5);
    expect(late.numerator).toBe(3);
    expect(late.value).toBeCloseTo(0.6);
    expect(late.version).toBe(1);
  });

  it('per team', async () => {
    const late = byId(await kpis(`from=2026-05-01&to=2026-05-31&teamId=${burgerzaken}`), 'callbacks.late_share');
    expect([late.numerator, late.denominator]).toEqual([2, 4]);
    expect(late.value).toBeCloseTo(0.5);
  });

  it('does not count an open request as late before its deadline', async () => {
    const late = byId(await kpis(`from=2026-06-15&to=2026-06-30`), 'callbacks.late_share');
    expect([late.numerator, late.denominator, late.value]).toEqual([0, 1, 0]);
    // A week later, with a new session (the old one has expired by then).
    clock.set('2026-06-22T10:00:00Z');
    try {
      const login = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: DEMO.admin, password: PASSWORD } });
      const cookie = `helder_session=${login.cookies.find((c) => c.name === 'helder_session')!.value}`;
      const response = await t.app.inject({ method: 'GET', url: '/api/kpis?from=2026-06-15&to=2026-06-30', headers: { cookie } });
      const later = byId(response.json(), 'callbacks.late_share');
      expect([later.numerator, later.denominator]).toEqual([1, 1]);
    } finally {
      clock.set('2026-06-15T10:00:00Z');
    }
  });

  it('gives the months of the period as the trend', async () => {
    const late = byId(await kpis('from=2026-04-01&to=2026-06-30'), 'callbacks.late_share');
    expect(late.months.map((m) => [m.month, m.numerator, m.denominator])).toEqual([
      ['2026-04-01', 1, 1],
      ['2026-05-01', 3, 5],
      ['2026-06-01', 1, 2],
    ]);
    expect(late.denominator).toBe(8);
  });

  it('has no value and says so for an empty period', async () => {
    const late = byId(await kpis('from=2020-01-01&to=2020-12-31'), 'callbacks.late_share');
    expect(late.value).toBeNull();
    expect(late.denominator).toBe(0);
    expect(late.status).toBe('no_data');
  });
});

describe('contacts.first_line_share', () => {
  it('counts calls and contact forms resolved in the first line', async () => {
    const share = byId(await kpis('from=2026-05-01&to=2026-05-31'), 'contacts.first_line_share');
    expect([share.numerator, share.denominator]).toEqual([3, 4]);
    expect(share.value).toBeCloseTo(0.75);
    const team = byId(await kpis(`from=2026-05-01&to=2026-05-31&teamId=${burgerzaken}`), 'contacts.first_line_share');
    expect([team.numerator, team.denominator]).toEqual([2, 3]);
  });
});

describe('KPIs without data yet', () => {
  it('show no value, never a made-up one', async () => {
    const list = await kpis('from=2026-05-01&to=2026-05-31');
    for (const id of ['experience.contact_score', 'satisfaction.overall', 'communication.b1_share', 'press.answered_in_time_share']) {
      expect(byId(list, id).value).toBeNull();
      expect(byId(list, id).status).toBe('no_data');
    }
  });
});

describe('GET /api/kpis input and access', () => {
  it('answers 400 with a Dutch message for a period that ends before it starts or a wrong date', async () => {
    const reversed = await t.call(DEMO.admin, 'GET', '/api/kpis?from=2026-05-31&to=2026-05-01');
    expect(reversed.statusCode).toBe(400);
    expect(reversed.json().error.message).toMatch(/begindatum/);
    const wrong = await t.call(DEMO.admin, 'GET', '/api/kpis?from=2026-02-30');
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.message).toMatch(/geldige datum/);
  });
  it('answers 404 for a team that does not exist', async () => {
    const response = await t.call(DEMO.admin, 'GET', '/api/kpis?teamId=00000000-0000-4000-8000-000000000000');
    expect(response.statusCode).toBe(404);
  });
  it('needs a login', async () => {
    expect((await t.call(null, 'GET', '/api/kpis')).statusCode).toBe(401);
  });
  it('defaults to this year up to today', async () => {
    const list = await kpis('');
    // 1 January up to today (15 June): the request due 19 June is not in it yet.
    expect(byId(list, 'callbacks.late_share').denominator).toBe(7);
  });
});

describe('GET /api/public/kpis', () => {
  it('answers without a login, organisation-wide, and hides figures built on fewer than five cases', async () => {
    const response = await t.call(null, 'GET', '/api/public/kpis');
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.municipality).toBe('Dronten');
    expect(body.quarters.map((q: { quarter: string }) => q.quarter)).toEqual(['2025-Q2', '2025-Q3', '2025-Q4', '2026-Q1', '2026-Q2']);
    const q2 = body.quarters[4].figures.find((f: { id: string }) => f.id === 'callbacks.late_share');
    // The current quarter up to today: deadlines in April (1, late), May (5, 3 late), 1 June (late).
    expect(q2.suppressed).toBe(false);
    expect(q2.denominator).toBe(7);
    expect(q2.value).toBeCloseTo(5 / 7);
    const firstLine = body.quarters[4].figures.find((f: { id: string }) => f.id === 'contacts.first_line_share');
    expect(firstLine.suppressed).toBe(true);
    expect(firstLine.value).toBeNull();
    expect(firstLine.denominator).toBeNull();
    expect(JSON.stringify(body)).not.toMatch(/Test|numerator/);
  });
});

describe('GET /api/kpis/today', () => {
  it("gives the open and overdue requests per team and today's contacts per hour and channel", async () => {
    const registered = await t.call(DEMO.kcc, 'POST', '/api/contacts', { channel: 'counter', subject: 'Vraag', resolution: 'first_line' });
    expect(registered.statusCode).toBe(201);
    const response = await t.call(DEMO.kcc, 'GET', '/api/kpis/today');
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.date).toBe('2026-06-15');
    // Burgerzaken: one open request past its deadline (20 May) and one due 19 June.
    expect(body.teams.find((team: { teamName: string }) => team.teamName === 'Burgerzaken')).toMatchObject({ open: 2, overdue: 1, dueToday: 0 });
    expect(body.teams[0].teamName).toBe('Burgerzaken');
    // 10:00 UTC is 12:00 in Amsterdam in summer.
    expect(body.hours).toEqual([{ hour: 12, channel: 'counter', count: 1 }]);
  });

  it('is for the contact centre, team leads and administrators', async () => {
    expect((await t.call(DEMO.secondLine, 'GET', '/api/kpis/today')).statusCode).toBe(403);
    expect((await t.call(DEMO.teamLead, 'GET', '/api/kpis/today')).statusCode).toBe(200);
  });
});

describe('channel and product filters', () => {
  it('narrow the contact KPI, leave the callback KPI as it is, and say which figures they narrowed', async () => {
    const phone = await kpis('from=2026-05-01&to=2026-05-31&channel=phone');
    expect([byId(phone, 'contacts.first_line_share').numerator, byId(phone, 'contacts.first_line_share').denominator]).toEqual([3, 3]);
    expect(byId(phone, 'contacts.first_line_share').filtered).toBe(true);
    expect(byId(phone, 'callbacks.late_share').denominator).toBe(5);
    expect(byId(phone, 'callbacks.late_share').filtered).toBe(false);
    // E-mail is not a channel of this KPI: nothing to count.
    const email = await kpis('from=2026-05-01&to=2026-05-31&channel=email');
    expect(byId(email, 'contacts.first_line_share').value).toBeNull();
    const product = await kpis(`from=2026-05-01&to=2026-05-31&productId=${t.product('Paspoort').id}`);
    expect(byId(product, 'contacts.first_line_share').denominator).toBe(0);
  });

  it('refuses an unknown channel or product in Dutch', async () => {
    const channel = await t.call(DEMO.admin, 'GET', '/api/kpis?channel=fax');
    expect(channel.statusCode).toBe(400);
    expect(channel.json().error.message).toMatch(/kanaal bestaat niet/);
    const product = await t.call(DEMO.admin, 'GET', '/api/kpis?productId=00000000-0000-4000-8000-000000000000');
    expect(product.statusCode).toBe(404);
  });
});

describe('the records behind a figure', () => {
  it('the callback requests listed with dueFrom, dueTo and late are exactly the numerator of callbacks.late_share', async () => {
    const figure = byId(await kpis('from=2026-05-01&to=2026-05-31'), 'callbacks.late_share');
    const list = await t.call(DEMO.admin, 'GET', '/api/callback-requests?dueFrom=2026-05-01&dueTo=2026-05-31&late=true&status=open,in_progress,done,cancelled&limit=100');
    expect(list.statusCode, list.body).toBe(200);
    expect(list.json().items).toHaveLength(figure.numerator!);
    const all = await t.call(DEMO.admin, 'GET', '/api/callback-requests?dueFrom=2026-05-01&dueTo=2026-05-31&status=open,in_progress,done&limit=100');
    expect(all.json().items).toHaveLength(figure.denominator!);
    // A team lead gets only what they may see: their own team's.
    const team = await t.call(DEMO.teamLead, 'GET', `/api/callback-requests?dueFrom=2026-05-01&dueTo=2026-05-31&late=true&teamId=${burgerzaken}&status=open,in_progress,done&limit=100`);
    expect(team.json().items).toHaveLength(2);
  });
});
