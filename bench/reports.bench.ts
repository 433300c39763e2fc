// Residents' reports under load: POST /api/public/reports on loopback against PostgreSQL.
// Creates (or reuses) the database helder_bench_reports, migrates it, loads the Dronten demo into
// it when empty, starts a Helder server process with TRUST_PROXY=true (so X-Forwarded-For names
// the resident: many simulated addresses, each under its hourly limit) and then measures
//   (a) 500 reports per second, paced (open loop, see paced.ts), for BENCH_SECONDS: a third
//       anonymous, a third with an e-mail address (writes a confirmation into the outbox), a third
//       with a phone number; a quarter with an Idempotency-Key and some sent twice (a double
//       click). The bar: p99 under 50 ms and every answer 201.
//   (b) abuse: one address sending 50 per second beside 200 per second of ordinary residents:
//       that address gets its 20 reports and then 429s, nobody else notices;
//   (c) capacity: paced steps of BENCH_STEP_SECONDS above the rate while the bar holds (below it
//       until the bar holds, if it was missed), and autocannon (closed loop) for the most the
//       server does per second.
// CPU per phase is reported for the server process, the PostgreSQL backends of this database and
// this process, beside how busy the whole machine was: other work on the machine shows there.
//   npx tsx bench/reports.bench.ts
// Settings (environment): DATABASE_URL (default below), BENCH_SECONDS (20), BENCH_RATE (500),
// BENCH_CONTACTS (size of the demo history when the database is loaded, 60000),
// BENCH_STEP_SECONDS (10), BENCH_CONNECTIONS (10), BENCH_CPU_PROF=dir (server CPU profile).
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import pg from 'pg';
import { migrateDatabase, openPostgres } from '../apps/server/src/db/client.js';
import { isEmpty, seedDemo } from '../apps/server/src/demo/seed.js';
import { percentile } from './server.js';

const DATABASE_URL = process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/helder_bench_reports';
const seconds = Number(process.env.BENCH_SECONDS ?? 20);
const rate = Number(process.env.BENCH_RATE ?? 500);
const stepSeconds = Number(process.env.BENCH_STEP_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);
const demoContacts = Number(process.env.BENCH_CONTACTS ?? 60_000);
const cpuProfileDir = process.env.BENCH_CPU_PROF;
const BAR_P99_MS = 50;
/** Reports per simulated address in the ordinary traffic: well under the limit of 20 an hour. */
const PER_ADDRESS = 5;
/** Keys are kept for a day: a new prefix per run, so a second run creates instead of replaying. */
const RUN = Date.now().toString(36);

// ---------------------------------------------------------------------------------------------
// The database: create, migrate, load the demo organisation (and its history) when empty.

async function prepareDatabase() {
  const url = new URL(DATABASE_URL);
  const name = decodeURIComponent(url.pathname.slice(1));
  const adminUrl = new URL(DATABASE_URL);
  adminUrl.pathname = '/postgres';
  const admin = new pg.Client({ connectionString: adminUrl.toString() });
  await admin.connect();
  const exists = await admin.query('select 1 from pg_database where datname = $1', [name]);
  if (!exists.rowCount) {
    await admin.query(`create database "${name.replaceAll('"', '""')}"`);
    console.log(`created database ${name}`);
  }
  await admin.end();
  const database = await openPostgres(DATABASE_URL, { max: 2 });
  await migrateDatabase(database);
  if (await isEmpty(database.db)) {
    const started = Date.now();
    const result = await seedDemo(database.db, { contacts: demoContacts, log: (m) => console.log(`  ${m}`) });
    console.log(`loaded the demo: ${result.contacts} contacts, ${result.callbacks} callback requests in ${Math.round((Date.now() - started) / 1000)} s`);
  }
  await database.close();
}

/** A few figures straight from the database (a separate connection, not the server's pool). */
async function withSql<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: DATABASE_URL });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

// ---------------------------------------------------------------------------------------------
// CPU accounting per phase: the whole machine, the server process, PostgreSQL, this process.

