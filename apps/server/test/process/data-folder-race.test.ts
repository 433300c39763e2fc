// One process per data folder: two processes that open the same fresh folder at the same instant,
// ten times over, and each time exactly one holds it while the other is refused with a message
// that names the holder (or "another process" when its pid file is not written yet).
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

const SCRIPT = fileURLToPath(new URL('./hold-data-folder.ts', import.meta.url));

interface Holder {
  child: ChildProcess;
  /** Resolves with the first line after READY: HELD or REFUSED …. */
  outcome: Promise<string>;
  ready: Promise<void>;
}

function start(dataDir: string): Holder {
  const child = spawn(process.execPath, ['--import', 'tsx', SCRIPT, dataDir], { stdio: ['pipe', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  let markReady = () => {};
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  const outcome = new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', (chunk) => {
      out += chunk;
      if (out.includes('READY\n')) markReady();
      const line = out.split('\n').find((l) => l.startsWith('HELD') || l.startsWith('REFUSED'));
      if (line) resolve(line);
    });
    child.stderr!.on('data', (chunk) => (err += chunk));
    child.once('exit', (code) => reject(new Error(`exited ${code} before an outcome:\n${out}\n${err}`)));
  });
  outcome.catch(() => {});
  return { child, outcome, ready };
}

async function stop(holder: Holder): Promise<void> {
  if (holder.child.exitCode !== null) return;
  const exited = new Promise((resolve) => holder.child.once('exit', resolve));
  holder.child.stdin!.end();
  await exited;
}

describe('the embedded data folder', () => {
  test('two processes opening one folder at the same instant: exactly one holds it, ten times', async () => {
    for (let attempt = 0; attempt < 10; attempt += 1) {
      const dataDir = mkdtempSync(join(tmpdir(), 'helder-race-'));
      const pair = [start(dataDir), start(dataDir)];
      try {
        await Promise.all(pair.map((p) => p.ready));
        for (const p of pair) p.child.stdin!.write('go\n');
        const outcomes = await Promise.all(pair.map((p) => p.outcome));
        expect(outcomes.filter((o) => o === 'HELD'), `attempt ${attempt + 1}: ${outcomes.join(' | ')}`).toHaveLength(1);
        const refused = outcomes.find((o) => o.startsWith('REFUSED'))!;
        const holder = pair[outcomes.indexOf('HELD')]!;
        // At the same instant the holder may not have written its pid yet.
        expect([`process ${holder.child.pid}.`, 'another process.'].some((who) => refused.includes(`The data folder ${dataDir} is in use by ${who}`)), refused).toBe(true);
      } finally {
        await Promise.all(pair.map(stop));
        rmSync(dataDir, { recursive: true, force: true });
      }
    }
  }, 300_000);

  test('is free again once its holder was killed', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'helder-race-'));
    try {
      const first = start(dataDir);
      await first.ready;
      first.child.stdin!.write('go\n');
      expect(await first.outcome).toBe('HELD');
      const exited = new Promise((resolve) => first.child.once('exit', resolve));
      first.child.kill('SIGKILL');
      await exited;
      // The pid file of the killed process is still there; the kernel released the lock itself.
      const second = start(dataDir);
      await second.ready;
      second.child.stdin!.write('go\n');
      expect(await second.outcome).toBe('HELD');
      await stop(second);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 60_000);
});
