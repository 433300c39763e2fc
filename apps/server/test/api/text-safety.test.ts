// Names and subjects through the API: a name of only invisible characters is a Dutch 400, bidi
// controls are removed before anything is stored; and a new password must not be a common one.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, DEMO, PASSWORD, type TestApp } from '../support/app.js';
import { createEmployee, expectError, fieldsOf, TEST_PASSWORD, unique } from '../support/http.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const ZERO_WIDTH = '\u200B\u200C\u200D';
const HANGUL_FILLER = '\u3164';
const email = () => `${unique('tekst').replace(/[^a-z0-9-]/gi, '').toLowerCase()}@dronten.demo`;

describe('invisible names are refused with a Dutch 400', () => {
  test('contact, callback request, team, product, employee', async () => {
    const contact = await t.call(DEMO.kcc, 'POST', '/api/contacts', { channel: 'phone', subject: 'Paspoort', resolution: 'first_line', customer: { name: ZERO_WIDTH } });
    expectError(contact, 400, 'validation_failed');
    expect(fieldsOf(contact)['customer.name']).toMatch(/alleen uit tekens die u niet kunt zien/);
    const subject = await t.call(DEMO.kcc, 'POST', '/api/contacts', { channel: 'phone', subject: '\u2060', resolution: 'first_line' });
    expectError(subject, 400, 'validation_failed');
    expect(fieldsOf(subject).subject).toMatch(/alleen uit tekens/);
    const callback = await t.call(DEMO.kcc, 'POST', '/api/callback-requests', { teamId: t.team('Burgerzaken').id, question: 'Graag terugbellen', replyBy: 'phone', customer: { name: HANGUL_FILLER, phone: '0612345678' } });
    expectError(callback, 400, 'validation_failed');
    expect(fieldsOf(callback)['customer.name']).toMatch(/alleen uit tekens/);
    for (const [url, body] of [
      ['/api/teams', { name: ZERO_WIDTH }],
      ['/api/products', { name: '\u00AD', teamId: t.team('Burgerzaken').id }],
      ['/api/employees', { name: '\u115F\u1160', email: email(), roles: ['kcc'] }],
    ] as const) {
      const response = await t.call(DEMO.admin, 'POST', url, body);
      expectError(response, 400, 'validation_failed');
      expect(fieldsOf(response).name, url).toMatch(/alleen uit tekens die u niet kunt zien/);
    }
  });

  test('a resident\'s report with an invisible name', async () => {
    const response = await t.call(null, 'POST', '/api/public/reports', { category: 'other', description: 'Niemand heeft mij teruggebeld.', name: ZERO_WIDTH, email: 'inwoner@example.nl', consent: true });
    expectError(response, 400, 'validation_failed');
    expect(fieldsOf(response).name).toMatch(/^Uw naam bestaat alleen uit tekens die niet te zien zijn/);
  });
});

describe('bidirectional controls are removed before storing', () => {
  test('from the subject and the customer name of a contact, and from a team name', async () => {
    const created = await t.call(DEMO.kcc, 'POST', '/api/contacts', { channel: 'phone', subject: '\u202EPaspoort\u202C verlengen', resolution: 'first_line', customer: { name: 'Anna \u2066Jansen\u2069' } });
    expect(created.statusCode, created.body).toBe(201);
    const read = (await t.call(DEMO.kcc, 'GET', `/api/contacts/${created.json().id}`)).json();
    expect(read.subject).toBe('Paspoort verlengen');
    expect(read.customer.name).toBe('Anna Jansen');
    const team = await t.call(DEMO.admin, 'POST', '/api/teams', { name: `${unique('Team')}\u200F\u061C` });
    expect(team.statusCode, team.body).toBe(201);
    expect(team.json().name).not.toMatch(/[\u200F\u061C]/);
  });
});

describe('passwords', () => {
  test('a common password is refused whatever its capitals, a short or blank one too', async () => {
    for (const [password, message] of [
      ['Qwerty123456', /veel mensen/],
      ['QAZWSXEDCRFV', /veel mensen/],
      [' '.repeat(14), /niet alleen uit spaties/],
      ['kort', /minimaal 12 tekens/],
    ] as const) {
      const created = await t.call(DEMO.admin, 'POST', '/api/employees', { name: 'Nieuwe collega', email: email(), roles: ['kcc'], password });
      expectError(created, 400, 'validation_failed');
      expect(fieldsOf(created).password, password).toMatch(message);
    }
    const employee = await createEmployee(t, ['kcc'], null);
    const changed = await t.call(DEMO.admin, 'PATCH', `/api/employees/${employee.id}`, { password: 'qwerty123456' });
    expectError(changed, 400, 'validation_failed');
    expect(fieldsOf(changed).password).toMatch(/veel mensen/);
    // The password stays what it was.
    const login = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: employee.email, password: TEST_PASSWORD } });
    expect(login.statusCode).toBe(200);
  });

  test('the demo accounts keep their (shorter) password: only new and changed passwords are checked', async () => {
    const login = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: DEMO.secondLine, password: PASSWORD } });
    expect(login.statusCode, login.body).toBe(200);
  });
});
