// A Helder server process for a benchmark, on the database in DATABASE_URL, with its memory sampled.
// It runs the compiled build, as `npm start` does (built first when the sources changed).
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export async function startBenchServer() {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    console.error('Set DATABASE_URL to a database loaded with apps/server/src/demo/cli.ts');
    process.exit(2);
  }
  const port = 43000 + Math.floor(Math.random() * 1000);
  const base = `http://127.0.0.1:${port}`;
  const build = spawnSync(process.execPath, [fileURLToPath(new URL('../scripts/build.mjs', import.meta.url)), '--server', '--quiet'], { stdio: 'inherit' });
  if (build.status !== 0) throw new Error('the server build failed');
  const main = fileURLToPath(new URL('../apps/server/dist/main.js', import.meta.url));
  const server = spawn(process.execPath, ['--enable-source-maps', main], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', HELDER_DEMO: 'off', LOG_LEVEL: 'warn', NODE_ENV: 'development' },
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

  async function login(email: string): Promise<string> {
    const response = await fetch(`${base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password: 'helder-demo' }),
    });
    if (!response.ok) throw new Error(`login ${email}: ${response.status}`);
    return response.headers.get('set-cookie')!.split(';')[0]!;
  }

  return {
    base,
    login,
    rssMb,
    peakRssMb: () => peakRss,
    stop() {
      clearInterval(sampler);
      server.kill('SIGTERM');
    },
  };
}

export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}
