// Per-block analysis: sentences, figures and findings. Offsets are relative
// to the block, so a block's result can be cached and reused after an edit
// elsewhere in the text.
import type { BlockKind, Category, Finding, Severity } from './types.js';
import { countSyllables } from './syllables.js';
import { type Token, type TokKind, T, tokenize, splitSentences, ABBREVIATIONS, DOTTED } from './segment.js';
import { type Phrase, type WordInfo, wordInfo, directBand, officialeseIndex, isParticiple, WORDEN, ZIJN, HEBBEN, MODALS, ZIJN_VERBS } from './lexicon.js';

export interface SentenceFigures {
  s: number;
  e: number;
  words: number;
  syllables: number;
}

export interface Acronym {
  text: string;
  s: number;
  e: number;
  explained: boolean;
}

export interface BlockResult {
  kind: BlockKind;
  words: number;
  syllables: number;
  sentences: SentenceFigures[];
  findings: Finding[];
  acronyms: Acronym[];
  /** Offsets of 'u' forms and 'je' forms addressing the reader. */
  formal: [number, number][];
  informal: [number, number][];
  /** Counts per category (before any filtering), for the level model. */
  tally: Partial<Record<Category, number>>;
}

export const LONG_SENTENCE = 15;
export const VERY_LONG_SENTENCE = 20;

const DETERMINERS = new Set([
  'de', 'het', 'een', 'dit', 'dat', 'deze', 'die', 'ons', 'onze', 'uw', 'hun', 'zijn', 'haar',
  'mijn', 'jouw', 'je', 'elk', 'elke', 'ieder', 'iedere', 'geen', 'welk', 'welke', 'wiens',
]);
// 'de verlenging van' is noun style; 'een verklaring van de dokter' is an ordinary noun.
const DEFINITE = new Set(['de', 'het', 'deze', 'die', 'dit']);
const CLAUSE_WORDS = new Set([
  'dat', 'omdat', 'zodat', 'als', 'wanneer', 'want', 'maar', 'terwijl', 'doordat', 'nadat',
  'voordat', 'indien', 'hoewel', 'waardoor', 'waarin', 'waarbij', 'waarmee', 'zodra', 'tenzij', 'of', 'en',
  'wat', 'wie', 'waar', 'hoe', 'welke',
]);
const NEGATIONS = new Set(['niet', 'geen', 'nooit', 'niemand', 'niets', 'nergens', 'noch', 'nimmer', 'geenszins']);
const FORMAL = new Set(['u', 'uw', 'uzelf']);
const INFORMAL = new Set(['je', 'jij', 'jou', 'jouw', 'jullie', 'jezelf', "jij's"]);
const ACRONYM_OK = new Set(['EU', 'NL', 'OK', 'TV', 'PC', 'ID', 'WC', 'PDF', 'SMS', 'DNA', 'AOW', 'BTW', 'CV', 'USB', 'WIFI', 'IBAN']);
const ROMAN = /^(?=[IVXLC]{2,})M*(C[MD]|D?C{0,3})(X[CL]|L?X{0,3})(I[XV]|V?I{0,3})$/;

const VAGUE_WORDS: Record<string, string> = {
  bovenstaande: 'Zeg opnieuw waar het over gaat.',
  bovengenoemde: 'Noem het onderwerp opnieuw.',
  bovenvermelde: 'Noem het onderwerp opnieuw.',
  laatstgenoemde: 'Noem het onderwerp opnieuw.',
  eerstgenoemde: 'Noem het onderwerp opnieuw.',
  eerdergenoemde: 'Noem het onderwerp opnieuw.',
  voorgaande: 'Zeg opnieuw waar het over gaat.',
  voornoemde: 'Noem het onderwerp opnieuw.',
  dergelijke: 'Zeg precies wat u bedoelt.',
  zulks: 'Zeg precies wat u bedoelt.',
  hetgeen: 'Zeg precies wat u bedoelt.',
  hiervan: 'Zeg waar het over gaat.',
  daarvan: 'Zeg waar het over gaat.',
  hiertoe: 'Zeg waar het over gaat.',
  daartoe: 'Zeg waar het over gaat.',
  hieromtrent: 'Zeg waar het over gaat.',
  desbetreffende: 'Noem het onderwerp opnieuw.',
  betreffende: 'Noem het onderwerp opnieuw.',
};
const VAGUE_AFTER_DIT = new Set(['betekent', 'houdt', 'geldt', 'gebeurt', 'zorgt', 'leidt', 'heeft', 'maakt', 'kan', 'moet', 'wordt']);

