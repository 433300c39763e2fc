// Every route the server registered (read from the server itself, not from a list kept by hand),
// called anonymously and as each role, in several spellings of its path: `/%61pi/…`, `//`, dot
// segments, a trailing slash, mixed case. Anonymous callers get 401 on every non-public route, and
// each role exactly what the matrix below allows. A new route without a line here fails the test.
import { readFileSync } from 'node:fs';
import { ROLES, type Role } from '@helder/domain';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { accessMatrixMarkdown, isStaticFile, withMatrix } from '../../src/http/access-matrix.js';
import type { RouteEntry } from '../../src/http/context.js';
import { createTestApp, DEMO, type TestApp } from '../support/app.js';

const W = ['kcc', 'second_line', 'team_lead', 'admin'] as const; // case workers
const ALL = ROLES;
const ADMIN = ['admin'] as const;
const PRIVACY = ['admin', 'privacy_officer'] as const;
const EDITORS = ['editor', 'admin'] as const;
const PRESS = ['second_line', 'team_lead', 'admin'] as const;

/** The intended access of every route: 'public', the roles admitted, or an API key (no role ever). */
const MATRIX: Record<string, 'public' | 'api_token' | 'metrics_token' | readonly Role[]> = {
  // Only with METRICS_TOKEN set (metrics.test.ts).
  'GET /metrics': 'metrics_token',
  'GET /*': 'public',
  'GET /api/*': 'public',
  'GET /melding': 'public',
  'GET /status/:token': 'public',
  'GET /enquete/:token': 'public',
  'GET /api/health': 'public',
  'GET /api/health/ready': 'public',
  'GET /api/openapi.json': 'public',
  'GET /api/auth/options': 'public',
  'POST /api/auth/login': 'public',
  'POST /api/auth/logout': 'public',
  'GET /api/auth/oidc/login': 'public',
  'GET /api/auth/oidc/callback': 'public',
  'GET /api/auth/me': ALL,
  'GET /api/public/kpis': 'public',
  'GET /api/public/teams': 'public',
  'POST /api/public/reports': 'public',
  'GET /api/public/status/:token': 'public',
  'GET /api/public/surveys/:token': 'public',
  'POST /api/public/surveys/:token': 'public',

  'GET /api/teams': ALL,
  'GET /api/teams/:id': ALL,
  'POST /api/teams': ADMIN,
  'PATCH /api/teams/:id': ADMIN,
  'GET /api/products': ALL,
  'POST /api/products': ADMIN,
  'PATCH /api/products/:id': ADMIN,
  'GET /api/employees': ALL,
  'GET /api/employees/:id': ALL,
  'POST /api/employees': ADMIN,
  'PATCH /api/employees/:id': ADMIN,
  'GET /api/calendar/due-date': ALL,
  'GET /api/calendar/closing-days': ALL,
  'POST /api/calendar/closing-days': ADMIN,
  'DELETE /api/calendar/closing-days/:date': ADMIN,

  'POST /api/contacts': W,
  'GET /api/contacts': W,
  'GET /api/contacts/:id': W,
  'POST /api/callback-requests': W,
  'GET /api/callback-requests': W,
  'GET /api/callback-requests/summary': W,
  'GET /api/callback-requests/:id': W,
  'POST /api/callback-requests/:id/assign': W,
  'POST /api/callback-requests/:id/attempt': W,
  'POST /api/callback-requests/:id/interim-reply': W,
  'POST /api/callback-requests/:id/complete': W,
  'POST /api/callback-requests/:id/cancel': W,
  'POST /api/home-visits': W,
  'GET /api/home-visits': W,
  'GET /api/home-visits/:id': W,
  'POST /api/home-visits/:id/plan': W,
  'POST /api/home-visits/:id/outcome': W,
  'GET /api/onboarding': ALL,
  'POST /api/onboarding/items/:id/complete': ALL,
  'GET /api/onboarding/team': ['team_lead', 'admin'],
  'GET /api/onboarding/items': ADMIN,
  'POST /api/onboarding/items': ADMIN,
  'PATCH /api/onboarding/items/:id': ADMIN,
  'GET /api/team-goals': ALL,
  'GET /api/teams/:id/goals': ALL,
  'POST /api/teams/:id/goals': ['team_lead', 'admin'],
  'POST /api/teams/:id/goals/:goalId/values': ['team_lead', 'admin'],
  // The press inbox: these roles reach the route; the service admits only team Communicatie and administrators.
  'GET /api/press-questions': PRESS,
  'GET /api/press-questions/:id': PRESS,
  'GET /api/press-questions/:id/attachments/:attachmentId': PRESS,
  'POST /api/press-questions/:id/assign': PRESS,
  'POST /api/press-questions/:id/interim-reply': PRESS,
  'POST /api/press-questions/:id/notes': PRESS,
  'POST /api/press-questions/:id/answer': PRESS,
  'POST /api/press-questions/:id/approve': ['team_lead', 'admin'],
  'POST /api/press-questions/:id/request-changes': ['team_lead', 'admin'],
  'POST /api/press-questions/:id/send': PRESS,
  'POST /api/press-questions/:id/input-requests': PRESS,
  'POST /api/press-questions/:id/dismiss': PRESS,

  'GET /api/kpis': W,
  'GET /api/kpis/today': ['kcc', 'team_lead', 'admin'],
  'GET /api/kpis/report-categories': W,
  'GET /api/reports/progress': W,
  'GET /api/survey-responses': W,
  'GET /api/survey-responses/summary': W,
  'GET /api/survey-results': W,
  'POST /api/survey-results': ADMIN,
  'DELETE /api/survey-results/:id': ADMIN,
  'POST /api/import/:kind': ADMIN,
  'GET /api/audit': ADMIN,
  'GET /api/outbox': ADMIN,
  'GET /api/outbox/:id': ADMIN,
  'GET /api/privacy/subjects': PRIVACY,
  'GET /api/privacy/export': PRIVACY,
  'POST /api/privacy/erasures': PRIVACY,
  'POST /api/privacy/corrections': PRIVACY,
  'POST /api/outbox/:id/retry': ADMIN,

  'GET /api/parties': W,
  'POST /api/parties': W,
  'GET /api/parties/:id': W,
  'PUT /api/parties/:id': W,
  'GET /api/parties/:id/bsn': W,
  'POST /api/parties/:id/merge': ['kcc', 'team_lead', 'admin'],
  'POST /api/party-merges/:id/undo': ['kcc', 'team_lead', 'admin'],
  // The knowledge base: every employee reads and flags; editors and administrators write.
  'POST /api/knowledge/articles': EDITORS,
  'GET /api/knowledge/articles': ALL,
  'GET /api/knowledge/articles/:id': ALL,
  'PATCH /api/knowledge/articles/:id': EDITORS,
  'DELETE /api/knowledge/articles/:id': EDITORS,
  'POST /api/knowledge/articles/:id/publish': EDITORS,
  'POST /api/knowledge/articles/:id/feedback': ALL,
  'POST /api/knowledge/feedback/:id/resolve': ['editor', 'admin', 'team_lead', 'second_line'],
  'GET /api/knowledge/search': ALL,
  'GET /api/knowledge/synonyms': ALL,
  'PUT /api/knowledge/synonyms': EDITORS,
  // The register of outgoing communication: every employee writes texts (the author alone changes,
  // offers and sends them: checked in the service); only the contact centre reviews.
  'POST /api/communications': ALL,
  'POST /api/communications/extract': ALL,
  'GET /api/communications': ALL,
  'GET /api/communications/export.csv': ALL,
  'GET /api/communications/b1-share': ALL,
  'GET /api/communications/:id': ALL,
  'POST /api/communications/:id/versions': ALL,
  'POST /api/communications/:id/request-review': ALL,
  'POST /api/communications/:id/review': ['kcc'],
  'POST /api/communications/:id/mark-sent': ALL,
  'GET /api/public/knowledge/search': 'public',
  'GET /api/public/knowledge/articles/:slug': 'public',
  'POST /api/public/knowledge/articles/:slug/clear': 'public',
  'GET /vragen': 'public',
  'GET /vragen/:slug': 'public',

  'POST /api/api-tokens': ADMIN,
  'GET /api/api-tokens': ADMIN,
  'DELETE /api/api-tokens/:id': ADMIN,

  // The Klantinteracties API: only a key (Authorization: Token …), never a session.
  'GET /klantinteracties/api/v1/klantcontacten': 'api_token',
  'POST /klantinteracties/api/v1/klantcontacten': 'api_token',
  'GET /klantinteracties/api/v1/klantcontacten/:uuid': 'api_token',
  'PUT /klantinteracties/api/v1/klantcontacten/:uuid': 'api_token',
  'PATCH /klantinteracties/api/v1/klantcontacten/:uuid': 'api_token',
  'DELETE /klantinteracties/api/v1/klantcontacten/:uuid': 'api_token',
  'GET /klantinteracties/api/v1/betrokkenen': 'api_token',
  'POST /klantinteracties/api/v1/betrokkenen': 'api_token',
  'GET /klantinteracties/api/v1/betrokkenen/:uuid': 'api_token',
  'PUT /klantinteracties/api/v1/betrokkenen/:uuid': 'api_token',
  'PATCH /klantinteracties/api/v1/betrokkenen/:uuid': 'api_token',
  'DELETE /klantinteracties/api/v1/betrokkenen/:uuid': 'api_token',
  'GET /klantinteracties/api/v1/digitaleadressen': 'api_token',
  'POST /klantinteracties/api/v1/digitaleadressen': 'api_token',
  'GET /klantinteracties/api/v1/digitaleadressen/:uuid': 'api_token',
  'PUT /klantinteracties/api/v1/digitaleadressen/:uuid': 'api_token',
  'PATCH /klantinteracties/api/v1/digitaleadressen/:uuid': 'api_token',
  'DELETE /klantinteracties/api/v1/digitaleadressen/:uuid': 'api_token',
  'GET /klantinteracties/api/v1/partijen': 'api_token',
  'POST /klantinteracties/api/v1/partijen': 'api_token',
  'GET /klantinteracties/api/v1/partijen/:uuid': 'api_token',
  'PUT /klantinteracties/api/v1/partijen/:uuid': 'api_token',
  'PATCH /klantinteracties/api/v1/partijen/:uuid': 'api_token',
  'DELETE /klantinteracties/api/v1/partijen/:uuid': 'api_token',
  'GET /klantinteracties/api/v1/partij-identificatoren': 'api_token',
  'POST /klantinteracties/api/v1/partij-identificatoren': 'api_token',
  'GET /klantinteracties/api/v1/partij-identificatoren/:uuid': 'api_token',
  'PUT /klantinteracties/api/v1/partij-identificatoren/:uuid': 'api_token',
  'PATCH /klantinteracties/api/v1/partij-identificatoren/:uuid': 'api_token',
  'DELETE /klantinteracties/api/v1/partij-identificatoren/:uuid': 'api_token',
  'GET /klantinteracties/api/v1/actoren': 'api_token',
  'POST /klantinteracties/api/v1/actoren': 'api_token',
  'GET /klantinteracties/api/v1/actoren/:uuid': 'api_token',
  'PUT /klantinteracties/api/v1/actoren/:uuid': 'api_token',
  'PATCH /klantinteracties/api/v1/actoren/:uuid': 'api_token',
  'DELETE /klantinteracties/api/v1/actoren/:uuid': 'api_token',
  'GET /klantinteracties/api/v1/actorklantcontacten': 'api_token',
  'POST /klantinteracties/api/v1/actorklantcontacten': 'api_token',
  'GET /klantinteracties/api/v1/actorklantcontacten/:uuid': 'api_token',
  'PUT /klantinteracties/api/v1/actorklantcontacten/:uuid': 'api_token',
  'PATCH /klantinteracties/api/v1/actorklantcontacten/:uuid': 'api_token',
  'DELETE /klantinteracties/api/v1/actorklantcontacten/:uuid': 'api_token',
  'GET /klantinteracties/api/v1/internetaken': 'api_token',
  'POST /klantinteracties/api/v1/internetaken': 'api_token',
  'GET /klantinteracties/api/v1/internetaken/:uuid': 'api_token',
  'PUT /klantinteracties/api/v1/internetaken/:uuid': 'api_token',
  'PATCH /klantinteracties/api/v1/internetaken/:uuid': 'api_token',
  'DELETE /klantinteracties/api/v1/internetaken/:uuid': 'api_token',
  'GET /klantinteracties/api/v1/onderwerpobjecten': 'api_token',
  'POST /klantinteracties/api/v1/onderwerpobjecten': 'api_token',
  'GET /klantinteracties/api/v1/onderwerpobjecten/:uuid': 'api_token',
  'PUT /klantinteracties/api/v1/onderwerpobjecten/:uuid': 'api_token',
  'PATCH /klantinteracties/api/v1/onderwerpobjecten/:uuid': 'api_token',
  'DELETE /klantinteracties/api/v1/onderwerpobjecten/:uuid': 'api_token',
  'GET /klantinteracties/api/v1/bijlagen': 'api_token',
  'POST /klantinteracties/api/v1/bijlagen': 'api_token',
  'GET /klantinteracties/api/v1/bijlagen/:uuid': 'api_token',
  'PUT /klantinteracties/api/v1/bijlagen/:uuid': 'api_token',
  'PATCH /klantinteracties/api/v1/bijlagen/:uuid': 'api_token',
  'DELETE /klantinteracties/api/v1/bijlagen/:uuid': 'api_token',
  'POST /klantinteracties/api/v1/maak-klantcontact': 'api_token',
  'GET /klantinteracties/api/v1': 'api_token',
  'GET /klantinteracties/api/v1/*': 'api_token',
  'POST /klantinteracties/api/v1': 'api_token',
  'POST /klantinteracties/api/v1/*': 'api_token',
  'PUT /klantinteracties/api/v1': 'api_token',
  'PUT /klantinteracties/api/v1/*': 'api_token',
  'PATCH /klantinteracties/api/v1': 'api_token',
  'PATCH /klantinteracties/api/v1/*': 'api_token',
  'DELETE /klantinteracties/api/v1': 'api_token',
  'DELETE /klantinteracties/api/v1/*': 'api_token',
};
/** Routes that exist only with some configuration (OIDC login). */
const OPTIONAL = new Set(['GET /api/auth/oidc/login', 'GET /api/auth/oidc/callback', 'GET /metrics']);

