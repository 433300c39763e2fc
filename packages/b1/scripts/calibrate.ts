// Runs the level model on the calibration texts and prints how well it
// separates texts at most B1 from harder ones.
// Run: npx tsx packages/b1/scripts/calibrate.ts [--verbose]
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze } from '../src/index.js';

interface Entry { file: string; level: 'A2' | 'B1' | 'B2' | 'C1'; topic: string; type: string }
const dir = join(dirname(fileURLToPath(import.meta.url)), '..', 'calibration');
const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { texts: Entry[] };
const verbose = process.argv.includes('--verbose');
const easy = (l: string): boolean => l === 'A2' || l === 'B1';

const rows = manifest.texts.map((t) => {
  const a = analyze(readFileSync(join(dir, t.file), 'utf8'));
  return { ...t, got: a.level, d: a.signals.difficulty, a };
});
let binOk = 0;
let exact = 0;
for (const r of rows) {
  if (easy(r.level) === easy(r.got)) binOk++;
  if (r.level === r.got) exact++;
  if (verbose || easy(r.level) !== easy(r.got)) {
    const s = r.a.signals;
    console.log(
      `${r.file.padEnd(28)} want ${r.level} got ${r.got} d=${r.d.toFixed(2)} wps=${r.a.scores.wordsPerSentence} long=${s.longSentenceShare} diff=${s.difficultPer100} off=${s.officialesePer100} pas=${s.passivePerSentence} noun=${s.nounStylePer100} str=${s.structurePerSentence} FD=${r.a.scores.fleschDouma}`,
    );
  }
}
const ORDER = ['A2', 'B1', 'B2', 'C1'] as const;
const rank = (l: string): number => ORDER.indexOf(l as (typeof ORDER)[number]);
/** The threshold that best separates levels up to `k` from harder ones. */
function fit(train: typeof rows, k: number): number {
  const cands = [...new Set(train.map((r) => r.d))].sort((a, b) => a - b);
  let best = 0;
  let bestErr = Infinity;
  for (let c = 0; c <= cands.length; c++) {
    const lo = c === 0 ? (cands[0] ?? 0) - 1 : (cands[c - 1] as number);
    const hi = c === cands.length ? lo + 2 : (cands[c] as number);
    const th = (lo + hi) / 2;
    const err = train.filter((r) => (rank(r.level) <= k) !== r.d < th).length;
    if (err < bestErr) {
      bestErr = err;
      best = th;
    }
  }
  return best;
}
// Leave-one-out: refit the thresholds without the text, then judge the text.
let loo = 0;
let looExact = 0;
for (let i = 0; i < rows.length; i++) {
  const train = rows.filter((_, k) => k !== i);
  const th = [fit(train, 0), fit(train, 1), fit(train, 2)];
  const r = rows[i]!;
  if (easy(r.level) === r.d < (th[1] as number)) loo++;
  const got = r.d < (th[0] as number) ? 0 : r.d < (th[1] as number) ? 1 : r.d < (th[2] as number) ? 2 : 3;
  if (got === rank(r.level)) looExact++;
}
const conf: Record<string, Record<string, number>> = {};
for (const r of rows) {
  conf[r.level] ??= {};
  conf[r.level]![r.got] = (conf[r.level]![r.got] ?? 0) + 1;
}
const pairs = new Map<string, { b1?: number; c1?: number }>();
for (const r of rows) {
  const key = r.file.slice(0, 2);
  const p = pairs.get(key) ?? {};
  if (r.level === 'B1') p.b1 = r.d;
  if (r.level === 'C1') p.c1 = r.d;
  pairs.set(key, p);
}
let pairOk = 0;
let pairN = 0;
for (const p of pairs.values()) {
  if (p.b1 === undefined || p.c1 === undefined) continue;
  pairN++;
  if (p.b1 < p.c1) pairOk++;
}
console.log(`texts: ${rows.length}`);
console.log(`at most B1 vs harder: ${binOk}/${rows.length} correct (${((binOk / rows.length) * 100).toFixed(1)}%)`);
console.log(`leave-one-out (threshold refitted without the text): ${loo}/${rows.length} (${((loo / rows.length) * 100).toFixed(1)}%)`);
console.log(`exact level: ${exact}/${rows.length} (${((exact / rows.length) * 100).toFixed(1)}%)`);
console.log(`exact level, leave-one-out (all thresholds refitted): ${looExact}/${rows.length} (${((looExact / rows.length) * 100).toFixed(1)}%)`);
console.log(`plain version scored easier than its official version: ${pairOk}/${pairN} pairs`);
console.log('confusion (row: intended, column: estimated):');
for (const want of ['A2', 'B1', 'B2', 'C1']) {
  console.log(`  ${want}: ${['A2', 'B1', 'B2', 'C1'].map((g) => `${g}=${conf[want]?.[g] ?? 0}`).join(' ')}`);
}
