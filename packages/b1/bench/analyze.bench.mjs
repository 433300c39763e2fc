#!/usr/bin/env node
// Benchmark of @helder/b1:
//   1. throughput: words per second of analyze() on a text of at least
//      1,000,000 words (the calibration texts and ../shared/seeds repeated);
//   2. memory of one analysis of that text, in a fresh process (--expose-gc);
//   3. load time of the word lists and the package, in fresh processes;
//   4. editor path: a 2,000-word text, full analysis and re-analysis after a
//      one-character edit with createAnalyzer().
// Run from the repository root: node packages/b1/bench/analyze.bench.mjs
// Options: --runs N (throughput runs, default 7), --words N (minimum words, default 1,000,000).
import { readFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { execFileSync } from 'node:child_process';

const self = fileURLToPath(import.meta.url);
const here = dirname(self);
const src = join(here, '..', 'src');
const arg = (name, dflt) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : dflt;
};
const child = arg('--child', null);
const MIN_WORDS = Number(arg('--words', 1_000_000));
const RUNS = Number(arg('--runs', 7));

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const fmt = (n) => Math.round(n).toLocaleString('en');
const mb = (bytes) => `${(bytes / 1048576).toFixed(0)} MB`;

// ------------------------------------------------------------ load (child)
// Measured before anything else is imported, so the times are those of a fresh process.
// The package ships TypeScript, so the import times include tsx's transform
// (served from tsx's disk cache after the first run); a bundled build skips it.
if (child === 'load') {
  const { register } = await import('tsx/esm/api');
  register();
  const t0 = performance.now();
  await import(pathToFileURL(join(src, 'lexicon', 'frequency.ts')).href);
  await import(pathToFileURL(join(src, 'lexicon', 'officialese.ts')).href);
  const t1 = performance.now();
  const lex = await import(pathToFileURL(join(src, 'lexicon.ts')).href);
  lex.directBand('de'); // builds the frequency Map
  lex.officialeseIndex(); // builds the phrase index
  const t2 = performance.now();
  const b1 = await import(pathToFileURL(join(src, 'index.ts')).href);
  const t3 = performance.now();
  b1.analyze('Indien u vragen heeft, kunt u ons bellen.');
  const t4 = performance.now();
  process.stdout.write(JSON.stringify({ data: t1 - t0, lists: t2 - t0, pkg: t3 - t0, first: t4 - t0 }));
  process.exit(0);
}

const { register } = await import('tsx/esm/api');
register();
const { analyze, createAnalyzer } = await import(pathToFileURL(join(src, 'index.ts')).href);

const calDir = join(here, '..', 'calibration');
const seedsDir = join(here, '..', '..', '..', '..', 'shared', 'seeds');
const sources = readdirSync(calDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(join(calDir, f), 'utf8'));
try {
  for (const f of readdirSync(seedsDir).filter((x) => x.endsWith('.txt')).sort()) sources.push(readFileSync(join(seedsDir, f), 'utf8'));
} catch {
  // seeds are optional
}
const corpus = sources.join('\n\n');

/** The corpus repeated until the text has at least minWords words (as analyze() counts them). */
function build(minWords) {
  const perCopy = analyze(corpus).counts.words;
  const copies = Math.ceil(minWords / perCopy);
  return Array.from({ length: copies }, () => corpus).join('\n\n');
}

// ------------------------------------------------------------ memory (child)
// One analysis of the big text in a fresh process started with --expose-gc:
// peak RSS growth (high-water mark after minus RSS before, so it includes
// garbage not yet collected), heap still used by the result and the caches
// after a full GC, and the size of the result as JSON.
if (child === 'memory') {
  const big = build(MIN_WORDS);
  global.gc();
  const before = process.memoryUsage();
  const peakBefore = process.resourceUsage().maxRSS * 1024;
  const t0 = performance.now();
  let a = analyze(big);
  const ms = performance.now() - t0;
  const peakAfter = process.resourceUsage().maxRSS * 1024;
  global.gc();
  const after = process.memoryUsage();
  const json = Buffer.byteLength(JSON.stringify(a));
  const out = {
    words: a.counts.words,
    findings: a.findings.length,
    sentences: a.sentences.length,
    coldMs: ms,
    rssBefore: before.rss,
    peakBefore,
    peakRss: peakAfter,
    peakGrowth: peakAfter - before.rss,
    retainedHeap: after.heapUsed - before.heapUsed,
    json,
  };
  a = null;
  process.stdout.write(JSON.stringify(out));
  process.exit(0);
}