let t: TestApp;
let routes: RouteEntry[];
/** One employee per role, with only that role: a second role cannot hide a missing permission. */
const accounts = new Map<Role, string>();
const PASSWORD = 'Matrix-toegang-2026-controle';

beforeAll(async () => {
  t = await createTestApp({ config: { rateLimitPerMinute: 1_000_000, publicFormLimitPerHour: 1_000_000 } });
  routes = t.app.routeTable().filter((r) => !isStaticFile(r));
  // Team Communicatie: the press routes admit the roles and then only that team, so a matrix user
  // of another team would meet the team's 403 there, not the role's.
  const team = t.team('Communicatie').id;
  for (const role of ROLES) {
    const email = `matrix.${role.replace('_', '-')}@dronten.demo`;
    const created = await t.call(DEMO.admin, 'POST', '/api/employees', { name: `Matrix ${role}`, email, roles: [role], teamId: team, password: PASSWORD });
    expect(created.statusCode, created.body).toBe(201);
    accounts.set(role, email);
  }
});
afterAll(() => t.close());

const UNKNOWN_PATH = 'adres bestaat niet.'; // the JSON 404 of an unknown path (route or not-found handler)
const keyOf = (r: RouteEntry) => `${r.method} ${r.url}`;

describe('the access matrix', () => {
  test('covers every registered route, and every route declares the access the matrix gives it', () => {
    const registered = new Set(routes.filter((r) => r.method !== 'HEAD').map(keyOf));
    const missing = [...registered].filter((key) => !(key in MATRIX));
    expect(missing, 'routes without a line in MATRIX').toEqual([]);
    const stale = Object.keys(MATRIX).filter((key) => !registered.has(key) && !OPTIONAL.has(key));
    expect(stale, 'lines in MATRIX without a route').toEqual([]);
    for (const route of routes) {
      const expected = MATRIX[keyOf(route.method === 'HEAD' ? { ...route, method: 'GET' } : route)];
      const declared = route.auth === 'staff' ? ALL : route.auth === 'api_token' ? 'api_token' : route.auth;
      expect([...(declared as readonly string[] | string)].sort(), `${route.method} ${route.url}`).toEqual([...(expected as readonly string[] | string)].sort());
    }
  });

  test('docs/security.md holds the matrix generated from these routes (npx tsx scripts/access-matrix.ts)', () => {
    const onDisk = readFileSync(new URL('../../../../docs/security.md', import.meta.url), 'utf8');
    expect(onDisk).toBe(withMatrix(onDisk, accessMatrixMarkdown(t.app.routeTable())));
  });
});