const TICK_MS = 10; // USER_HZ = 100 on Linux
function ticksOf(pid: number | string): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return Number(fields[11]) + Number(fields[12]); // utime + stime
}
/** CPU ticks of the PostgreSQL backends serving this database (the cluster is shared with tests). */
async function backendTicks(): Promise<Map<number, number>> {
  const pids = await withSql(async (c) => (await c.query('select pid from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()')).rows.map((r: { pid: number }) => r.pid));
  const ticks = new Map<number, number>();
  for (const pid of pids) {
    try {
      ticks.set(pid, ticksOf(pid));
    } catch {
      // gone
    }
  }
  return ticks;
}
function machineTicks(): { busy: number; total: number } {
  const cpu = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
  const total = cpu.reduce((a, b) => a + b, 0);
  const idle = cpu[3]! + cpu[4]!;
  return { busy: total - idle, total };
}
/**
 * CPU used during a phase, in % of one core: the server process, the PostgreSQL backends of this
 * database, this process (the load), and how busy the whole machine was (other work included).
 */
async function cpuMeter(serverPid: number) {
  const take = async () => ({ at: performance.now(), machine: machineTicks(), server: ticksOf(serverPid), backends: await backendTicks(), bench: process.cpuUsage() });
  const loadAverage = Number(readFileSync('/proc/loadavg', 'utf8').split(' ')[0]);
  const start = await take();
  return async (requests: number) => {
    const end = await take();
    const wallMs = end.at - start.at;
    let backends = 0;
    for (const [pid, ticks] of end.backends) backends += ticks - (start.backends.get(pid) ?? 0);
    const share = (ticks: number) => Math.round(((ticks * TICK_MS) / wallMs) * 100);
    const benchMs = (end.bench.user + end.bench.system - start.bench.user - start.bench.system) / 1000;
    return {
      loadAverageBefore: loadAverage,
      machineBusyPct: Math.round(((end.machine.busy - start.machine.busy) / (end.machine.total - start.machine.total)) * 100),
      serverCorePct: share(end.server - start.server),
      postgresCorePct: share(backends),
      benchCorePct: Math.round((benchMs / wallMs) * 100),
      serverCpuMsPerRequest: Math.round((((end.server - start.server) * TICK_MS) / requests) * 100) / 100,
      postgresCpuMsPerRequest: Math.round(((backends * TICK_MS) / requests) * 100) / 100,
    };
  };
}

// ---------------------------------------------------------------------------------------------
// The server: a child process like bench/server.ts, but trusting X-Forwarded-For.

async function startServer() {
  const port = 44000 + Math.floor(Math.random() * 1000);
  const base = `http://127.0.0.1:${port}`;
  const main = fileURLToPath(new URL('../apps/server/src/main.ts', import.meta.url));
  const flags = cpuProfileDir ? ['--cpu-prof', `--cpu-prof-dir=${cpuProfileDir}`] : [];
  const server = spawn(process.execPath, [...flags, '--import', 'tsx', main], {
    env: {
      ...process.env,
      DATABASE_URL,
      TRUST_PROXY: 'true',
      PORT: String(port),
      HOST: '127.0.0.1',
      HELDER_DEMO: 'off',
      LOG_LEVEL: 'warn',
      NODE_ENV: 'development',
      PUBLIC_BASE_URL: 'https://helder.dronten.demo',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const rssMb = () => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${server.pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
  let peakRss = 0;
  const sampler = setInterval(() => {
    try {
      peakRss = Math.max(peakRss, rssMb());
    } catch {
      // the process is gone
    }
  }, 200);
  for (let i = 0; ; i += 1) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) break;
    } catch {
      // starting
    }
    if (i > 300) throw new Error('server did not start');
    await new Promise((r) => setTimeout(r, 200));
  }
  const exited = new Promise<void>((resolve) => server.once('exit', () => resolve()));
  return {
    base,
    pid: server.pid!,
    peakRssMb: () => peakRss,
    async stop() {
      clearInterval(sampler);
      server.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 15_000))]);
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Requests: a realistic mix of reports, each from a simulated address.

interface Shot {
  headers: Record<string, string>;
  body: string;
  /** The index of the request this one repeats (same key, same body: a double click). */
  repeatOf?: number;
}

