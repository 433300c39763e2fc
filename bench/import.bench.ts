// A 50,000-row CSV import beside ordinary traffic: while each import runs, GET /api/health (no
// session) and a second-line list (GET /api/callback-requests as tweedelijn@dronten.demo) are
// probed one after the other, every 20 ms, from this process; the server is a separate process.
// The bar: every probe answered within 200 ms.
//   npx tsx bench/import.bench.ts                      (embedded PGlite in a fresh temporary folder)
//   DATABASE_URL=postgresql://postgres@127.0.0.1:5432/helder_bench_import npx tsx bench/import.bench.ts
// With DATABASE_URL the database is dropped and created afresh. Settings (environment):
// BENCH_ROWS (50000), BENCH_CONTACTS (demo history, 20000), BENCH_KINDS (contacts,callback-requests,survey-responses).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { percentile } from './server.js';

const ROWS = Number(process.env.BENCH_ROWS ?? 50_000);
const DEMO_CONTACTS = Number(process.env.BENCH_CONTACTS ?? 20_000);
const KINDS = (process.env.BENCH_KINDS ?? 'contacts,callback-requests,survey-responses').split(',');
const BAR_MS = 200;
const PROBE_PAUSE_MS = 20;
const databaseUrl = process.env.DATABASE_URL;
const RUN = Date.now().toString(36);

function csvFor(kind: string): string {
  const lines: string[] = [];
  const day = (i: number) => `2024-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
  if (kind === 'contacts') {
    lines.push('reference,occurred_at,channel,team,product,resolution');
    for (let i = 0; i < ROWS; i += 1) lines.push(`B${RUN}-${i},${day(i)}T09:15:00,phone,Burgerzaken,Paspoort,${i % 3 ? 'first_line' : 'handed_over'}`);
  } else if (kind === 'callback-requests') {
    lines.push('reference,created_at,team,due_at,completed_at,status');
    for (let i = 0; i < ROWS; i += 1) lines.push(`B${RUN}-${i},${day(i)}T10:00:00,Burgerzaken,,${day(i)}T16:00:00,done`);
  } else {
    lines.push('reference,answered_at,channel,team,product,line,score,timeliness_score');
    for (let i = 0; i < ROWS; i += 1) lines.push(`B${RUN}-${i},${day(i)}T10:00:00,phone,Burgerzaken,,first,${1 + (i % 10)},`);
  }
  return lines.join('\n');
}

async function prepare(): Promise<{ env: Record<string, string>; cleanup: () => Promise<void> | void; label: string }> {
  if (databaseUrl) {
    const url = new URL(databaseUrl);
    const name = decodeURIComponent(url.pathname.slice(1));
    const adminUrl = new URL(databaseUrl);
    adminUrl.pathname = '/postgres';
    const admin = new pg.Client({ connectionString: adminUrl.toString() });
    await admin.connect();
    await admin.query(`drop database if exists "${name}" with (force)`);
    await admin.query(`create database "${name}"`);
    await admin.end();
    return { env: { DATABASE_URL: databaseUrl }, cleanup: () => {}, label: `PostgreSQL (${name})` };
  }
  const dir = mkdtempSync(join(tmpdir(), 'helder-bench-import-'));
  return { env: { HELDER_DATA_DIR: dir }, cleanup: () => rmSync(dir, { recursive: true, force: true }), label: 'PGlite (embedded)' };
}

async function main() {
  const { env, cleanup, label } = await prepare();
  const port = 44000 + Math.floor(Math.random() * 1000);
  const base = `http://127.0.0.1:${port}`;
  const mainTs = fileURLToPath(new URL('../apps/server/src/main.ts', import.meta.url));
  const server = spawn(process.execPath, ['--import', 'tsx', mainTs], {
    env: {
      ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1', NODE_ENV: 'development', LOG_LEVEL: 'warn',
      HELDER_DEMO: 'on', HELDER_DEMO_CONTACTS: String(DEMO_CONTACTS), RATE_LIMIT_PER_MINUTE: '1000000',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  try {
    const started = Date.now();
    for (;;) {
      try {
        if ((await fetch(`${base}/api/health`)).ok) break;
      } catch {
        // starting
      }
      if (Date.now() - started > 300_000) throw new Error('server did not start');
      await new Promise((r) => setTimeout(r, 200));
    }
    const login = async (email: string) => {
      const response = await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password: 'helder-demo' }) });
      if (!response.ok) throw new Error(`login ${email}: ${response.status}`);
      return response.headers.get('set-cookie')!.split(';')[0]!;
    };
    const admin = await login('beheer@dronten.demo');
    const secondLine = await login('tweedelijn@dronten.demo');
    console.log(`${label}, ${ROWS} rows per file, demo history ${DEMO_CONTACTS} contacts, ${base}`);

    const timed = async (url: string, cookie?: string) => {
      const t0 = performance.now();
      const response = await fetch(`${base}${url}`, { headers: cookie ? { cookie } : {} });
      await response.arrayBuffer();
      if (!response.ok) throw new Error(`${url}: ${response.status}`);
      return performance.now() - t0;
    };
    const probes = [
      { name: 'GET /api/health', url: '/api/health', cookie: undefined },
      { name: 'GET /api/callback-requests (2nd line)', url: '/api/callback-requests', cookie: secondLine },
    ];
    const summary = (ms: number[]) => {
      const sorted = [...ms].sort((a, b) => a - b);
      const over = sorted.filter((m) => m > BAR_MS).length;
      return `n=${String(sorted.length).padStart(4)}  p50 ${percentile(sorted, 50).toFixed(1).padStart(6)} ms  p99 ${percentile(sorted, 99).toFixed(1).padStart(7)} ms  max ${sorted[sorted.length - 1]!.toFixed(1).padStart(7)} ms  over ${BAR_MS} ms: ${over}`;
    };

    // Idle: the same probes without an import.
    for (const probe of probes) {
      const ms: number[] = [];
      for (let i = 0; i < 50; i += 1) ms.push(await timed(probe.url, probe.cookie));
      console.log(`  idle        ${probe.name.padEnd(38)} ${summary(ms)}`);
    }

    for (const kind of KINDS) {
      const csv = csvFor(kind);
      let done = false;
      const t0 = performance.now();
      const importing = fetch(`${base}/api/import/${kind}`, { method: 'POST', headers: { 'content-type': 'text/csv', cookie: admin }, body: csv })
        .then(async (response) => ({ status: response.status, body: await response.text(), ms: performance.now() - t0 }))
        .finally(() => {
          done = true;
        });
      const latencies = await Promise.all(probes.map(async (probe) => {
        const ms: number[] = [];
        while (!done) {
          ms.push(await timed(probe.url, probe.cookie));
          await new Promise((r) => setTimeout(r, PROBE_PAUSE_MS));
        }
        return ms;
      }));
      const result = await importing;
      if (result.status !== 200) throw new Error(`import ${kind}: ${result.status} ${result.body.slice(0, 300)}`);
      console.log(`  import ${kind}: ${result.body} in ${(result.ms / 1000).toFixed(1)} s`);
      probes.forEach((probe, i) => console.log(`  during      ${probe.name.padEnd(38)} ${summary(latencies[i]!)}`));
    }
  } finally {
    server.kill('SIGTERM');
    await new Promise((r) => server.once('exit', r));
    await cleanup();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
