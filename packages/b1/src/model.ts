// The level model: combines sentence length, word choice and grammar signals
// into one difficulty score, then maps it to A2 / B1 / B2 / C1.
// Weights were set by hand from B1 writing guidance; the thresholds were
// calibrated on the texts in calibration/ (see README "Level model").
import type { Level, Signals } from './types.js';

export interface ModelInput {
  words: number;
  sentences: number;
  syllables: number;
  paragraphs: number;
  longSentences: number;
  difficult: number;
  officialese: number;
  passive: number;
  nounStyle: number;
  structure: number;
}

export const WEIGHTS = {
  /** per word of average sentence length above 6 */
  wordsPerSentence: 0.6,
  /** times the share of sentences over 15 words */
  longSentenceShare: 6,
  /** per difficult word per 100 words */
  difficult: 0.6,
  /** per officialese phrase per 100 words */
  officialese: 1.2,
  /** per passive construction per sentence */
  passive: 3,
  /** per noun-style or long compound per 100 words */
  nounStyle: 0.6,
  /** per split verb / double negative / vague reference per sentence */
  structure: 3,
  /** per 0.1 syllable per word above 1.5 */
  syllables: 1,
} as const;

/** Pseudo-counts that damp the rates of very short texts. */
export const SMOOTHING_WORDS = 30;
export const SMOOTHING_SENTENCES = 2;

/** Upper bounds (exclusive) of the difficulty score for A2, B1 and B2; above is C1.
 * A2 means the model counts nothing: no findings it weighs and at most 6 words per sentence. */
export const THRESHOLDS = { A2: 0.05, B1: 8, B2: 22 } as const;

export function signals(m: ModelInput): Signals {
  const words = Math.max(1, m.words);
  const sentences = Math.max(1, m.sentences);
  const wps = m.words / sentences;
  const spw = m.syllables / words;
  const per100 = (n: number): number => (n * 100) / words;
  // For the score, rates are smoothed: a very short text (an editor's first
  // sentence) should not jump to C1 because of one word.
  const smooth = (n: number): number => (n * 100) / (words + SMOOTHING_WORDS);
  const perSentence = (n: number): number => n / (sentences + SMOOTHING_SENTENCES);
  const s: Signals = {
    longSentenceShare: m.longSentences / sentences,
    difficultPer100: per100(m.difficult),
    officialesePer100: per100(m.officialese),
    passivePerSentence: m.passive / sentences,
    nounStylePer100: per100(m.nounStyle),
    structurePerSentence: m.structure / sentences,
    wordsPerParagraph: m.words / Math.max(1, m.paragraphs),
    difficulty: 0,
  };
  const d =
    WEIGHTS.wordsPerSentence * Math.max(0, wps - 6) +
    WEIGHTS.longSentenceShare * perSentence(m.longSentences) +
    WEIGHTS.difficult * smooth(m.difficult) +
    WEIGHTS.officialese * smooth(m.officialese) +
    WEIGHTS.passive * perSentence(m.passive) +
    WEIGHTS.nounStyle * smooth(m.nounStyle) +
    WEIGHTS.structure * perSentence(m.structure) +
    WEIGHTS.syllables * Math.max(0, (spw - 1.5) * 10);
  s.difficulty = round(d, 2);
  s.longSentenceShare = round(s.longSentenceShare, 3);
  s.difficultPer100 = round(s.difficultPer100, 2);
  s.officialesePer100 = round(s.officialesePer100, 2);
  s.passivePerSentence = round(s.passivePerSentence, 3);
  s.nounStylePer100 = round(s.nounStylePer100, 2);
  s.structurePerSentence = round(s.structurePerSentence, 3);
  s.wordsPerParagraph = round(s.wordsPerParagraph, 1);
  return s;
}

export function levelFor(difficulty: number): Level {
  if (difficulty < THRESHOLDS.A2) return 'A2';
  if (difficulty < THRESHOLDS.B1) return 'B1';
  if (difficulty < THRESHOLDS.B2) return 'B2';
  return 'C1';
}

export function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
