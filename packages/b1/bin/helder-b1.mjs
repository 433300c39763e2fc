#!/usr/bin/env node
// Runs the CLI as plain JavaScript: dist/cli.mjs is bundled from src/cli.ts by `npm run build -w
// @helder/b1`, which `npm install` runs (the root's prepare script). No TypeScript at start.
import { existsSync } from 'node:fs';

const built = new URL('../dist/cli.mjs', import.meta.url);
if (!existsSync(built)) {
  console.error('helder-b1 is nog niet gebouwd. Voer eerst uit: npm run build -w @helder/b1');
  process.exit(2);
}
const { main } = await import(built.href);
process.exitCode = main(process.argv.slice(2));
