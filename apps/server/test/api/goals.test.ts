// Team SMART goals (issue 14, R5.1): a team lead writes their own team's goals and not another
// team's; an administrator writes every team's; a goal measured by a KPI shows the team's current
// value and a status judged like the dashboard's; a goal with its own measure takes the values
// entered per month; the KPI teams.service_goal_share counts the teams with a goal.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { FixedClock } from '../../src/clock.js';
import { createTestApp, DEMO, type TestApp } from '../support/app.js';
import { insertCallback } from '../support/kpi-fixtures.js';

// Wednesday 17 March 2027.
const clock = new FixedClock(new Date('2027-03-17T10:00:00+01:00'));
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ clock });
});
afterAll(() => t?.close());

const SMART = {
  specific: 'Wij bellen inwoners op tijd terug.',
  measurable: 'Het deel van de terugbelverzoeken dat te laat is, uit het meetplan.',
  acceptable: 'Het team heeft dit zelf gekozen in de teamdag.',
  realistic: 'Met het nieuwe rooster lukt dit.',
  timeBound: 'Eind 2027.',
};

interface Goal {
  id: string;
  teamId: string;
  kpiId: string | null;
  measureName: string;
  current: number | null;
  status: string;
  statusLabel: string;
  target: number;
  owner: { name: string } | null;
  values: { period: string; value: number }[];
}

describe('writing goals', () => {
  test('a team lead writes their own team\'s goal; another team\'s is 403; an administrator writes any', async () => {
    const own = t.team('Burgerzaken').id;
    const other = t.team('Belastingen').id;
    const created = await t.call(DEMO.teamLead, 'POST', `/api/teams/${own}/goals`, { title: 'Op tijd terugbellen', kpiId: 'callbacks.late_share', target: 0.15, deadline: '2027-12-31', ...SMART });
    expect(created.statusCode, created.body).toBe(201);
    const goal = created.json() as Goal;
    expect(goal).toMatchObject({ teamId: own, kpiId: 'callbacks.late_share', target: 0.15, owner: { name: 'Petra Visser' } });

    const foreign = await t.call(DEMO.teamLead, 'POST', `/api/teams/${other}/goals`, { title: 'Niet van mij', kpiId: 'callbacks.late_share', target: 0.1, deadline: '2027-12-31', ...SMART });
    expect(foreign.statusCode).toBe(403);
    expect(foreign.json().error.message).toMatch(/teamleider van dit team/);
    expect((await t.call(DEMO.secondLine, 'POST', `/api/teams/${own}/goals`, { title: 'x', kpiId: 'callbacks.late_share', target: 0.1, deadline: '2027-12-31', ...SMART })).statusCode).toBe(403);
    const byAdmin = await t.call(DEMO.admin, 'POST', `/api/teams/${other}/goals`, { title: 'Bezwaren sneller', measureName: 'Gemiddelde dagen tot besluit op bezwaar', higherIsBetter: false, target: 30, deadline: '2027-09-30', ...SMART });
    expect(byAdmin.statusCode, byAdmin.body).toBe(201);
  });

  test('bad input is a Dutch 400 that names each field', async () => {
    const team = t.team('Burgerzaken').id;
    const response = await t.call(DEMO.teamLead, 'POST', `/api/teams/${team}/goals`, { title: '', target: 'veel', deadline: '31-12-2027', specific: '' });
    expect(response.statusCode).toBe(400);
    const fields = (response.json().error.fields as { field: string; message: string }[]).map((f) => f.field);
    expect(fields).toEqual(expect.arrayContaining(['title', 'target', 'deadline', 'specific', 'measurable', 'acceptable', 'realistic', 'timeBound']));
    const share = await t.call(DEMO.teamLead, 'POST', `/api/teams/${team}/goals`, { title: 'x', kpiId: 'callbacks.late_share', target: 15, deadline: '2027-12-31', ...SMART });
    expect(share.json().error.fields[0]).toMatchObject({ field: 'target' });
    const neither = await t.call(DEMO.teamLead, 'POST', `/api/teams/${team}/goals`, { title: 'x', target: 1, deadline: '2027-12-31', ...SMART });
    expect(neither.json().error.fields[0].message).toContain('meetpunt');
    expect((await t.call(DEMO.admin, 'POST', '/api/teams/00000000-0000-4000-8000-000000000000/goals', { title: 'x', kpiId: 'callbacks.late_share', target: 0.1, deadline: '2027-12-31', ...SMART })).statusCode).toBe(404);
  });
});

