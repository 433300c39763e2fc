// Builds the web app before the browser tests when dist/ is missing or older than the sources.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = fileURLToPath(new URL('../..', import.meta.url));

function newest(dir: string): number {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

export default async function setup() {
  const index = join(root, 'dist', 'index.html');
  const sources = Math.max(newest(join(root, 'src')), statSync(join(root, 'index.html')).mtimeMs, newest(join(root, '..', '..', 'packages', 'domain', 'src')));
  if (existsSync(index) && statSync(index).mtimeMs > sources) return;
  await build({ root, logLevel: 'warn' });
}
