// HTML and Markdown to plain text, keeping for every output character the
// offset of the input character it came from.
import type { InputFormat } from './types.js';

export interface Stripped {
  text: string;
  /** map[i] = input offset of output character i; map[text.length] = input length. */
  map: Int32Array | null;
}

class Builder {
  private chars: string[] = [];
  private offs: number[] = [];
  push(s: string, at: number): void {
    for (let k = 0; k < s.length; k++) {
      this.chars.push(s[k] as string);
      this.offs.push(at);
    }
  }
  /** Copy input characters [from, to) one to one. */
  copy(src: string, from: number, to: number): void {
    for (let k = from; k < to; k++) {
      this.chars.push(src[k] as string);
      this.offs.push(k);
    }
  }
  done(inputLength: number): Stripped {
    const map = new Int32Array(this.offs.length + 1);
    for (let k = 0; k < this.offs.length; k++) map[k] = this.offs[k] as number;
    map[this.offs.length] = inputLength;
    return { text: this.chars.join(''), map };
  }
}

const ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', euro: '€', eacute: 'é',
  euml: 'ë', iuml: 'ï', ouml: 'ö', uuml: 'ü', auml: 'ä', egrave: 'è', agrave: 'à',
  ndash: '–', mdash: '—', hellip: '…', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', shy: '',
};

const BLOCK_TAGS = new Set([
  'p', 'div', 'br', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'tr', 'td', 'th',
  'table', 'section', 'article', 'header', 'footer', 'blockquote', 'main', 'nav', 'aside',
  'dl', 'dt', 'dd', 'hr', 'pre', 'figure', 'figcaption', 'form', 'address',
]);

export function stripHtml(src: string): Stripped {
  const b = new Builder();
  let i = 0;
  const n = src.length;
  while (i < n) {
    const c = src[i];
    if (c === '<') {
      if (src.startsWith('<!--', i)) {
        const e = src.indexOf('-->', i + 4);
        i = e < 0 ? n : e + 3;
        continue;
      }
      const close = src.indexOf('>', i + 1);
      if (close < 0) {
        b.copy(src, i, n);
        break;
      }
      const m = /^<\/?\s*([a-zA-Z][a-zA-Z0-9]*)/.exec(src.slice(i, Math.min(close + 1, i + 40)));
      const tag = m ? (m[1] as string).toLowerCase() : '';
      const closing = src[i + 1] === '/';
      if (!closing && (tag === 'script' || tag === 'style')) {
        const endTag = src.toLowerCase().indexOf(`</${tag}`, close);
        const e2 = endTag < 0 ? n : src.indexOf('>', endTag);
        i = e2 < 0 ? n : e2 + 1;
        continue;
      }
      if (BLOCK_TAGS.has(tag)) {
        if (tag === 'li' && !closing) b.push('\n\n- ', i);
        else if (tag === 'br') b.push('\n', i);
        else b.push('\n\n', i);
      } else if (tag === 'img') {
        const alt = /\balt\s*=\s*"([^"]*)"/i.exec(src.slice(i, close));
        if (alt && alt[1]) b.push(` ${alt[1]} `, i);
      }
      i = close + 1;
      continue;
    }
    if (c === '&') {
      const m = /^&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/.exec(src.slice(i, i + 12));
      if (m) {
        const name = m[1] as string;
        let out: string | undefined;
        if (name[0] === '#') {
          const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
          out = Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : ' ';
        } else out = ENTITIES[name.toLowerCase()];
        if (out !== undefined) {
          b.push(out, i);
          i += m[0].length;
          continue;
        }
      }
    }
    b.copy(src, i, i + 1);
    i += 1;
  }
  return b.done(n);
}

export function stripMarkdown(src: string): Stripped {
  const b = new Builder();
  const n = src.length;
  let pos = 0;
  let inFence = false;
  while (pos <= n) {
    let eol = src.indexOf('\n', pos);
    if (eol < 0) eol = n;
    const line = src.slice(pos, eol);
    if (/^\s*(```|~~~)/.test(line)) {
      inFence = !inFence;
    } else if (inFence) {
      // code is not prose: leave it out
    } else if (/^\s*([-*_])(\s*\1){2,}\s*$/.test(line)) {
      // horizontal rule
    } else if (/^\s*\|?\s*:?-{3,}/.test(line) && line.includes('-') && /^[\s|:-]+$/.test(line)) {
      // table separator
    } else {
      let start = 0;
      const head = /^\s{0,3}(#{1,6})\s+/.exec(line);
      const quote = /^\s*(>\s?)+/.exec(line);
      if (head) start = head[0].length;
      else if (quote) start = quote[0].length;
      let end = line.length;
      if (head) end = line.replace(/\s+#+\s*$/, '').length;
      inline(src, pos + start, pos + end, b);
      if (head) b.push('\n', pos + end);
    }
    if (eol < n) b.copy(src, eol, eol + 1);
    pos = eol + 1;
  }
  return b.done(n);
}

function inline(src: string, from: number, to: number, b: Builder): void {
  let i = from;
  while (i < to) {
    const c = src[i] as string;
    // images and links: keep the text, drop the target
    if (c === '!' && src[i + 1] === '[') {
      i += 1;
      continue;
    }
    if (c === '[') {
      const close = src.indexOf(']', i);
      if (close > 0 && close < to && src[close + 1] === '(') {
        const paren = src.indexOf(')', close);
        if (paren > 0 && paren < to) {
          inline(src, i + 1, close, b);
          i = paren + 1;
          continue;
        }
      }
    }
    if (c === '<') {
      const close = src.indexOf('>', i);
      if (close > 0 && close < to) {
        const inner = src.slice(i + 1, close);
        if (/^(https?:|mailto:)/i.test(inner)) b.copy(src, i + 1, close);
        i = close + 1;
        continue;
      }
    }
    if (c === '`') {
      i += 1;
      continue;
    }
    if (c === '*' || (c === '_' && !/[\p{L}\d]/u.test(src[i - 1] ?? ' '))) {
      // emphasis markers
      let k = i;
      while (k < to && src[k] === c) k++;
      // a list bullet "* " at line start is kept
      if (c === '*' && k === i + 1 && src[k] === ' ' && /^\s*$/.test(src.slice(from, i))) {
        b.copy(src, i, k);
      }
      i = k;
      continue;
    }
    if (c === '_') {
      let k = i;
      while (k < to && src[k] === '_') k++;
      if (!/[\p{L}\d]/u.test(src[k] ?? ' ')) {
        i = k;
        continue;
      }
    }
    if (c === '|') {
      b.push(' ', i);
      i += 1;
      continue;
    }
    if (c === '\\' && i + 1 < to) {
      b.copy(src, i + 1, i + 2);
      i += 2;
      continue;
    }
    b.copy(src, i, i + 1);
    i += 1;
  }
}

export function strip(text: string, format: InputFormat): Stripped {
  if (format === 'html') return stripHtml(text);
  if (format === 'md') return stripMarkdown(text);
  return { text, map: null };
}

/** Maps a [start, end) range of stripped text back to the input. */
export function mapRange(map: Int32Array | null, start: number, end: number): [number, number] {
  if (!map) return [start, end];
  const s = map[start] ?? map[map.length - 1] ?? 0;
  const e = end > start ? (map[end - 1] ?? 0) + 1 : s;
  return [s, Math.max(s, e)];
}
