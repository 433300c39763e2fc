// The closing-day calendar and working-day deadlines (R1.2) through the API.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { FixedClock } from '../../src/clock.js';
import { createTestApp, DEMO, type TestApp } from '../support/app.js';
import { createTeam, expectError, fieldsOf, UNKNOWN_ID } from '../support/http.js';

// "Today" is Wednesday 3 March 2027 in Amsterdam for every call that does not name a date.
const clock = new FixedClock(new Date('2027-03-03T09:00:00+01:00'));

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ clock, config: { sessionHours: 24 * 30 } });
});
afterAll(() => t.close());

const ROLES = [DEMO.kcc, DEMO.secondLine, DEMO.teamLead, DEMO.admin];

async function dueDate(query: string, as: string = DEMO.kcc) {
  const response = await t.call(as, 'GET', `/api/calendar/due-date?${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as { dueAt: string; dueDate: string; from: string; workingDays: number; explanation: string; closingDays: { date: string; name: string; kind: string }[] };
}

describe('GET /api/calendar/due-date', () => {
  test.each(ROLES)('Thursday 24 December 2026 + 2 working days is the end of Tuesday 29 December (as %s)', async (as) => {
    const due = await dueDate('from=2026-12-24&workingDays=2', as);
    expect(due.dueAt).toBe('2026-12-29T23:59:59+01:00');
    expect(due.dueDate).toBe('2026-12-29');
    expect(due.explanation).toContain('dinsdag 29 december 2026');
    expect(due.explanation).toContain('25 en 26 december');
    expect(due.explanation).toMatch(/sluitingsdag/);
    expect(due.closingDays.map((d) => d.date)).toEqual(['2026-12-25', '2026-12-26']);
  });

  test('Friday 23 April 2027 + 2 is the end of Wednesday 28 April (King\'s Day is Tuesday 27 April)', async () => {
    const due = await dueDate('from=2027-04-23&workingDays=2');
    expect(due.dueAt).toBe('2027-04-28T23:59:59+02:00');
    expect(due.explanation).toContain('woensdag 28 april 2027');
    expect(due.explanation).toContain('Koningsdag');
    expect(due.closingDays).toEqual([{ date: '2027-04-27', name: 'Koningsdag', kind: 'statutory' }]);
  });

  test('the offset follows summer and winter time', async () => {
    // Summer time starts on Sunday 28 March 2027; Good Friday and Easter Monday are closed.
    expect((await dueDate('from=2027-03-25&workingDays=2')).dueAt).toBe('2027-03-31T23:59:59+02:00');
    expect((await dueDate('from=2027-03-19&workingDays=2')).dueAt).toBe('2027-03-23T23:59:59+01:00');
    expect((await dueDate('from=2027-10-28&workingDays=2')).dueAt).toBe('2027-11-01T23:59:59+01:00');
  });

  test('Easter-based days, the bridge day the law makes equal to a holiday, and the demo municipal day are skipped', async () => {
    // Easter 2027 is 28 March: Good Friday 26 March, Easter Monday 29 March.
    const easter = await dueDate('from=2027-03-25&workingDays=1');
    expect(easter.dueDate).toBe('2027-03-30');
    expect(easter.closingDays.map((d) => d.name)).toEqual(['Goede Vrijdag', 'Tweede Paasdag']);
    // Ascension Day 2027 is Thursday 6 May; the Besluit gelijkstelling 2026–2028 makes Friday 7 May equal.
    const bridge = await dueDate('from=2027-05-05&workingDays=1');
    expect(bridge.dueDate).toBe('2027-05-10');
    expect(bridge.closingDays).toEqual([
      { date: '2027-05-06', name: 'Hemelvaartsdag', kind: 'statutory' },
      { date: '2027-05-07', name: 'Vrijdag na Hemelvaartsdag', kind: 'equalised' },
    ]);
    expect(bridge.explanation).toContain('Vrijdag na Hemelvaartsdag');
    // The demo municipality's own staff day, Friday 24 September 2027.
    const staff = await dueDate('from=2027-09-23&workingDays=1');
    expect(staff.dueDate).toBe('2027-09-27');
    expect(staff.closingDays).toEqual([{ date: '2027-09-24', name: 'Personeelsdag', kind: 'municipal' }]);
  });

  test('without from the term starts today (by the server clock); without workingDays it is 2', async () => {
    const due = await dueDate('');
    expect(due.from).toBe('2027-03-03');
    expect(due.workingDays).toBe(2);
    expect(due.dueDate).toBe('2027-03-05');
  });

  test('teamId uses that team\'s term; an explicit workingDays wins', async () => {
    const vergunningen = t.team('Vergunningen').id;
    const team = await dueDate(`from=2027-03-03&teamId=${vergunningen}`);
    expect(team.workingDays).toBe(3);
    expect(team.dueDate).toBe('2027-03-08');
    const custom = await createTeam(t, { deadlineWorkingDays: 10 });
    expect((await dueDate(`from=2027-03-03&teamId=${custom.id}`)).dueDate).toBe('2027-03-17');
    expect((await dueDate(`from=2027-03-03&teamId=${vergunningen}&workingDays=1`)).dueDate).toBe('2027-03-04');
  });

  test('an unknown team is a Dutch 400 on teamId', async () => {
    const response = await t.call(DEMO.kcc, 'GET', `/api/calendar/due-date?teamId=${UNKNOWN_ID}`);
    expectError(response, 400, 'validation_failed');
    expect(fieldsOf(response).teamId).toBe('Dit team bestaat niet.');
  });

  test.each([
    ['from=2026-02-30&workingDays=2', 'from'],
    ['from=2026-13-01&workingDays=2', 'from'],
    ['from=24-12-2026&workingDays=2', 'from'],
    ['from=2026-12-24T10:00&workingDays=2', 'from'],
    ['from=2026-12-24&workingDays=0', 'workingDays'],
    ['from=2026-12-24&workingDays=abc', 'workingDays'],
    ['from=2026-12-24&workingDays=1000', 'workingDays'],
    ['from=2026-12-24&workingDays=2.5', 'workingDays'],
    ['from=2026-12-24&workingDays=-3', 'workingDays'],
    ['teamId=burgerzaken', 'teamId'],
    ['from=9999-12-20&workingDays=250', 'from'],
    ['from=0001-01-01&workingDays=2', 'from'],
  ])('bad input %s is a Dutch 400 naming %s', async (query, field) => {
    const response = await t.call(DEMO.kcc, 'GET', `/api/calendar/due-date?${query}`);
    expectError(response, 400, 'validation_failed');
    expect(Object.keys(fieldsOf(response))).toContain(field);
  });

  test('the longest term (250 working days) is computed', async () => {
    const due = await dueDate('from=2026-12-24&workingDays=250');
    expect(due.workingDays).toBe(250);
    expect(due.dueDate > '2027-12-01').toBe(true);
    expect(due.dueDate < '2028-01-31').toBe(true);
  });
});

describe('closing days', () => {
  test.each(ROLES)('every role reads the closing days of a year, the statutory ones included (as %s)', async (as) => {
    const response = await t.call(as, 'GET', '/api/calendar/closing-days?year=2027');
    expect(response.statusCode).toBe(200);
    const days = response.json() as { date: string; name: string; kind: string }[];
    const statutory = days.filter((d) => d.kind === 'statutory').map((d) => d.date);
    expect(statutory).toEqual([
      '2027-01-01', '2027-03-26', '2027-03-29', '2027-04-27', '2027-05-05', '2027-05-06', '2027-05-17', '2027-12-25', '2027-12-26',
    ]);
    expect(days).toContainEqual({ date: '2027-05-07', name: 'Vrijdag na Hemelvaartsdag', kind: 'equalised' });
    expect(days).toContainEqual({ date: '2027-09-24', name: 'Personeelsdag', kind: 'municipal' });
    expect(days.map((d) => d.date)).toEqual([...days.map((d) => d.date)].sort());
  });

  test('King\'s Day moves to Saturday 26 April when the 27th is a Sunday (2025)', async () => {
    const days = (await t.call(DEMO.kcc, 'GET', '/api/calendar/closing-days?year=2025')).json() as { date: string; name: string }[];
    expect(days.find((d) => d.name === 'Koningsdag')!.date).toBe('2025-04-26');
  });

  test('without a year the current year of the server clock is listed', async () => {
    const days = (await t.call(DEMO.kcc, 'GET', '/api/calendar/closing-days')).json() as { date: string }[];
    expect(days.length).toBeGreaterThanOrEqual(9);
    expect(days.every((d) => d.date.startsWith('2027-'))).toBe(true);
  });

  test.each(['year=abc', 'year=1800', 'year=3000', 'year=2027.5'])('a bad year (%s) is a Dutch 400', async (query) => {
    expectError(await t.call(DEMO.kcc, 'GET', `/api/calendar/closing-days?${query}`), 400, 'validation_failed');
  });

  test('the administrator adds a municipal closing day: it is listed and the due date moves', async () => {
    const before = await dueDate('from=2027-03-10&workingDays=2');
    expect(before.dueDate).toBe('2027-03-12');
    const added = await t.call(DEMO.admin, 'POST', '/api/calendar/closing-days', { date: '2027-03-11', name: 'Personeelsdag' });
    expect(added.statusCode).toBe(201);
    expect(added.json()).toEqual({ date: '2027-03-11', name: 'Personeelsdag', kind: 'municipal' });
    const listed = (await t.call(DEMO.secondLine, 'GET', '/api/calendar/closing-days?year=2027')).json();
    expect(listed).toContainEqual({ date: '2027-03-11', name: 'Personeelsdag', kind: 'municipal' });
    const after = await dueDate('from=2027-03-10&workingDays=2');
    expect(after.dueDate).toBe('2027-03-15');
    expect(after.explanation).toContain('11 maart');
    expect(after.explanation).toContain('Personeelsdag');
    // A callback request made that day gets the moved deadline as well.
    clock.set('2027-03-10T10:00:00+01:00');
    try {
      const request = await t.call(DEMO.kcc, 'POST', '/api/callback-requests', {
        teamId: t.team('Burgerzaken').id,
        question: 'Vraag',
        replyBy: 'phone',
        customer: { name: 'Klant', phone: '0612345678' },
      });
      expect(request.statusCode).toBe(201);
      expect(request.json().dueAt).toBe('2027-03-15T23:59:59+01:00');
      expect(request.json().dueExplanation).toContain('Personeelsdag');
    } finally {
      clock.set('2027-03-03T09:00:00+01:00');
    }
  });

  test('adding a statutory day or a date that is already closed is a 409', async () => {
    const christmas = await t.call(DEMO.admin, 'POST', '/api/calendar/closing-days', { date: '2027-12-25', name: 'Kerst' });
    expect(expectError(christmas, 409, 'duplicate').message).toContain('Eerste Kerstdag');
    await t.call(DEMO.admin, 'POST', '/api/calendar/closing-days', { date: '2027-08-02', name: 'Zomersluiting' });
    const twice = await t.call(DEMO.admin, 'POST', '/api/calendar/closing-days', { date: '2027-08-02', name: 'Nog eens' });
    expectError(twice, 409, 'duplicate');
    const listed = (await t.call(DEMO.admin, 'GET', '/api/calendar/closing-days?year=2027')).json() as { date: string; name: string }[];
    expect(listed.filter((d) => d.date === '2027-08-02')).toEqual([{ date: '2027-08-02', name: 'Zomersluiting', kind: 'municipal' }]);
  });

  test('deleting a municipal day restores the deadline; the change is audited', async () => {
    await t.call(DEMO.admin, 'POST', '/api/calendar/closing-days', { date: '2027-09-15', name: 'Verhuizing stadhuis' });
    expect((await dueDate('from=2027-09-14&workingDays=1')).dueDate).toBe('2027-09-16');
    const removed = await t.call(DEMO.admin, 'DELETE', '/api/calendar/closing-days/2027-09-15');
    expect(removed.statusCode).toBe(204);
    expect(removed.body).toBe('');
    expect((await dueDate('from=2027-09-14&workingDays=1')).dueDate).toBe('2027-09-15');
    const audit = (await t.call(DEMO.admin, 'GET', '/api/audit?entityType=closing_day')).json().items as { action: string; entityId: string; actor: { name: string } }[];
    const mine = audit.filter((e) => e.entityId === '2027-09-15');
    expect(mine.map((e) => e.action).sort()).toEqual(['create', 'delete']);
    expect(mine.every((e) => e.actor.name === 'Jeroen Bakker')).toBe(true);
  });

  test('the days of the next Besluit gelijkstelling: an administrator adds them as equalised days, and they move deadlines', async () => {
    // Ascension Day 2029 is Thursday 10 May; suppose the next decree makes Friday 11 May equal.
    expect((await dueDate('from=2029-05-09&workingDays=1')).dueDate).toBe('2029-05-11');
    const added = await t.call(DEMO.admin, 'POST', '/api/calendar/closing-days', { date: '2029-05-11', name: 'Vrijdag na Hemelvaartsdag', kind: 'equalised' });
    expect(added.statusCode, added.body).toBe(201);
    expect(added.json()).toEqual({ date: '2029-05-11', name: 'Vrijdag na Hemelvaartsdag', kind: 'equalised' });
    const due = await dueDate('from=2029-05-09&workingDays=1');
    expect(due.dueDate).toBe('2029-05-14');
    expect(due.closingDays.map((d) => d.kind)).toEqual(['statutory', 'equalised']);
    expectError(await t.call(DEMO.admin, 'POST', '/api/calendar/closing-days', { date: '2029-05-18', name: 'x', kind: 'feestdag' }), 400, 'validation_failed');
    // The built-in days of the published decrees cannot be removed.
    const builtIn = await t.call(DEMO.admin, 'DELETE', '/api/calendar/closing-days/2026-01-02');
    expect(expectError(builtIn, 409, 'statutory').message).toContain('gelijkgesteld');
  });

  test('deleting a statutory day is a 409; an unknown date a 404; a malformed date a 400', async () => {
    const kings = await t.call(DEMO.admin, 'DELETE', '/api/calendar/closing-days/2027-04-27');
    expect(expectError(kings, 409, 'statutory').message).toContain('Koningsdag');
    expect(expectError(await t.call(DEMO.admin, 'DELETE', '/api/calendar/closing-days/2027-07-14'), 404, 'not_found').message).toContain('14 juli 2027');
    expectError(await t.call(DEMO.admin, 'DELETE', '/api/calendar/closing-days/2027-02-30'), 400, 'validation_failed');
    expectError(await t.call(DEMO.admin, 'DELETE', '/api/calendar/closing-days/morgen'), 400, 'validation_failed');
    const days = (await t.call(DEMO.admin, 'GET', '/api/calendar/closing-days?year=2027')).json() as { date: string }[];
    expect(days.map((d) => d.date)).toContain('2027-04-27');
  });

  test('bad closing-day input is a Dutch 400', async () => {
    const cases: [unknown, string][] = [
      [{ date: '2027-02-29', name: 'Schrikkeldag' }, 'date'],
      [{ date: '2027-07-01' }, 'name'],
      [{ date: '2027-07-01', name: '   ' }, 'name'],
      [{ name: 'Zonder datum' }, 'date'],
      [{ date: 20270701, name: 'Getal' }, 'date'],
      [{ date: '2027-07-01', name: 'x'.repeat(121) }, 'name'],
    ];
    for (const [body, field] of cases) {
      const response = await t.call(DEMO.admin, 'POST', '/api/calendar/closing-days', body);
      expectError(response, 400, 'validation_failed');
      expect(Object.keys(fieldsOf(response))).toContain(field);
    }
  });

  test.each([DEMO.kcc, DEMO.secondLine, DEMO.teamLead])('%s cannot add or delete closing days (403)', async (as) => {
    expectError(await t.call(as, 'POST', '/api/calendar/closing-days', { date: '2027-10-01', name: 'Stiekem vrij' }), 403, 'forbidden');
    expectError(await t.call(as, 'DELETE', '/api/calendar/closing-days/2027-09-24'), 403, 'forbidden');
    const days = (await t.call(as, 'GET', '/api/calendar/closing-days?year=2027')).json() as { date: string }[];
    expect(days.map((d) => d.date)).not.toContain('2027-10-01');
    expect(days.map((d) => d.date)).toContain('2027-09-24');
  });
});
