// Bad input on every POST and PATCH: missing fields, wrong types, unknown enum values, invalid
// dates, 1 MB strings, characters a database cannot store, unknown and malformed ids, broken JSON.
// Always a JSON error with a Dutch message, never a 5xx.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, DEMO, type TestApp } from '../support/app.js';
import { createCallback, createEmployee, createTeam, expectError, fieldsOf, UNKNOWN_ID, unique } from '../support/http.js';

let t: TestApp;
let team: { id: string };
let product: { id: string };
let employee: { id: string };
let request: { id: string };
// The attempt route accepts an empty body, so it gets a request of its own.
let attemptTarget: { id: string };

beforeAll(async () => {
  t = await createTestApp();
  team = await createTeam(t);
  product = (await t.call(DEMO.admin, 'POST', '/api/products', { name: unique('Product'), teamId: team.id })).json();
  employee = await createEmployee(t, ['second_line'], team.id);
  request = await createCallback(t, team.id);
  attemptTarget = await createCallback(t, team.id);
});
afterAll(() => t.close());

type Path = string[];

interface BodyRoute {
  name: string;
  method: 'POST' | 'PATCH';
  /** The URL with the id of an existing target, or with this id. */
  url: (id?: string) => string;
  /** Whether the URL has an :id (then malformed and unknown ids are tried). */
  hasId?: boolean;
  as?: string | null;
  valid: () => Record<string, unknown>;
  strings: Path[];
  required: Path[];
  /** Values that must be refused, each on the field named. */
  wrong: [Path, unknown][];
  /** Well-formed ids that point at nothing: a 400 on that field (a body) or 404 (the target). */
  unknownRefs?: Path[];
  /** Whether `{}` is acceptable (a PATCH, an attempt). */
  emptyOk?: boolean;
}

const callbackUrl = (action: string) => (id?: string) => `/api/callback-requests/${id ?? request.id}/${action}`;

