// Callback requests (R1.2, R3.2): creation on a working-day deadline, the inbox, who may see and
// act, every step of the state machine, and the append-only history.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { FixedClock } from '../../src/clock.js';
import { createTestApp, DEMO, PASSWORD, type TestApp } from '../support/app.js';
import {
  callbackBody,
  createCallback,
  createContact,
  createEmployee,
  createTeam,
  expectError,
  fieldsOf,
  UNKNOWN_ID,
  unique,
} from '../support/http.js';

// Monday 1 March 2027, 10:00 in Amsterdam. A 2-day term ends at the end of Wednesday 3 March.
const NOW = '2027-03-01T10:00:00+01:00';
const clock = new FixedClock(new Date(NOW));

let t: TestApp;
// Two teams of this file only, so lists and counts are not disturbed by other tests.
let teamA: { id: string; name: string };
let teamB: { id: string; name: string };
let a1: { id: string; email: string; name: string };
let a2: { id: string; email: string; name: string };
let leadA: { id: string; email: string; name: string };
let b1: { id: string; email: string; name: string };

beforeAll(async () => {
  t = await createTestApp({ clock, config: { sessionHours: 24 * 30 } });
  teamA = await createTeam(t, { name: unique('Team A') });
  teamB = await createTeam(t, { name: unique('Team B'), deadlineWorkingDays: 5 });
  a1 = await createEmployee(t, ['second_line'], teamA.id);
  a2 = await createEmployee(t, ['second_line'], teamA.id);
  leadA = await createEmployee(t, ['team_lead', 'second_line'], teamA.id);
  b1 = await createEmployee(t, ['second_line'], teamB.id);
});
afterAll(() => t.close());

async function at<T>(instant: string, fn: () => Promise<T>): Promise<T> {
  clock.set(instant);
  try {
    return await fn();
  } finally {
    clock.set(NOW);
  }
}

async function act(as: string, id: string, action: string, body?: unknown) {
  return t.call(as, 'POST', `/api/callback-requests/${id}/${action}`, body);
}

