// @helder/b1: Dutch plain-language (B1) analyser. Runs in Node and in the browser.
export type {
  Analysis,
  AnalyzeOptions,
  Category,
  Counts,
  Finding,
  InputFormat,
  Level,
  Scores,
  SentenceInfo,
  Severity,
  Signals,
  BlockKind,
} from './types.js';
export { analyze, createAnalyzer, type Analyzer } from './analyze.js';
export { countSyllables } from './syllables.js';
export { splitBlocks, tokenize, splitSentences } from './segment.js';
export { stripHtml, stripMarkdown } from './strip.js';
export { levelFor, THRESHOLDS, WEIGHTS } from './model.js';
export { officialeseCount, wordInfo, isParticiple } from './lexicon.js';
export { CATEGORY_LABELS, SEVERITY_LABELS } from './labels.js';

import { splitBlocks, tokenize, splitSentences } from './segment.js';

/** Sentences of a plain text as [start, end) offsets (headings and list items are sentences of their own). */
export function sentencesOf(text: string): { start: number; end: number; text: string }[] {
  const out: { start: number; end: number; text: string }[] = [];
  for (const b of splitBlocks(text)) {
    const toks = tokenize(text, b.start, b.end);
    for (const s of splitSentences(toks)) out.push({ start: s.s, end: s.e, text: text.slice(s.s, s.e) });
  }
  return out;
}
