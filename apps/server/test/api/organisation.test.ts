// Teams, products and employees: everyone reads, only the administrator writes.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, DEMO, type TestApp } from '../support/app.js';
import {
  createCallback,
  createEmployee,
  createTeam,
  expectError,
  fieldsOf,
  TEST_PASSWORD,
  UNKNOWN_ID,
  unique,
} from '../support/http.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const ROLES = [
  ['kcc', DEMO.kcc],
  ['second_line', DEMO.secondLine],
  ['team_lead', DEMO.teamLead],
  ['admin', DEMO.admin],
] as const;
const NON_ADMINS = ROLES.filter(([role]) => role !== 'admin');
const DEMO_TEAM_NAMES = ['Belastingen', 'Burgerzaken', 'Communicatie', 'Jeugd', 'Klantcontactcentrum', 'Openbare Ruimte', 'Vergunningen', 'Wmo'];

describe('teams', () => {
  test.each(ROLES)('%s reads every team, by name, with its term', async (_role, as) => {
    const response = await t.call(as, 'GET', '/api/teams');
    expect(response.statusCode).toBe(200);
    const teams = response.json() as { name: string; deadlineWorkingDays: number; active: boolean }[];
    const names = teams.map((x) => x.name);
    expect(names).toContain('Burgerzaken');
    expect(names).toContain('Klantcontactcentrum');
    const demo = names.filter((n) => DEMO_TEAM_NAMES.includes(n));
    expect(demo).toEqual([...DEMO_TEAM_NAMES].sort());
    const vergunningen = teams.find((x) => x.name === 'Vergunningen')!;
    expect(vergunningen.deadlineWorkingDays).toBe(3);
    expect(teams.find((x) => x.name === 'Burgerzaken')).toMatchObject({ id: t.team('Burgerzaken').id, deadlineWorkingDays: 2, active: true });
  });

  test('GET /api/teams/:id returns one team; unknown is 404, malformed is 400', async () => {
    const one = await t.call(DEMO.secondLine, 'GET', `/api/teams/${t.team('Burgerzaken').id}`);
    expect(one.statusCode).toBe(200);
    expect(one.json().name).toBe('Burgerzaken');
    expectError(await t.call(DEMO.secondLine, 'GET', `/api/teams/${UNKNOWN_ID}`), 404, 'not_found');
    expectError(await t.call(DEMO.secondLine, 'GET', '/api/teams/123'), 400, 'validation_failed');
  });

  test('the active filter', async () => {
    const inactive = await createTeam(t, { active: false });
    const active = (await t.call(DEMO.kcc, 'GET', '/api/teams?active=true')).json() as { id: string; active: boolean }[];
    expect(active.every((x) => x.active)).toBe(true);
    expect(active.map((x) => x.id)).not.toContain(inactive.id);
    const off = (await t.call(DEMO.kcc, 'GET', '/api/teams?active=false')).json() as { id: string }[];
    expect(off.map((x) => x.id)).toContain(inactive.id);
    expectError(await t.call(DEMO.kcc, 'GET', '/api/teams?active=misschien'), 400, 'validation_failed');
  });

  test('the administrator creates a team with defaults: 2 working days, active', async () => {
    const name = unique('Team Archief');
    const response = await t.call(DEMO.admin, 'POST', '/api/teams', { name, description: '  Het archief  ' });
    expect(response.statusCode).toBe(201);
    const team = response.json();
    expect(team).toMatchObject({ name, description: 'Het archief', deadlineWorkingDays: 2, active: true });
    expect(team.id).toMatch(/^[0-9a-f-]{36}$/);
    const listed = (await t.call(DEMO.kcc, 'GET', '/api/teams')).json() as { id: string }[];
    expect(listed.map((x) => x.id)).toContain(team.id);
  });

  test('names with accents, ligatures and emoji are stored as typed', async () => {
    const name = unique('Team Ĳsselmeer café 🚲 – één');
    const response = await t.call(DEMO.admin, 'POST', '/api/teams', { name });
    expect(response.statusCode).toBe(201);
    expect((await t.call(DEMO.kcc, 'GET', `/api/teams/${response.json().id}`)).json().name).toBe(name);
  });

  test.each(NON_ADMINS)('%s cannot create or change a team (403)', async (_role, as) => {
    expectError(await t.call(as, 'POST', '/api/teams', { name: unique('Stiekem team') }), 403, 'forbidden');
    const id = t.team('Burgerzaken').id;
    expectError(await t.call(as, 'PATCH', `/api/teams/${id}`, { deadlineWorkingDays: 9 }), 403, 'forbidden');
    const after = (await t.call(DEMO.admin, 'GET', `/api/teams/${id}`)).json();
    expect(after.deadlineWorkingDays).toBe(2);
  });

  test('a duplicate team name is 409 with a Dutch message, on create and on rename', async () => {
    const first = await createTeam(t);
    const dup = await t.call(DEMO.admin, 'POST', '/api/teams', { name: first.name });
    expect(expectError(dup, 409, 'duplicate').message).toBe('Er is al een team met deze naam.');
    const second = await createTeam(t);
    const rename = await t.call(DEMO.admin, 'PATCH', `/api/teams/${second.id}`, { name: first.name });
    expect(expectError(rename, 409, 'duplicate').message).toBe('Er is al een team met deze naam.');
    expectError(await t.call(DEMO.admin, 'POST', '/api/teams', { name: 'Burgerzaken' }), 409, 'duplicate');
  });

  test('PATCH changes only the fields sent', async () => {
    const team = await createTeam(t, { description: 'Oorspronkelijk', deadlineWorkingDays: 4 });
    const response = await t.call(DEMO.admin, 'PATCH', `/api/teams/${team.id}`, { deadlineWorkingDays: 5 });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ ...team, deadlineWorkingDays: 5 });
    const renamed = (await t.call(DEMO.admin, 'PATCH', `/api/teams/${team.id}`, { name: `${team.name} B` })).json();
    expect(renamed).toEqual({ ...team, name: `${team.name} B`, deadlineWorkingDays: 5 });
    const empty = await t.call(DEMO.admin, 'PATCH', `/api/teams/${team.id}`, {});
    expect(empty.statusCode).toBe(200);
    expect(empty.json()).toEqual(renamed);
    const fetched = (await t.call(DEMO.kcc, 'GET', `/api/teams/${team.id}`)).json();
    expect(fetched).toEqual(renamed);
  });

  test('PATCH of an unknown team is 404; of a malformed id 400', async () => {
    expect(expectError(await t.call(DEMO.admin, 'PATCH', `/api/teams/${UNKNOWN_ID}`, { name: unique('X') }), 404, 'not_found').message).toBe('Dit team bestaat niet.');
    expectError(await t.call(DEMO.admin, 'PATCH', '/api/teams/niet-een-id', { name: unique('X') }), 400, 'validation_failed');
  });

  test('the term must be 1 to 250 whole working days', async () => {
    for (const deadlineWorkingDays of [0, 251, 2.5, '3', -1]) {
      const response = await t.call(DEMO.admin, 'POST', '/api/teams', { name: unique('Termijn'), deadlineWorkingDays });
      expectError(response, 400, 'validation_failed');
      expect(Object.keys(fieldsOf(response))).toEqual(['deadlineWorkingDays']);
    }
  });

  test('a team with open callback requests cannot be deactivated; once they are done it can', async () => {
    const team = await createTeam(t);
    const request = await createCallback(t, team.id);
    const refused = await t.call(DEMO.admin, 'PATCH', `/api/teams/${team.id}`, { active: false });
    expect(expectError(refused, 409).message).toContain('1 open verzoek');
    expect((await t.call(DEMO.admin, 'GET', `/api/teams/${team.id}`)).json().active).toBe(true);
    const done = await t.call(DEMO.admin, 'POST', `/api/callback-requests/${request.id}/complete`, { outcome: 'Gebeld en uitgelegd.' });
    expect(done.statusCode).toBe(200);
    const allowed = await t.call(DEMO.admin, 'PATCH', `/api/teams/${team.id}`, { active: false });
    expect(allowed.statusCode).toBe(200);
    expect(allowed.json().active).toBe(false);
    // An inactive team takes no new requests.
    const closed = await t.call(DEMO.kcc, 'POST', '/api/callback-requests', {
      teamId: team.id,
      question: 'Vraag',
      replyBy: 'phone',
      customer: { name: 'Klant', phone: '0612345678' },
    });
    expect(fieldsOf(expectError(closed, 400, 'validation_failed') && closed).teamId).toContain('neemt geen verzoeken meer aan');
  });

  test('the administrator\'s team changes are audited', async () => {
    const team = await createTeam(t);
    await t.call(DEMO.admin, 'PATCH', `/api/teams/${team.id}`, { deadlineWorkingDays: 7 });
    const audit = (await t.call(DEMO.admin, 'GET', '/api/audit?entityType=team&limit=200')).json().items as {
      action: string;
      entityId: string;
      actor: { name: string } | null;
      detail: Record<string, unknown>;
    }[];
    const mine = audit.filter((e) => e.entityId === team.id);
    expect(mine.map((e) => e.action).sort()).toEqual(['create', 'update']);
    expect(mine.find((e) => e.action === 'update')!.detail).toEqual({ deadlineWorkingDays: 7 });
    expect(mine.every((e) => e.actor?.name === 'Jeroen Bakker')).toBe(true);
  });
});

