// Blocks (paragraphs, headings, list items), tokens and sentences.
import type { BlockKind } from './types.js';

export interface Block {
  kind: BlockKind;
  /** Start and end offsets of the block's text (list markers excluded). */
  start: number;
  end: number;
  /** List items that follow each other share a group number; paragraphs count once each. */
  group: number;
}

export const T = { Word: 0, Number: 1, Abbr: 2, Email: 3, Url: 4, Term: 5, Punct: 6 } as const;
export type TokKind = (typeof T)[keyof typeof T];

export interface Token {
  s: number;
  e: number;
  t: TokKind;
  /** Normalised lower-case text for words and abbreviations; raw text otherwise. */
  w: string;
  /** First letter is upper case. */
  cap: boolean;
}

export interface Sentence {
  s: number;
  e: number;
  /** Index range into the block's token array. */
  from: number;
  to: number;
}

const BULLET = /^[ \t]*(?:[-*•·–—▪◦+►✓]|\(?\d{1,2}[.)]|\(?[a-z][.)])[ \t]+/;
const TERMINAL_END = /[.!?:…]["'”’)\]]*$/;
const NO_HEADING_END = /[.!?:;,…]["'”’)\]]*$/;

interface Line {
  s: number;
  e: number;
  text: string;
}

function firstChar(text: string): string {
  const m = /\S/.exec(text);
  return m ? m[0] : '';
}

const isUpperStart = (c: string): boolean => c !== '' && (/\d/.test(c) || (c !== c.toLowerCase() && c === c.toUpperCase()));

function wordCount(text: string): number {
  const m = text.match(/\S+/g);
  return m ? m.length : 0;
}

/** Splits text into blocks. Lines of a paragraph may be wrapped; a blank line ends a paragraph. */
export function splitBlocks(text: string): Block[] {
  const lines: Line[] = [];
  let pos = 0;
  const n = text.length;
  while (pos <= n) {
    let eol = text.indexOf('\n', pos);
    if (eol < 0) eol = n;
    let e = eol;
    if (e > pos && text[e - 1] === '\r') e -= 1;
    lines.push({ s: pos, e, text: text.slice(pos, e) });
    pos = eol + 1;
  }
  const blocks: Block[] = [];
  let cur: Block | null = null;
  let lastLine: Line | null = null; // last non-blank line of cur
  let group = 0;
  let prevKind: BlockKind | null = null;
  const close = (): void => {
    if (cur) {
      // trim trailing whitespace
      while (cur.end > cur.start && /\s/.test(text[cur.end - 1] as string)) cur.end -= 1;
      // a one-line block without a full stop (salutation, signature, "Datum: 4 juni") is a 'line'
      if (cur.kind === 'paragraph' && lastLine && cur.start >= lastLine.s && !/[.!?…]["'”’)\]]*$/.test(text.slice(cur.start, cur.end)) && wordCount(text.slice(cur.start, cur.end)) <= 8) {
        cur.kind = 'line';
      }
      if (cur.end > cur.start) {
        if (cur.kind === 'list-item' && prevKind === 'list-item') cur.group = group;
        else cur.group = ++group;
        prevKind = cur.kind;
        blocks.push(cur);
      }
    }
    cur = null;
    lastLine = null;
  };
  const nextNonBlank = (i: number): Line | null => {
    for (let k = i + 1; k < lines.length; k++) if ((lines[k] as Line).text.trim()) return lines[k] as Line;
    return null;
  };
  // after blank lines, does the text go on in lower case (a sentence broken by a PDF page)?
  const continuesLower = (i: number): boolean => {
    const nx = nextNonBlank(i);
    return nx !== null && !isUpperStart(firstChar(nx.text)) && !BULLET.test(nx.text);
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line;
    const trimmed = line.text.trim();
    if (!trimmed) {
      if (!cur) continue;
      // A blank line inside a sentence (text copied from PDF): join when the next line goes on in lower case.
      const next = nextNonBlank(i);
      const c: Block = cur;
      if (next && lastLine && c.kind !== 'heading' && !TERMINAL_END.test(lastLine.text.trimEnd()) && !isUpperStart(firstChar(next.text)) && !BULLET.test(next.text)) continue;
      close();
      continue;
    }
    const lead = line.s + (line.text.length - line.text.trimStart().length);
    const bullet = BULLET.exec(line.text);
    if (bullet) {
      close();
      cur = { kind: 'list-item', start: line.s + bullet[0].length, end: line.e, group: 0 };
      lastLine = line;
      continue;
    }
    const startsSentence = !cur || !lastLine || TERMINAL_END.test(lastLine.text.trimEnd());
    const next = lines[i + 1];
    const nextText = next ? next.text : '';
    const nextFirst = firstChar(nextText);
    const heading =
      startsSentence &&
      isUpperStart(firstChar(trimmed)) &&
      !NO_HEADING_END.test(trimmed) &&
      wordCount(trimmed) <= 12 &&
      (!next || isUpperStart(nextFirst) || BULLET.test(nextText) || (!nextText.trim() && !continuesLower(i)));
    if (heading) {
      close();
      cur = { kind: 'heading', start: lead, end: line.e, group: 0 };
      lastLine = line;
      close();
      continue;
    }
    if (cur && (cur as Block).kind === 'list-item') {
      // continuation of a list item only when the item's sentence goes on
      const c: Block = cur;
      if (lastLine && !TERMINAL_END.test(lastLine.text.trimEnd()) && !isUpperStart(firstChar(trimmed))) {
        c.end = line.e;
        lastLine = line;
        continue;
      }
      close();
    }
    if (!cur) cur = { kind: 'paragraph', start: lead, end: line.e, group: 0 };
    else (cur as Block).end = line.e;
    lastLine = line;
  }
  close();
  return blocks;
}

// ---------------------------------------------------------------- tokens

// 1 url, 2 email, 3 dotted abbreviation, 4 number, 5 word, 6 terminal punctuation, 7 other
const TOKEN_RE =
  /((?:https?:\/\/|www\.)[^\s<>"')\]]*[^\s<>"').,;:!?\]]|[\p{L}\d-]+\.(?:nl|com|org|eu|be|net|info|gov)(?:\/[^\s<>"')\]]*)?(?![\p{L}\d]))|([\p{L}\d._%+-]+@[\p{L}\d-]+(?:\.[\p{L}\d-]+)+)|((?:\p{L}{1,4}\.){2,}(?![\p{L}\d])|\p{L}\/\p{L}(?![\p{L}\d]))|(\d+(?:[.,:/-]\d+)*(?:,-)?(?:e|ste|de)?(?![\p{L}\d]))|([\p{L}\p{M}\d]+(?:['’-][\p{L}\p{M}\d]+)*)|([.!?…]+)|(\S)/gu;

// Abbreviations written as one word and a full stop.
export const ABBREVIATIONS: Record<string, string> = {
  bijv: 'bijvoorbeeld', art: 'artikel', nr: 'nummer', jl: 'jongstleden (de laatste)', enz: 'enzovoort',
  evt: 'eventueel', incl: 'inclusief', excl: 'exclusief', tel: 'telefoon', ca: 'ongeveer',
  mevr: 'mevrouw', dhr: 'de heer', blz: 'bladzijde', resp: 'en (of: of)', max: 'maximaal',
  min: 'minimaal', vgl: 'vergelijk', zgn: 'zogenaamd', etc: 'enzovoort', afd: 'afdeling',
  jr: 'junior', sr: 'senior', mr: 'meester', dr: 'doctor', drs: 'doctorandus', ir: 'ingenieur',
  ing: 'ingenieur', prof: 'professor', bv: 'bijvoorbeeld', bijl: 'bijlage', cf: 'vergelijk',
  ovv: 'onder vermelding van', ivm: 'in verband met', mbt: 'over', tav: 'voor', tgv: 'door',
  vnl: 'vooral', vz: 'voorzitter', wo: 'waaronder', zg: 'zogenaamd', pag: 'pagina', str: 'straat',
  aug: 'augustus', sept: 'september', okt: 'oktober', nov: 'november', dec: 'december',
  jan: 'januari', feb: 'februari', apr: 'april', ma: 'maandag', di: 'dinsdag', wo_: 'woensdag',
  do: 'donderdag', vr: 'vrijdag', za: 'zaterdag', zo: 'zondag', ex: 'volgens', lid: 'lid',
};
// Dotted abbreviations and what they stand for.
export const DOTTED: Record<string, string> = {
  'd.d.': 'van (datum)', 'o.a.': 'onder andere', 'z.s.m.': 'zo snel mogelijk', 'i.v.m.': 'in verband met',
  'm.b.t.': 'over', 't.a.v.': 'voor', 'd.w.z.': 'dat wil zeggen', 'e.d.': 'en dergelijke',
  'e.a.': 'en anderen', 'o.b.v.': 'op basis van', 'n.a.v.': 'naar aanleiding van', 'i.p.v.': 'in plaats van',
  't.z.t.': 'te zijner tijd (later)', 'a.s.': 'aanstaande', 'z.o.z.': 'zie ommezijde (kijk op de achterkant)',
  's.v.p.': 'alstublieft', 'm.i.v.': 'vanaf', 'p.p.': 'per persoon', 'd.m.v.': 'door middel van',
  'i.o.m.': 'in overleg met', 'o.v.v.': 'onder vermelding van', 'i.c.m.': 'samen met',
  't.b.v.': 'voor', 'v.w.b.': 'wat betreft', 'e.e.a.': 'een en ander', 'n.v.t.': 'niet van toepassing',
  'z.g.a.n.': 'zo goed als nieuw', 't.o.v.': 'tegenover', 'i.s.m.': 'samen met', 'v.a.': 'vanaf',
  'p.a.': 'per adres', 'c.q.': 'of', 'a.u.b.': 'alstublieft', 'b.v.': 'bijvoorbeeld', 'bijv.': 'bijvoorbeeld',
  't/m': 'tot en met', 'z.i.': 'zijns inziens', 'm.a.w.': 'met andere woorden', 'm.n.': 'met name',
  'o.i.d.': 'of iets dergelijks', 'i.h.a.': 'in het algemeen', 'v.d.': 'van de', 'i.o.': 'in opdracht',
};
/** Abbreviations that may stand at the end of a sentence. */
const CAN_END = new Set(['enz.', 'etc.', 'e.d.', 'e.a.', 'o.i.d.', 'jl.', 'a.s.', 'n.v.t.']);

/** Tokenises text[start, end). */
export function tokenize(text: string, start: number, end: number): Token[] {
  const out: Token[] = [];
  const re = TOKEN_RE;
  re.lastIndex = start;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const s = m.index;
    if (s >= end) break;
    let e = s + m[0].length;
    if (e > end) e = end;
    let t: TokKind;
    let w = m[0];
    if (m[5] !== undefined) {
      t = T.Word;
      w = w.toLowerCase();
      if (w.includes('ĳ')) w = w.replace(/ĳ/g, 'ij');
      if (w.includes('’')) w = w.replace(/’/g, "'");
      // word + full stop that is an abbreviation or an initial
      if (text.charCodeAt(e) === 46 /* . */ && e < end) {
        const single = w.length === 1 && m[0] !== w; // upper-case initial
        if (single || Object.prototype.hasOwnProperty.call(ABBREVIATIONS, w)) {
          // not when the full stop ends the sentence before a capital after 'nr' etc. is fine; keep as abbreviation
          t = T.Abbr;
          e += 1;
          w += '.';
        }
      }
    } else if (m[4] !== undefined) t = T.Number;
    else if (m[6] !== undefined) t = T.Term;
    else if (m[7] !== undefined) t = T.Punct;
    else if (m[3] !== undefined) {
      t = T.Abbr;
      w = w.toLowerCase();
    } else if (m[2] !== undefined) t = T.Email;
    else t = T.Url;
    const c = m[0].charCodeAt(0);
    const ch = m[0][0] as string;
    const cap = c >= 65 && c <= 90 ? true : c > 127 ? ch !== ch.toLowerCase() : false;
    out.push({ s, e, t, w, cap });
    if (e !== s + m[0].length) re.lastIndex = e;
  }
  return out;
}

const OPENERS = new Set(['"', "'", '“', '‘', '(', '[', '„', '-', '–', '•']);
const CLOSERS = new Set(['"', "'", '”', '’', ')', ']']);

/** Splits a block's tokens into sentences. */
export function splitSentences(tokens: Token[]): Sentence[] {
  const out: Sentence[] = [];
  let from = 0;
  const n = tokens.length;
  for (let i = 0; i < n; i++) {
    const tok = tokens[i] as Token;
    let boundary = false;
    if (tok.t === T.Term || (tok.t === T.Abbr && tok.w.endsWith('.'))) {
      // skip closing quotes / brackets
      let j = i + 1;
      while (j < n && (tokens[j] as Token).t === T.Punct && CLOSERS.has((tokens[j] as Token).w)) j++;
      const next = tokens[j];
      if (!next) boundary = tok.t === T.Term || j === n;
      else {
        const startsNew =
          (next.t === T.Word && next.cap) ||
          next.t === T.Number ||
          (next.t === T.Punct && OPENERS.has(next.w)) ||
          (next.t === T.Abbr && next.cap);
        if (tok.t === T.Term) boundary = startsNew || tok.w !== '.';
        else boundary = CAN_END.has(tok.w) && next.t === T.Word && next.cap;
        if (boundary && tok.t === T.Term && tok.w === '.' && next.t === T.Number) {
          // "op 1. 2. 3." lists inside a line are rare; a number after a full stop starts a sentence
          boundary = true;
        }
      }
      if (boundary) {
        i = j - 1;
        const last = tokens[i] as Token;
        out.push({ s: (tokens[from] as Token).s, e: last.e, from, to: i + 1 });
        from = i + 1;
      }
    }
  }
  if (from < n) out.push({ s: (tokens[from] as Token).s, e: (tokens[n - 1] as Token).e, from, to: n });
  return out;
}

/** Is the token a word that counts for sentence length? */
export function countsAsWord(t: Token): boolean {
  return t.t <= T.Url;
}
