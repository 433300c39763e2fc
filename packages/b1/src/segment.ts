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
export const TOKEN_RE =
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
const ABBREVIATION_SET = new Set(Object.keys(ABBREVIATIONS));

// The tokenizer scans common tokens (words, plain numbers, full stops, other
// single characters) by hand: running TOKEN_RE at every token was the main
// cost of analysing a large text. Wherever an alternative before the word
// rule (URL, e-mail, dotted abbreviation, number) could match, it runs
// TOKEN_RE itself at that position, so the tokens are exactly TOKEN_RE's.
const TOKEN_AT = new RegExp(TOKEN_RE.source, 'uy');
const C_SPACE = 1;
const C_LETTER = 2; // \p{L}
const C_MARK = 3; // \p{M}
const C_DIGIT = 4; // 0-9 (\d)
const C_OTHER = 5;
const C_SURROGATE = 6; // half of a code point: left to TOKEN_RE
/** Class of each UTF-16 code unit, filled in on first sight (0 = not yet known). */
const charClass = new Uint8Array(65536);
const RE_SPACE = /\s/u;
const RE_LETTER = /\p{L}/u;
const RE_MARK = /\p{M}/u;

function classOf(c: number): number {
  let k = charClass[c] as number;
  if (k === 0) {
    const ch = String.fromCharCode(c);
    if (c >= 0xd800 && c <= 0xdfff) k = C_SURROGATE;
    else if (c >= 48 && c <= 57) k = C_DIGIT;
    else if (RE_SPACE.test(ch)) k = C_SPACE;
    else if (RE_LETTER.test(ch)) k = C_LETTER;
    else if (RE_MARK.test(ch)) k = C_MARK;
    else k = C_OTHER;
    charClass[c] = k;
  }
  return k;
}

const isWordClass = (k: number): boolean => k === C_LETTER || k === C_MARK || k === C_DIGIT;

/** Could an e-mail address start at p (a run of [\p{L}\d._%+-] followed by '@')? */
function emailAt(text: string, p: number): boolean {
  const n = text.length;
  let j = p;
  while (j < n) {
    const c = text.charCodeAt(j);
    if (c === 64 /* @ */) return j > p;
    if (c === 46 || c === 95 || c === 37 || c === 43 || c === 45 /* . _ % + - */) {
      j++;
      continue;
    }
    const k = classOf(c);
    if (k === C_SURROGATE) return true; // unsure: let the regex decide
    if (k !== C_LETTER && k !== C_DIGIT) return false;
    j++;
  }
  return false;
}

/**
 * Sets out to the length and group (as in TOKEN_RE) of the token that
 * TOKEN_RE matches at p, a non-space position; false when only TOKEN_RE
 * itself can tell.
 */
function scan(text: string, p: number, out: { len: number; group: number }): boolean {
  const n = text.length;
  const c = text.charCodeAt(p);
  const k = classOf(c);
  if (k === C_LETTER || k === C_MARK || k === C_DIGIT) {
    // URLs that start with a scheme or www.
    if ((c === 104 /* h */ && text.startsWith('http', p)) || (c === 119 /* w */ && text.startsWith('www.', p))) return false;
    let q = p + 1;
    let digits = k === C_DIGIT;
    for (;;) {
      while (q < n) {
        const kq = classOf(text.charCodeAt(q));
        if (kq !== C_LETTER && kq !== C_MARK && kq !== C_DIGIT) break;
        if (kq !== C_DIGIT) digits = false;
        q++;
      }
      if (q >= n) break;
      const x = text.charCodeAt(q);
      // ' ’ - followed by a word character continues the word
      if ((x === 39 || x === 0x2019 || x === 45) && q + 1 < n) {
        const ky = classOf(text.charCodeAt(q + 1));
        if (ky === C_SURROGATE) return false;
        if (isWordClass(ky)) {
          digits = false;
          q += 1;
          continue;
        }
      }
      break;
    }
    if (q < n) {
      const x = text.charCodeAt(q);
      const kx = classOf(x);
      // a host name, e-mail address, dotted abbreviation, 'a/b' or a word-internal code point pair
      if (kx === C_SURROGATE || x === 64 || x === 95 || x === 37 || x === 43 || x === 47 || x === 45) return false;
      if (x === 46 /* . */) {
        // safe only when the full stop is followed by the end, a space or a closing character
        if (q + 1 < n) {
          const y = text.charCodeAt(q + 1);
          const ky = classOf(y);
          if (ky !== C_SPACE && !(ky === C_OTHER && y !== 64 && y !== 46 && y !== 95 && y !== 37 && y !== 43 && y !== 45 && y !== 47)) return false;
        }
        if (k === C_DIGIT) return false;
      }
      // numbers with separators, amounts, times
      if (k === C_DIGIT && (x === 44 || x === 58)) return false;
    }
    if (k === C_DIGIT) {
      if (!digits) return false; // '2e', '3de', '12abc': the number rule decides
      out.len = q - p;
      out.group = 4;
      return true;
    }
    out.len = q - p;
    out.group = 5;
    return true;
  }
  if (c === 46 || c === 33 || c === 63 || c === 0x2026 /* . ! ? … */) {
    if (c === 46 && emailAt(text, p)) return false;
    let q = p + 1;
    while (q < n) {
      const x = text.charCodeAt(q);
      if (x !== 46 && x !== 33 && x !== 63 && x !== 0x2026) break;
      q++;
    }
    out.len = q - p;
    out.group = 6;
    return true;
  }
  if (k === C_SURROGATE) return false;
  if (c === 45 || c === 95 || c === 37 || c === 43 /* - _ % + */) {
    // may start a host name or an e-mail address unless a space or the end follows
    if (p + 1 < n && classOf(text.charCodeAt(p + 1)) !== C_SPACE) return false;
  }
  out.len = 1;
  out.group = 7;
  return true;
}