describe('products', () => {
  test.each(ROLES)('%s reads the products, by name, with a team filter', async (_role, as) => {
    const all = await t.call(as, 'GET', '/api/products');
    expect(all.statusCode).toBe(200);
    const names = (all.json() as { name: string }[]).map((p) => p.name);
    expect(names).toContain('Paspoort');
    expect(names).toContain('WOZ-waarde');
    const bz = t.team('Burgerzaken').id;
    const filtered = (await t.call(as, 'GET', `/api/products?teamId=${bz}`)).json() as { teamId: string; name: string }[];
    expect(filtered.length).toBeGreaterThan(0);
    expect(filtered.every((p) => p.teamId === bz)).toBe(true);
    expect(filtered.map((p) => p.name)).toContain('Paspoort');
    expect(filtered.map((p) => p.name)).not.toContain('WOZ-waarde');
    const plain = filtered.map((p) => p.name).filter((n) => /^[A-Z][a-z]/.test(n));
    expect(plain).toEqual([...plain].sort());
  });

  test('a teamId filter must be a UUID', async () => {
    expectError(await t.call(DEMO.kcc, 'GET', '/api/products?teamId=burgerzaken'), 400, 'validation_failed');
    const none = await t.call(DEMO.kcc, 'GET', `/api/products?teamId=${UNKNOWN_ID}`);
    expect(none.statusCode).toBe(200);
    expect(none.json()).toEqual([]);
  });

  test('the administrator creates and changes a product; PATCH changes only the fields sent', async () => {
    const name = unique('Paspoort spoed');
    const created = await t.call(DEMO.admin, 'POST', '/api/products', { name, teamId: t.team('Burgerzaken').id, description: 'Binnen een dag' });
    expect(created.statusCode).toBe(201);
    const product = created.json();
    expect(product).toMatchObject({ name, teamId: t.team('Burgerzaken').id, description: 'Binnen een dag', active: true });
    const moved = await t.call(DEMO.admin, 'PATCH', `/api/products/${product.id}`, { teamId: t.team('Belastingen').id });
    expect(moved.statusCode).toBe(200);
    expect(moved.json()).toEqual({ ...product, teamId: t.team('Belastingen').id });
    const off = (await t.call(DEMO.admin, 'PATCH', `/api/products/${product.id}`, { active: false })).json();
    expect(off).toEqual({ ...product, teamId: t.team('Belastingen').id, active: false });
    const activeOnly = (await t.call(DEMO.kcc, 'GET', '/api/products?active=true')).json() as { id: string }[];
    expect(activeOnly.map((p) => p.id)).not.toContain(product.id);
  });

  test('duplicate product names are 409 with a Dutch message', async () => {
    const dup = await t.call(DEMO.admin, 'POST', '/api/products', { name: 'Paspoort', teamId: t.team('Burgerzaken').id });
    expect(expectError(dup, 409, 'duplicate').message).toBe('Er is al een product of dienst met deze naam.');
    const other = (await t.call(DEMO.admin, 'POST', '/api/products', { name: unique('Product'), teamId: t.team('Burgerzaken').id })).json();
    const rename = await t.call(DEMO.admin, 'PATCH', `/api/products/${other.id}`, { name: 'Paspoort' });
    expectError(rename, 409, 'duplicate');
  });

  test('an unknown team is refused as a field error; an unknown product is 404', async () => {
    const response = await t.call(DEMO.admin, 'POST', '/api/products', { name: unique('Wees'), teamId: UNKNOWN_ID });
    expectError(response, 400, 'validation_failed');
    expect(fieldsOf(response).teamId).toBe('Dit team bestaat niet.');
    const patch = await t.call(DEMO.admin, 'PATCH', `/api/products/${t.product('Paspoort').id}`, { teamId: UNKNOWN_ID });
    expect(fieldsOf(expectError(patch, 400) && patch).teamId).toBe('Dit team bestaat niet.');
    expect((await t.call(DEMO.kcc, 'GET', `/api/products?teamId=${t.team('Burgerzaken').id}`)).json().map((p: { name: string }) => p.name)).toContain('Paspoort');
    const missing = await t.call(DEMO.admin, 'PATCH', `/api/products/${UNKNOWN_ID}`, { name: unique('X') });
    expect(expectError(missing, 404, 'not_found').message).toBe('Dit product of deze dienst bestaat niet.');
  });

  test.each(NON_ADMINS)('%s cannot create or change a product (403)', async (_role, as) => {
    expectError(await t.call(as, 'POST', '/api/products', { name: unique('Stiekem'), teamId: t.team('Burgerzaken').id }), 403, 'forbidden');
    expectError(await t.call(as, 'PATCH', `/api/products/${t.product('Paspoort').id}`, { name: 'Stiekem' }), 403, 'forbidden');
  });
});