const CATEGORIES = ['not_called_back', 'unclear_letter', 'conflicting_answers', 'treatment', 'other'] as const;
const DESCRIPTIONS = [
  'Ik zou binnen twee werkdagen worden teruggebeld over mijn paspoort, maar niemand heeft gebeld.',
  'In de brief over de aanslag staat een bedrag dat ik niet begrijp en er staat niet wie ik kan bellen.',
  'De ene medewerker zei dat ik een vergunning nodig heb, de andere zei van niet. Wat klopt er?',
  'Aan de balie werd ik niet netjes behandeld toen ik vroeg waarom mijn aanvraag zo lang duurt.',
  'Ik heb drie keer dezelfde vraag gesteld over de Wmo en nog steeds geen duidelijk antwoord gekregen.',
  'De e-mail over mijn afspraak noemde een andere datum dan de brief die ik een dag later kreeg.',
];
const FIRST = ['Anna', 'Bram', 'Chantal', 'Daan', 'Esra', 'Fleur', 'Gert', 'Hanneke', 'Ismail', 'Joke'];
const LAST = ['de Vries', 'Jansen', 'Bakker', 'Visser', 'Smit', 'Meijer', 'de Boer', 'Mulder', 'Yilmaz', 'Bos'];

/** An address per phase (first octet) and resident: 10.x.y.z in phase 0, 11.x.y.z in phase 1, ... */
function address(phase: number, resident: number): string {
  return `${10 + phase}.${(resident >> 16) & 255}.${(resident >> 8) & 255}.${resident & 255}`;
}

function daysAgo(n: number): string {
  return new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);
}

function reportShot(phase: number, i: number, teamIds: string[], residentOf: (i: number) => number = (n) => Math.floor(n / PER_ADDRESS)): Shot {
  // Every 40th request (from the same address) repeats the one before it, which has a key.
  if (i % 40 === 1) return { ...reportShot(phase, i - 1, teamIds, residentOf), repeatOf: i - 1 };
  const body: Record<string, unknown> = {
    category: CATEGORIES[i % CATEGORIES.length],
    description: `${DESCRIPTIONS[i % DESCRIPTIONS.length]} (${RUN}-${phase}-${i})`,
  };
  if (i % 2 === 0) body.occurredOn = daysAgo(1 + (i % 30)); // after midnight UTC, still "not in the future" in Amsterdam
  if (i % 7 === 0) body.teamId = teamIds[i % teamIds.length];
  const name = `${FIRST[i % FIRST.length]} ${LAST[(i >> 3) % LAST.length]}`;
  switch (i % 3) {
    case 0: // anonymous
      break;
    case 1: // with an e-mail address: also a confirmation in the outbox
      Object.assign(body, { name, email: `bewoner.${RUN}.${phase}.${i}@example.nl`, consent: true });
      break;
    case 2: // with a phone number, sometimes without a name
      Object.assign(body, { ...(i % 4 === 2 ? {} : { name }), phone: `06${String(10_000_000 + ((i * 7919) % 89_999_999)).padStart(8, '0')}`, consent: true });
      break;
  }
  const headers: Record<string, string> = { 'content-type': 'application/json', 'x-forwarded-for': address(phase, residentOf(i)) };
  if (i % 4 === 0) headers['idempotency-key'] = `bench-${RUN}-${phase}-${i}`;
  return { headers, body: JSON.stringify(body) };
}

// ---------------------------------------------------------------------------------------------
// The paced (open-loop) sender of paced.ts, with a different request each time: each latency
// counts from the moment the request was due to leave.

interface Outcome {
  latencies: number[];
  statuses: Map<number, number>;
  errors: number;
  /** Per request in the order sent: status (0 for a failure) and, where asked, the body. */
  perRequest: { status: number; ms: number; body?: string }[];
  seconds: number;
  /** From the first request due to the last answer: longer than `seconds` when a queue built up. */
  wallSeconds: number;
}

