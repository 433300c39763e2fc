// How long a refused login takes, per reason: an unknown address, an account that only logs in
// through OIDC (no password), and a wrong password. All three must take about the same time (one
// argon2 verification each), so the answer's timing does not tell which addresses have accounts.
// Run: npx tsx bench/login-refusal.bench.ts   (in-memory PGlite with the demo organisation)
import { buildApp } from '../apps/server/src/app.js';
import { loadConfig } from '../apps/server/src/config.js';
import { migrateDatabase, openPglite } from '../apps/server/src/db/client.js';
import { seedDemo } from '../apps/server/src/demo/seed.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 60);
const database = await openPglite();
await migrateDatabase(database);
await seedDemo(database.db, { contacts: 0 });
const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', HELDER_DEMO: 'off' });
const { app } = await buildApp({ database, config, logger: false, webDist: '/nonexistent', throttle: { freeAttempts: 1_000_000, maxPerIp: 1_000_000 } });
const admin = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'beheer@dronten.demo', password: 'helder-demo' } });
const cookie = `helder_session=${admin.cookies.find((c) => c.name === 'helder_session')!.value}`;
await app.inject({ method: 'POST', url: '/api/employees', headers: { cookie }, payload: { name: 'Alleen OIDC', email: 'oidc.bench@dronten.demo', roles: ['kcc'] } });

const cases: [string, string][] = [
  ['unknown address', 'niemand@dronten.demo'],
  ['OIDC-only account', 'oidc.bench@dronten.demo'],
  ['wrong password', 'kcc@dronten.demo'],
];
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
const times = new Map<string, number[]>(cases.map(([name]) => [name, []]));
for (let round = 0; round < ROUNDS; round += 1) {
  for (const [name, email] of cases) {
    const started = performance.now();
    const response = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password: 'verkeerd-wachtwoord' }, remoteAddress: `10.0.${round % 250}.${name.length}` });
    if (response.statusCode !== 401) throw new Error(`${name}: ${response.statusCode}`);
    times.get(name)!.push(performance.now() - started);
  }
}
console.log(`refused logins, ${ROUNDS} rounds (ms)`);
for (const [name, values] of times) {
  const sorted = [...values].sort((a, b) => a - b);
  console.log(`${name.padEnd(20)} p50 ${percentile(sorted, 50).toFixed(1)}  p90 ${percentile(sorted, 90).toFixed(1)}`);
}
await app.close();
await database.close();
