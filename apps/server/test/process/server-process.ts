// Runs Helder as a real child process (as `npm start` does, without the web build), for tests that
// must stop it the hard way.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const MAIN = fileURLToPath(new URL('../../src/main.ts', import.meta.url));
const BUILT = fileURLToPath(new URL('../../dist/main.js', import.meta.url));
const BUILD = fileURLToPath(new URL('../../../../scripts/build.mjs', import.meta.url));

/** Compiles the server as `npm start` does (skipped when up to date), for tests that run the build. */
export function buildServer(): void {
  const run = spawnSync(process.execPath, [BUILD, '--server'], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`build failed:\n${run.stdout}${run.stderr}`);
}

export interface RunningServer {
  baseUrl: string;
  process: ChildProcess;
  output: () => string;
}

/** Starts the server from source through tsx, or with `built` from the compiled build with plain node. */
export async function startServerProcess(env: Record<string, string>, options: { built?: boolean } = {}): Promise<RunningServer> {
  // Port 0: the system picks a free port (a random fixed one can collide with an ephemeral port of
  // some outgoing connection); the server prints the one it got.
  const child = spawn(process.execPath, options.built ? ['--enable-source-maps', BUILT] : ['--import', 'tsx', MAIN], {
    env: { ...process.env, NODE_ENV: 'development', LOG_LEVEL: 'warn', HELDER_DEMO: 'on', HELDER_DEMO_CONTACTS: '0', ...env, PORT: '0', HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout!.on('data', (chunk) => (log += chunk));
  child.stderr!.on('data', (chunk) => (log += chunk));
  const started = Date.now();
  let baseUrl: string | undefined;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode}):\n${log}`);
    if (Date.now() - started > 90_000) {
      child.kill('SIGKILL');
      throw new Error(`server not healthy after 90 s:\n${log}`);
    }
    const port = /Helder is running: http:\/\/localhost:(\d+)/.exec(log)?.[1];
    if (port) {
      baseUrl = `http://127.0.0.1:${port}`;
      try {
        const response = await fetch(`${baseUrl}/api/health`);
        if (response.ok) break;
      } catch {
        // not answering yet
      }
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { baseUrl, process: child, output: () => log };
}

export async function killHard(server: RunningServer): Promise<void> {
  // Already gone: exited by itself (exitCode) or killed (signalCode).
  if (server.process.exitCode !== null || server.process.signalCode !== null) return;
  const exited = new Promise((resolve) => server.process.once('exit', resolve));
  server.process.kill('SIGKILL');
  await exited;
}

export async function loginCookie(baseUrl: string, email: string, password = 'helder-demo'): Promise<string> {
  const response = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (!response.ok) throw new Error(`login failed: ${response.status}`);
  const cookie = response.headers.get('set-cookie') ?? '';
  return cookie.split(';')[0]!;
}
