#!/usr/bin/env node
// Start-up time and idle memory of one Helder process, run from TypeScript through tsx (as before
// issue 15) and from the compiled build with plain node (as `npm start` does now), alternately,
// on the same prepared database. Start-up: from spawn to the first 200 of /api/health (the
// database already migrated and loaded). Idle memory: VmRSS after 10 s without requests.
//   node bench/startup.bench.mjs [--runs 5]                 (PGlite in a fresh data folder)
//   DATABASE_URL=postgresql://... node bench/startup.bench.mjs   (PostgreSQL; the database is emptied first)
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 5;
const databaseUrl = process.env.DATABASE_URL;
const dataDir = databaseUrl ? undefined : mkdtempSync(join(tmpdir(), 'helder-startup-'));
const env = {
  ...process.env,
  NODE_ENV: 'development',
  LOG_LEVEL: 'warn',
  HELDER_DEMO: 'on',
  HELDER_DEMO_CONTACTS: process.env.HELDER_DEMO_CONTACTS ?? '20000',
  HOST: '127.0.0.1',
  ...(dataDir ? { HELDER_DATA_DIR: dataDir } : {}),
};
const MODES = {
  tsx: [process.execPath, '--import', 'tsx', join(root, 'apps/server/src/main.ts')],
  node: [process.execPath, '--enable-source-maps', join(root, 'apps/server/dist/main.js')],
};

const build = spawnSync(process.execPath, [join(root, 'scripts/build.mjs'), '--server'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(1);
if (databaseUrl) {
  const reset = spawnSync('psql', [databaseUrl, '-qc', 'drop schema if exists public cascade; drop schema if exists drizzle cascade; create schema public;'], { stdio: 'inherit' });
  if (reset.status !== 0) process.exit(1);
}

const rssMb = (pid) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;

let nextPort = 44700;
async function once(mode, { idle = true } = {}) {
  const port = nextPort++;
  const [cmd, ...args] = MODES[mode];
  const started = process.hrtime.bigint();
  const child = spawn(cmd, args, { env: { ...env, PORT: String(port) }, stdio: ['ignore', 'ignore', 'inherit'] });
  let startMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${mode} exited with ${child.exitCode}`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/health`)).ok) {
        startMs = Number(process.hrtime.bigint() - started) / 1e6;
        break;
      }
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 10));
  }
  let idleMb = 0;
  if (idle) {
    await new Promise((r) => setTimeout(r, 10_000));
    idleMb = rssMb(child.pid);
  }
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await exited;
  return { startMs, idleMb };
}

// The first start migrates and loads the demo: not measured.
console.log(`preparing the database (${databaseUrl ? 'PostgreSQL' : 'PGlite'}, ${env.HELDER_DEMO_CONTACTS} demo contacts) ...`);
await once('node', { idle: false });
const results = { tsx: [], node: [] };
for (let i = 0; i < runs; i++) for (const mode of ['tsx', 'node']) results[mode].push(await once(mode));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
for (const [mode, rows] of Object.entries(results)) {
  console.log(`${mode.padEnd(4)}  start-up median ${median(rows.map((r) => r.startMs)).toFixed(0)} ms (${rows.map((r) => r.startMs.toFixed(0)).join(', ')}), idle RSS median ${median(rows.map((r) => r.idleMb)).toFixed(0)} MB (${rows.map((r) => r.idleMb.toFixed(0)).join(', ')})`);
}
if (dataDir) rmSync(dataDir, { recursive: true, force: true });