const ROUTES: BodyRoute[] = [
  {
    name: 'POST /api/auth/login',
    method: 'POST',
    url: () => '/api/auth/login',
    as: null,
    valid: () => ({ email: 'niemand@dronten.demo', password: 'iets' }),
    strings: [['email'], ['password']],
    required: [['email'], ['password']],
    wrong: [[['email'], 5], [['password'], false], [['email'], ['a@b.nl']]],
  },
  {
    name: 'POST /api/teams',
    method: 'POST',
    url: () => '/api/teams',
    valid: () => ({ name: unique('Team'), description: 'Omschrijving', deadlineWorkingDays: 3, active: true }),
    strings: [['name'], ['description']],
    required: [['name']],
    wrong: [[['name'], 12], [['name'], ''], [['description'], 5], [['deadlineWorkingDays'], '3'], [['deadlineWorkingDays'], 0], [['deadlineWorkingDays'], 1.5], [['active'], 'ja']],
  },
  {
    name: 'PATCH /api/teams/:id',
    method: 'PATCH',
    url: (id) => `/api/teams/${id ?? team.id}`,
    hasId: true,
    valid: () => ({ description: 'Nieuw' }),
    strings: [['name'], ['description']],
    required: [],
    wrong: [[['name'], ''], [['name'], null], [['deadlineWorkingDays'], 251], [['active'], 1]],
    emptyOk: true,
  },
  {
    name: 'POST /api/products',
    method: 'POST',
    url: () => '/api/products',
    valid: () => ({ name: unique('Product'), teamId: team.id, description: 'Omschrijving' }),
    strings: [['name'], ['description']],
    required: [['name'], ['teamId']],
    wrong: [[['teamId'], 'burgerzaken'], [['teamId'], 12], [['name'], []], [['active'], 'nee']],
    unknownRefs: [['teamId']],
  },
  {
    name: 'PATCH /api/products/:id',
    method: 'PATCH',
    url: (id) => `/api/products/${id ?? product.id}`,
    hasId: true,
    valid: () => ({ description: 'Nieuw' }),
    strings: [['name'], ['description']],
    required: [],
    wrong: [[['teamId'], 'x'], [['name'], '  ']],
    unknownRefs: [['teamId']],
    emptyOk: true,
  },
  {
    name: 'POST /api/employees',
    method: 'POST',
    url: () => '/api/employees',
    valid: () => ({ name: 'Nieuw', email: `${unique('n').replace(/\W/g, '')}@dronten.demo`, roles: ['kcc'], teamId: team.id, password: 'twaalf-tekens-min' }),
    strings: [['name'], ['email'], ['password']],
    required: [['name'], ['email'], ['roles']],
    wrong: [[['roles'], 'kcc'], [['roles'], ['baas']], [['roles'], []], [['email'], 'geen-adres'], [['teamId'], 'x'], [['password'], 'kort'], [['password'], 12], [['active'], 'nee']],
    unknownRefs: [['teamId']],
  },
  {
    name: 'PATCH /api/employees/:id',
    method: 'PATCH',
    url: (id) => `/api/employees/${id ?? employee.id}`,
    hasId: true,
    valid: () => ({ name: 'Andere naam' }),
    strings: [['name'], ['email'], ['password']],
    required: [],
    wrong: [[['roles'], ['baas']], [['email'], 'x@'], [['teamId'], 7], [['password'], 'kort']],
    unknownRefs: [['teamId']],
    emptyOk: true,
  },
  {
    name: 'POST /api/calendar/closing-days',
    method: 'POST',
    url: () => '/api/calendar/closing-days',
    valid: () => ({ date: '2031-03-04', name: 'Sluitingsdag' }),
    strings: [['date'], ['name']],
    required: [['date'], ['name']],
    wrong: [[['date'], '2031-02-29'], [['date'], '04-03-2031'], [['date'], 20310304], [['date'], '2031-03-04T00:00:00Z'], [['name'], 5]],
  },
  {
    name: 'POST /api/contacts',
    method: 'POST',
    url: () => '/api/contacts',
    as: DEMO.kcc,
    valid: () => ({
      channel: 'phone',
      subject: 'Onderwerp',
      summary: 'Samenvatting',
      resolution: 'handed_over',
      productId: product.id,
      positiveSurprise: 'Extra stap',
      customer: { kind: 'resident', name: 'Klant', email: 'klant@example.nl', phone: '0612345678' },
      callbackRequest: { teamId: team.id, question: 'Vraag', replyBy: 'phone' },
    }),
    strings: [['subject'], ['summary'], ['positiveSurprise'], ['customer', 'name'], ['customer', 'email'], ['customer', 'phone'], ['callbackRequest', 'question']],
    required: [['channel'], ['subject'], ['resolution']],
    wrong: [
      [['channel'], 'fax'],
      [['channel'], 3],
      [['resolution'], 'misschien'],
      [['subject'], 42],
      [['customer'], 'Jan'],
      [['customer', 'kind'], 'alien'],
      [['productId'], 'paspoort'],
      [['callbackRequest'], []],
      [['callbackRequest', 'replyBy'], 'fax'],
      [['callbackRequest', 'teamId'], 'x'],
      [['callbackRequest', 'assigneeId'], 'x'],
    ],
    unknownRefs: [['productId'], ['callbackRequest', 'teamId'], ['callbackRequest', 'assigneeId']],
  },
  {
    name: 'POST /api/callback-requests',
    method: 'POST',
    url: () => '/api/callback-requests',
    as: DEMO.kcc,
    valid: () => ({ teamId: team.id, question: 'Vraag', replyBy: 'email', customer: { name: 'Klant', email: 'klant@example.nl', phone: '0612345678' } }),
    strings: [['question'], ['customer', 'name'], ['customer', 'email'], ['customer', 'phone']],
    required: [['teamId'], ['question'], ['replyBy'], ['customer']],
    wrong: [[['replyBy'], 'sms'], [['teamId'], 12], [['customer', 'kind'], 'x'], [['contactId'], 'x'], [['assigneeId'], 'x'], [['customer'], []]],
    unknownRefs: [['teamId'], ['contactId'], ['assigneeId']],
  },
  {
    name: 'POST /api/callback-requests/:id/assign',
    method: 'POST',
    url: callbackUrl('assign'),
    hasId: true,
    valid: () => ({ assigneeId: employee.id, note: 'Notitie' }),
    strings: [['note']],
    required: [],
    wrong: [[['teamId'], 'x'], [['assigneeId'], 12], [['note'], 5]],
    unknownRefs: [['teamId'], ['assigneeId']],
  },
  {
    name: 'POST /api/callback-requests/:id/attempt',
    method: 'POST',
    url: (id) => `/api/callback-requests/${id ?? attemptTarget.id}/attempt`,
    hasId: true,
    valid: () => ({ note: 'Geen gehoor' }),
    strings: [['note']],
    required: [],
    wrong: [[['note'], 5]],
    emptyOk: true,
  },
  {
    name: 'POST /api/callback-requests/:id/interim-reply',
    method: 'POST',
    url: callbackUrl('interim-reply'),
    hasId: true,
    valid: () => ({ message: 'Bericht', expectedBy: '2031-01-02', via: 'phone' }),
    strings: [['message']],
    required: [['message'], ['expectedBy']],
    wrong: [[['expectedBy'], '2031-02-30'], [['expectedBy'], 'morgen'], [['expectedBy'], 20310102], [['via'], 'duif'], [['message'], 5]],
  },
  {
    name: 'POST /api/callback-requests/:id/complete',
    method: 'POST',
    url: callbackUrl('complete'),
    hasId: true,
    valid: () => ({ outcome: 'Uitkomst' }),
    strings: [['outcome']],
    required: [['outcome']],
    wrong: [[['outcome'], 5], [['outcome'], null], [['outcome'], '   ']],
  },
  {
    name: 'POST /api/callback-requests/:id/cancel',
    method: 'POST',
    url: callbackUrl('cancel'),
    hasId: true,
    valid: () => ({ reason: 'Reden' }),
    strings: [['reason']],
    required: [['reason']],
    wrong: [[['reason'], 5], [['reason'], {}]],
  },
];