async function ok(as: string, id: string, action: string, body?: unknown) {
  const response = await act(as, id, action, body);
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

describe('POST /api/callback-requests', () => {
  test('a standalone request is 201: open, due per the team term, not late, with a "created" history entry', async () => {
    const response = await t.call(DEMO.kcc, 'POST', '/api/callback-requests', {
      teamId: t.team('Burgerzaken').id,
      question: 'Kan mijn dochter met mijn paspoort mee?',
      replyBy: 'phone',
      customer: { name: '  Jolanda Meijer ', phone: '06 - 11 22 33 44' },
    });
    expect(response.statusCode).toBe(201);
    const request = response.json();
    const kcc = await t.employee(DEMO.kcc);
    expect(request).toMatchObject({
      contactId: null,
      teamId: t.team('Burgerzaken').id,
      teamName: 'Burgerzaken',
      assigneeId: null,
      assigneeName: null,
      question: 'Kan mijn dochter met mijn paspoort mee?',
      replyBy: 'phone',
      customer: { kind: 'resident', name: 'Jolanda Meijer', email: null, phone: '0611223344' },
      status: 'open',
      late: false,
      deadlineState: 'on_time',
      deadlineLabel: 'Op tijd',
      dueAt: '2027-03-03T23:59:59+01:00',
      dueDate: '2027-03-03',
      workingDays: 2,
      createdAt: new Date(NOW).toISOString(),
      createdBy: { id: kcc.id, name: 'Sanne de Boer' },
      completedAt: null,
      outcome: null,
      attempts: 0,
      interimReply: null,
    });
    expect(request.dueExplanation).toContain('woensdag 3 maart 2027');
    expect(request.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(request.reference).toMatch(/^TB-\d+$/);
    expect(request.history).toHaveLength(1);
    expect(request.history[0]).toMatchObject({
      type: 'created',
      label: 'Aangemaakt',
      actor: { id: kcc.id, name: 'Sanne de Boer' },
      at: new Date(NOW).toISOString(),
      data: { teamId: t.team('Burgerzaken').id, assigneeId: null, workingDays: 2 },
    });
    const fetched = await t.call(DEMO.kcc, 'GET', `/api/callback-requests/${request.id}`);
    expect(fetched.statusCode).toBe(200);
    expect(fetched.json()).toEqual(request);
  });

  test('the deadline follows the term of the team', async () => {
    expect((await createCallback(t, t.team('Vergunningen').id)).dueAt).toBe('2027-03-04T23:59:59+01:00');
    expect((await createCallback(t, teamB.id)).dueAt).toBe('2027-03-08T23:59:59+01:00');
    // A request made on Thursday 24 December 2026 is due at the end of Tuesday 29 December.
    const christmas = await at('2026-12-24T16:00:00+01:00', () => createCallback(t, t.team('Burgerzaken').id));
    expect(christmas.dueAt).toBe('2026-12-29T23:59:59+01:00');
    expect(christmas.dueExplanation).toContain('25 en 26 december');
    // One made late on Friday 23 April 2027 is due at the end of Wednesday 28 April (King's Day).
    // (Weeks ahead, beyond the session: log in at that moment.)
    const kings = await at('2027-04-23T23:30:00+02:00', async () => {
      const login = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: DEMO.kcc, password: PASSWORD } });
      const cookie = `helder_session=${login.cookies.find((c) => c.name === 'helder_session')!.value}`;
      const response = await t.app.inject({ method: 'POST', url: '/api/callback-requests', payload: callbackBody(t.team('Burgerzaken').id), headers: { cookie } });
      expect(response.statusCode).toBe(201);
      return response.json();
    });
    expect(kings.dueAt).toBe('2027-04-28T23:59:59+02:00');
  });

  test('a term change applies to new requests only', async () => {
    const team = await createTeam(t, { deadlineWorkingDays: 2 });
    const before = await createCallback(t, team.id);
    await t.call(DEMO.admin, 'PATCH', `/api/teams/${team.id}`, { deadlineWorkingDays: 4 });
    const after = await createCallback(t, team.id);
    expect(after.dueAt).toBe('2027-03-05T23:59:59+01:00');
    expect((await t.call(DEMO.admin, 'GET', `/api/callback-requests/${before.id}`)).json().dueAt).toBe('2027-03-03T23:59:59+01:00');
  });

  test('replyBy phone needs a phone number, email needs an e-mail address, and a name is required', async () => {
    const bz = t.team('Burgerzaken').id;
    const noPhone = await t.call(DEMO.kcc, 'POST', '/api/callback-requests', callbackBody(bz, { customer: { name: 'X', email: 'x@x.nl' } }));
    expectError(noPhone, 400, 'validation_failed');
    expect(fieldsOf(noPhone)['customer.phone']).toBe('Vul het telefoonnummer in. De klant wil gebeld worden.');
    const noEmail = await t.call(DEMO.kcc, 'POST', '/api/callback-requests', callbackBody(bz, { replyBy: 'email', customer: { name: 'X', phone: '0612345678' } }));
    expect(fieldsOf(noEmail)['customer.email']).toBe('Vul het e-mailadres in. De klant wil een e-mail.');
    const noName = await t.call(DEMO.kcc, 'POST', '/api/callback-requests', callbackBody(bz, { customer: { phone: '0612345678' } }));
    expect(fieldsOf(noName)['customer.name']).toBe('Vul de naam van de klant in.');
    const byEmail = await createCallback(t, bz, { replyBy: 'email', customer: { name: 'Y', email: 'Y@Voorbeeld.NL' } });
    expect(byEmail).toMatchObject({ replyBy: 'email', customer: { email: 'y@voorbeeld.nl', phone: null } });
  });

  test('a request may name an existing contact and a colleague; unknown ones are field errors', async () => {
    const contact = await createContact(t, { subject: unique('Los contact') });
    const linked = await createCallback(t, t.team('Burgerzaken').id, { contactId: contact.id, assigneeId: (await t.employee(DEMO.secondLine)).id });
    expect(linked).toMatchObject({ contactId: contact.id, assigneeName: 'Mehmet Yilmaz', status: 'open' });
    const bz = t.team('Burgerzaken').id;
    const cases: [Record<string, unknown>, string, string][] = [
      [{ contactId: UNKNOWN_ID }, 'contactId', 'Dit contact bestaat niet.'],
      [{ teamId: UNKNOWN_ID }, 'teamId', 'Dit team bestaat niet.'],
      [{ assigneeId: UNKNOWN_ID }, 'assigneeId', 'Deze collega bestaat niet of werkt hier niet meer.'],
    ];
    for (const [override, field, message] of cases) {
      const response = await t.call(DEMO.kcc, 'POST', '/api/callback-requests', callbackBody(bz, override));
      expectError(response, 400, 'validation_failed');
      expect(fieldsOf(response)[field]).toBe(message);
    }
  });

  test('an Idempotency-Key repeat returns the same request', async () => {
    const key = `cb-${unique('k').replace(/\W/g, '')}`;
    const body = callbackBody(teamB.id, { question: unique('Eén keer') });
    const first = await t.call(DEMO.kcc, 'POST', '/api/callback-requests', body, { 'idempotency-key': key });
    const second = await t.call(DEMO.kcc, 'POST', '/api/callback-requests', body, { 'idempotency-key': key });
    expect(first.statusCode).toBe(201);
    expect(second.statusCode).toBe(201);
    expect(second.json().id).toBe(first.json().id);
    const list = (await t.call(DEMO.kcc, 'GET', `/api/callback-requests?teamId=${teamB.id}&limit=100`)).json().items as { question: string }[];
    expect(list.filter((x) => x.question === body.question)).toHaveLength(1);
  });

  test('every role may create a request', async () => {
    for (const as of [DEMO.kcc, DEMO.secondLine, DEMO.teamLead, DEMO.admin]) {
      const response = await t.call(as, 'POST', '/api/callback-requests', callbackBody(teamB.id));
      expect(response.statusCode).toBe(201);
      expect(response.json().createdBy.id).toBe((await t.employee(as)).id);
    }
  });
});

