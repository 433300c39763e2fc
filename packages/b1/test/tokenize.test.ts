// The hand-written tokenizer must give exactly the tokens of TOKEN_RE, the
// regular expression it replaces in the hot loop (see segment.ts).
import { describe, expect, test } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { tokenize, TOKEN_RE, ABBREVIATIONS, T, type Token, type TokKind } from '../src/segment.js';

/** The tokenizer as it was: TOKEN_RE at every token. */
function reference(text: string, start: number, end: number): Token[] {
  const out: Token[] = [];
  const re = new RegExp(TOKEN_RE.source, 'gu');
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
      if (text.charCodeAt(e) === 46 && e < end) {
        const single = w.length === 1 && m[0] !== w;
        if (single || Object.prototype.hasOwnProperty.call(ABBREVIATIONS, w)) {
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

// Pieces that stress the boundaries of the token rules.
const ATOMS = [
  'a', 'z', 'E', 'X', 'h', 'w', 'http://', 'https://', 'www.', '.nl', '.com', '.info', 'nl', 'be', '.', '..', '!', '?', '…',
  '@', '-', "'", '’', '_', '%', '+', '/', ',', ':', ';', '(', ')', '"', '“', '”', '1', '0', '12', ',-', 'e', 'ste', 'de',
  ' ', ' ', '\n', '\t', '\u00a0', '\u2009', 'é', 'ë', 'ĳ', 'Ĳ', 'İ', 'ß', '\u0301', '\u0308', '𝐀', '😀', '\ud800', '\udc00',
  'ǅ', '٣', 'Ω', 'o.a.', 'z.s.m.', 'bijv.', 'nr.', 't/m', 'J.', 'enz.', '<', ']', '\r', '\ufeff',
];

function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const calDir = join(import.meta.dirname, '..', 'calibration');
const texts = readdirSync(calDir)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(join(calDir, f), 'utf8'));

/** Not inside a surrogate pair (the old tokenizer could loop forever on such an end). */
const whole = (t: string, i: number): boolean => !(i > 0 && i < t.length && /[\ud800-\udbff]/.test(t[i - 1] as string) && /[\udc00-\udfff]/.test(t[i] as string));

describe('tokenize equals the regular expression', () => {
  test('on the calibration texts', () => {
    for (const t of texts) expect(tokenize(t, 0, t.length)).toEqual(reference(t, 0, t.length));
  });
  test('on 20,000 random strings', () => {
    const rnd = rng(20240601);
    const pick = <X>(xs: X[]): X => xs[Math.floor(rnd() * xs.length)] as X;
    for (let it = 0; it < 20_000; it++) {
      let t = '';
      if (rnd() < 0.3) {
        const src = pick(texts);
        const a = Math.floor(rnd() * src.length);
        t = src.slice(a, a + Math.floor(rnd() * 200));
      }
      const k = 1 + Math.floor(rnd() * 15);
      for (let i = 0; i < k; i++) {
        const at = Math.floor(rnd() * (t.length + 1));
        t = t.slice(0, at) + pick(ATOMS) + t.slice(at);
      }
      let start = rnd() < 0.8 ? 0 : Math.floor(rnd() * t.length);
      let end = rnd() < 0.8 ? t.length : start + Math.floor(rnd() * (t.length - start + 1));
      if (!whole(t, start)) start -= 1;
      if (!whole(t, end)) end += 1;
      const got = tokenize(t, start, end);
      const want = reference(t, start, end);
      if (JSON.stringify(got) !== JSON.stringify(want)) expect({ t, start, end, got }).toEqual({ t, start, end, got: want });
    }
  });
});