function withValue(body: Record<string, unknown>, path: Path, value: unknown): Record<string, unknown> {
  const copy = structuredClone(body);
  let target = copy as Record<string, unknown>;
  for (const key of path.slice(0, -1)) {
    target[key] ??= {};
    target = target[key] as Record<string, unknown>;
  }
  if (value === undefined) delete target[path.at(-1)!];
  else target[path.at(-1)!] = value;
  return copy;
}

function send(route: BodyRoute, payload: unknown, options: { url?: string; contentType?: string } = {}) {
  const as = route.as === undefined ? DEMO.admin : route.as;
  const contentType = options.contentType ?? 'application/json';
  return (async () => {
    const cookie = as ? await t.login(as) : undefined;
    return t.app.inject({
      method: route.method,
      url: options.url ?? route.url(),
      payload: typeof payload === 'string' ? payload : JSON.stringify(payload),
      headers: { 'content-type': contentType, ...(cookie ? { cookie } : {}) },
    });
  })();
}

const field = (path: Path) => path.join('.');

describe.each(ROUTES)('$name', (route) => {
  test('missing required fields are a Dutch 400 naming each field', async () => {
    for (const path of route.required) {
      const response = await send(route, withValue(route.valid(), path, undefined));
      expectError(response, 400, 'validation_failed');
      expect(Object.keys(fieldsOf(response)), `${field(path)}: ${response.body}`).toContain(field(path));
    }
    const empty = await send(route, {});
    if (route.emptyOk) expect(empty.statusCode, empty.body).toBeLessThan(300);
    else expectError(empty, 400, 'validation_failed');
  });

  test('wrong types and unknown values are a Dutch 400 naming the field', async () => {
    for (const [path, value] of route.wrong) {
      const response = await send(route, withValue(route.valid(), path, value));
      expectError(response, 400, 'validation_failed');
      const names = Object.keys(fieldsOf(response));
      expect(names.some((n) => n === field(path) || n.startsWith(`${field(path)}.`)), `${field(path)}=${JSON.stringify(value)}: ${response.body}`).toBe(true);
    }
  });

  test('a 1 MB string is refused (413 or 400), a string just under the body limit is a 400 "too long"', async () => {
    for (const path of route.strings) {
      const huge = await send(route, withValue(route.valid(), path, 'x'.repeat(1024 * 1024)));
      expectError(huge, [400, 413]);
      const long = await send(route, withValue(route.valid(), path, 'x'.repeat(1_000_000)));
      expectError(long, 400, 'validation_failed');
      expect(Object.keys(fieldsOf(long))).toContain(field(path));
    }
  });

  test('characters a database cannot store (NUL, half a surrogate pair) are a Dutch 400', async () => {
    for (const path of route.strings) {
      for (const bad of ['voor\u0000na', 'half \ud83d paar', '\udc00']) {
        const response = await send(route, withValue(route.valid(), path, bad));
        expectError(response, 400, 'validation_failed');
        expect(Object.keys(fieldsOf(response))).toContain(field(path));
      }
    }
  });

  test('broken JSON, a body that is not an object, and other content types are refused', async () => {
    expectError(await send(route, '{"name": "onaf', {}), 400, 'invalid_json');
    expectError(await send(route, '{"__proto__": {"admin": true}}'), 400);
    for (const body of ['[]', '"tekst"', '42', 'true']) {
      expectError(await send(route, body), 400, 'validation_failed');
    }
    if (!route.emptyOk) expectError(await send(route, 'null'), 400, 'validation_failed');
    expectError(await send(route, '<contact/>', { contentType: 'application/xml' }), 415, 'unsupported_media_type');
    const empty = await t.app.inject({
      method: route.method,
      url: route.url(),
      headers: { 'content-type': 'application/json', ...(route.as === null ? {} : { cookie: await t.login(route.as ?? DEMO.admin) }) },
    });
    expectError(empty, 400);
  });

});