describe('the inbox: GET /api/callback-requests and the summary', () => {
  let team: { id: string };
  let lead: { email: string };
  let member: { id: string; email: string };
  // overdue (due 24 Feb), dueToday (due 1 Mar), later (due 3 Mar), mine (due 3 Mar, assigned), done, cancelled
  const r = {} as Record<'overdue' | 'dueToday' | 'later' | 'mine' | 'done' | 'cancelled', { id: string; dueAt: string }>;

  beforeAll(async () => {
    team = await createTeam(t);
    lead = await createEmployee(t, ['team_lead', 'second_line'], team.id);
    member = await createEmployee(t, ['second_line'], team.id);
    r.overdue = await at('2027-02-22T09:00:00+01:00', () => createCallback(t, team.id));
    r.dueToday = await at('2027-02-25T09:00:00+01:00', () => createCallback(t, team.id));
    r.later = await createCallback(t, team.id);
    r.mine = await createCallback(t, team.id, { assigneeId: member.id });
    r.done = await createCallback(t, team.id);
    r.cancelled = await createCallback(t, team.id);
    await ok(lead.email, r.done.id, 'complete', { outcome: 'Klaar' });
    await ok(lead.email, r.cancelled.id, 'cancel', { reason: 'Dubbel' });
    await ok(member.email, r.mine.id, 'attempt', { note: 'Voicemail' });
  });

  async function ids(query: string, as: string = DEMO.admin) {
    const response = await t.call(as, 'GET', `/api/callback-requests?teamId=${team.id}&${query}`);
    expect(response.statusCode, response.body).toBe(200);
    return (response.json().items as { id: string }[]).map((x) => x.id);
  }

  test('sorted by deadline, earliest first, every status by default', async () => {
    const response = await t.call(DEMO.admin, 'GET', `/api/callback-requests?teamId=${team.id}`);
    const items = response.json().items as { id: string; dueAt: string; status: string }[];
    expect(items).toHaveLength(6);
    expect(items[0]!.id).toBe(r.overdue.id);
    expect(items[1]!.id).toBe(r.dueToday.id);
    const instants = items.map((x) => new Date(x.dueAt).getTime());
    expect(instants).toEqual([...instants].sort((x, y) => x - y));
  });

  test('deadline states at this moment: overdue, due today, on time', async () => {
    const items = (await t.call(DEMO.admin, 'GET', `/api/callback-requests?teamId=${team.id}&status=open`)).json().items as {
      id: string;
      late: boolean;
      deadlineState: string;
      deadlineLabel: string;
    }[];
    const byId = Object.fromEntries(items.map((x) => [x.id, x]));
    expect(byId[r.overdue.id]).toMatchObject({ late: true, deadlineState: 'overdue', deadlineLabel: 'Te laat' });
    expect(byId[r.dueToday.id]).toMatchObject({ late: false, deadlineState: 'due_today', deadlineLabel: 'Vandaag uiterlijk' });
    expect(byId[r.later.id]).toMatchObject({ late: false, deadlineState: 'on_time' });
  });

  test('status filter: one status, a comma list, repeated parameters', async () => {
    expect(await ids('status=done')).toEqual([r.done.id]);
    expect(await ids('status=cancelled')).toEqual([r.cancelled.id]);
    expect(await ids('status=in_progress')).toEqual([r.mine.id]);
    expect((await ids('status=open,in_progress')).sort()).toEqual([r.overdue.id, r.dueToday.id, r.later.id, r.mine.id].sort());
    expect((await ids('status=done&status=cancelled')).sort()).toEqual([r.done.id, r.cancelled.id].sort());
    expect((await ids('status=open, done')).sort()).toEqual([r.overdue.id, r.dueToday.id, r.later.id, r.done.id].sort());
  });

  test('overdue, unassigned and assigneeId filters', async () => {
    expect(await ids('overdue=true')).toEqual([r.overdue.id]);
    expect(await ids('overdue=true&status=done')).toEqual([]);
    expect(await ids('overdue=false')).not.toContain(r.overdue.id);
    expect((await ids('overdue=false')).length).toBe(5);
    expect(await ids(`assigneeId=${member.id}`)).toEqual([r.mine.id]);
    const unassigned = await ids('unassigned=true&status=open,in_progress');
    expect(unassigned.sort()).toEqual([r.overdue.id, r.dueToday.id, r.later.id].sort());
  });

  test('cursor pagination across pages without duplicates or gaps', async () => {
    const all = await ids('limit=100');
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const response = await t.call(DEMO.admin, 'GET', `/api/callback-requests?teamId=${team.id}&limit=4${cursor ? `&cursor=${cursor}` : ''}`);
      expect(response.statusCode).toBe(200);
      seen.push(...(response.json().items as { id: string }[]).map((x) => x.id));
      cursor = response.json().nextCursor;
      pages += 1;
    } while (cursor && pages < 10);
    expect(pages).toBe(2);
    expect(seen).toEqual(all);
    expect(new Set(seen).size).toBe(6);
  });

  test('the summary counts the open requests of the team', async () => {
    for (const as of [DEMO.admin, lead.email, member.email, DEMO.kcc]) {
      const response = await t.call(as, 'GET', `/api/callback-requests/summary?teamId=${team.id}`);
      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual({ open: 3, inProgress: 1, overdue: 1, dueToday: 1, unassigned: 3 });
    }
    const mine = (await t.call(member.email, 'GET', `/api/callback-requests/summary?assigneeId=${member.id}`)).json();
    expect(mine).toEqual({ open: 0, inProgress: 1, overdue: 0, dueToday: 0, unassigned: 0 });
  });

  test('the summary and the list of another team are 403 for the second line, fine for the KCC', async () => {
    expectError(await t.call(a1.email, 'GET', `/api/callback-requests/summary?teamId=${team.id}`), 403, 'forbidden');
    expectError(await t.call(a1.email, 'GET', `/api/callback-requests?teamId=${team.id}`), 403, 'forbidden');
    expect((await t.call(DEMO.kcc, 'GET', `/api/callback-requests?teamId=${team.id}`)).statusCode).toBe(200);
  });

  test('without a team filter the second line gets their own team and their own requests only', async () => {
    const items = (await t.call(member.email, 'GET', '/api/callback-requests?limit=100')).json().items as { teamId: string; assigneeId: string | null }[];
    expect(items.length).toBe(6);
    expect(items.every((x) => x.teamId === team.id || x.assigneeId === member.id)).toBe(true);
  });

  test.each([
    ['status=klaar', 'status.0'],
    ['status=open,foo', 'status.1'],
    ['overdue=ja', 'overdue'],
    ['unassigned=2', 'unassigned'],
    ['assigneeId=mehmet', 'assigneeId'],
    ['teamId=1', 'teamId'],
    ['limit=0', 'limit'],
    ['limit=500', 'limit'],
  ])('bad filter %s is a Dutch 400 on %s', async (query, field) => {
    const response = await t.call(DEMO.kcc, 'GET', `/api/callback-requests?${query}`);
    expectError(response, 400, 'validation_failed');
    expect(Object.keys(fieldsOf(response))).toContain(field);
  });

  test.each([
    ['garbage', '%%%'],
    ['a non-UUID id', Buffer.from(JSON.stringify(['2027-03-03T22:59:59.999Z', 'x'])).toString('base64url')],
    ['a bad date', Buffer.from(JSON.stringify([12, '00000000-0000-4000-8000-000000000000'])).toString('base64url')],
  ])('a cursor with %s is a 400 invalid_cursor', async (_label, cursor) => {
    expectError(await t.call(DEMO.kcc, 'GET', `/api/callback-requests?cursor=${encodeURIComponent(cursor)}`), 400, 'invalid_cursor');
  });
});

