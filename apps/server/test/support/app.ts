// A Helder server for one test file: its own database cloned from the run's template, the real
// Fastify app, and helpers to log in as the demo accounts.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { inject } from 'vitest';
import { buildApp } from '../../src/app.js';
import type { ThrottleOptions } from '../../src/auth/throttle.js';
import { type Clock, systemClock } from '../../src/clock.js';
import { type Config, loadConfig } from '../../src/config.js';
import { type Database, openPglite, openPostgres } from '../../src/db/client.js';
import { databaseUrlWith, testRunId } from './global-setup.js';

/** A test database; `url` (PostgreSQL only) lets a second instance open its own connections to it. */
export async function openTestDatabase(): Promise<Database & { url?: string }> {
  const postgresTemplate = inject('postgresTemplate');
  if (postgresTemplate) {
    const adminUrl = process.env.DATABASE_URL!;
    // Named after the run (its template's process id), so a run cleans up only its own databases.
    const name = `helder_t_${testRunId(postgresTemplate)}_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`create database ${name} template ${postgresTemplate}`);
    const database = await openPostgres(databaseUrlWith(adminUrl, name), { max: 5 });
    return {
      ...database,
      url: databaseUrlWith(adminUrl, name),
      async close() {
        await database.close();
        await admin.query(`drop database if exists ${name} with (force)`);
        await admin.end();
      },
    };
  }
  const dump = readFileSync(inject('pgliteTemplate'));
  return openPglite({ loadDataDir: new Blob([dump]) });
}

export function testConfig(overrides: Partial<Config> = {}): Config {
  return { ...loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', HELDER_DEMO: 'off' }), ...overrides };
}

export const DEMO = {
  kcc: 'kcc@dronten.demo',
  secondLine: 'tweedelijn@dronten.demo',
  teamLead: 'teamleider@dronten.demo',
  admin: 'beheer@dronten.demo',
  editor: 'redacteur@dronten.demo',
} as const;
export const PASSWORD = 'helder-demo';

export type TestApp = Awaited<ReturnType<typeof createTestApp>>;

export async function createTestApp(options: { clock?: Clock; config?: Partial<Config>; throttle?: Partial<ThrottleOptions> } = {}) {
  const database = await openTestDatabase();
  const { app, services } = await buildApp({
    database,
    config: testConfig(options.config),
    clock: options.clock ?? systemClock,
    throttle: options.throttle ?? { freeAttempts: 1000, maxPerIp: 1000 },
    logger: false,
  });
  const cookies = new Map<string, string>();

  /** The session cookie of a demo account (logged in once per test file). */
  async function login(email: string, password = PASSWORD): Promise<string> {
    const cached = cookies.get(email);
    if (cached) return cached;
    const response = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password } });
    if (response.statusCode !== 200) throw new Error(`login ${email} failed: ${response.statusCode} ${response.body}`);
    const cookie = response.cookies.find((c) => c.name === 'helder_session')!;
    const header = `helder_session=${cookie.value}`;
    cookies.set(email, header);
    return header;
  }

  /** An API call as this demo account; `as: null` calls without a session. */
  async function call(as: string | null, method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, payload?: unknown, headers: Record<string, string> = {}) {
    const cookie = as ? await login(as) : undefined;
    return app.inject({
      method,
      url,
      ...(payload === undefined ? {} : { payload: payload as object }),
      headers: { ...(cookie ? { cookie } : {}), ...headers },
    });
  }

  const teams = await services.organisation.listTeams({});
  const team = (name: string) => {
    const found = teams.find((t) => t.name === name);
    if (!found) throw new Error(`no team ${name}`);
    return found;
  };
  const products = await services.organisation.listProducts({});
  const product = (name: string) => products.find((p) => p.name === name)!;
  const employee = async (email: string) => (await services.auth.findEmployeeByEmail(email))!;

  /**
   * Another Helder instance on the same database, as behind a load balancer: on PostgreSQL with
   * its own connection pool, on PGlite (one process only) sharing the one embedded database.
   */
  async function secondInstance(config: Partial<Config> = {}) {
    const second = database.url ? await openPostgres(database.url, { max: 5 }) : { ...database, close: async () => {} };
    const built = await buildApp({
      database: second,
      config: testConfig({ ...options.config, ...config }),
      clock: options.clock ?? systemClock,
      throttle: options.throttle ?? { freeAttempts: 1000, maxPerIp: 1000 },
      logger: false,
    });
    return {
      app: built.app,
      async close() {
        await built.app.close();
        await second.close();
      },
    };
  }

  return {
    app,
    services,
    database,
    secondInstance,
    login,
    call,
    team,
    product,
    employee,
    async close() {
      await app.close();
      await database.close();
    },
  };
}