/** A concrete path for a route pattern. */
function concrete(url: string): string {
  return url
    .replace(':token', 'AbCdEfGhIjKlMnOpQrStUv')
    .replace(':date', '2031-02-03')
    .replace(':kind', 'contacts')
    .replace(/:id/g, '00000000-0000-4000-8000-00000000abcd')
    .replace(':uuid', '00000000-0000-4000-8000-00000000abcd')
    .replace('*', 'onbekend');
}

const upperStatic = (path: string) => path.split('/').map((s) => (s.startsWith('00000000') || s.startsWith('AbC') ? s : s.toUpperCase())).join('/');
/** The spellings an attacker tries; all must reach the same route and the same check. */
const SPELLINGS: [string, (path: string) => string][] = [
  ['plain', (p) => p],
  ['percent-encoded letter', (p) => p.replace(/^\/([a-z])/, (_m, c: string) => `/%${c.charCodeAt(0).toString(16)}`)],
  ['percent-encoded letter, upper hex', (p) => p.replace(/^\/(\w+)\/([a-z])/, (_m, a: string, c: string) => `/${a}/%${c.charCodeAt(0).toString(16).toUpperCase()}`)],
  ['double slashes', (p) => `/${p.replaceAll('/', '//')}`],
  ['dot segments', (p) => p.replace(/^\/(\w+)\//, '/$1/./x/../')],
  ['trailing slash', (p) => `${p}/`],
  ['mixed case', upperStatic],
];

const query = (route: RouteEntry) => (route.url === '/api/reports/progress' ? '?quarter=2026-Q1' : '');

async function call(route: RouteEntry, path: string, role: Role | null, headers: Record<string, string> = {}) {
  const fresh = route.url === '/api/auth/logout'; // logging out ends the session: use one of its own
  const cookie = role ? await (fresh ? loginFresh(accounts.get(role)!) : t.login(accounts.get(role)!, PASSWORD)) : undefined;
  const hasBody = !['GET', 'HEAD', 'DELETE', 'OPTIONS'].includes(route.method);
  return t.app.inject({
    method: route.method as 'GET',
    url: path + query(route),
    ...(hasBody ? { payload: {} } : {}),
    headers: { ...(cookie ? { cookie } : {}), ...headers },
  });
}

async function loginFresh(email: string): Promise<string> {
  const response = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password: PASSWORD } });
  return `helder_session=${response.cookies.find((c) => c.name === 'helder_session')!.value}`;
}