describe('who may see and act', () => {
  test('the second line of team A cannot see or act on a request of team B', async () => {
    const request = await createCallback(t, teamB.id);
    const get = await t.call(a1.email, 'GET', `/api/callback-requests/${request.id}`);
    expect(expectError(get, 404, 'not_found').message).toBe('Dit terugbelverzoek bestaat niet.');
    expectError(await t.call(a1.email, 'GET', `/api/callback-requests?teamId=${teamB.id}`), 403, 'forbidden');
    for (const [action, body] of [
      ['assign', { assigneeId: a1.id }],
      ['attempt', {}],
      ['interim-reply', { message: 'x', expectedBy: '2027-03-05' }],
      ['complete', { outcome: 'x' }],
      ['cancel', { reason: 'x' }],
    ] as const) {
      expectError(await act(a1.email, request.id, action, body), 404, 'not_found');
    }
    const list = (await t.call(a1.email, 'GET', '/api/callback-requests?limit=100')).json().items as { id: string }[];
    expect(list.map((x) => x.id)).not.toContain(request.id);
    expect((await t.call(DEMO.admin, 'GET', `/api/callback-requests/${request.id}`)).json().status).toBe('open');
  });

  test('the KCC reads every request but cannot act on another team\'s (403); the admin can', async () => {
    const request = await createCallback(t, teamA.id);
    expect((await t.call(DEMO.kcc, 'GET', `/api/callback-requests/${request.id}`)).statusCode).toBe(200);
    const refused = await act(DEMO.kcc, request.id, 'complete', { outcome: 'Zelf gedaan' });
    expect(expectError(refused, 403, 'forbidden').message).toContain('niet behandelen');
    expect((await t.call(DEMO.kcc, 'GET', `/api/callback-requests/${request.id}`)).json().status).toBe('open');
    const admin = await ok(DEMO.admin, request.id, 'complete', { outcome: 'Door beheer afgehandeld' });
    expect(admin.status).toBe('done');
  });

  test('the KCC may act on a request of the KCC team', async () => {
    const request = await createCallback(t, t.team('Klantcontactcentrum').id);
    expect((await ok(DEMO.kcc, request.id, 'attempt', {})).attempts).toBe(1);
  });

  test('a request assigned to someone of another team is theirs to see and work on', async () => {
    const request = await createCallback(t, teamB.id, { assigneeId: a1.id });
    expect((await t.call(a1.email, 'GET', `/api/callback-requests/${request.id}`)).statusCode).toBe(200);
    expect((await ok(a1.email, request.id, 'attempt', {})).attempts).toBe(1);
    const list = (await t.call(a1.email, 'GET', `/api/callback-requests?assigneeId=${a1.id}`)).json().items as { id: string }[];
    expect(list.map((x) => x.id)).toContain(request.id);
  });

  test('unknown requests are 404 on every route; malformed ids 400', async () => {
    expectError(await t.call(DEMO.admin, 'GET', `/api/callback-requests/${UNKNOWN_ID}`), 404, 'not_found');
    for (const [action, body] of [
      ['assign', { assigneeId: a1.id }],
      ['attempt', {}],
      ['interim-reply', { message: 'x', expectedBy: '2027-03-05' }],
      ['complete', { outcome: 'x' }],
      ['cancel', { reason: 'x' }],
    ] as const) {
      expectError(await act(DEMO.admin, UNKNOWN_ID, action, body), 404, 'not_found');
      expectError(await act(DEMO.admin, 'TB-1', action, body), 400, 'validation_failed');
    }
    expectError(await t.call(DEMO.admin, 'GET', '/api/callback-requests/12345'), 400, 'validation_failed');
  });
});

