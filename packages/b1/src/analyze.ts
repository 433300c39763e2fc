import type { Analysis, AnalyzeOptions, BlockKind, Category, Finding, SentenceInfo } from './types.js';
import { strip, mapRange } from './strip.js';
import { splitBlocks } from './segment.js';
import { analyzeBlock, type BlockResult, LONG_SENTENCE } from './rules.js';
import { signals, levelFor, round } from './model.js';

export interface Analyzer {
  /** Analyses a text; blocks (paragraphs) that did not change since the last call are reused. */
  analyze(text: string): Analysis;
  /** Forgets the cached blocks. */
  clear(): void;
}

type BlockCache = Map<string, BlockResult>;

/** Headings and short lines (salutations, signatures) do not count for the scores. */
const isBody = (k: BlockKind): boolean => k === 'paragraph' || k === 'list-item';

function fleschDouma(wps: number, spw: number): number {
  return round(206.84 - 77 * spw - 0.93 * wps, 1);
}
function brouwer(wps: number, spw: number): number {
  return round(195 - 2 * wps - 66.7 * spw, 1);
}

function run(input: string, options: AnalyzeOptions, cache: BlockCache | null, keep: Set<string> | null): Analysis {
  const format = options.format ?? 'text';
  const { text, map } = strip(input, format);
  const blocks = splitBlocks(text);

  // A text with only short lines (an editor's first words, without a full stop) counts them.
  const anyBody = blocks.some((block) => isBody(block.kind));
  const counted = (k: BlockKind): boolean => isBody(k) || !anyBody;
  const ignore = new Set<Category>(options.ignore ?? []);
  const findings: Finding[] = [];
  const sentences: SentenceInfo[] = [];
  let words = 0;
  let syllables = 0;
  let sentenceCount = 0;
  let longSentences = 0;
  // distinct groups of the counted blocks; group numbers never decrease from block to block
  let paragraphs = 0;
  let lastGroup = -1;
  const tally: Partial<Record<Category, number>> = {};
  const count = (c: Category, n = 1): void => {
    tally[c] = (tally[c] ?? 0) + n;
  };
  const toInput = (s: number, e: number): [number, number] => mapRange(map, s, e);
  const pushFinding = (f: Finding, base: number): void => {
    if (ignore.has(f.category)) return;
    if (map === null) findings.push({ ...f, start: f.start + base, end: f.end + base });
    else {
      const [s, e] = toInput(f.start + base, f.end + base);
      findings.push({ ...f, start: s, end: e });
    }
  };

  // text-level: acronyms explained at their first use; one form of address
  const acronymFirst = new Map<string, { s: number; e: number; explained: boolean }>();
  const formal: [number, number][] = [];
  const informal: [number, number][] = [];

  // Each block's result is used at once, so it does not outlive the block (less GC work on large texts).
  for (const block of blocks) {
    const bt = text.slice(block.start, block.end);
    let r: BlockResult | undefined;
    if (cache) {
      const key = `${block.kind}\u0000${bt}`;
      r = cache.get(key);
      if (!r) {
        r = analyzeBlock(bt, block.kind);
        cache.set(key, r);
      }
      keep?.add(key);
    } else r = analyzeBlock(bt, block.kind);

    const base = block.start;
    const isCounted = counted(block.kind);
    if (isCounted) {
      if (block.group !== lastGroup) {
        paragraphs += 1;
        lastGroup = block.group;
      }
      words += r.words;
      syllables += r.syllables;
    }
    for (const sf of r.sentences) {
      const wps = sf.words;
      const spw = sf.words ? sf.syllables / sf.words : 0;
      let s = sf.s + base;
      let e = sf.e + base;
      if (map !== null) [s, e] = toInput(s, e);
      sentences.push({
        start: s,
        end: e,
        words: sf.words,
        syllables: sf.syllables,
        fleschDouma: sf.words ? fleschDouma(wps, spw) : 0,
        brouwer: sf.words ? brouwer(wps, spw) : 0,
        block: block.kind,
      });
      if (isCounted && sf.words > 0) {
        sentenceCount += 1;
        if (sf.words > LONG_SENTENCE) longSentences += 1;
      }
    }
    for (const f of r.findings) pushFinding(f, base);
    const rt = r.tally;
    for (const c in rt) count(c as Category, rt[c as Category] as number);
    for (const a of r.acronyms) {
      const prev = acronymFirst.get(a.text);
      if (!prev) acronymFirst.set(a.text, { s: a.s + base, e: a.e + base, explained: a.explained });
      else if (a.explained) prev.explained = true;
    }
    for (const [s, e] of r.formal) formal.push([s + base, e + base]);
    for (const [s, e] of r.informal) informal.push([s + base, e + base]);
  }

  for (const [acr, a] of acronymFirst) {
    if (a.explained) continue;
    count('abbreviation');
    pushFinding(
      {
        category: 'abbreviation',
        start: a.s,
        end: a.e,
        severity: 'warning',
        message: `Leg de afkorting '${acr}' uit als u die voor het eerst gebruikt.`,
        suggestion: `Schrijf eerst de hele woorden, met de afkorting erachter tussen haakjes: ... (${acr}).`,
      },
      0,
    );
  }
  if (formal.length > 0 && informal.length > 0) {
    const minorityInformal = informal.length <= formal.length;
    const list = minorityInformal ? informal : formal;
    for (const [s, e] of list) {
      count('mixed-address');
      pushFinding(
        {
          category: 'mixed-address',
          start: s,
          end: e,
          severity: 'warning',
          message: minorityInformal
            ? "U spreekt de lezer aan met 'u' en met 'je'. Kies één vorm: hier 'u'."
            : "U spreekt de lezer aan met 'je' en met 'u'. Kies één vorm: hier 'je'.",
          suggestion: minorityInformal ? 'u / uw' : 'je / jouw',
        },
        0,
      );
    }
  }

  findings.sort((a, b) => a.start - b.start || a.end - b.end || (a.category < b.category ? -1 : a.category > b.category ? 1 : 0));

  const sc = Math.max(1, sentenceCount);
  const wps = words / sc;
  const spw = words ? syllables / words : 0;
  const sig = signals({
    words,
    sentences: sentenceCount,
    syllables,
    paragraphs,
    longSentences,
    difficult: tally['difficult-word'] ?? 0,
    officialese: tally.officialese ?? 0,
    passive: tally.passive ?? 0,
    nounStyle: (tally['noun-style'] ?? 0) + (tally['long-compound'] ?? 0),
    structure: (tally['split-verb'] ?? 0) + (tally['double-negative'] ?? 0) + (tally['vague-reference'] ?? 0),
  });
  const level = levelFor(sig.difficulty);
  return {
    level,
    isB1: level === 'A2' || level === 'B1',
    scores: {
      fleschDouma: words ? fleschDouma(wps, spw) : 0,
      brouwer: words ? brouwer(wps, spw) : 0,
      wordsPerSentence: round(wps, 2),
      syllablesPerWord: round(spw, 3),
    },
    counts: { sentences: sentenceCount, words, paragraphs },
    signals: sig,
    sentences,
    findings,
  };
}

/** Analyses a Dutch text for language level B1. Pure: the same text gives the same result. */
export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  return run(text, options, null, null);
}

/**
 * An analyzer for an editor: it keeps the results of unchanged paragraphs, so
 * re-analysis after a small edit only analyses the paragraph that changed.
 */
export function createAnalyzer(options: AnalyzeOptions = {}): Analyzer {
  let cache: BlockCache = new Map();
  return {
    analyze(text: string): Analysis {
      const keep = new Set<string>();
      const out = run(text, options, cache, keep);
      // drop blocks that are no longer in the text
      if (cache.size > keep.size * 2 + 64) {
        const next: BlockCache = new Map();
        for (const k of keep) {
          const v = cache.get(k);
          if (v) next.set(k, v);
        }
        cache = next;
      }
      return out;
    },
    clear(): void {
      cache = new Map();
    },
  };
}
