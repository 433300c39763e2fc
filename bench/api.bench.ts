// API benchmark on loopback (autocannon), against a running Helder server process on the database
// in DATABASE_URL (load it first with apps/server/src/demo/cli.ts). Prints latency percentiles,
// throughput, errors and the server's peak memory (RSS).
//   DATABASE_URL=postgresql://postgres@127.0.0.1:5432/helder_bench npx tsx bench/api.bench.ts
import autocannon from 'autocannon';
import { paced } from './paced.js';
import { percentile, startBenchServer } from './server.js';

const seconds = Number(process.env.BENCH_SECONDS ?? 30);
const server = await startBenchServer();
const { base, login, rssMb } = server;

function report(name: string, latencies: number[], seconds: number, statuses: Map<number, number>, errors: number) {
  const sorted = [...latencies].sort((a, b) => a - b);
  const line = {
    name,
    requests: sorted.length,
    perSecond: Math.round(sorted.length / seconds),
    p50: percentile(sorted, 50).toFixed(1),
    p95: percentile(sorted, 95).toFixed(1),
    p99: percentile(sorted, 99).toFixed(1),
    max: (sorted[sorted.length - 1] ?? NaN).toFixed(1),
    statuses: Object.fromEntries(statuses),
    errors,
  };
  console.log(JSON.stringify(line));
  return line;
}

/** Evenly spaced requests at a fixed rate: the latency a user sees at that load. */
async function steady(name: string, options: { url: string; rate: number; method?: string; headers?: Record<string, string>; body?: string }) {
  const result = await paced({ ...options, seconds });
  return report(`${name} (paced, ${options.rate} req/s)`, result.latencies, seconds, result.statuses, result.errors);
}

/** autocannon with closed-loop connections: the most the server does per second. */
async function saturate(name: string, options: autocannon.Options) {
  const times: number[] = [];
  const statuses = new Map<number, number>();
  const instance = autocannon({ ...options, duration: seconds });
  instance.on('response', (_client, statusCode, _bytes, responseTime) => {
    times.push(responseTime);
    statuses.set(statusCode, (statuses.get(statusCode) ?? 0) + 1);
  });
  const result = await instance;
  return report(`${name} (autocannon, ${options.connections} connections)`, times, seconds, statuses, result.errors + result.timeouts);
}

try {
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
  const post = { method: 'POST', headers: { cookie: kcc, 'content-type': 'application/json' }, body: contact };
  // Warm up (connections, JIT) before measuring, as a server in use is warm.
  await paced({ url: `${base}/api/contacts`, rate: 100, seconds: 5, ...post });
  await paced({ url: `${base}/api/callback-requests?teamId=${me.teamId}&status=open,in_progress&limit=25`, rate: 100, seconds: 3, headers: { cookie: secondLine } });
  const inbox = `${base}/api/callback-requests?teamId=${me.teamId}&status=open,in_progress&limit=25`;
  await steady('register contact', { url: `${base}/api/contacts`, rate: 200, ...post });
  await steady('second-line inbox (team, open, by deadline, first page)', { url: inbox, rate: 100, headers: { cookie: secondLine } });
  await steady('team requests of every status, first page by deadline', { url: `${base}/api/callback-requests?teamId=${me.teamId}&limit=25`, rate: 100, headers: { cookie: secondLine } });
  await steady('contacts, newest first, first page', { url: `${base}/api/contacts?limit=25`, rate: 100, headers: { cookie: kcc } });
  await steady('contacts search, a common word ("paspoort")', { url: `${base}/api/contacts?q=paspoort&limit=25`, rate: 20, headers: { cookie: kcc } });
  await steady('contacts search, a word that does not occur ("noodpaspoort")', { url: `${base}/api/contacts?q=noodpaspoort&limit=25`, rate: 20, headers: { cookie: kcc } });
  await steady('contacts search, two words ("klacht persvraag", 1,500 matches)', { url: `${base}/api/contacts?q=klacht%20persvraag&limit=25`, rate: 20, headers: { cookie: kcc } });
  await saturate('register contact, as fast as it goes', { url: `${base}/api/contacts`, ...post, connections: 10 });
  await saturate('second-line inbox, as fast as it goes', { url: inbox, headers: { cookie: secondLine }, connections: 10 });
  console.log(JSON.stringify({ name: 'server memory', peakRssMb: Math.round(server.peakRssMb()) }));
} finally {
  server.stop();
}