const runChild = (name, flags = [], env = {}) =>
  JSON.parse(
    execFileSync(process.execPath, [...flags, self, '--child', name, '--words', String(MIN_WORDS)], {
      encoding: 'utf8',
      maxBuffer: 1 << 20,
      env: { ...process.env, ...env },
    }),
  );

console.log(`@helder/b1 benchmark, Node ${process.version}, ${process.platform}/${process.arch}`);

// 1. throughput on a large text (the first run fills the per-word caches and is not counted)
const big = build(MIN_WORDS);
analyze(big);
const runs = [];
let words = 0;
for (let i = 0; i < RUNS; i++) {
  const t0 = performance.now();
  const a = analyze(big);
  runs.push(performance.now() - t0);
  words = a.counts.words;
}
const ms = median(runs);
const rates = runs.map((r) => words / (r / 1000));
console.log(
  `large text: ${fmt(words)} words (${fmt(big.length)} characters), ${RUNS} runs: median ${ms.toFixed(0)} ms, ` +
    `${fmt(words / (ms / 1000))} words/s (range ${fmt(Math.min(...rates))}–${fmt(Math.max(...rates))})`,
);

// 2. memory of one analysis of the large text, fresh process
const mem = runChild('memory', ['--expose-gc']);
console.log(
  `memory, one analysis of the large text in a fresh process: peak RSS +${mb(mem.peakGrowth)} ` +
    `(${mb(mem.rssBefore)} before, ${mb(mem.peakRss)} peak${mem.peakRss <= mem.peakBefore ? '; an upper bound: the high-water mark was reached before the analysis' : ''}), ` +
    `heap retained by the result and caches ${mb(mem.retainedHeap)}, ` +
    `result JSON ${mb(mem.json)} (${fmt(mem.sentences)} sentences, ${fmt(mem.findings)} findings); ` +
    `this first (cold) analysis took ${mem.coldMs.toFixed(0)} ms`,
);

// 3. load time, fresh processes: with tsx's transform cache (as after the first run), and without it
for (const [label, env, k] of [
  ['tsx cache', {}, 5],
  ['no tsx cache (TSX_DISABLE_CACHE=1, includes transforming the TypeScript)', { TSX_DISABLE_CACHE: '1' }, 3],
]) {
  const loads = [];
  for (let i = 0; i < k; i++) loads.push(runChild('load', [], env));
  const lm = (key) => median(loads.map((l) => l[key])).toFixed(0);
  console.log(
    `load, fresh process, ${label} (median of ${k}): word-list modules ${lm('data')} ms; with the frequency Map and phrase index built ${lm('lists')} ms; ` +
      `whole package ${lm('pkg')} ms; first analyze() of one sentence done at ${lm('first')} ms`,
  );
}

// 4. editor path: a 2,000-word text, one-character edits
let doc = '';
for (const s of sources) {
  if (analyze(doc).counts.words >= 2000) break;
  doc += (doc ? '\n\n' : '') + s;
}
const docWords = analyze(doc).counts.words;
const full = [];
for (let i = 0; i < 20; i++) {
  const t0 = performance.now();
  analyze(doc);
  full.push(performance.now() - t0);
}
const editor = createAnalyzer();
editor.analyze(doc);
const edits = [];
const pos = Math.floor(doc.length / 2);
for (let i = 0; i < 50; i++) {
  // insert a different letter each time so the edited paragraph is never cached
  const edited = doc.slice(0, pos) + String.fromCharCode(97 + (i % 26)) + 'x'.repeat(Math.floor(i / 26)) + doc.slice(pos);
  const t0 = performance.now();
  editor.analyze(edited);
  edits.push(performance.now() - t0);
}
console.log(`2,000-word text (${docWords} words): full analysis median ${median(full).toFixed(2)} ms; re-analysis after a one-character edit median ${median(edits).toFixed(2)} ms`);