async function pacedShots(base: string, options: { rate: number; seconds: number; shot: (i: number) => Shot; keepBody?: (i: number) => boolean }): Promise<Outcome> {
  const agent = new Agent({ keepAlive: true, maxSockets: 512 });
  const url = new URL('/api/public/reports', base);
  const total = Math.round(options.rate * options.seconds);
  const interval = 1000 / options.rate;
  const latencies: number[] = [];
  const statuses = new Map<number, number>();
  const perRequest: Outcome['perRequest'] = new Array(total);
  let errors = 0;
  const start = performance.now() + 50;
  const pending: Promise<void>[] = [];
  const fire = (i: number, due: number) =>
    new Promise<void>((resolve) => {
      const shot = options.shot(i);
      const keep = options.keepBody?.(i) ?? false;
      const chunks: Buffer[] = [];
      const req = request(
        { agent, hostname: url.hostname, port: url.port, path: url.pathname, method: 'POST', headers: { ...shot.headers, 'content-length': String(Buffer.byteLength(shot.body)) } },
        (res) => {
          if (keep) res.on('data', (c: Buffer) => chunks.push(c));
          else res.resume();
          res.on('end', () => {
            const ms = performance.now() - due;
            const status = res.statusCode ?? 0;
            latencies.push(ms);
            statuses.set(status, (statuses.get(status) ?? 0) + 1);
            perRequest[i] = { status, ms, ...(keep ? { body: Buffer.concat(chunks).toString('utf8') } : {}) };
            resolve();
          });
        },
      );
      req.on('error', () => {
        errors += 1;
        perRequest[i] = { status: 0, ms: performance.now() - due };
        resolve();
      });
      req.end(shot.body);
    });
  for (let i = 0; i < total; i += 1) {
    const due = start + i * interval;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((r) => setTimeout(r, wait));
    pending.push(fire(i, due));
  }
  await Promise.all(pending);
  const wallSeconds = (performance.now() - start) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return { latencies, statuses, errors, perRequest, seconds: options.seconds, wallSeconds };
}

interface Line {
  name: string;
  requests: number;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  statuses: Record<string, number>;
  errors: number;
  cpu?: Awaited<ReturnType<Awaited<ReturnType<typeof cpuMeter>>>>;
  [more: string]: unknown;
}

function line(name: string, latencies: number[], seconds: number, statuses: Map<number, number>, errors: number, extra: Record<string, unknown> = {}): Line {
  const sorted = [...latencies].sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 10) / 10;
  const result: Line = {
    name,
    requests: sorted.length,
    perSecond: Math.round(sorted.length / seconds),
    p50: round(percentile(sorted, 50)),
    p95: round(percentile(sorted, 95)),
    p99: round(percentile(sorted, 99)),
    max: round(sorted[sorted.length - 1] ?? NaN),
    statuses: Object.fromEntries([...statuses].sort((a, b) => a[0] - b[0])),
    errors,
    ...extra,
  };
  console.log(JSON.stringify(result));
  return result;
}

// ---------------------------------------------------------------------------------------------

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** Met: p99 under the bar and every request answered 201. */
const meets = (l: Line) => l.p99 < BAR_P99_MS && l.errors === 0 && (l.statuses['201'] ?? 0) === l.requests;

/** One paced phase of ordinary residents, with its CPU use. */
async function pacedPhase(name: string, phase: number, phaseRate: number, phaseSeconds: number, teamIds: string[]) {
  const cpu = await cpuMeter(server.pid);
  const result = await pacedShots(server.base, { rate: phaseRate, seconds: phaseSeconds, shot: (i) => reportShot(phase, i, teamIds) });
  const usage = await cpu(result.perRequest.length);
  return line(name, result.latencies, phaseSeconds, result.statuses, result.errors, { answeredPerSecond: Math.round(result.perRequest.length / result.wallSeconds), cpu: usage });
}