describe('every route × role × spelling', () => {
  const checked = () => routes.filter((r) => r.method !== 'HEAD');

  test('anonymous callers get 401 on every non-public route, in every spelling', async () => {
    const successes: string[] = [];
    let calls = 0;
    for (const route of checked()) {
      if (MATRIX[keyOf(route)] === 'public') continue;
      for (const [name, spell] of SPELLINGS) {
        const response = await call(route, spell(concrete(route.url)), null);
        calls += 1;
        if (response.statusCode !== 401) successes.push(`${route.method} ${spell(concrete(route.url))} (${name}): ${response.statusCode}`);
        // The Klantinteracties API answers in its own error shape (docs/klantinteracties.md).
        else if (MATRIX[keyOf(route)] === 'api_token') expect(response.json().status).toBe(401);
        else expect(response.json().error.code).toBe('unauthenticated');
      }
    }
    expect(successes).toEqual([]);
    expect(calls).toBeGreaterThan(250);
  });

  test('each role gets exactly what the matrix allows, in every spelling', async () => {
    const wrong: string[] = [];
    for (const route of checked()) {
      const allowed = MATRIX[keyOf(route)]!;
      for (const role of ROLES) {
        for (const [name, spell] of SPELLINGS) {
          const path = spell(concrete(route.url));
          const response = await call(route, path, role);
          if (allowed === 'api_token') {
            // A session is not a key: every role is a stranger to the Klantinteracties API.
            if (response.statusCode !== 401) wrong.push(`${role} ${route.method} ${path} (${name}): ${response.statusCode} ${response.body.slice(0, 80)}`);
            continue;
          }
          const admitted = allowed === 'public' || allowed.includes(role);
          // Admitted: whatever the route answers to an empty request (400, 404, 200…), but never
          // "who are you" or "not for you". Refused: 403, before the route did anything.
          // And the spelling reached this route, not the JSON 404 of unknown API paths.
          const reached = route.url === '/api/*' || !response.body.includes(UNKNOWN_PATH);
          const ok = admitted ? response.statusCode !== 401 && response.statusCode !== 403 && reached : response.statusCode === 403;
          if (!ok) wrong.push(`${role} ${route.method} ${path} (${name}): ${response.statusCode} ${response.body.slice(0, 80)}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  }, 180_000); // Every route × role × spelling: several thousand requests.

  test('a spelling of an unknown API path is a JSON 404, never the web app', async () => {
    for (const path of ['/%61pi/bestaat-niet', '/API/Bestaat/Niet', '//api//bestaat-niet/']) {
      const response = await t.app.inject({ method: 'GET', url: path });
      expect(response.statusCode, path).toBe(404);
      expect(response.json().error.code).toBe('not_found');
    }
  });
});

describe('requests another website can make a browser send', () => {
  // API-key routes are not for browsers: they take JSON with a key, never a cookie.
  const staffRoutes = () => routes.filter((r) => r.method !== 'HEAD' && MATRIX[keyOf(r)] !== 'public' && MATRIX[keyOf(r)] !== 'api_token');

  test('every staff route refuses Sec-Fetch-Site: cross-site, even for an administrator', async () => {
    for (const route of staffRoutes()) {
      const role = (MATRIX[keyOf(route)] as readonly Role[])[0]!;
      const response = await call(route, concrete(route.url), role, { 'sec-fetch-site': 'cross-site' });
      expect(response.statusCode, `${route.method} ${route.url}`).toBe(403);
      expect(response.json().error.code).toBe('cross_origin');
    }
  });

  test('staff routes refuse a sibling site (same-site) too, and are never cached', async () => {
    const cookie = await t.login(DEMO.admin);
    for (const url of ['/api/audit', '/api/contacts', '/api/privacy/subjects?email=a@b.nl']) {
      const sibling = await t.app.inject({ method: 'GET', url, headers: { cookie, 'sec-fetch-site': 'same-site' } });
      expect(sibling.statusCode, url).toBe(403);
      const own = await t.app.inject({ method: 'GET', url, headers: { cookie, 'sec-fetch-site': 'same-origin' } });
      expect(own.statusCode, url).toBe(200);
      expect(own.headers['cache-control'], url).toBe('no-store');
      const typed = await t.app.inject({ method: 'GET', url, headers: { cookie, 'sec-fetch-site': 'none' } });
      expect(typed.statusCode, url).toBe(200);
    }
  });

  test('a cross-site post to a public route is refused too; a cross-site link to a public page works', async () => {
    const login = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: DEMO.kcc, password: 'helder-demo' }, headers: { 'sec-fetch-site': 'cross-site' } });
    expect(login.statusCode).toBe(403);
    const loginOrigin = await t.app.inject({ method: 'POST', url: '/%61pi/auth/login', payload: { email: DEMO.kcc, password: 'helder-demo' }, headers: { origin: 'https://evil.example' } });
    expect(loginOrigin.statusCode).toBe(403);
    const page = await t.app.inject({ method: 'GET', url: '/melding', headers: { 'sec-fetch-site': 'cross-site' } });
    expect(page.statusCode).toBe(200);
  });

  test.each(['application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'text/plain'])('staff routes refuse %s bodies', async (type) => {
    const cookie = await t.login(DEMO.admin);
    for (const route of staffRoutes().filter((r) => !['GET', 'DELETE'].includes(r.method))) {
      const response = await t.app.inject({ method: route.method as 'POST', url: concrete(route.url), payload: 'name=x', headers: { cookie, 'content-type': type } });
      const upload = (route.url === '/api/import/:kind' && type === 'text/plain') || (route.url === '/api/communications/extract' && type.startsWith('multipart/form-data'));
      if (upload) expect(response.statusCode).not.toBe(415);
      else expect(response.statusCode, `${route.method} ${route.url}`).toBe(415);
    }
    // The residents' forms are meant for form posts and keep taking them.
    const form = await t.app.inject({ method: 'POST', url: '/api/public/reports', payload: 'category=other', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    expect(form.statusCode).not.toBe(415);
  });
});