describe.each(ROUTES.filter((r) => r.unknownRefs))('$name with ids that point at nothing', (route) => {
  test.each(route.unknownRefs!.map((path) => [field(path), path] as const))('%s is a Dutch 400 on that field, never a 5xx', async (_name, path) => {
    const response = await send(route, withValue(route.valid(), path, UNKNOWN_ID));
    expectError(response, 400, 'validation_failed');
    expect(Object.keys(fieldsOf(response)), response.body).toContain(field(path));
  });
});

describe.each(ROUTES.filter((r) => r.hasId))('$name with a bad id in the path', (route) => {
  test.each(['abc', '123', '00000000-0000-0000-0000-00000000000g', `${UNKNOWN_ID}x`])('%s is a 400', async (id) => {
    expectError(await send(route, route.valid(), { url: route.url(id) }), 400, 'validation_failed');
  });

  test('an unknown id is a 404', async () => {
    expectError(await send(route, route.valid(), { url: route.url(UNKNOWN_ID) }), 404, 'not_found');
  });
});

test('the targets are untouched by all of the above', async () => {
  const after = (await t.call(DEMO.admin, 'GET', `/api/callback-requests/${request.id}`)).json();
  expect(after).toMatchObject({ status: 'open', assigneeId: null, attempts: 0, interimReply: null, outcome: null });
  expect(after.history).toHaveLength(1);
  // Only the one empty-body attempt went through.
  const attempted = (await t.call(DEMO.admin, 'GET', `/api/callback-requests/${attemptTarget.id}`)).json();
  expect(attempted.attempts).toBe(1);
  const teamNow = (await t.call(DEMO.admin, 'GET', `/api/teams/${team.id}`)).json();
  expect(teamNow).toMatchObject({ id: team.id, description: null, deadlineWorkingDays: 2, active: true });
});

describe('bad query strings never cause a 5xx', () => {
  test.each([
    '/api/teams?active=%00',
    '/api/products?teamId=%00',
    '/api/employees?q=%00',
    '/api/employees?limit=1e400',
    '/api/employees?offset=NaN',
    '/api/contacts?q=%00',
    '/api/contacts?from=%00',
    '/api/contacts?limit=-1',
    '/api/callback-requests?status=%00',
    '/api/callback-requests?cursor=%00',
    '/api/callback-requests/summary?assigneeId=x',
    '/api/calendar/due-date?from=2026-12-24&workingDays=1e3',
    '/api/calendar/due-date?from=%00',
    '/api/calendar/closing-days?year=%00',
    '/api/audit?action=%00',
    '/api/audit?cursor=' + Buffer.from(JSON.stringify(['2027-01-01T00:00:00.000Z', 1.5])).toString('base64url'),
    '/api/audit?cursor=' + Buffer.from(JSON.stringify(['2027-01-01T00:00:00.000Z', 1e30])).toString('base64url'),
    '/api/audit?cursor=' + Buffer.from(JSON.stringify(['99999-01-01', 1])).toString('base64url'),
    '/api/audit?cursor=' + Buffer.from(JSON.stringify(['0000-01-01T00:00:00Z', 1])).toString('base64url'),
  ])('GET %s is a Dutch 400', async (url) => {
    expectError(await t.call(DEMO.admin, 'GET', url), 400);
  });

  test('a very long path segment is a JSON error in Dutch', async () => {
    expectError(await t.call(DEMO.admin, 'GET', `/api/callback-requests/${'a'.repeat(5000)}`), [400, 404, 414]);
    expectError(await t.call(DEMO.admin, 'DELETE', `/api/calendar/closing-days/${'9'.repeat(300)}`), 414, 'uri_too_long');
    expectError(await t.call(DEMO.admin, 'POST', `/api/callback-requests/${'a'.repeat(300)}/complete`, { outcome: 'x' }), 414, 'uri_too_long');
  });

  test('a broken %-escape in the path is a JSON error in Dutch', async () => {
    expectError(await t.call(DEMO.admin, 'PATCH', '/api/teams/%E0%A4%A', { name: 'x' }), 400);
    expectError(await t.call(DEMO.admin, 'GET', '/api/employees/%ZZ'), 400);
  });
});