console.log(`database ${DATABASE_URL}; ${rate}/s for ${seconds} s; run ${RUN}`);
await prepareDatabase();
const server = await startServer();
const summary: Line[] = [];
try {
  const teamIds = ((await (await fetch(`${server.base}/api/public/teams`)).json()) as { id: string }[]).map((t) => t.id);
  const before = await withSql(async (c) => ({
    reports: Number((await c.query(`select count(*) from callback_requests where kind = 'report'`)).rows[0].count),
    mails: Number((await c.query('select count(*) from outbox_messages')).rows[0].count),
  }));
  console.log(`server up (pid ${server.pid}); ${teamIds.length} teams; ${before.reports} reports and ${before.mails} mails in the database`);

  // Warm-up (connections, JIT): 5 s at 200/s, addresses of their own.
  await pacedShots(server.base, { rate: 200, seconds: 5, shot: (i) => reportShot(0, i, teamIds) });
  await pause(2000);

  // (a) The bar: `rate` per second for `seconds`.
  {
    const cpu = await cpuMeter(server.pid);
    const startedAt = new Date();
    const result = await pacedShots(server.base, { rate, seconds, shot: (i) => reportShot(1, i, teamIds), keepBody: (i) => i % 40 <= 1 });
    const usage = await cpu(result.perRequest.length);
    // Every double click must have been answered with the reference of the first.
    let repeats = 0;
    let sameReference = 0;
    for (let i = 1; i < result.perRequest.length; i += 40) {
      const first = result.perRequest[i - 1];
      const again = result.perRequest[i];
      if (!first?.body || !again?.body) continue;
      repeats += 1;
      if (first.status === 201 && again.status === 201 && JSON.parse(first.body).reference === JSON.parse(again.body).reference) sameReference += 1;
    }
    // What was written: one report per request except the repeats, one mail per report with an e-mail address.
    const written = await withSql(async (c) => {
      const reports = Number((await c.query(`select count(*) from callback_requests where kind = 'report' and created_at >= $1`, [startedAt])).rows[0].count);
      const mails = Number((await c.query(`select count(*) from outbox_messages where created_at >= $1`, [startedAt])).rows[0].count);
      const waiting = Number((await c.query(`select count(*) from outbox_messages where status in ('pending', 'sending')`)).rows[0].count);
      return { reports, mails, waiting };
    });
    const sent = result.perRequest.length;
    const withEmail = result.perRequest.filter((_, i) => i % 40 !== 1 && i % 3 === 1).length;
    summary.push(line(`(a) ${rate} reports/s, ${Math.ceil(sent / PER_ADDRESS)} addresses, mixed`, result.latencies, seconds, result.statuses, result.errors, {
      answeredPerSecond: Math.round(sent / result.wallSeconds),
      cpu: usage,
      doubleClicks: `${sameReference} of ${repeats} answered with the first reference`,
      written: `${written.reports} reports (expected ${sent - repeats}), ${written.mails} mails (expected ${withEmail})`,
      outboxWaiting: written.waiting,
    }));
  }
  await pause(2000);

  // (b) Abuse: one address at 50/s for 10 s beside 200/s of ordinary residents.
  {
    const abuseSeconds = 10;
    const cpu = await cpuMeter(server.pid);
    const [abuser, residents] = await Promise.all([
      pacedShots(server.base, { rate: 50, seconds: abuseSeconds, shot: (i) => reportShot(2, i, teamIds, () => 1), keepBody: (i) => i === 20 }),
      pacedShots(server.base, { rate: 200, seconds: abuseSeconds, shot: (i) => reportShot(3, i, teamIds) }),
    ]);
    const usage = await cpu(abuser.perRequest.length + residents.perRequest.length);
    const firstRefused = abuser.perRequest.findIndex((r) => r.status === 429);
    const refusals = abuser.perRequest.filter((r) => r.status === 429).map((r) => r.ms).sort((a, b) => a - b);
    summary.push(line('(b) one address at 50/s (abuse)', abuser.latencies, abuseSeconds, abuser.statuses, abuser.errors, {
      firstRefused: firstRefused < 0 ? 'none' : `request ${firstRefused + 1}`,
      accepted: abuser.statuses.get(201) ?? 0,
      refusalP99: Math.round(percentile(refusals, 99) * 10) / 10,
      answerOf429: abuser.perRequest[20]?.body?.slice(0, 200),
    }));
    summary.push(line('(b) meanwhile 200 reports/s from other addresses', residents.latencies, abuseSeconds, residents.statuses, residents.errors, {
      answeredPerSecond: Math.round(residents.perRequest.length / residents.wallSeconds),
      cpu: usage,
    }));
  }
  await pause(2000);

  // (c) The highest paced rate that meets the bar: steps up from `rate` if it was met, down if not.
  {
    const up = meets(summary[0]!);
    const factors = up ? [1.5, 2, 2.5, 3, 4] : [0.8, 0.6, 0.4, 0.2, 0.1];
    for (const [n, factor] of factors.entries()) {
      const step = Math.round(rate * factor);
      const l = await pacedPhase(`(c) paced step ${step} reports/s`, 20 + n, step, stepSeconds, teamIds);
      summary.push(l);
      if (up ? !meets(l) : meets(l)) break;
      await pause(2000);
    }
  }
  await pause(2000);

  // (c) Saturation, closed loop: autocannon with `connections` connections.
  {
    let n = 0;
    const times: number[] = [];
    const statuses = new Map<number, number>();
    const cpu = await cpuMeter(server.pid);
    const instance = autocannon({
      url: `${server.base}/api/public/reports`,
      connections,
      duration: seconds,
      requests: [
        {
          method: 'POST',
          setupRequest: (req: Record<string, unknown>) => {
            const shot = reportShot(9, n++, teamIds);
            return { ...req, headers: shot.headers, body: shot.body };
          },
        },
      ],
    });
    instance.on('response', (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
      times.push(responseTime);
      statuses.set(statusCode, (statuses.get(statusCode) ?? 0) + 1);
    });
    const result = await instance;
    summary.push(line(`(c) as fast as it goes (autocannon, ${connections} connections)`, times, seconds, statuses, result.errors + result.timeouts, { cpu: await cpu(times.length) }));
  }

  const mails = await withSql(async (c) => (await c.query(`select status, count(*)::int as n from outbox_messages group by status order by status`)).rows);
  console.log(JSON.stringify({ name: 'outbox after the run', byStatus: Object.fromEntries(mails.map((r: { status: string; n: number }) => [r.status, r.n])) }));
  console.log(JSON.stringify({ name: 'server memory', peakRssMb: Math.round(server.peakRssMb()) }));
} finally {
  await server.stop();
}