describe('employees', () => {
  test.each(ROLES)('%s reads the employees with X-Total-Count', async (_role, as) => {
    const response = await t.call(as, 'GET', '/api/employees');
    expect(response.statusCode).toBe(200);
    const rows = response.json() as { email: string; name: string; hasPassword: boolean }[];
    const total = Number(response.headers['x-total-count']);
    expect(total).toBe(rows.length);
    expect(rows.map((e) => e.email)).toEqual(expect.arrayContaining(Object.values(DEMO)));
    // Password hashes never leave the server.
    expect(response.body).not.toContain('argon2');
    expect(rows.every((e) => !('passwordHash' in e))).toBe(true);
  });

  test('limit and offset page through the list; the total stays the same', async () => {
    const all = (await t.call(DEMO.admin, 'GET', '/api/employees')).json() as { id: string }[];
    const total = all.length;
    expect(total).toBeGreaterThan(10);
    const seen: string[] = [];
    for (let offset = 0; offset < total; offset += 7) {
      const page = await t.call(DEMO.admin, 'GET', `/api/employees?limit=7&offset=${offset}`);
      expect(page.statusCode).toBe(200);
      expect(Number(page.headers['x-total-count'])).toBe(total);
      const ids = (page.json() as { id: string }[]).map((e) => e.id);
      expect(ids.length).toBe(Math.min(7, total - offset));
      seen.push(...ids);
    }
    expect(seen).toEqual(all.map((e) => e.id));
    const beyond = await t.call(DEMO.admin, 'GET', `/api/employees?limit=7&offset=${total + 5}`);
    expect(beyond.json()).toEqual([]);
    expect(Number(beyond.headers['x-total-count'])).toBe(total);
  });

  test('filters: team, q (name or e-mail, also with % in it) and active', async () => {
    const bz = t.team('Burgerzaken').id;
    const team = await t.call(DEMO.kcc, 'GET', `/api/employees?teamId=${bz}`);
    const members = team.json() as { teamId: string; email: string }[];
    expect(members.every((e) => e.teamId === bz)).toBe(true);
    expect(members.map((e) => e.email)).toEqual(expect.arrayContaining([DEMO.secondLine, DEMO.teamLead]));
    expect(Number(team.headers['x-total-count'])).toBe(members.length);
    const byName = (await t.call(DEMO.kcc, 'GET', `/api/employees?q=${encodeURIComponent('yilmaz')}`)).json() as { email: string }[];
    expect(byName.map((e) => e.email)).toContain(DEMO.secondLine);
    const byMail = (await t.call(DEMO.kcc, 'GET', '/api/employees?q=BEHEER@')).json() as { email: string }[];
    expect(byMail.map((e) => e.email)).toEqual([DEMO.admin]);
    const wildcard = await t.call(DEMO.kcc, 'GET', `/api/employees?q=${encodeURIComponent('%')}`);
    expect(wildcard.statusCode).toBe(200);
    expect(wildcard.json()).toEqual([]);
    const inactive = await createEmployee(t, ['kcc'], null, { active: false });
    const off = (await t.call(DEMO.kcc, 'GET', '/api/employees?active=false')).json() as { id: string; active: boolean }[];
    expect(off.map((e) => e.id)).toContain(inactive.id);
    expect(off.every((e) => !e.active)).toBe(true);
  });

  test('bad paging input is a 400 in Dutch', async () => {
    for (const query of ['limit=0', 'limit=abc', 'offset=-1', 'limit=1.5', 'teamId=abc', 'active=ja']) {
      expectError(await t.call(DEMO.admin, 'GET', `/api/employees?${query}`), 400, 'validation_failed');
    }
  });

  test('GET /api/employees/:id; unknown 404; malformed 400', async () => {
    const kcc = await t.employee(DEMO.kcc);
    const one = await t.call(DEMO.secondLine, 'GET', `/api/employees/${kcc.id}`);
    expect(one.statusCode).toBe(200);
    expect(one.json()).toMatchObject({ id: kcc.id, email: DEMO.kcc, roles: ['kcc'], active: true });
    // Who has a password (and can be attacked by guessing) is for administrators only.
    expect(one.json()).not.toHaveProperty('hasPassword');
    expect((await t.call(DEMO.admin, 'GET', `/api/employees/${kcc.id}`)).json()).toMatchObject({ hasPassword: true });
    expect(expectError(await t.call(DEMO.admin, 'GET', `/api/employees/${UNKNOWN_ID}`), 404).message).toBe('Deze medewerker bestaat niet.');
    expectError(await t.call(DEMO.admin, 'GET', '/api/employees/1'), 400, 'validation_failed');
  });

  test('when colleagues last logged in is shown only to administrators (and to the employee themselves)', async () => {
    // Everyone has logged in by now (the calls below log in first).
    const kcc = await t.employee(DEMO.kcc);
    await t.call(DEMO.kcc, 'GET', '/api/employees');
    for (const as of [DEMO.kcc, DEMO.secondLine, DEMO.teamLead]) {
      const list = await t.call(as, 'GET', '/api/employees');
      expect(list.statusCode).toBe(200);
      const me = await t.employee(as);
      for (const e of list.json() as { id: string; lastLoginAt?: string | null }[]) {
        if (e.id === me.id) expect(e.lastLoginAt, 'own last login').toEqual(expect.any(String));
        else expect(e, `${as} sees no last login of ${e.id}`).not.toHaveProperty('lastLoginAt');
      }
      if (as !== DEMO.kcc) expect((await t.call(as, 'GET', `/api/employees/${kcc.id}`)).json()).not.toHaveProperty('lastLoginAt');
    }
    const byAdmin = (await t.call(DEMO.admin, 'GET', '/api/employees')).json() as { id: string; lastLoginAt?: string | null }[];
    expect(byAdmin.every((e) => 'lastLoginAt' in e)).toBe(true);
    expect(byAdmin.find((e) => e.id === kcc.id)!.lastLoginAt).toEqual(expect.any(String));
    expect((await t.call(DEMO.admin, 'GET', `/api/employees/${kcc.id}`)).json().lastLoginAt).toEqual(expect.any(String));
  });

  test('the administrator creates an employee who can log in; the e-mail is stored in lower case', async () => {
    const email = `${unique('nieuw').replace(/\W/g, '').toLowerCase()}@dronten.demo`;
    const response = await t.call(DEMO.admin, 'POST', '/api/employees', {
      name: 'Nieuwe Collega',
      email: email.toUpperCase(),
      roles: ['second_line', 'second_line'],
      teamId: t.team('Belastingen').id,
      password: TEST_PASSWORD,
    });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({ email, roles: ['second_line'], teamId: t.team('Belastingen').id, hasPassword: true, active: true, lastLoginAt: null });
    const login = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password: TEST_PASSWORD } });
    expect(login.statusCode).toBe(200);
    const withoutPassword = await t.call(DEMO.admin, 'POST', '/api/employees', { name: 'Alleen OIDC', email: `oidc.${email}`, roles: ['kcc'] });
    expect(withoutPassword.statusCode).toBe(201);
    expect(withoutPassword.json()).toMatchObject({ hasPassword: false, teamId: null });
  });

  test('a duplicate e-mail is 409 with a Dutch message, whatever the case', async () => {
    const dup = await t.call(DEMO.admin, 'POST', '/api/employees', { name: 'Dubbel', email: DEMO.kcc.toUpperCase(), roles: ['kcc'] });
    expect(expectError(dup, 409, 'duplicate').message).toBe('Er is al een medewerker met dit e-mailadres.');
    const someone = await createEmployee(t, ['kcc'], null);
    const patch = await t.call(DEMO.admin, 'PATCH', `/api/employees/${someone.id}`, { email: DEMO.secondLine });
    expectError(patch, 409, 'duplicate');
  });

  test('employee input is checked: roles, e-mail, password length, team', async () => {
    const base = { name: 'Iemand', email: 'iemand@dronten.demo', roles: ['kcc'] };
    const cases: [Record<string, unknown>, string][] = [
      [{ ...base, roles: [] }, 'roles'],
      [{ ...base, roles: ['baas'] }, 'roles.0'],
      [{ ...base, email: 'geen-mail' }, 'email'],
      [{ ...base, email: '' }, 'email'],
      [{ ...base, password: 'kort' }, 'password'],
      [{ ...base, teamId: 'burgerzaken' }, 'teamId'],
      [{ ...base, name: '' }, 'name'],
      [{ ...base, active: 'ja' }, 'active'],
    ];
    for (const [body, field] of cases) {
      const response = await t.call(DEMO.admin, 'POST', '/api/employees', body);
      expectError(response, 400, 'validation_failed');
      expect(Object.keys(fieldsOf(response))).toContain(field);
    }
    const unknownTeam = await t.call(DEMO.admin, 'POST', '/api/employees', { ...base, teamId: UNKNOWN_ID });
    expect(fieldsOf(expectError(unknownTeam, 400) && unknownTeam).teamId).toBe('Dit team bestaat niet.');
    expect((await t.call(DEMO.admin, 'GET', '/api/employees?q=iemand@dronten.demo')).json()).toEqual([]);
  });

  test('PATCH changes only the fields sent', async () => {
    const someone = await createEmployee(t, ['second_line'], t.team('Wmo').id);
    const current = (await t.call(DEMO.admin, 'GET', `/api/employees/${someone.id}`)).json();
    const renamed = await t.call(DEMO.admin, 'PATCH', `/api/employees/${someone.id}`, { name: 'Andere Naam' });
    expect(renamed.statusCode).toBe(200);
    expect(renamed.json()).toEqual({ ...current, name: 'Andere Naam' });
    const roles = (await t.call(DEMO.admin, 'PATCH', `/api/employees/${someone.id}`, { roles: ['team_lead', 'second_line'] })).json();
    expect(roles).toEqual({ ...current, name: 'Andere Naam', roles: ['team_lead', 'second_line'] });
    const noTeam = (await t.call(DEMO.admin, 'PATCH', `/api/employees/${someone.id}`, { teamId: null })).json();
    expect(noTeam).toEqual({ ...current, name: 'Andere Naam', roles: ['team_lead', 'second_line'], teamId: null });
  });

  test('PATCH of an unknown employee is 404', async () => {
    expectError(await t.call(DEMO.admin, 'PATCH', `/api/employees/${UNKNOWN_ID}`, { name: 'Niemand' }), 404, 'not_found');
  });

  test('an administrator cannot deactivate themself or remove their own admin role', async () => {
    const admin = await t.employee(DEMO.admin);
    const off = await t.call(DEMO.admin, 'PATCH', `/api/employees/${admin.id}`, { active: false });
    expect(expectError(off, 409).message).toContain('eigen account niet uitzetten');
    const demote = await t.call(DEMO.admin, 'PATCH', `/api/employees/${admin.id}`, { roles: ['kcc'] });
    expect(expectError(demote, 409).message).toContain('eigen beheerdersrol niet weghalen');
    const still = (await t.call(DEMO.admin, 'GET', `/api/employees/${admin.id}`)).json();
    expect(still).toMatchObject({ active: true, roles: ['admin'] });
    // Adding a role to yourself is fine.
    const more = await t.call(DEMO.admin, 'PATCH', `/api/employees/${admin.id}`, { roles: ['admin', 'kcc'] });
    expect(more.statusCode).toBe(200);
    expect(more.json().roles).toEqual(['admin', 'kcc']);
    expect((await t.call(DEMO.admin, 'PATCH', `/api/employees/${admin.id}`, { roles: ['admin'] })).statusCode).toBe(200);
  });

  test('another administrator can take the admin role away; the change applies to the next request', async () => {
    const other = await createEmployee(t, ['admin'], null);
    expect((await t.call(other.email, 'GET', '/api/audit')).statusCode).toBe(200);
    const demote = await t.call(DEMO.admin, 'PATCH', `/api/employees/${other.id}`, { roles: ['kcc'] });
    expect(demote.statusCode).toBe(200);
    expectError(await t.call(other.email, 'GET', '/api/audit'), 403, 'forbidden');
  });

  test('deactivating an employee ends their sessions and they cannot log in again', async () => {
    const someone = await createEmployee(t, ['second_line'], t.team('Burgerzaken').id);
    expect((await t.call(someone.email, 'GET', '/api/auth/me')).statusCode).toBe(200);
    const off = await t.call(DEMO.admin, 'PATCH', `/api/employees/${someone.id}`, { active: false });
    expect(off.statusCode).toBe(200);
    expect(off.json().active).toBe(false);
    expectError(await t.call(someone.email, 'GET', '/api/auth/me'), 401, 'unauthenticated');
    const login = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: someone.email, password: TEST_PASSWORD } });
    expectError(login, 401, 'invalid_credentials');
    // Switched back on, a fresh login works again.
    await t.call(DEMO.admin, 'PATCH', `/api/employees/${someone.id}`, { active: true });
    const again = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: someone.email, password: TEST_PASSWORD } });
    expect(again.statusCode).toBe(200);
  });

  test('a new password ends the old sessions', async () => {
    const someone = await createEmployee(t, ['kcc'], null);
    const cookie = await t.login(someone.email, TEST_PASSWORD);
    const reset = await t.call(DEMO.admin, 'PATCH', `/api/employees/${someone.id}`, { password: 'een-heel-nieuw-wachtwoord' });
    expect(reset.statusCode).toBe(200);
    const me = await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } });
    expect(me.statusCode).toBe(401);
  });

  test.each(NON_ADMINS)('%s cannot create or change an employee (403)', async (_role, as) => {
    expectError(await t.call(as, 'POST', '/api/employees', { name: 'X', email: `${unique('x').replace(/\W/g, '')}@x.nl`, roles: ['admin'] }), 403, 'forbidden');
    const self = await t.employee(as);
    expectError(await t.call(as, 'PATCH', `/api/employees/${self.id}`, { roles: ['admin'] }), 403, 'forbidden');
    expect((await t.employee(as)).roles).not.toContain('admin');
  });

  test('employee changes are audited without the password', async () => {
    const someone = await createEmployee(t, ['kcc'], null);
    await t.call(DEMO.admin, 'PATCH', `/api/employees/${someone.id}`, { password: 'nog-een-ander-wachtwoord', name: 'Gewijzigd' });
    const events = (await t.call(DEMO.admin, 'GET', '/api/audit?entityType=employee&limit=200')).json().items as {
      action: string;
      entityId: string;
      detail: Record<string, unknown>;
    }[];
    const mine = events.filter((e) => e.entityId === someone.id && (e.action === 'create' || e.action === 'update'));
    expect(mine.map((e) => e.action).sort()).toEqual(['create', 'update']);
    const text = JSON.stringify(mine);
    expect(text).not.toContain(TEST_PASSWORD);
    expect(text).not.toContain('nog-een-ander-wachtwoord');
    expect(mine.find((e) => e.action === 'update')!.detail).toMatchObject({ name: 'Gewijzigd', passwordSet: true });
  });
});
