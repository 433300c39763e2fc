// DATABASE_READ_URL: the dashboards, public figures and reports (KpiService) read from a replica;
// everything else, and every write, goes to the primary. Here the "replica" is a database of its
// own that nothing replicates to, so where each answer comes from shows.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildApp } from '../../src/app.js';
import { ConfigError, loadConfig } from '../../src/config.js';
import { type Database, rowsOf, withReadReplica } from '../../src/db/client.js';
import { DEMO, openTestDatabase, PASSWORD, testConfig } from '../support/app.js';
import { insertContact } from '../support/kpi-fixtures.js';

if (process.env.DATABASE_URL) {
  describe('a read replica on PostgreSQL', () => {
    let primary: Database;
    let replica: Database;
    let app: Awaited<ReturnType<typeof buildApp>>['app'];
    let cookie: string;
    beforeAll(async () => {
      primary = await openTestDatabase();
      replica = await openTestDatabase();
      ({ app } = await buildApp({ database: withReadReplica(primary, replica), config: testConfig(), logger: false }));
      const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: DEMO.admin, password: PASSWORD } });
      cookie = `helder_session=${login.cookies.find((c) => c.name === 'helder_session')!.value}`;
    });
    afterAll(async () => {
      await app?.close();
      await Promise.all([primary?.close(), replica?.close()]);
    });

    const firstLineShare = async () => {
      const response = await app.inject({ method: 'GET', url: '/api/kpis?from=2026-02-01&to=2026-02-28', headers: { cookie } });
      expect(response.statusCode, response.body).toBe(200);
      return (response.json() as { id: string; numerator: number; denominator: number }[]).find((k) => k.id === 'contacts.first_line_share')!;
    };

    test('the figures come from the replica; contacts are written to and read from the primary', async () => {
      const team = (await app.inject({ method: 'GET', url: '/api/teams', headers: { cookie } })).json() as { items?: { id: string }[] } | { id: string }[];
      const teamId = (Array.isArray(team) ? team : team.items!)[0]!.id;
      // Only the replica holds these three contacts of February 2026.
      for (const resolution of ['first_line', 'first_line', 'handed_over']) await insertContact(replica.db, '2026-02-10', 'phone', resolution, teamId);
      expect(await firstLineShare()).toMatchObject({ numerator: 2, denominator: 3 });

      // A contact registered through the API lands on the primary: readable there at once, and
      // absent from the figures until the replica has it.
      const created = await app.inject({ method: 'POST', url: '/api/contacts', headers: { cookie }, payload: { channel: 'phone', subject: 'Op de primaire database', resolution: 'first_line' } });
      expect(created.statusCode, created.body).toBe(201);
      expect((await app.inject({ method: 'GET', url: `/api/contacts/${created.json().id}`, headers: { cookie } })).statusCode).toBe(200);
      const onReplica = rowsOf<{ n: number }>(await replica.db.execute(sql`select count(*)::int as n from contacts where subject = 'Op de primaire database'`));
      expect(onReplica[0]!.n).toBe(0);
    });
  });
} else {
  describe('a read replica on the embedded database', () => {
    test('is refused with a clear message: the embedded database has no replicas', () => {
      expect(() => loadConfig({ DATABASE_READ_URL: 'postgresql://replica/helder' })).toThrow(ConfigError);
      expect(() => loadConfig({ DATABASE_READ_URL: 'postgresql://replica/helder' })).toThrow(/needs DATABASE_URL/);
      expect(loadConfig({ DATABASE_URL: 'postgresql://p/h', DATABASE_READ_URL: 'postgresql://r/h' }).databaseReadUrl).toBe('postgresql://r/h');
    });
  });
}
