// API benchmark on loopback (autocannon), against a running Helder server process on the database
// in DATABASE_URL (load it first with apps/server/src/demo/cli.ts). Prints latency percentiles,
// throughput, errors and the server's peak memory (RSS).
//   DATABASE_URL=postgresql://postgres@127.0.0.1:5432/helder_bench npx tsx bench/api.bench.ts
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) {
  console.error('Set DATABASE_URL to a database loaded with apps/server/src/demo/cli.ts');
  process.exit(2);
}
const seconds = Number(process.env.BENCH_SECONDS ?? 30);
const port = 43000 + Math.floor(Math.random() * 1000);
const base = `http://127.0.0.1:${port}`;
const main = fileURLToPath(new URL('../apps/server/src/main.ts', import.meta.url));

const server = spawn(process.execPath, ['--import', 'tsx', main], {
  env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', HELDER_DEMO: 'off', LOG_LEVEL: 'warn', NODE_ENV: 'development' },
  stdio: ['ignore', 'inherit', 'inherit'],
});

function rssMb(): number {
  const status = readFileSync(`/proc/${server.pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}
let peakRss = 0;
const sampler = setInterval(() => {
  try {
    peakRss = Math.max(peakRss, rssMb());
  } catch {
    // the process is gone
  }
}, 200);

async function waitHealthy() {
  for (let i = 0; i < 300; i += 1) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {
      // starting
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('server did not start');
}

async function login(email: string): Promise<string> {
  const response = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: 'helder-demo' }),
  });
  if (!response.ok) throw new Error(`login ${email}: ${response.status}`);
  return response.headers.get('set-cookie')!.split(';')[0]!;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

async function run(name: string, options: autocannon.Options) {
  const times: number[] = [];
  const statuses = new Map<number, number>();
  const instance = autocannon({ ...options, duration: seconds });
  instance.on('response', (_client, statusCode, _bytes, responseTime) => {
    times.push(responseTime);
    statuses.set(statusCode, (statuses.get(statusCode) ?? 0) + 1);
  });
  const result = await instance;
  times.sort((a, b) => a - b);
  const line = {
    name,
    requests: times.length,
    perSecond: Math.round(times.length / seconds),
    p50: percentile(times, 50).toFixed(1),
    p95: percentile(times, 95).toFixed(1),
    p99: percentile(times, 99).toFixed(1),
    max: (times[times.length - 1] ?? NaN).toFixed(1),
    statuses: Object.fromEntries(statuses),
    errors: result.errors + result.timeouts,
  };
  console.log(JSON.stringify(line));
  return line;
}

try {
  await waitHealthy();
  const kcc = await login('kcc@dronten.demo');
  const secondLine = await login('tweedelijn@dronten.demo');
  const me = await (await fetch(`${base}/api/auth/me`, { headers: { cookie: secondLine } })).json();
  const counts = await (await fetch(`${base}/api/callback-requests/summary?teamId=${me.teamId}`, { headers: { cookie: secondLine } })).json();
  console.log(`server up; team Burgerzaken open requests: ${JSON.stringify(counts)}; rss ${rssMb().toFixed(0)} MB`);

  const contact = JSON.stringify({
    channel: 'phone',
    subject: 'Vraag over paspoort',
    summary: 'Klant wil weten hoe lang het duurt.',
    resolution: 'first_line',
    customer: { name: 'J. de Vries', phone: '0612345678' },
  });
  await run('register contact, 200 req/s', {
    url: `${base}/api/contacts`,
    method: 'POST',
    headers: { cookie: kcc, 'content-type': 'application/json' },
    body: contact,
    connections: 20,
    overallRate: 200,
  });
  const inbox = `${base}/api/callback-requests?teamId=${me.teamId}&status=open,in_progress&limit=25`;
  await run('second-line inbox (team, open, by deadline), 100 req/s', { url: inbox, headers: { cookie: secondLine }, connections: 10, overallRate: 100 });
  await run('second-line inbox, as fast as it goes (10 connections)', { url: inbox, headers: { cookie: secondLine }, connections: 10 });
  await run('team requests of every status, first page by deadline, 100 req/s', {
    url: `${base}/api/callback-requests?teamId=${me.teamId}&limit=25`,
    headers: { cookie: secondLine },
    connections: 10,
    overallRate: 100,
  });
  await run('contacts search "paspoort", first page, 50 req/s', {
    url: `${base}/api/contacts?q=paspoort&limit=25`,
    headers: { cookie: kcc },
    connections: 5,
    overallRate: 50,
  });
  console.log(JSON.stringify({ name: 'server memory', peakRssMb: Math.round(peakRss) }));
} finally {
  clearInterval(sampler);
  server.kill('SIGTERM');
}
