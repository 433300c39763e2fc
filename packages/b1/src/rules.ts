// Per-block analysis: sentences, figures and findings. Offsets are relative
// to the block, so a block's result can be cached and reused after an edit
// elsewhere in the text.
import type { BlockKind, Category, Finding, Severity } from './types.js';
import { countSyllables } from './syllables.js';
import { type Token, T, tokenize, splitSentences, countsAsWord, ABBREVIATIONS, DOTTED } from './segment.js';
import { wordInfo, directBand, officialeseIndex, isParticiple, WORDEN, ZIJN, HEBBEN, MODALS, ZIJN_VERBS } from './lexicon.js';

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
  const phrases = officialeseIndex();

  for (const sent of sentences) {
    let words = 0;
    let syll = 0;
    const officialTok = new Set<number>();
    for (let i = sent.from; i < sent.to; i++) {
      const tok = tokens[i] as Token;
      if (!countsAsWord(tok)) continue;
      words += 1;
      if (tok.t === T.Word) syll += countSyllables(tok.w);
      else if (tok.t === T.Number) syll += 2;
      else if (tok.t === T.Abbr) syll += Math.max(1, tok.w.replace(/[^\p{L}]/gu, '').length);
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
      const tok = tokens[i] as Token;
      if (tok.t !== T.Word && tok.t !== T.Abbr) continue;
      const cands = phrases.get(tok.w);
      if (!cands) continue;
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
        for (let q = i; q < i + p.words.length; q++) officialTok.add(q);
        i += p.words.length - 1;
        break;
      }
    }

    // words: difficult, long compounds, abbreviations, acronyms, address, vague words
    for (let i = sent.from; i < sent.to; i++) {
      const tok = tokens[i] as Token;
      const raw = text.slice(tok.s, tok.e);
      if (tok.t === T.Abbr) {
        if (officialTok.has(i)) continue;
        const full = DOTTED[tok.w] ?? ABBREVIATIONS[tok.w.slice(0, -1)];
        if (full && !/^\p{Lu}\.$/u.test(raw)) {
          add(finding('abbreviation', tok.s, tok.e, 'warning', `Schrijf de hele woorden in plaats van de afkorting '${raw}'.`, full));
        }
        continue;
      }
      if (tok.t !== T.Word) continue;
      const w = tok.w;
      if (FORMAL.has(w)) formal.push([tok.s, tok.e]);
      else if (INFORMAL.has(w)) informal.push([tok.s, tok.e]);
      // acronyms: two or more capitals
      if (tok.cap && raw.length <= 7 && /^[\p{Lu}\d&]{2,7}$/u.test(raw) && /\p{Lu}.*\p{Lu}/u.test(raw) && !ACRONYM_OK.has(raw) && !ROMAN.test(raw)) {
        const prev = tokens[i - 1];
        const next = tokens[i + 1];
        const after = tokens[i + 2];
        const inParens = prev?.w === '(' && next?.w === ')' && i - 2 >= sent.from;
        const explainedAfter = next?.w === '(' && after !== undefined && after.t === T.Word;
        acronyms.push({ text: raw, s: tok.s, e: tok.e, explained: inParens || explainedAfter });
        continue;
      }
      const vague = VAGUE_WORDS[w];
      if (vague && !officialTok.has(i)) {
        add(finding('vague-reference', tok.s, tok.e, 'info', `Het is niet duidelijk waar '${raw}' naar verwijst.`, vague));
        continue;
      }
      if ((w === 'dit' || w === 'dat' || w === 'deze') && i === sent.from) {
        const next = tokens[i + 1];
        if (next && next.t === T.Word && VAGUE_AFTER_DIT.has(next.w) && next.w !== 'heeft' && next.w !== 'kan' && next.w !== 'moet' && next.w !== 'wordt') {
          add(finding('vague-reference', tok.s, tok.e, 'info', `Waar verwijst '${raw}' naar? Noem het onderwerp opnieuw.`));
          continue;
        }
      }
      if (officialTok.has(i)) continue;
      const letters = w.replace(/[-']/g, '').length;
      const midCap = tok.cap && i !== sent.from && !(i === sent.from + 1 && (tokens[sent.from] as Token).t === T.Punct);
      if (midCap || letters < 6 || /\d/.test(w)) continue;
      const info = wordInfo(w);
      const nParts = info.parts ? info.parts.length : 1;
      const isLong = letters >= 18 || (letters >= 14 && nParts >= 3);
      if (isLong) {
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

    // clause-level patterns: passive, split verbs, double negatives, noun style
    const clauses: [number, number][] = [];
    {
      let cs = sent.from;
      for (let i = sent.from; i < sent.to; i++) {
        const tok = tokens[i] as Token;
        const brk = (tok.t === T.Punct && /[,;:()–—]/.test(tok.w)) || (tok.t === T.Word && CLAUSE_WORDS.has(tok.w) && i > cs);
        if (brk) {
          if (i > cs) clauses.push([cs, i]);
          cs = tok.t === T.Word ? i : i + 1;
        }
      }
      if (cs < sent.to) clauses.push([cs, sent.to]);
    }
    for (const [cs, ce] of clauses) {
      const wordsIdx: number[] = [];
      for (let i = cs; i < ce; i++) if ((tokens[i] as Token).t === T.Word) wordsIdx.push(i);
      // passive: worden/zijn + participle in the same clause
      let passiveDone = false;
      for (let a = 0; a < wordsIdx.length && !passiveDone; a++) {
        const ai = wordsIdx[a] as number;
        const aw = (tokens[ai] as Token).w;
        const isWorden = WORDEN.has(aw);
        const isZijn = ZIJN.has(aw);
        if (!isWorden && !isZijn) continue;
        const hasHebben = wordsIdx.some((q) => HEBBEN.has((tokens[q] as Token).w));
        // search after the auxiliary (split form), then just before it (subclause order)
        const cand: number[] = [];
        for (let b = a + 1; b < wordsIdx.length && b <= a + 12; b++) {
          const bw = (tokens[wordsIdx[b] as number] as Token).w;
          if (WORDEN.has(bw) || ZIJN.has(bw)) break; // a nearer auxiliary takes over
          cand.push(wordsIdx[b] as number);
        }
        for (let b = a - 1; b >= 0 && b >= a - 2; b--) cand.push(wordsIdx[b] as number);
        for (const pi of cand) {
          const pw = (tokens[pi] as Token).w;
          if (!isParticiple(pw)) continue;
          const prev = tokens[pi - 1];
          if (prev && pi - 1 !== ai && prev.t === T.Word && (DETERMINERS.has(prev.w) || prev.w === 'te')) continue;
          if (isZijn && (ZIJN_VERBS.has(pw) || hasHebben)) continue;
          if (pw === 'geworden' || pw === 'geweest') continue;
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
          passiveDone = true;
          break;
        }
      }
      // split verb construction (tangconstructie): auxiliary far from the clause-final verb
      for (let a = 0; a < wordsIdx.length; a++) {
        const ai = wordsIdx[a] as number;
        const aw = (tokens[ai] as Token).w;
        if (!(MODALS.has(aw) || HEBBEN.has(aw) || WORDEN.has(aw) || (ZIJN.has(aw) && aw !== 'zijn'))) continue;
        if (a > 3) break; // the finite verb of a main clause comes early
        const lastIdx = wordsIdx[wordsIdx.length - 1];
        if (lastIdx === undefined || lastIdx === ai) break;
        // the verb cluster at the end: up to two words
        let endIdx = -1;
        for (let b = wordsIdx.length - 1; b >= Math.max(a + 1, wordsIdx.length - 2); b--) {
          const wi = wordsIdx[b] as number;
          const w = (tokens[wi] as Token).w;
          const prev = tokens[wi - 1];
          const afterDet = prev !== undefined && prev.t === T.Word && DETERMINERS.has(prev.w);
          if ((isParticiple(w) || isInfinitiveLike(w)) && !afterDet) {
            endIdx = b;
            break;
          }
        }
        if (endIdx < 0) break;
        const gap = endIdx - a - 1;
        if (gap >= 8) {
          const endTok = tokens[wordsIdx[endIdx] as number] as Token;
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
      const negs: number[] = [];
      for (let q = 0; q < wordsIdx.length; q++) {
        const wi = wordsIdx[q] as number;
        const w = (tokens[wi] as Token).w;
        const next = tokens[wordsIdx[q + 1] ?? -1];
        if (w === 'niet' && next && (next.w === 'alleen' || next.w === 'meer' || next.w === 'eens')) continue;
        if (NEGATIONS.has(w)) negs.push(wi);
        if (w === 'niet' && next && ((next.w.startsWith('on') && next.w.length >= 7 && !next.w.startsWith('onder') && !next.w.startsWith('ont')) || next.w === 'zonder' || next.w.startsWith('zonder'))) {
          negs.push(wordsIdx[q + 1] as number);
        }
      }
      if (negs.length >= 2) {
        const s = (tokens[negs[0] as number] as Token).s;
        const e = (tokens[negs[negs.length - 1] as number] as Token).e;
        add(finding('double-negative', s, e, 'warning', 'Dubbele ontkenning. Dat is moeilijk te begrijpen. Zeg het positief.'));
      }
      // noun style: "de verlenging van", "het aanvragen van", "tot een beslissing komen"
      for (let q = 1; q < wordsIdx.length - 1; q++) {
        const wi = wordsIdx[q] as number;
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
    }
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
