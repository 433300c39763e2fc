// Lateness with a controlled clock (R1.2): a request is late when it is completed after its
// deadline, or still open after it.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { FixedClock } from '../../src/clock.js';
import { createTestApp, DEMO, type TestApp } from '../support/app.js';
import { createCallback, createEmployee, createTeam } from '../support/http.js';

// Thursday 24 December 2026, 11:00 in Amsterdam: a 2-day term ends at the end of Tuesday 29 December.
const START = '2026-12-24T11:00:00+01:00';
const DUE = '2026-12-29T23:59:59+01:00';
const clock = new FixedClock(new Date(START));

let t: TestApp;
let team: { id: string };
let worker: { id: string; email: string };

beforeAll(async () => {
  t = await createTestApp({ clock, config: { sessionHours: 24 * 30 } });
  team = await createTeam(t);
  worker = await createEmployee(t, ['second_line'], team.id);
});
afterAll(() => t.close());

async function get(id: string) {
  const response = await t.call(worker.email, 'GET', `/api/callback-requests/${id}`);
  expect(response.statusCode).toBe(200);
  return response.json();
}

async function listIds(query: string) {
  const response = await t.call(worker.email, 'GET', `/api/callback-requests?teamId=${team.id}&${query}`);
  expect(response.statusCode).toBe(200);
  return (response.json().items as { id: string }[]).map((x) => x.id);
}

async function summary() {
  return (await t.call(worker.email, 'GET', `/api/callback-requests/summary?teamId=${team.id}`)).json();
}

describe('lateness over time', () => {
  // Each test moves the clock forward from START; requests are created at START.
  let open: { id: string; dueAt: string };
  let early: { id: string; dueAt: string };
  let lateDone: { id: string; dueAt: string };
  let cancelled: { id: string; dueAt: string };

  beforeAll(async () => {
    clock.set(START);
    open = await createCallback(t, team.id);
    early = await createCallback(t, team.id);
    lateDone = await createCallback(t, team.id);
    cancelled = await createCallback(t, team.id);
    for (const r of [open, early, lateDone, cancelled]) expect(r.dueAt).toBe(DUE);
  });

  test('at the start everything is on time', async () => {
    clock.set(START);
    const request = await get(open.id);
    expect(request).toMatchObject({ late: false, deadlineState: 'on_time' });
    expect(await listIds('overdue=true')).toEqual([]);
    expect(await summary()).toMatchObject({ open: 4, overdue: 0, dueToday: 0 });
  });

  test('completed before the deadline: done on time, and it stays on time', async () => {
    clock.set('2026-12-28T16:00:00+01:00');
    const response = await t.call(worker.email, 'POST', `/api/callback-requests/${early.id}/complete`, { outcome: 'Op tijd beantwoord' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ status: 'done', late: false, deadlineState: 'done_on_time', completedAt: new Date('2026-12-28T16:00:00+01:00').toISOString() });
    expect(response.json().history.at(-1).data.late).toBe(false);
  });

  test('on the last day the request is due today, not late', async () => {
    clock.set('2026-12-29T08:30:00+01:00');
    expect(await get(open.id)).toMatchObject({ late: false, deadlineState: 'due_today', deadlineLabel: 'Vandaag uiterlijk' });
    expect(await listIds('overdue=true')).toEqual([]);
    expect(await summary()).toMatchObject({ open: 3, overdue: 0, dueToday: 3 });
  });

  test('the last second of the last day is still on time', async () => {
    clock.set('2026-12-29T23:59:59+01:00');
    expect(await get(open.id)).toMatchObject({ late: false, deadlineState: 'due_today' });
  });

  test('past the deadline an open request is late and overdue, and the overdue filter finds it', async () => {
    clock.set('2026-12-30T00:00:01+01:00');
    expect(await get(open.id)).toMatchObject({ status: 'open', late: true, deadlineState: 'overdue', deadlineLabel: 'Te laat' });
    expect((await listIds('overdue=true')).sort()).toEqual([open.id, lateDone.id, cancelled.id].sort());
    expect(await listIds('overdue=false')).toEqual([early.id]);
    expect(await summary()).toMatchObject({ open: 3, overdue: 3, dueToday: 0 });
    // A request that is done on time never becomes late.
    expect(await get(early.id)).toMatchObject({ late: false, deadlineState: 'done_on_time' });
  });

  test('completed after the deadline: late stays true after completion, and it leaves the overdue list', async () => {
    clock.set('2026-12-31T10:00:00+01:00');
    const response = await t.call(worker.email, 'POST', `/api/callback-requests/${lateDone.id}/complete`, { outcome: 'Te laat beantwoord' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ status: 'done', late: true, deadlineState: 'done_late', deadlineLabel: 'Te laat afgehandeld' });
    expect(response.json().history.at(-1).data.late).toBe(true);
    clock.set('2027-01-20T10:00:00+01:00');
    expect(await get(lateDone.id)).toMatchObject({ status: 'done', late: true, deadlineState: 'done_late' });
    expect(await listIds('overdue=true')).not.toContain(lateDone.id);
    expect(await listIds('status=done')).toEqual([early.id, lateDone.id].sort((a, b) => (a < b ? -1 : 1)));
  });

  test('a cancelled request is never late, even when cancelled after the deadline', async () => {
    clock.set('2027-01-20T10:00:00+01:00');
    const response = await t.call(worker.email, 'POST', `/api/callback-requests/${cancelled.id}/cancel`, { reason: 'Niet meer nodig' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ status: 'cancelled', late: false, deadlineState: 'cancelled' });
    expect(await listIds('overdue=true')).toEqual([open.id]);
  });

  test('an interim reply does not move the deadline: the request is still late', async () => {
    clock.set('2027-01-20T11:00:00+01:00');
    const response = await t.call(worker.email, 'POST', `/api/callback-requests/${open.id}/interim-reply`, { message: 'We komen erop terug', expectedBy: '2027-01-25' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ status: 'in_progress', late: true, deadlineState: 'overdue', dueAt: DUE });
    expect(await listIds('overdue=true')).toEqual([open.id]);
    expect(await summary()).toMatchObject({ open: 0, inProgress: 1, overdue: 1 });
  });

  test('the KCC and admin see the same lateness', async () => {
    clock.set('2027-01-20T11:00:00+01:00');
    for (const as of [DEMO.kcc, DEMO.admin]) {
      const items = (await t.call(as, 'GET', `/api/callback-requests?teamId=${team.id}&overdue=true`)).json().items as { id: string; late: boolean }[];
      expect(items.map((x) => [x.id, x.late])).toEqual([[open.id, true]]);
    }
  });
});
