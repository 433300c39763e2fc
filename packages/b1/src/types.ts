/** CEFR-like level estimate of a text. */
export type Level = 'A2' | 'B1' | 'B2' | 'C1';

export type InputFormat = 'text' | 'html' | 'md';

export type Category =
  | 'long-sentence'
  | 'difficult-word'
  | 'officialese'
  | 'passive'
  | 'noun-style'
  | 'long-compound'
  | 'split-verb'
  | 'abbreviation'
  | 'double-negative'
  | 'vague-reference'
  | 'mixed-address'
  | 'long-paragraph';

/** info: worth a look; warning: usually fix for B1; error: fix for B1. */
export type Severity = 'info' | 'warning' | 'error';

export interface Finding {
  category: Category;
  /** Offset of the first character (UTF-16 code units, in the original input). */
  start: number;
  /** Offset just after the last character. */
  end: number;
  /** Short explanation in plain Dutch. */
  message: string;
  /** A plainer alternative, where one can be given. */
  suggestion?: string;
  severity: Severity;
}

export interface SentenceInfo {
  start: number;
  end: number;
  words: number;
  syllables: number;
  fleschDouma: number;
  brouwer: number;
  /** 'paragraph' for running text, 'heading', 'list-item', or 'line' (a short line such as a salutation). */
  block: BlockKind;
}

export type BlockKind = 'paragraph' | 'heading' | 'list-item' | 'line';

export interface Scores {
  fleschDouma: number;
  brouwer: number;
  wordsPerSentence: number;
  syllablesPerWord: number;
}

export interface Counts {
  sentences: number;
  words: number;
  paragraphs: number;
}

/** The signals the level model combines; all per text. */
export interface Signals {
  /** Share of sentences with more than 15 words (0..1). */
  longSentenceShare: number;
  /** Difficult or uncommon words per 100 words. */
  difficultPer100: number;
  /** Officialese phrases per 100 words. */
  officialesePer100: number;
  /** Passive constructions per sentence. */
  passivePerSentence: number;
  /** Noun-style and long compound findings per 100 words. */
  nounStylePer100: number;
  /** Split verb constructions, double negatives, vague references per sentence. */
  structurePerSentence: number;
  /** Average paragraph length in words. */
  wordsPerParagraph: number;
  /** The model's difficulty score (higher is harder). */
  difficulty: number;
}

export interface Analysis {
  level: Level;
  /** True when the level is at most B1 (A2 or B1). */
  isB1: boolean;
  scores: Scores;
  counts: Counts;
  signals: Signals;
  sentences: SentenceInfo[];
  findings: Finding[];
}

export interface AnalyzeOptions {
  /** Input format; HTML and Markdown are stripped to text, offsets stay in the input. Default 'text'. */
  format?: InputFormat;
  /** Categories to leave out of `findings` (they still count for the level). */
  ignore?: Category[];
}