const NOUN_STYLE_SKIP = new Set([
  'woning', 'omgeving', 'richting', 'vereniging', 'regering', 'ervaring', 'informatie', 'organisatie',
  'situatie', 'locatie', 'relatie', 'vakantie', 'politie', 'advertentie', 'administratie', 'kring',
  'ring', 'tekening', 'rekening', 'afdeling', 'opleiding', 'uitkering', 'voorziening', 'verzekering',
  'bijeenkomst', 'stichting', 'inleiding', 'stemming', 'vergoeding', 'verkiezing', 'wetgeving',
  'leiding', 'kleding', 'oefening', 'vergadering', 'mening', 'natie', 'station', 'generatie', 'ruimte',
]);

// Infinitives that are ordinary nouns ('het vertrouwen van de inwoners').
const INFINITIVE_NOUNS = new Set(['vertrouwen', 'leven', 'eten', 'wezen', 'verleden', 'vermogen', 'inkomen', 'verlangen', 'gedrag', 'lezen', 'drinken', 'geweten', 'belang', 'wonen', 'werken', 'overlijden', 'uiterlijk', 'bestaan', 'ontstaan', 'optreden', 'handelen', 'zijn', 'weten', 'welbevinden']);

// Officialese phrases that are ordinary after these words ('om te weten', 'het schrijven').
const NOT_AFTER: Record<string, string[]> = {
  'te weten': ['om', 'niet', 'wil', 'willen', 'graag'],
  'mede': ['de'],
  'wijze': ['de', 'een'],
};

/** Text of a range with line breaks and runs of spaces as one space. */
function clip(text: string, s: number, e: number): string {
  return text.slice(s, e).replace(/\s+/g, ' ');
}

function finding(category: Category, s: number, e: number, severity: Severity, message: string, suggestion?: string): Finding {
  const f: Finding = { category, start: s, end: e, message, severity };
  if (suggestion !== undefined) f.suggestion = suggestion;
  return f;
}

/** Verb alternative for a nominalisation ('verlenging' -> 'verlengen', 'voldoening' -> 'voldoen'), or null. */
export function verbFor(noun: string): string | null {
  if (NOUN_STYLE_SKIP.has(noun)) return null;
  let stems: string[] = [];
  let ends: string[] = [];
  if (noun.length >= 7 && noun.endsWith('ing')) {
    stems = [noun.slice(0, -3)];
    ends = ['en', ''];
  } else if (noun.length >= 8 && noun.endsWith('isatie')) {
    stems = [noun.slice(0, -6) + 'is'];
    ends = ['eren'];
  } else if (noun.length >= 7 && noun.endsWith('atie')) {
    stems = [noun.slice(0, -4)];
    ends = ['eren'];
  }
  for (const stem of stems) for (const end of ends) if (stem.length >= 3 && directBand(stem + end) <= 5) return stem + end;
  return null;
}

/** Is this an infinitive whose first person ('aanvragen' -> 'aanvraag') is also a known word? */
function isKnownInfinitive(w: string): boolean {
  if (!w.endsWith('en') || w.length < 6 || directBand(w) > 4) return false;
  const stem = w.slice(0, -2);
  const n = stem.length;
  const cands = [stem];
  if (n >= 2 && stem[n - 1] === stem[n - 2]) cands.push(stem.slice(0, -1));
  if (n >= 2 && /[aeou]/.test(stem[n - 2] as string) && !/[aeiou]/.test(stem[n - 1] as string)) cands.push(stem.slice(0, -1) + stem[n - 2] + stem[n - 1]);
  const soft = cands.map((c) => c.replace(/v$/, 'f').replace(/z$/, 's'));
  return [...cands, ...soft].some((c) => directBand(c) <= 5);
}

