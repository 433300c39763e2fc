#!/usr/bin/env node
// Benchmark: words per second on a large text, and re-analysis time after a
// one-character edit on a 2,000-word text (editor path, createAnalyzer()).
// Run from the repository root: node packages/b1/bench/analyze.bench.mjs
import { readFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

register();
const { analyze, createAnalyzer } = await import('../src/index.ts');

const here = dirname(fileURLToPath(import.meta.url));
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

function build(minWords) {
  const parts = [];
  let words = 0;
  const perCopy = analyze(corpus).counts.words;
  while (words < minWords) {
    parts.push(corpus);
    words += perCopy;
  }
  return parts.join('\n\n');
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};

// 1. throughput on a large text (fresh process caches are warmed by one run first)
const big = build(200_000);
analyze(big);
const runs = [];
let words = 0;
for (let i = 0; i < 5; i++) {
  const t0 = performance.now();
  const a = analyze(big);
  runs.push(performance.now() - t0);
  words = a.counts.words;
}
const ms = median(runs);
console.log(`large text: ${words.toLocaleString('en')} words, median ${ms.toFixed(0)} ms, ${Math.round(words / (ms / 1000)).toLocaleString('en')} words/s`);

// 2. editor path: a 2,000-word text, one-character edits
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
