// Command line: helder-b1 [--json] [--format text|html|md] FILE... (or - for standard input)
// Node only; the library itself (src/index.ts) has no node: imports.
import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { analyze, CATEGORY_LABELS as CATEGORY_NL, SEVERITY_LABELS as SEVERITY_NL } from './index.js';
import type { Analysis, InputFormat } from './types.js';

const USAGE = `Gebruik: helder-b1 [--json] [--format text|html|md] BESTAND...
Gebruik - om tekst van standaardinvoer te lezen.

Controleert of een Nederlandse tekst op taalniveau B1 is.
  --json           Geef het resultaat als JSON.
  --format VORM    text, html of md. Zonder deze optie kijkt het programma naar de extensie.
  -h, --help       Toon deze hulp.

Exitcode: 0 als alle teksten B1 of makkelijker zijn, 1 als een tekst moeilijker is,
2 bij een fout in de opdracht of als een bestand niet te lezen is.`;

class UsageError extends Error {}
class ReadError extends Error {}

interface Args {
  json: boolean;
  format: InputFormat | null;
  files: string[];
}

function parseArgs(argv: string[]): Args | 'help' {
  const out: Args = { json: false, format: null, files: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === '-h' || a === '--help') return 'help';
    if (a === '--json') out.json = true;
    else if (a === '--format' || a.startsWith('--format=')) {
      const v = a === '--format' ? argv[++i] : a.slice('--format='.length);
      if (v !== 'text' && v !== 'html' && v !== 'md') throw new UsageError(`Onbekende vorm voor --format: ${v ?? '(leeg)'}. Kies text, html of md.`);
      out.format = v;
    } else if (a === '-') out.files.push(a);
    else if (a === '--') out.files.push(...argv.slice(i + 1)), (i = argv.length);
    else if (a.startsWith('-')) throw new UsageError(`Onbekende optie: ${a}`);
    else out.files.push(a);
  }
  if (out.files.length === 0) throw new UsageError('Geef minstens één bestand op, of - voor standaardinvoer.');
  return out;
}

function readInput(file: string): string {
  let buf: Buffer;
  if (file === '-') {
    try {
      buf = readFileSync(0);
    } catch {
      throw new ReadError('Kan standaardinvoer niet lezen.');
    }
  } else {
    let st;
    try {
      st = statSync(file);
    } catch {
      throw new ReadError(`Bestand niet gevonden: ${file}`);
    }
    if (st.isDirectory()) throw new ReadError(`Dit is een map, geen bestand: ${file}`);
    try {
      buf = readFileSync(file);
    } catch {
      throw new ReadError(`Kan bestand niet lezen: ${file}`);
    }
  }
  const name = file === '-' ? 'standaardinvoer' : file;
  if (buf.length === 0 || buf.toString('utf8').trim() === '') throw new ReadError(`Het bestand is leeg: ${name}`);
  if (buf.includes(0)) throw new ReadError(`Dit is geen tekstbestand: ${name}`);
  const text = new TextDecoder('utf-8', { fatal: false }).decode(buf);
  const bad = (text.match(/\uFFFD/g) ?? []).length;
  if (bad > 0 && bad / text.length > 0.01) throw new ReadError(`Dit is geen tekstbestand (geen UTF-8): ${name}`);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function formatFor(file: string, forced: InputFormat | null): InputFormat {
  if (forced) return forced;
  const ext = extname(file).toLowerCase();
  if (ext === '.html' || ext === '.htm' || ext === '.xhtml') return 'html';
  if (ext === '.md' || ext === '.markdown') return 'md';
  return 'text';
}

/** 1-based line and column of an offset. */
export function lineCol(text: string, lineStarts: number[], offset: number): [number, number] {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((lineStarts[mid] as number) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return [lo + 1, offset - (lineStarts[lo] as number) + 1];
}

const nl = (x: number, digits = 1): string => x.toFixed(digits).replace('.', ',');

function human(file: string, text: string, a: Analysis): string {
  const lines: string[] = [];
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  lines.push(file === '-' ? '(standaardinvoer)' : file);
  lines.push(`  Niveau: ${a.level} (${a.isB1 ? 'B1 of makkelijker' : 'moeilijker dan B1'})`);
  lines.push(
    `  Leesbaarheid: Flesch-Douma ${nl(a.scores.fleschDouma)}, Brouwer ${nl(a.scores.brouwer)}, ` +
      `${nl(a.scores.wordsPerSentence)} woorden per zin, ${nl(a.scores.syllablesPerWord, 2)} lettergrepen per woord`,
  );
  const n = (x: number, one: string, more: string): string => `${x} ${x === 1 ? one : more}`;
  lines.push(`  Tekst: ${n(a.counts.sentences, 'zin', 'zinnen')}, ${n(a.counts.words, 'woord', 'woorden')}, ${n(a.counts.paragraphs, 'alinea', "alinea's")}`);
  if (a.findings.length === 0) lines.push('  Geen punten gevonden.');
  else lines.push(`  Punten (${a.findings.length}):`);
  for (const f of a.findings) {
    const [l, c] = lineCol(text, starts, f.start);
    const shown = text.slice(f.start, f.end).replace(/\s+/g, ' ');
    const quote = shown.length > 60 ? `${shown.slice(0, 57)}...` : shown;
    lines.push(`  ${l}:${c}  ${SEVERITY_NL[f.severity]}, ${CATEGORY_NL[f.category]}: ${f.message}`);
    if (f.category === 'long-sentence') lines.push(`      "${quote}"`);
    if (f.suggestion) lines.push(`      Beter: ${f.suggestion}`);
  }
  return lines.join('\n');
}

export function main(argv: string[]): number {
  let args: Args | 'help';
  try {
    args = parseArgs(argv);
  } catch (e) {
    process.stderr.write(`helder-b1: ${(e as Error).message}\n\n${USAGE}\n`);
    return 2;
  }
  if (args === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const results: Analysis[] = [];
  const outputs: string[] = [];
  let readFailed = false;
  let allB1 = true;
  for (const file of args.files) {
    let text: string;
    try {
      text = readInput(file);
    } catch (e) {
      if (!(e instanceof ReadError)) throw e;
      process.stderr.write(`helder-b1: ${e.message}\n`);
      readFailed = true;
      continue;
    }
    const a = analyze(text, { format: formatFor(file, args.format) });
    if (!a.isB1) allB1 = false;
    results.push(a);
    if (!args.json) outputs.push(human(file, text, a));
  }
  if (args.json) {
    if (results.length > 0 || !readFailed) {
      const v = args.files.length === 1 ? results[0] : results;
      process.stdout.write(`${JSON.stringify(v, null, 2)}\n`);
    }
  } else if (outputs.length) process.stdout.write(`${outputs.join('\n\n')}\n`);
  if (readFailed) return 2;
  return allB1 ? 0 : 1;
}
