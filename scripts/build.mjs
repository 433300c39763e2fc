#!/usr/bin/env node
// Builds what `npm start` runs, and only what changed since the last build:
// - the web app (Vite) into apps/web/dist;
// - the server (esbuild) into apps/server/dist/main.js, and backup.js for `npm run backup` and
//   `npm run restore`: TypeScript compiled ahead, the workspace packages (@helder/domain,
//   @helder/b1) bundled in, every npm package left to node_modules.
// Each output keeps a hash of its inputs (sources, configs, the lock file); when the hash matches,
// the build is skipped, so a restart costs nothing. `--force` builds anyway.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const force = process.argv.includes('--force');
const only = process.argv.find((a) => a === '--server' || a === '--web');
const quiet = process.argv.includes('--quiet');

/** A hash of every file under these paths (skipping build output and dependencies). */
function hashOf(paths) {
  const hash = createHash('sha256');
  const visit = (path) => {
    if (!existsSync(path)) return;
    if (statSync(path).isDirectory()) {
      for (const name of readdirSync(path).sort()) {
        if (name === 'node_modules' || name === 'dist' || name.startsWith('.')) continue;
        visit(join(path, name));
      }
      return;
    }
    hash.update(relative(root, path)).update('\0').update(readFileSync(path)).update('\0');
  };
  for (const path of paths) visit(join(root, path));
  return hash.digest('hex');
}

/** Runs `build` unless the stamp in `stampFile` says these inputs were built already. */
function buildIfStale(name, inputs, stampFile, build) {
  const hash = hashOf(inputs);
  const stamp = join(root, stampFile);
  if (!force && existsSync(stamp) && readFileSync(stamp, 'utf8').trim() === hash) {
    if (!quiet) console.log(`Helder: ${name} is up to date`);
    return;
  }
  const started = Date.now();
  build();
  writeFileSync(stamp, `${hash}\n`);
  if (!quiet) console.log(`Helder: ${name} built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

const shared = ['packages/domain/src', 'packages/domain/package.json', 'packages/b1/src', 'packages/b1/package.json', 'package-lock.json', 'tsconfig.base.json'];

if (only !== '--server') {
  buildIfStale('the web app', ['apps/web/src', 'apps/web/public', 'apps/web/index.html', 'apps/web/vite.config.ts', 'apps/web/package.json', ...shared], 'apps/web/dist/.build-hash', () => {
    const run = spawnSync('npm', ['run', 'build', '-w', '@helder/web'], { cwd: root, stdio: 'inherit' });
    if (run.status !== 0) process.exit(run.status ?? 1);
  });
}

if (only !== '--web') {
  buildIfStale('the server', ['apps/server/src', 'apps/server/package.json', ...shared], 'apps/server/dist/.build-hash', () => {
    // npm packages stay outside the bundle (PGlite and others find their own files next to them);
    // the workspace packages are TypeScript sources and go in.
    const external = new Set();
    for (const pkg of ['apps/server', 'packages/domain', 'packages/b1']) {
      const json = JSON.parse(readFileSync(join(root, pkg, 'package.json'), 'utf8'));
      for (const name of Object.keys({ ...json.dependencies, ...json.optionalDependencies })) if (!name.startsWith('@helder/')) external.add(name);
    }
    const args = [
      `main=${join(root, 'apps/server/src/main.ts')}`,
      `backup=${join(root, 'apps/server/src/db/backup-cli.ts')}`,
      '--bundle',
      '--platform=node',
      '--format=esm',
      '--target=node20',
      '--sourcemap',
      '--log-level=warning',
      `--outdir=${join(root, 'apps/server/dist')}`,
      ...[...external].flatMap((name) => [`--external:${name}`, `--external:${name}/*`]),
    ];
    const run = spawnSync(join(root, 'node_modules/.bin/esbuild'), args, { cwd: root, stdio: 'inherit' });
    if (run.status !== 0) process.exit(run.status ?? 1);
  });
}
