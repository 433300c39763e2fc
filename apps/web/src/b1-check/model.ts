// The B1-check page's view of an analysis: how each finding is drawn in the text, the plainer
// words one click can put in, what to fix first, and the findings at the cursor. Pure functions
// (no React, no DOM), so they are cheap to run on every keystroke.
import type { Analysis, Category, Finding, Severity } from '@helder/b1';

/** How a finding is drawn in the text: a word gets a colour, a phrase a thick line, a sentence a dotted line. */
export type MarkKind = 'term' | 'phrase' | 'sentence' | 'paragraph';

export const MARK_KIND: Record<Category, MarkKind> = {
  officialese: 'term',
  'difficult-word': 'term',
  'long-compound': 'term',
  abbreviation: 'term',
  'vague-reference': 'term',
  'mixed-address': 'term',
  passive: 'phrase',
  'split-verb': 'phrase',
  'double-negative': 'phrase',
  'noun-style': 'phrase',
  'long-sentence': 'sentence',
  'long-paragraph': 'paragraph',
};

// Bits of a segment's look. A term with only 'info' findings is drawn lighter than one to fix.
export const MARK_TERM = 1;
export const MARK_TERM_TIP = 2;
export const MARK_PHRASE = 4;
export const MARK_SENTENCE = 8;
export const MARK_PARAGRAPH = 16;
export const MARK_ACTIVE = 32;

/** A piece of the text with one look: `marks` is 0 for plain text. */
export interface Segment {
  start: number;
  end: number;
  marks: number;
}

function bitOf(f: Finding): number {
  const kind = MARK_KIND[f.category];
  if (kind === 'term') return f.severity === 'info' ? MARK_TERM_TIP : MARK_TERM;
  if (kind === 'phrase') return MARK_PHRASE;
  if (kind === 'sentence') return MARK_SENTENCE;
  return MARK_PARAGRAPH;
}

/**
 * The text cut where any finding starts or ends, each piece with the looks of every finding over
 * it (findings overlap: a word in a long sentence in a long paragraph). One sweep over the
 * findings' edges, O(n log n).
 */
export function segmentsOf(length: number, findings: readonly Finding[], active: Finding | null): Segment[] {
  // Edges as [position, bit, +1 | -1]; the active finding is one more layer.
  const edges: Array<[number, number, number]> = [];
  for (const f of findings) {
    if (f.end <= f.start || f.start >= length) continue;
    const bit = bitOf(f);
    edges.push([f.start, bit, 1], [Math.min(f.end, length), bit, -1]);
  }
  if (active && active.end > active.start && active.start < length) edges.push([active.start, MARK_ACTIVE, 1], [Math.min(active.end, length), MARK_ACTIVE, -1]);
  edges.sort((a, b) => a[0] - b[0]);
  const open = new Map<number, number>();
  const out: Segment[] = [];
  let position = 0;
  let marks = 0;
  for (let i = 0; i < edges.length; ) {
    const at = edges[i]![0];
    if (at > position) {
      out.push({ start: position, end: at, marks });
      position = at;
    }
    for (; i < edges.length && edges[i]![0] === at; i++) {
      const [, bit, step] = edges[i]!;
      const count = (open.get(bit) ?? 0) + step;
      open.set(bit, count);
      if (count > 0) marks |= bit;
      else marks &= ~bit;
    }
  }
  if (position < length) out.push({ start: position, end: length, marks: 0 });
  return out;
}

/** A plainer alternative one click puts into the text. */
export interface Replacement {
  /** The alternative as the analyser gives it, e.g. "van (datum)". */
  label: string;
  /** What goes into the text, e.g. "van"; with a capital when the words it replaces had one. */
  text: string;
}

// Only these categories suggest words to put in place of the marked words; the others give advice
// ("Gebruik het werkwoord 'verlengen'.").
const REPLACEABLE = new Set<Category>(['officialese', 'abbreviation', 'mixed-address']);

function withCaseOf(alternative: string, original: string): string {
  const first = original.charAt(0);
  if (first !== first.toLowerCase() && first === first.toUpperCase()) return alternative.charAt(0).toUpperCase() + alternative.slice(1);
  return alternative;
}

/** The alternatives of a finding (`original`: its words) that can go into the text as they are (not "om ... te krijgen"). */
export function replacementsOf(f: Finding, original: string): Replacement[] {
  if (!f.suggestion || !REPLACEABLE.has(f.category)) return [];
  const out: Replacement[] = [];
  for (const part of f.suggestion.split(' / ')) {
    const label = part.trim();
    if (!label || label.includes('...') || label.includes('…')) continue;
    // "van (datum)", "te zijner tijd (later)": the words in brackets explain, they do not go in.
    const plain = label.replace(/\s*\([^)]*\)\s*/g, ' ').replace(/\s+/g, ' ').trim();
    if (!plain || plain.toLowerCase() === original.toLowerCase()) continue;
    const replacement = withCaseOf(plain, original);
    if (!out.some((r) => r.text === replacement)) out.push({ label, text: replacement });
  }
  return out;
}

/** The text with a finding's words replaced; an abbreviation that ended a sentence keeps its full stop. */
export function applyReplacement(text: string, f: Finding, replacement: string): { text: string; caret: number } {
  let insert = replacement;
  const original = text.slice(f.start, f.end);
  if (original.endsWith('.') && !insert.endsWith('.')) {
    const after = text.slice(f.end).match(/^\s*(\S?)/)?.[1] ?? '';
    if (after === '' || (after !== after.toLowerCase() && after === after.toUpperCase())) insert += '.';
  }
  return { text: text.slice(0, f.start) + insert + text.slice(f.end), caret: f.start + insert.length };
}