const GROUP_OF: readonly TokKind[] = [T.Punct, T.Url, T.Email, T.Abbr, T.Number, T.Word, T.Term, T.Punct];

// Lower-case forms of ASCII words, interned: a word seen before costs no new
// string, and the Map look-ups of the rules reuse the string's cached hash.
const INTERN_SIZE = 1 << 15;
const INTERN_MASK = INTERN_SIZE - 1;
let internKeys: (string | undefined)[] = new Array(INTERN_SIZE);
const internHashes = new Int32Array(INTERN_SIZE);
let internCount = 0;

/** Lower-case text of the word text[p, q), or null when it is not all ASCII. */
function asciiWord(text: string, p: number, q: number): string | null {
  let h = 0x811c9dc5 | 0;
  for (let j = p; j < q; j++) {
    let c = text.charCodeAt(j);
    if (c >= 128) return null;
    if (c >= 65 && c <= 90) c += 32;
    h = Math.imul(h ^ c, 16777619);
  }
  const len = q - p;
  let i = h & INTERN_MASK;
  for (;;) {
    const k = internKeys[i];
    if (k === undefined) break;
    if (internHashes[i] === h && k.length === len) {
      let j = 0;
      for (; j < len; j++) {
        let c = text.charCodeAt(p + j);
        if (c >= 65 && c <= 90) c += 32;
        if (c !== k.charCodeAt(j)) break;
      }
      if (j === len) return k;
    }
    i = (i + 1) & INTERN_MASK;
  }
  const w = text.slice(p, q).toLowerCase();
  if (internCount >= INTERN_SIZE >> 1) {
    internKeys = new Array(INTERN_SIZE);
    internHashes.fill(0);
    internCount = 0;
    i = h & INTERN_MASK;
  }
  internKeys[i] = w;
  internHashes[i] = h;
  internCount++;
  return w;
}

/** Tokenises text[start, end). */
export function tokenize(text: string, start: number, end: number): Token[] {
  const out: Token[] = [];
  const n = text.length;
  const hit = { len: 0, group: 0 };
  let p = start;
  for (;;) {
    while (p < n && classOf(text.charCodeAt(p)) === C_SPACE) p++;
    if (p >= n || p >= end) break;
    let s = p;
    if (!scan(text, p, hit)) {
      const re = TOKEN_AT;
      re.lastIndex = p;
      const m = re.exec(text) as RegExpExecArray; // \S always matches at a non-space
      s = m.index; // earlier when p is inside a surrogate pair
      if (s >= end) break;
      hit.len = m[0].length;
      let g = 7;
      for (let i = 1; i <= 7; i++) {
        if (m[i] !== undefined) {
          g = i;
          break;
        }
      }
      hit.group = g;
    }
    const len = hit.len;
    let e = s + len;
    if (e > end) e = end;
    let t = GROUP_OF[hit.group] as TokKind;
    let w: string;
    let cap: boolean;
    const ascii = t === T.Word ? asciiWord(text, s, s + len) : null;
    if (ascii !== null) {
      // same as below, for a word without ĳ, ’ or other non-ASCII characters
      w = ascii;
      const c = text.charCodeAt(s);
      cap = c >= 65 && c <= 90;
      if (text.charCodeAt(e) === 46 /* . */ && e < end && ((len === 1 && cap) || ABBREVIATION_SET.has(w))) {
        t = T.Abbr;
        e += 1;
        w += '.';
      }
    } else {
      const raw = text.slice(s, s + len);
      w = raw;
      if (t === T.Word) {
        w = w.toLowerCase();
        if (w.includes('ĳ')) w = w.replace(/ĳ/g, 'ij');
        if (w.includes('’')) w = w.replace(/’/g, "'");
        // word + full stop that is an abbreviation or an initial
        if (text.charCodeAt(e) === 46 /* . */ && e < end) {
          const single = w.length === 1 && raw !== w; // upper-case initial
          if (single || ABBREVIATION_SET.has(w)) {
            t = T.Abbr;
            e += 1;
            w += '.';
          }
        }
      } else if (t === T.Abbr) w = w.toLowerCase();
      const c = raw.charCodeAt(0);
      cap = c >= 65 && c <= 90 ? true : c > 127 ? raw[0] !== (raw[0] as string).toLowerCase() : false;
    }
    out.push({ s, e, t, w, cap });
    p = e !== s + len ? e : s + len;
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