// The summary, and the verdict on the bar.
const pad = (s: string | number | undefined, n: number) => String(s ?? '').padStart(n);
console.log(`\n${'what'.padEnd(56)} ${pad('sent/s', 7)} ${pad('done/s', 7)} ${pad('p50', 7)} ${pad('p95', 7)} ${pad('p99', 7)} ${pad('max', 7)}  statuses`);
for (const l of summary) {
  const done = (l.answeredPerSecond as number | undefined) ?? l.perSecond;
  console.log(`${l.name.padEnd(56).slice(0, 56)} ${pad(l.perSecond, 7)} ${pad(done, 7)} ${pad(l.p50, 7)} ${pad(l.p95, 7)} ${pad(l.p99, 7)} ${pad(l.max, 7)}  ${JSON.stringify(l.statuses)}${l.errors ? ` errors ${l.errors}` : ''}`);
}
const first = summary[0];
if (first) {
  const non201 = first.requests - (first.statuses['201'] ?? 0) + first.errors;
  console.log(`\nbar (${rate}/s, p99 < ${BAR_P99_MS} ms, every answer 201): ${meets(first) ? 'MET' : 'NOT MET'} (p99 ${first.p99} ms, ${non201} other answers or failures)`);
  const abuse = summary.find((l) => l.name.startsWith('(b) one address'));
  const others = summary.find((l) => l.name.startsWith('(b) meanwhile'));
  if (abuse && others) {
    const abuseOk = abuse.accepted === 20 && abuse.requests - 20 === (abuse.statuses['429'] ?? 0) && abuse.errors === 0;
    console.log(`abuse: ${abuseOk ? 'limited as intended' : 'NOT as intended'} (first 429 at ${abuse.firstRefused}); other residents ${(others.statuses['201'] ?? 0) === others.requests && others.errors === 0 ? 'all 201' : 'NOT all 201'}`);
  }
  const steps = summary.filter((l) => l.name.startsWith('(c) paced') || l === first).filter(meets).map((l) => l.perSecond);
  console.log(`highest paced rate that met the bar: ${steps.length ? `${Math.max(...steps)}/s` : 'none of those tried'}`);
  process.exitCode = meets(first) ? 0 : 1;
}