/** The words a finding is about (`words`: the text of its range), on one line and not too long for a list. */
export function excerptOf(words: string, max = 90): string {
  words = words.replace(/\s+/g, ' ').trim();
  return words.length > max ? `${words.slice(0, max - 1)}…` : words;
}

/**
 * The findings at the cursor (or overlapping the selection), the most precise first: the finding
 * the selection is exactly on, then the shortest.
 */
export function findingsAt(findings: readonly Finding[], start: number, end: number): number[] {
  const out: number[] = [];
  findings.forEach((f, i) => {
    const hit = start === end ? f.start <= start && start <= f.end : f.start < end && start < f.end;
    if (hit) out.push(i);
  });
  const exact = (i: number) => (findings[i]!.start === start && findings[i]!.end === end ? 0 : 1);
  return out.sort((a, b) => exact(a) - exact(b) || findings[a]!.end - findings[a]!.start - (findings[b]!.end - findings[b]!.start) || a - b);
}

// What to fix first. Each category weighs by how much it hinders reading (the analyser's level
// model counts long sentences, passives and officialese most) and each finding by its severity.
const CATEGORY_WEIGHT: Record<Category, number> = {
  'long-sentence': 3,
  passive: 2,
  officialese: 2,
  'split-verb': 1.5,
  'double-negative': 1.5,
  'difficult-word': 1,
  'noun-style': 1,
  'long-compound': 1,
  abbreviation: 1,
  'vague-reference': 1,
  'mixed-address': 1,
  'long-paragraph': 1,
};
const SEVERITY_WEIGHT: Record<Severity, number> = { error: 3, warning: 2, info: 0.5 };

const plural = (n: number, one: string, more: string) => (n === 1 ? one : more);

/** What to do about a category, in plain Dutch, for `n` findings. */
export function adviceFor(category: Category, n: number): string {
  switch (category) {
    case 'long-sentence':
      return `Maak ${n} ${plural(n, 'lange zin', 'lange zinnen')} korter. Schrijf zinnen van niet meer dan 15 woorden.`;
    case 'officialese':
      return `Vervang ${n} ${plural(n, 'ambtelijk woord', 'ambtelijke woorden')} door gewone taal. Dat kan vaak met één klik.`;
    case 'passive':
      return `Schrijf ${n} ${plural(n, 'zin', 'zinnen')} zonder lijdende vorm. Zeg wie iets doet.`;
    case 'split-verb':
      return `Zet de werkwoorden ${n} keer dichter bij elkaar.`;
    case 'double-negative':
      return `Zeg ${n} keer iets positief, zonder twee ontkenningen.`;
    case 'difficult-word':
      return `Kijk naar ${n} ${plural(n, 'moeilijk woord', 'moeilijke woorden')}. Kies een woord dat iedereen kent, of leg het uit.`;
    case 'noun-style':
      return `Gebruik ${n} keer een werkwoord, zoals 'aanvragen' in plaats van 'de aanvraag van'.`;
    case 'long-compound':
      return `Schrijf ${n} ${plural(n, 'lang woord', 'lange woorden')} in meer woorden.`;
    case 'abbreviation':
      return `Schrijf bij ${n} ${plural(n, 'afkorting', 'afkortingen')} de hele woorden, of leg ${plural(n, 'die', 'ze')} uit.`;
    case 'vague-reference':
      return `Maak ${n} ${plural(n, 'verwijzing', 'verwijzingen')} duidelijk. Noem het onderwerp opnieuw.`;
    case 'mixed-address':
      return `Kies u of je. Pas ${n} ${plural(n, 'plek', 'plekken')} aan.`;
    case 'long-paragraph':
      return `Verdeel ${n} lange ${plural(n, 'stuk', 'stukken')} tekst in kortere stukken.`;
  }
}

export interface Priority {
  category: Category;
  count: number;
  /** Index of the category's first finding, to go to. */
  first: number;
  advice: string;
}

/** The (at most) three categories that help most when fixed: warnings and errors first. */
export function prioritiesOf(findings: readonly Finding[], max = 3): Priority[] {
  const byCategory = new Map<Category, { weight: number; count: number; first: number; serious: boolean }>();
  findings.forEach((f, i) => {
    const entry = byCategory.get(f.category) ?? { weight: 0, count: 0, first: i, serious: false };
    entry.weight += CATEGORY_WEIGHT[f.category] * SEVERITY_WEIGHT[f.severity];
    entry.count += 1;
    if (f.severity !== 'info') entry.serious = true;
    byCategory.set(f.category, entry);
  });
  return [...byCategory.entries()]
    .sort(([, a], [, b]) => Number(b.serious) - Number(a.serious) || b.weight - a.weight)
    .slice(0, max)
    .map(([category, e]) => ({ category, count: e.count, first: e.first, advice: adviceFor(category, e.count) }));
}

/** The short sentence a screen reader hears after a pause in typing. */
export function announcementOf(analysis: Analysis, levelText: string): string {
  if (analysis.counts.words === 0) return '';
  const n = analysis.findings.length;
  return `${levelText}. ${n === 0 ? 'Geen punten om naar te kijken.' : `${n} ${plural(n, 'punt', 'punten')} om naar te kijken.`}`;
}

const decimal = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1, minimumFractionDigits: 1 });
const whole = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0 });
export const formatDecimal = (n: number) => decimal.format(n);
export const formatWhole = (n: number) => whole.format(n);