function isInfinitiveLike(w: string): boolean {
  return w.length >= 4 && w.endsWith('en') && !w.endsWith('heden');
}

// ---------------------------------------------------------------- word records

// What the rules need to know about a word, looked up once per distinct word
// instead of once per token (one Map look-up per token in a large text).
const F_FORMAL = 1;
const F_INFORMAL = 2;
const F_CLAUSE = 4;
const F_WORDEN = 8;
const F_ZIJN = 16;
const F_HEBBEN = 32;
const F_NEGATION = 64;
const F_DETERMINER = 128;
/** An auxiliary or modal that can open a split verb construction. */
const F_SPLIT_AUX = 256;

class Lex {
  readonly flags: number;
  /** Syllables as counted for sentence figures (for an abbreviation: its letters). */
  readonly syl: number;
  readonly phrases: Phrase[] | undefined;
  /** The plainer wording for a vague word (own keys only: "constructor" is a word, not a finding). */
  readonly vague: string | undefined;
  /** Full form of an abbreviation token. */
  readonly abbrFull: string | undefined;
  /** Letters without hyphens and apostrophes. */
  readonly letters: number;
  readonly digit: boolean;
  readonly infinitiveLike: boolean;
  private wi: WordInfo | null = null;
  private part = -1;

  constructor(
    readonly w: string,
    abbr: boolean,
  ) {
    let f = 0;
    if (FORMAL.has(w)) f |= F_FORMAL;
    if (INFORMAL.has(w)) f |= F_INFORMAL;
    if (CLAUSE_WORDS.has(w)) f |= F_CLAUSE;
    if (WORDEN.has(w)) f |= F_WORDEN;
    if (ZIJN.has(w)) f |= F_ZIJN;
    if (HEBBEN.has(w)) f |= F_HEBBEN;
    if (NEGATIONS.has(w)) f |= F_NEGATION;
    if (DETERMINERS.has(w)) f |= F_DETERMINER;
    if (MODALS.has(w) || HEBBEN.has(w) || WORDEN.has(w) || (ZIJN.has(w) && w !== 'zijn')) f |= F_SPLIT_AUX;
    this.flags = f;
    this.syl = abbr ? Math.max(1, w.replace(/[^\p{L}]/gu, '').length) : countSyllables(w);
    this.phrases = officialeseIndex().get(w);
    this.vague = abbr ? undefined : (Object.hasOwn(VAGUE_WORDS, w) ? VAGUE_WORDS[w] : undefined);
    this.abbrFull = abbr ? (DOTTED[w] ?? ABBREVIATIONS[w.slice(0, -1)]) : undefined;
    this.letters = w.replace(/[-']/g, '').length;
    this.digit = /\d/.test(w);
    this.infinitiveLike = isInfinitiveLike(w);
  }

  info(): WordInfo {
    if (this.wi === null) this.wi = wordInfo(this.w);
    return this.wi;
  }

  participle(): boolean {
    if (this.part < 0) this.part = isParticiple(this.w) ? 1 : 0;
    return this.part === 1;
  }
}

const lexCache = new Map<string, Lex>();

/** The record of a word or abbreviation token (their normalised texts never overlap: only abbreviations contain '.' or '/'). */
function lexOf(w: string, t: TokKind): Lex {
  let r = lexCache.get(w);
  if (r === undefined) {
    if (lexCache.size >= 100_000) lexCache.clear();
    r = new Lex(w, t === T.Abbr);
    lexCache.set(w, r);
  }
  return r;
}

const CLAUSE_PUNCT = new Set([',', ';', ':', '(', ')', '–', '—']);
const ACRONYM_SHAPE = /^[\p{Lu}\d&]{2,7}$/u;
const TWO_CAPITALS = /\p{Lu}.*\p{Lu}/u;
const CAPITAL_INITIAL = /^\p{Lu}\.$/u;

// Scratch arrays reused by every call (analyzeBlock does not re-enter); new
// typed arrays per paragraph were a visible cost on large texts.
let officialScratch = new Uint8Array(1024);
let clauseScratch = new Int32Array(1024);

/** Analyses one block of text; all offsets in the result are relative to the block. */
export function analyzeBlock(text: string, kind: BlockKind): BlockResult {
  const tokens = tokenize(text, 0, text.length);
  const sentences = splitSentences(tokens);
  const findings: Finding[] = [];
  const tally: Partial<Record<Category, number>> = {};
  const add = (f: Finding): void => {
    findings.push(f);
    tally[f.category] = (tally[f.category] ?? 0) + 1;
  };
  const acronyms: Acronym[] = [];
  const formal: [number, number][] = [];
  const informal: [number, number][] = [];
  const figures: SentenceFigures[] = [];
  let blockWords = 0;
  let blockSyll = 0;

  const nt = tokens.length;
  // records of the word and abbreviation tokens; undefined for other tokens
  const recs: (Lex | undefined)[] = new Array(nt);
  for (let i = 0; i < nt; i++) {
    const tok = tokens[i] as Token;
    if (tok.t === T.Word || tok.t === T.Abbr) recs[i] = lexOf(tok.w, tok.t);
  }
  const rec = (i: number): Lex => recs[i] as Lex;
  if (officialScratch.length < nt) {
    officialScratch = new Uint8Array(nt * 2);
    clauseScratch = new Int32Array(nt * 2);
  }
  /** Tokens that are part of an officialese phrase. */
  const official = officialScratch;
  official.fill(0, 0, nt);
  /** Word tokens of the current clause. */
  const widx = clauseScratch;

  /** Passive with the auxiliary at ai and a participle at pi? Adds the finding. */
  const passiveAt = (ai: number, pi: number, isZijn: boolean, hasHebben: boolean): boolean => {
    if (!rec(pi).participle()) return false;
    const pw = (tokens[pi] as Token).w;
    const prev = tokens[pi - 1];
    if (prev && pi - 1 !== ai && prev.t === T.Word && ((rec(pi - 1).flags & F_DETERMINER) !== 0 || prev.w === 'te')) return false;
    if (isZijn && (ZIJN_VERBS.has(pw) || hasHebben)) return false;
    if (pw === 'geworden' || pw === 'geweest') return false;
    const s = Math.min((tokens[ai] as Token).s, (tokens[pi] as Token).s);
    const e = Math.max((tokens[ai] as Token).e, (tokens[pi] as Token).e);
    add(
      finding(
        'passive',
        s,
        e,
        'info',
        `Lijdende vorm: '${e - s > 40 ? `${(tokens[ai] as Token).w} ... ${pw}` : clip(text, s, e)}'. Zeg wie iets doet.`,
        'Schrijf actief, bijvoorbeeld: "Wij sturen u ..." in plaats van "U wordt ... gestuurd".',
      ),
    );
    return true;
  };

  // clause-level patterns: passive, split verbs, double negatives, noun style
  const clause = (cs: number, ce: number): void => {
    let nw = 0;
    for (let i = cs; i < ce; i++) if ((tokens[i] as Token).t === T.Word) widx[nw++] = i;
    // passive: worden/zijn + participle in the same clause
    let hasHebben = -1;
    for (let a = 0; a < nw; a++) {
      const ai = widx[a] as number;
      const af = rec(ai).flags;
      const isWorden = (af & F_WORDEN) !== 0;
      const isZijn = (af & F_ZIJN) !== 0;
      if (!isWorden && !isZijn) continue;
      if (hasHebben < 0) {
        hasHebben = 0;
        for (let q = 0; q < nw; q++) if ((rec(widx[q] as number).flags & F_HEBBEN) !== 0) hasHebben = 1;
      }
      // search after the auxiliary (split form), then just before it (subclause order)
      let done = false;
      for (let b = a + 1; b < nw && b <= a + 12; b++) {
        const bi = widx[b] as number;
        if ((rec(bi).flags & (F_WORDEN | F_ZIJN)) !== 0) break; // a nearer auxiliary takes over
        if (passiveAt(ai, bi, isZijn, hasHebben === 1)) {
          done = true;
          break;
        }
      }
      if (!done) {
        for (let b = a - 1; b >= 0 && b >= a - 2; b--) {
          if (passiveAt(ai, widx[b] as number, isZijn, hasHebben === 1)) {
            done = true;
            break;
          }
        }
      }
      if (done) break;
    }
    // split verb construction (tangconstructie): auxiliary far from the clause-final verb
    for (let a = 0; a < nw; a++) {
      const ai = widx[a] as number;
      if ((rec(ai).flags & F_SPLIT_AUX) === 0) continue;
      if (a > 3) break; // the finite verb of a main clause comes early
      const lastIdx = widx[nw - 1] as number;
      if (lastIdx === ai) break;
      // the verb cluster at the end: up to two words
      let endIdx = -1;
      for (let b = nw - 1; b >= Math.max(a + 1, nw - 2); b--) {
        const wi = widx[b] as number;
        const r = rec(wi);
        const prev = tokens[wi - 1];
        const afterDet = prev !== undefined && prev.t === T.Word && (rec(wi - 1).flags & F_DETERMINER) !== 0;
        if ((r.participle() || r.infinitiveLike) && !afterDet) {
          endIdx = b;
          break;
        }
      }
      if (endIdx < 0) break;
      const gap = endIdx - a - 1;
      if (gap >= 8) {
        const endTok = tokens[widx[endIdx] as number] as Token;
        add(
          finding(
            'split-verb',
            (tokens[ai] as Token).s,
            endTok.e,
            gap >= 12 ? 'warning' : 'info',
            `De werkwoorden '${(tokens[ai] as Token).w}' en '${endTok.w}' staan ver uit elkaar (${gap} woorden ertussen). Zet ze dichter bij elkaar.`,
          ),
        );
      }
      break;
    }
    // double negatives
    let negs = 0;
    let negFirst = -1;
    let negLast = -1;
    for (let q = 0; q < nw; q++) {
      const wi = widx[q] as number;
      const w = (tokens[wi] as Token).w;
      const next = q + 1 < nw ? tokens[widx[q + 1] as number] : undefined;
      if (w === 'niet' && next && (next.w === 'alleen' || next.w === 'meer' || next.w === 'eens')) continue;
      if ((rec(wi).flags & F_NEGATION) !== 0) {
        if (negs++ === 0) negFirst = wi;
        negLast = wi;
      }
      if (w === 'niet' && next && ((next.w.startsWith('on') && next.w.length >= 7 && !next.w.startsWith('onder') && !next.w.startsWith('ont')) || next.w === 'zonder' || next.w.startsWith('zonder'))) {
        if (negs++ === 0) negFirst = widx[q + 1] as number;
        negLast = widx[q + 1] as number;
      }
    }
    if (negs >= 2) {
      const s = (tokens[negFirst] as Token).s;
      const e = (tokens[negLast] as Token).e;
      add(finding('double-negative', s, e, 'warning', 'Dubbele ontkenning. Dat is moeilijk te begrijpen. Zeg het positief.'));
    }
    // noun style: "de verlenging van", "het aanvragen van", "tot een beslissing komen"
    for (let q = 1; q < nw - 1; q++) {
      const wi = widx[q] as number;
      const w = (tokens[wi] as Token).w;
      const prev = tokens[wi - 1] as Token;
      const next = tokens[wi + 1];
      if (!next || next.w !== 'van' || !DEFINITE.has(prev.w)) continue;
      let verb: string | null = null;
      if (prev.w === 'het' && INFINITIVE_NOUNS.has(w)) continue;
      if (prev.w === 'het' && w.length >= 7 && isKnownInfinitive(w)) verb = w;
      else verb = verbFor(w);
      if (!verb) continue;
      add(
        finding(
          'noun-style',
          prev.s,
          next.e,
          'info',
          `Gebruik liever een werkwoord dan '${clip(text, prev.s, next.e)}'. Dat leest makkelijker.`,
          `Gebruik het werkwoord '${verb}'.`,
        ),
      );
    }
  };

  for (const sent of sentences) {
    let words = 0;
    let syll = 0;
    for (let i = sent.from; i < sent.to; i++) {
      const t = (tokens[i] as Token).t;
      if (t > T.Url) continue; // not a word for sentence length
      words += 1;
      if (t === T.Word || t === T.Abbr) syll += rec(i).syl;
      else if (t === T.Number) syll += 2;
      else syll += 3;
    }
    figures.push({ s: sent.s, e: sent.e, words, syllables: syll });
    blockWords += words;
    blockSyll += syll;

    // long sentences (headings are not sentences to shorten)
    if ((kind === 'paragraph' || kind === 'list-item') && words > LONG_SENTENCE) {
      const strong = words > VERY_LONG_SENTENCE;
      add(
        finding(
          'long-sentence',
          sent.s,
          sent.e,
          strong ? 'error' : 'warning',
          strong
            ? `Deze zin is erg lang (${words} woorden). Maak er twee of drie zinnen van.`
            : `Deze zin is lang (${words} woorden). Houd zinnen korter dan 16 woorden.`,
        ),
      );
    }

    // officialese (longest phrase first)
    for (let i = sent.from; i < sent.to; i++) {
      const r = recs[i];
      if (r === undefined) continue; // only words and abbreviations
      const cands = r.phrases;
      if (!cands) continue;
      const tok = tokens[i] as Token;
      for (const p of cands) {
        let ok = true;
        let k = 1;
        for (; k < p.words.length; k++) {
          const t2 = tokens[i + k];
          if (!t2 || i + k >= sent.to || (t2.t !== T.Word && t2.t !== T.Abbr) || t2.w !== p.words[k]) {
            ok = false;
            break;
          }
        }
        if (!ok) continue;
        const before = tokens[i - 1];
        if (before && before.t === T.Word && NOT_AFTER[p.words.join(' ')]?.includes(before.w)) continue;
        const last = tokens[i + p.words.length - 1] as Token;
        const shown = clip(text, tok.s, last.e);
        add(finding('officialese', tok.s, last.e, 'warning', `'${shown}' is ambtelijke taal. Schrijf het eenvoudiger.`, p.alternative));
        for (let q = i; q < i + p.words.length; q++) official[q] = 1;
        i += p.words.length - 1;
        break;
      }
    }

    // words: difficult, long compounds, abbreviations, acronyms, address, vague words
    for (let i = sent.from; i < sent.to; i++) {
      const tok = tokens[i] as Token;
      if (tok.t === T.Abbr) {
        if (official[i]) continue;
        const full = rec(i).abbrFull;
        if (full) {
          const raw = text.slice(tok.s, tok.e);
          if (!CAPITAL_INITIAL.test(raw)) add(finding('abbreviation', tok.s, tok.e, 'warning', `Schrijf de hele woorden in plaats van de afkorting '${raw}'.`, full));
        }
        continue;
      }
      if (tok.t !== T.Word) continue;
      const r = rec(i);
      const w = tok.w;
      if ((r.flags & F_FORMAL) !== 0) formal.push([tok.s, tok.e]);
      else if ((r.flags & F_INFORMAL) !== 0) informal.push([tok.s, tok.e]);
      // acronyms: two or more capitals
      if (tok.cap && tok.e - tok.s <= 7) {
        const raw = text.slice(tok.s, tok.e);
        if (ACRONYM_SHAPE.test(raw) && TWO_CAPITALS.test(raw) && !ACRONYM_OK.has(raw) && !ROMAN.test(raw)) {
          const prev = tokens[i - 1];
          const next = tokens[i + 1];
          const after = tokens[i + 2];
          const inParens = prev?.w === '(' && next?.w === ')' && i - 2 >= sent.from;
          const explainedAfter = next?.w === '(' && after !== undefined && after.t === T.Word;
          acronyms.push({ text: raw, s: tok.s, e: tok.e, explained: inParens || explainedAfter });
          continue;
        }
      }
      const vague = r.vague;
      if (vague && !official[i]) {
        const raw = text.slice(tok.s, tok.e);
        add(finding('vague-reference', tok.s, tok.e, 'info', `Het is niet duidelijk waar '${raw}' naar verwijst.`, vague));
        continue;
      }
      if ((w === 'dit' || w === 'dat' || w === 'deze') && i === sent.from) {
        const next = tokens[i + 1];
        if (next && next.t === T.Word && VAGUE_AFTER_DIT.has(next.w) && next.w !== 'heeft' && next.w !== 'kan' && next.w !== 'moet' && next.w !== 'wordt') {
          const raw = text.slice(tok.s, tok.e);
          add(finding('vague-reference', tok.s, tok.e, 'info', `Waar verwijst '${raw}' naar? Noem het onderwerp opnieuw.`));
          continue;
        }
      }
      if (official[i]) continue;
      const letters = r.letters;
      const midCap = tok.cap && i !== sent.from && !(i === sent.from + 1 && (tokens[sent.from] as Token).t === T.Punct);
      if (midCap || letters < 6 || r.digit) continue;
      const info = r.info();
      const nParts = info.parts ? info.parts.length : 1;
      const isLong = letters >= 18 || (letters >= 14 && nParts >= 3);
      if (isLong) {
        const raw = text.slice(tok.s, tok.e);
        // show the parts only when the split looks reliable: every part a common word of 4+ letters
        const clean = info.parts !== null && info.parts.length > 1 && info.parts.every((p) => p.replace(/s$/, '').length >= 4 && wordInfo(p.replace(/s$/, '')).band <= 4);
        const parts = clean ? ` (${(info.parts as string[]).join(' + ')})` : '';
        const head = clean ? (info.parts as string[])[(info.parts as string[]).length - 1] : null;
        add(
          finding(
            'long-compound',
            tok.s,
            tok.e,
            letters >= 20 ? 'warning' : 'info',
            `'${raw}' is een lang woord${parts}. Lange woorden lezen moeilijk.`,
            head ? `Schrijf het in meer woorden. Begin met '${head}' en zeg dan waar het over gaat.` : 'Schrijf het in meer woorden.',
          ),
        );
        continue;
      }
      if (tok.cap && info.band === 6) continue; // probably a name at the start of a sentence
      if (info.band >= 5) {
        const raw = text.slice(tok.s, tok.e);
        add(
          finding(
            'difficult-word',
            tok.s,
            tok.e,
            info.band === 6 && letters >= 8 ? 'warning' : 'info',
            `'${raw}' is een moeilijk of weinig gebruikt woord. Kies een gewoner woord of leg het uit.`,
          ),
        );
      }
    }

    // clauses end at , ; : ( ) – — and before a clause word
    let cs = sent.from;
    for (let i = sent.from; i < sent.to; i++) {
      const tok = tokens[i] as Token;
      const brk = (tok.t === T.Punct && CLAUSE_PUNCT.has(tok.w)) || (tok.t === T.Word && (rec(i).flags & F_CLAUSE) !== 0 && i > cs);
      if (brk) {
        if (i > cs) clause(cs, i);
        cs = tok.t === T.Word ? i : i + 1;
      }
    }
    if (cs < sent.to) clause(cs, sent.to);
  }

  // long paragraphs
  if (kind === 'paragraph' && blockWords > 100) {
    const s0 = sentences[0];
    if (s0) {
      add(
        finding(
          'long-paragraph',
          s0.s,
          (sentences[sentences.length - 1] as { e: number }).e,
          blockWords > 150 ? 'warning' : 'info',
          `Dit stuk tekst is lang (${blockWords} woorden). Maak kortere stukken met een kopje erboven.`,
        ),
      );
    }
  }
  return { kind, words: blockWords, syllables: blockSyll, sentences: figures, findings, acronyms, formal, informal, tally };
}