describe('actions', () => {
  test('pick up: assign to yourself puts the request in progress', async () => {
    const request = await createCallback(t, teamA.id);
    const picked = await ok(a1.email, request.id, 'assign', { assigneeId: a1.id });
    expect(picked).toMatchObject({ status: 'in_progress', assigneeId: a1.id, assigneeName: a1.name, dueAt: request.dueAt });
    expect(picked.history.map((h: { type: string }) => h.type)).toEqual(['created', 'assigned']);
    expect(picked.history[1]).toMatchObject({
      label: 'Toegewezen',
      actor: { id: a1.id },
      data: { fromTeamId: teamA.id, toTeamId: teamA.id, fromAssigneeId: null, toAssigneeId: a1.id, fromStatus: 'open', toStatus: 'in_progress' },
    });
  });

  test('assigning to the same team and colleague again is a 409', async () => {
    const request = await createCallback(t, teamA.id);
    await ok(a1.email, request.id, 'assign', { assigneeId: a1.id });
    const again = await act(a1.email, request.id, 'assign', { assigneeId: a1.id });
    expect(expectError(again, 409, 'unchanged').message).toBe('Dit verzoek staat al bij dit team en deze collega.');
    const sameTeam = await act(a1.email, request.id, 'assign', { teamId: teamA.id });
    expectError(sameTeam, 409, 'unchanged');
    const fresh = await createCallback(t, teamA.id);
    expectError(await act(a1.email, fresh.id, 'assign', { assigneeId: null }), 409, 'unchanged');
    const history = (await t.call(a1.email, 'GET', `/api/callback-requests/${request.id}`)).json().history;
    expect(history).toHaveLength(2);
  });

  test('the team lead hands a request to a colleague: it is new again for them', async () => {
    const request = await createCallback(t, teamA.id);
    await ok(a1.email, request.id, 'assign', { assigneeId: a1.id });
    const handed = await ok(leadA.email, request.id, 'assign', { assigneeId: a2.id, note: 'Mehmet is ziek' });
    expect(handed).toMatchObject({ status: 'open', assigneeId: a2.id, teamId: teamA.id });
    expect(handed.history.at(-1).data).toMatchObject({ note: 'Mehmet is ziek', fromAssigneeId: a1.id, toAssigneeId: a2.id });
    const unassigned = await ok(leadA.email, request.id, 'assign', { assigneeId: null });
    expect(unassigned.assigneeId).toBeNull();
  });

  test('handing over to another team clears the assignee and keeps the deadline', async () => {
    const request = await createCallback(t, teamA.id);
    await ok(a1.email, request.id, 'assign', { assigneeId: a1.id });
    const moved = await ok(a1.email, request.id, 'assign', { teamId: teamB.id });
    expect(moved).toMatchObject({ teamId: teamB.id, teamName: teamB.name, assigneeId: null, status: 'open', dueAt: request.dueAt, workingDays: 2 });
    // Team A no longer sees it; team B does.
    expectError(await t.call(a1.email, 'GET', `/api/callback-requests/${request.id}`), 404, 'not_found');
    expect((await t.call(b1.email, 'GET', `/api/callback-requests/${request.id}`)).statusCode).toBe(200);
    // Moving it with a named colleague keeps that colleague.
    const back = await ok(b1.email, request.id, 'assign', { teamId: teamA.id, assigneeId: a2.id });
    expect(back).toMatchObject({ teamId: teamA.id, assigneeId: a2.id, dueAt: request.dueAt });
  });

  test('after a handover to another team, the contact no longer shows the request to the old team', async () => {
    const contact = await createContact(t, {
      resolution: 'handed_over',
      customer: { name: 'Sophie Vos', phone: '0612345678' },
      callbackRequest: { teamId: teamA.id, question: 'Vraag over de aanslag', replyBy: 'phone' },
    });
    expect((await t.call(a1.email, 'GET', `/api/contacts/${contact.id}`)).json().callbackRequest.id).toBe(contact.callbackRequest.id);
    await ok(a1.email, contact.callbackRequest.id, 'assign', { teamId: teamB.id });
    const seenByA = await t.call(a1.email, 'GET', `/api/contacts/${contact.id}`);
    expect(seenByA.statusCode).toBe(200);
    expect(seenByA.json().callbackRequest).toBeNull();
    expectError(await t.call(a1.email, 'GET', `/api/callback-requests/${contact.callbackRequest.id}`), 404, 'not_found');
    // Those who see every team still see both.
    expect((await t.call(DEMO.kcc, 'GET', `/api/contacts/${contact.id}`)).json().callbackRequest).toMatchObject({ teamId: teamB.id });
  });

  test('assign input is checked: a team or colleague is needed, unknown or inactive ones are refused', async () => {
    const request = await createCallback(t, teamA.id);
    const empty = await act(a1.email, request.id, 'assign', {});
    expect(fieldsOf(expectError(empty, 400, 'validation_failed') && empty).assigneeId).toBe('Kies een team of een collega.');
    expect(fieldsOf(await act(a1.email, request.id, 'assign', { teamId: UNKNOWN_ID })).teamId).toBe('Dit team bestaat niet.');
    expect(fieldsOf(await act(a1.email, request.id, 'assign', { assigneeId: UNKNOWN_ID })).assigneeId).toContain('bestaat niet');
    const gone = await createEmployee(t, ['second_line'], teamA.id, { active: false });
    expectError(await act(a1.email, request.id, 'assign', { assigneeId: gone.id }), 400, 'validation_failed');
    const closedTeam = await createTeam(t, { active: false });
    expect(fieldsOf(await act(a1.email, request.id, 'assign', { teamId: closedTeam.id })).teamId).toContain('neemt geen verzoeken meer aan');
    const after = (await t.call(a1.email, 'GET', `/api/callback-requests/${request.id}`)).json();
    expect(after).toMatchObject({ status: 'open', assigneeId: null, teamId: teamA.id });
    expect(after.history).toHaveLength(1);
  });

  test('attempts are counted; the first one assigns the request to whoever called', async () => {
    const request = await createCallback(t, teamA.id);
    const first = await ok(a2.email, request.id, 'attempt', { note: 'Geen gehoor' });
    expect(first).toMatchObject({ attempts: 1, status: 'in_progress', assigneeId: a2.id });
    const second = await ok(leadA.email, request.id, 'attempt', {});
    expect(second).toMatchObject({ attempts: 2, status: 'in_progress', assigneeId: a2.id });
    expect(second.history.slice(1).map((h: { type: string; label: string; data: { attempt: number; note: string | null } }) => [h.type, h.label, h.data.attempt, h.data.note])).toEqual([
      ['attempt', 'Niet bereikt', 1, 'Geen gehoor'],
      ['attempt', 'Niet bereikt', 2, null],
    ]);
  });

  test('an attempt may be logged without a body', async () => {
    const request = await createCallback(t, teamA.id);
    const response = await t.call(a1.email, 'POST', `/api/callback-requests/${request.id}/attempt`);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().attempts).toBe(1);
  });

  test('an interim reply records when the answer will come; a date in the past is a 400', async () => {
    const request = await createCallback(t, teamA.id);
    const past = await act(a1.email, request.id, 'interim-reply', { message: 'We zoeken het uit.', expectedBy: '2027-02-28' });
    expectError(past, 400, 'validation_failed');
    expect(fieldsOf(past).expectedBy).toBe('Deze datum is al voorbij. Kies een datum vanaf vandaag.');
    const reply = await ok(a1.email, request.id, 'interim-reply', { message: 'We zoeken het uit.', expectedBy: '2027-03-10', via: 'email' });
    expect(reply).toMatchObject({
      status: 'in_progress',
      assigneeId: a1.id,
      interimReply: { at: new Date(NOW).toISOString(), expectedBy: '2027-03-10' },
      dueAt: request.dueAt,
    });
    expect(reply.history.at(-1)).toMatchObject({
      type: 'interim_reply',
      label: 'Procesantwoord gestuurd',
      data: { message: 'We zoeken het uit.', expectedBy: '2027-03-10', expectedByText: 'woensdag 10 maart 2027', via: 'email' },
    });
    // Today is allowed.
    expect((await act(a1.email, request.id, 'interim-reply', { message: 'Vandaag nog.', expectedBy: '2027-03-01' })).statusCode).toBe(200);
  });

  test('interim reply input is checked', async () => {
    const request = await createCallback(t, teamA.id);
    const cases: [unknown, string][] = [
      [{ expectedBy: '2027-03-10' }, 'message'],
      [{ message: '  ', expectedBy: '2027-03-10' }, 'message'],
      [{ message: 'x' }, 'expectedBy'],
      [{ message: 'x', expectedBy: '2027-02-30' }, 'expectedBy'],
      [{ message: 'x', expectedBy: '10-03-2027' }, 'expectedBy'],
      [{ message: 'x', expectedBy: '2027-03-10', via: 'duif' }, 'via'],
    ];
    for (const [body, field] of cases) {
      const response = await act(a1.email, request.id, 'interim-reply', body);
      expectError(response, 400, 'validation_failed');
      expect(Object.keys(fieldsOf(response))).toContain(field);
    }
  });

  test('complete: done, with completedAt and the outcome; not late before the deadline', async () => {
    const request = await createCallback(t, teamA.id);
    await ok(a1.email, request.id, 'assign', { assigneeId: a1.id });
    const later = '2027-03-02T15:30:00+01:00';
    const done = await at(later, () => ok(a1.email, request.id, 'complete', { outcome: '  Uitgelegd hoe het werkt.  ' }));
    expect(done).toMatchObject({
      status: 'done',
      completedAt: new Date(later).toISOString(),
      outcome: 'Uitgelegd hoe het werkt.',
      late: false,
      deadlineState: 'done_on_time',
      deadlineLabel: 'Op tijd afgehandeld',
    });
    expect(done.history.at(-1)).toMatchObject({ type: 'completed', label: 'Afgehandeld', data: { late: false, fromStatus: 'in_progress', toStatus: 'done' } });
    const missing = await act(a1.email, (await createCallback(t, teamA.id)).id, 'complete', {});
    expect(fieldsOf(expectError(missing, 400) && missing).outcome).toBe('Schrijf op wat de uitkomst is.');
  });

  test('cancel: cancelled with the reason, never late', async () => {
    const request = await createCallback(t, teamA.id);
    const cancelled = await ok(leadA.email, request.id, 'cancel', { reason: 'Klant belde zelf terug.' });
    expect(cancelled).toMatchObject({ status: 'cancelled', late: false, deadlineState: 'cancelled', completedAt: null });
    expect(cancelled.history.at(-1)).toMatchObject({ type: 'cancelled', label: 'Geannuleerd', data: { reason: 'Klant belde zelf terug.' } });
    const missing = await act(leadA.email, (await createCallback(t, teamA.id)).id, 'cancel', { reason: '' });
    expect(fieldsOf(expectError(missing, 400) && missing).reason).toBe('Schrijf op waarom het verzoek vervalt.');
  });

  describe.each([
    ['done', 'complete', { outcome: 'Klaar' }, 'Dit verzoek is al afgehandeld. U kunt het niet meer wijzigen.'],
    ['cancelled', 'cancel', { reason: 'Vervallen' }, 'Dit verzoek is geannuleerd. U kunt het niet meer wijzigen.'],
  ] as const)('a %s request is final', (_status, closing, closingBody, message) => {
    test.each([
      ['assign to a colleague', 'assign', () => ({ assigneeId: a2.id })],
      ['assign to the one who closed it', 'assign', () => ({ assigneeId: a1.id })],
      ['assign to another team', 'assign', () => ({ teamId: teamB.id })],
      ['attempt', 'attempt', () => ({})],
      ['interim reply', 'interim-reply', () => ({ message: 'x', expectedBy: '2027-03-05' })],
      ['interim reply with a past date', 'interim-reply', () => ({ message: 'x', expectedBy: '2027-01-05' })],
      ['complete', 'complete', () => ({ outcome: 'nogmaals' })],
      ['cancel', 'cancel', () => ({ reason: 'nogmaals' })],
    ] as const)('%s is a 409 with a Dutch message and changes nothing', async (_label, action, body) => {
      const request = await createCallback(t, teamA.id);
      await ok(a1.email, request.id, 'assign', { assigneeId: a1.id });
      const closed = await ok(a1.email, request.id, closing, closingBody);
      const response = await act(a1.email, request.id, action, body());
      expect(expectError(response, 409, 'invalid_transition').message).toBe(message);
      const after = (await t.call(a1.email, 'GET', `/api/callback-requests/${request.id}`)).json();
      expect(after).toEqual(closed);
    });
  });

  test('two colleagues completing at the same moment: one wins, the other gets a 409', async () => {
    const request = await createCallback(t, teamA.id);
    const [first, second] = await Promise.all([
      act(a1.email, request.id, 'complete', { outcome: 'Door a1' }),
      act(a2.email, request.id, 'complete', { outcome: 'Door a2' }),
    ]);
    expect([first.statusCode, second.statusCode].sort()).toEqual([200, 409]);
    const after = (await t.call(a1.email, 'GET', `/api/callback-requests/${request.id}`)).json();
    expect(after.history.filter((h: { type: string }) => h.type === 'completed')).toHaveLength(1);
    const winner = first.statusCode === 200 ? 'Door a1' : 'Door a2';
    expect(after.outcome).toBe(winner);
  });

  test('concurrent attempts are all counted', async () => {
    const request = await createCallback(t, teamA.id);
    const responses = await Promise.all([a1, a2, leadA, a1].map((who) => act(who.email, request.id, 'attempt', {})));
    expect(responses.map((r) => r.statusCode)).toEqual([200, 200, 200, 200]);
    const after = (await t.call(a1.email, 'GET', `/api/callback-requests/${request.id}`)).json();
    expect(after.attempts).toBe(4);
    expect(after.history.map((h: { data: { attempt?: number } }) => h.data.attempt).slice(1).sort()).toEqual([1, 2, 3, 4]);
  });

  test('every step lands in the history, in order, with its actor', async () => {
    const request = await createCallback(t, teamA.id);
    await at('2027-03-01T10:05:00+01:00', () => ok(a1.email, request.id, 'assign', { assigneeId: a1.id }));
    await at('2027-03-01T10:10:00+01:00', () => ok(a1.email, request.id, 'attempt', { note: 'In gesprek' }));
    await at('2027-03-01T11:00:00+01:00', () => ok(leadA.email, request.id, 'assign', { assigneeId: a2.id }));
    await at('2027-03-02T09:00:00+01:00', () => ok(a2.email, request.id, 'interim-reply', { message: 'Morgen meer', expectedBy: '2027-03-03' }));
    const done = await at('2027-03-03T09:00:00+01:00', () => ok(a2.email, request.id, 'complete', { outcome: 'Beantwoord' }));
    const kcc = await t.employee(DEMO.kcc);
    expect(done.history.map((h: { type: string; actor: { id: string } }) => [h.type, h.actor.id])).toEqual([
      ['created', kcc.id],
      ['assigned', a1.id],
      ['attempt', a1.id],
      ['assigned', leadA.id],
      ['interim_reply', a2.id],
      ['completed', a2.id],
    ]);
    const statuses = done.history.slice(1).map((h: { data: { fromStatus: string; toStatus: string } }) => `${h.data.fromStatus}>${h.data.toStatus}`);
    expect(statuses).toEqual(['open>in_progress', 'in_progress>in_progress', 'in_progress>open', 'open>in_progress', 'in_progress>done']);
    const ids = done.history.map((h: { id: number }) => h.id);
    expect(ids).toEqual([...ids].sort((x: number, y: number) => x - y));
    const times = done.history.map((h: { at: string }) => h.at);
    expect(times).toEqual([...times].sort());
    expect(done.history[0].at).toBe(done.createdAt);
  });

  test('the history table refuses UPDATE and DELETE at the database level', async () => {
    const request = await createCallback(t, teamA.id);
    await ok(a1.email, request.id, 'attempt', {});
    const { db } = t.database;
    await expect(db.execute(sql`update callback_events set type = 'completed' where callback_request_id = ${request.id}`)).rejects.toThrow();
    await expect(db.execute(sql`delete from callback_events where callback_request_id = ${request.id}`)).rejects.toThrow();
    await expect(db.execute(sql`update audit_events set action = 'nothing' where id = (select max(id) from audit_events)`)).rejects.toThrow();
    await expect(db.execute(sql`delete from audit_events where id = (select max(id) from audit_events)`)).rejects.toThrow();
    const after = (await t.call(a1.email, 'GET', `/api/callback-requests/${request.id}`)).json();
    expect(after.history.map((h: { type: string }) => h.type)).toEqual(['created', 'attempt']);
    // Appending still works.
    expect((await ok(a1.email, request.id, 'attempt', {})).history).toHaveLength(3);
  });
});
