// helder-b1 as compiled JavaScript against a bare Node start (issue 13: less than twice `node -e 0`):
// both started 30 times, alternating, on a one-sentence text.
//   npm run build -w @helder/b1 && node bench/b1-cli.bench.mjs
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 30);
const bin = new URL('../packages/b1/bin/helder-b1.mjs', import.meta.url).pathname;
const file = join(mkdtempSync(join(tmpdir(), 'b1-bench-')), 'zin.txt');
writeFileSync(file, 'Wij halen uw afval op maandag op.\n');

function time(args) {
  const start = process.hrtime.bigint();
  const run = spawnSync(process.execPath, args, { encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (run.status !== 0 && run.status !== 1) throw new Error(`${args.join(' ')}: ${run.status} ${run.stderr}`);
  return ms;
}

const bare = [];
const cli = [];
for (let i = 0; i < ROUNDS + 3; i += 1) {
  const a = time(['-e', '0']);
  const b = time([bin, file]);
  if (i >= 3) {
    bare.push(a);
    cli.push(b);
  }
}
const median = (list) => [...list].sort((x, y) => x - y)[Math.floor(list.length / 2)];
const p90 = (list) => [...list].sort((x, y) => x - y)[Math.floor(list.length * 0.9)];
console.log(`node ${process.version}, ${ROUNDS} runs each, alternating`);
console.log(`| command | median ms | p90 ms |`);
console.log(`|---|---|---|`);
console.log(`| node -e 0 | ${median(bare).toFixed(1)} | ${p90(bare).toFixed(1)} |`);
console.log(`| helder-b1 zin.txt | ${median(cli).toFixed(1)} | ${p90(cli).toFixed(1)} |`);
console.log(`ratio of medians: ${(median(cli) / median(bare)).toFixed(2)} (bar: < 2)`);