describe('progress', () => {
  test('a KPI goal follows the team\'s figure by itself and is judged against its target', async () => {
    const team = t.team('Burgerzaken').id;
    const read = async () => ((await t.call(DEMO.kcc, 'GET', `/api/teams/${team}/goals`)).json() as Goal[]).find((g) => g.kpiId === 'callbacks.late_share')!;
    expect((await read()).current).toBeNull();
    expect((await read()).status).toBe('no_data');
    // Four requests due this month, one handled late: 25% late, above the 15% target.
    for (const completed of ['at_deadline', 'at_deadline', 'at_deadline'] as const) await insertCallback(t.database.db, team, '2027-03-10', 'done', completed);
    await insertCallback(t.database.db, team, '2027-03-10', 'done', new Date('2027-03-12T10:00:00+01:00'));
    const behind = await read();
    expect(behind.current).toBe(0.25);
    expect(behind.status).not.toBe('on_track');
    // Four more on time: 1 of 8 is 12.5%, the target is met.
    for (let i = 0; i < 4; i += 1) await insertCallback(t.database.db, team, '2027-03-11', 'done', 'at_deadline');
    const met = await read();
    expect(met.current).toBe(0.125);
    expect(met).toMatchObject({ status: 'on_track', statusLabel: 'Op koers' });
  });

  test('a goal with its own measure takes the values entered per month', async () => {
    const team = t.team('Belastingen').id;
    const goal = ((await t.call(DEMO.admin, 'GET', `/api/teams/${team}/goals`)).json() as Goal[])[0]!;
    expect(goal).toMatchObject({ measureName: 'Gemiddelde dagen tot besluit op bezwaar', current: null });
    await t.call(DEMO.admin, 'POST', `/api/teams/${team}/goals/${goal.id}/values`, { period: '2027-01', value: 41 });
    const entered = await t.call(DEMO.admin, 'POST', `/api/teams/${team}/goals/${goal.id}/values`, { period: '2027-02', value: 28 });
    expect(entered.statusCode, entered.body).toBe(200);
    // Lower is better: 28 days is within the target of 30.
    expect(entered.json()).toMatchObject({ current: 28, status: 'on_track', values: [{ period: '2027-01', value: 41 }, { period: '2027-02', value: 28 }] });
    expect((await t.call(DEMO.teamLead, 'POST', `/api/teams/${team}/goals/${goal.id}/values`, { period: '2027-03', value: 20 })).statusCode).toBe(403);
    expect((await t.call(DEMO.admin, 'POST', `/api/teams/${team}/goals/${goal.id}/values`, { period: '2027-13', value: 20 })).statusCode).toBe(400);
  });
});

describe('the overview and the KPI teams.service_goal_share', () => {
  test('every active team is listed with its goals; the KPI counts the teams that have one', async () => {
    const overview = (await t.call(DEMO.kcc, 'GET', '/api/team-goals')).json() as { teamName: string; goals: Goal[] }[];
    const withGoals = overview.filter((o) => o.goals.length > 0).map((o) => o.teamName).sort();
    expect(withGoals).toEqual(['Belastingen', 'Burgerzaken']);
    const kpis = (await t.call(DEMO.admin, 'GET', '/api/kpis?from=2027-03-01&to=2027-03-31')).json() as { id: string; numerator: number; denominator: number }[];
    const share = kpis.find((k) => k.id === 'teams.service_goal_share')!;
    expect(share).toMatchObject({ numerator: 2, denominator: overview.length });
    // Before the goals were made, no team had one.
    const before = (await t.call(DEMO.admin, 'GET', '/api/kpis?from=2027-01-01&to=2027-01-31')).json() as { id: string; numerator: number }[];
    expect(before.find((k) => k.id === 'teams.service_goal_share')!.numerator).toBe(0);
  });
});
