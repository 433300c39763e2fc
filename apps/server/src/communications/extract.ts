// The text of an uploaded file, for the B1 check: Word (.docx), OpenDocument (.odt), pdf and plain
// text. The kind is decided by the file's first bytes (a zip, `%PDF`) and its name, never by the
// type the browser sent alone. Whatever comes in, the answer is the text or an AppError with a
// Dutch message (415 for a kind we do not read, 422 for a file we cannot read): never a crash.
// Nothing is downloaded at run time: PDF.js comes bundled with unpdf.
import { COMMUNICATION_LIMITS } from '@helder/domain';
import { unzipSync, zipSync } from 'fflate';
import mammoth from 'mammoth';
import { getDocumentProxy } from 'unpdf';
import { AppError } from '../http/errors.js';

/** The largest file we take: 20 MB. */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;
/** The longest text we hand back: what a communication may hold. */
export const MAX_TEXT_CHARS = COMMUNICATION_LIMITS.text;
/**
 * A document part, unpacked, may be this large at most (a zip of 20 MB can hold gigabytes of
 * repeated bytes: a "zip bomb"). Text of 200,000 characters is a few MB of XML at most.
 */
const MAX_PART_BYTES = 64 * 1024 * 1024;
const MAX_PARTS_TOTAL_BYTES = 128 * 1024 * 1024;

export const EXTRACT_FORMATS = ['docx', 'odt', 'pdf', 'text'] as const;
export type ExtractFormat = (typeof EXTRACT_FORMATS)[number];

export interface UploadedFile {
  filename: string;
  mimetype: string;
  data: Buffer;
}

export const ACCEPTED_TYPES = 'een Word-bestand (.docx), een OpenDocument-bestand (.odt), een pdf of een tekstbestand (.txt)';

export const EXTRACT_MESSAGES = {
  unsupported: `Dit soort bestand kunnen wij niet lezen. Kies ${ACCEPTED_TYPES}. Of plak de tekst in het tekstvak.`,
  oldWord: `Een oud Word-bestand (.doc) kunnen wij niet lezen. Sla het in Word op als .docx en probeer het opnieuw. Of plak de tekst in het tekstvak.`,
  tooLarge: `Dit bestand is te groot. Een bestand mag hoogstens ${MAX_UPLOAD_BYTES / 1024 / 1024} MB zijn. Plak de tekst dan in het tekstvak.`,
  empty: 'Dit bestand is leeg. Kies een ander bestand.',
  scannedPdf: 'In deze pdf staat geen tekst die wij kunnen lezen. Is het een scan? Plak de tekst dan in het tekstvak.',
  noText: 'In dit bestand staat geen tekst. Kies een ander bestand, of plak de tekst in het tekstvak.',
  encrypted: 'Dit bestand is beveiligd met een wachtwoord. Dan kunnen wij het niet lezen. Haal de beveiliging weg en probeer het opnieuw. Of plak de tekst in het tekstvak.',
  broken: 'Dit bestand kunnen wij niet openen. Misschien is het beschadigd. Sla het opnieuw op en probeer het nog eens. Of plak de tekst in het tekstvak.',
  tooLong: `In dit bestand staat te veel tekst. Een tekst is hoogstens ${MAX_TEXT_CHARS.toLocaleString('nl-NL')} tekens. Kies een kortere tekst.`,
} as const;

const unsupported = (message: string = EXTRACT_MESSAGES.unsupported) => new AppError(415, 'unsupported_file_type', message);
const unreadable = (code: string, message: string) => new AppError(422, code, message);
const broken = () => unreadable('file_unreadable', EXTRACT_MESSAGES.broken);
const encrypted = () => unreadable('file_encrypted', EXTRACT_MESSAGES.encrypted);
export const tooLarge = () => new AppError(413, 'too_large', EXTRACT_MESSAGES.tooLarge);

/** The text of a .docx, .odt, pdf or .txt file, as paragraphs separated by a blank line. */
export async function extractText(file: UploadedFile): Promise<{ text: string; format: ExtractFormat }> {
  const { data } = file;
  if (data.length > MAX_UPLOAD_BYTES) throw tooLarge();
  if (data.length === 0) throw unreadable('file_empty', EXTRACT_MESSAGES.empty);
  const format = detect(file);
  let text: string;
  try {
    text = format === 'pdf' ? await pdfText(data) : format === 'text' ? plainText(data) : await zipText(format, data);
  } catch (error) {
    if (error instanceof AppError) throw error;
    // A library that trips over a damaged file: the file is the problem, never the server.
    throw broken();
  }
  text = tidy(text);
  if (!/\p{L}/u.test(text)) {
    throw format === 'pdf' ? unreadable('no_text', EXTRACT_MESSAGES.scannedPdf) : unreadable('no_text', EXTRACT_MESSAGES.noText);
  }
  if (text.length > MAX_TEXT_CHARS) throw unreadable('text_too_long', EXTRACT_MESSAGES.tooLong);
  return { text, format };
}

// Detection.

const startsWith = (data: Uint8Array, bytes: number[]) => bytes.every((b, i) => data[i] === b);
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP = [0x50, 0x4b, 0x05, 0x06];
/** An OLE compound file: an old Word .doc, or an Office file encrypted with a password. */
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function extension(filename: string): string {
  const base = filename.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

/** `%PDF-` at the start, or within the first KB of a .pdf (readers allow some bytes before it). */
function isPdf(data: Buffer, ext: string): boolean {
  const at = data.subarray(0, 1024).indexOf('%PDF-', 0, 'latin1');
  return at === 0 || (at > 0 && ext === 'pdf');
}

function detect(file: UploadedFile): ExtractFormat {
  const { data } = file;
  const ext = extension(file.filename);
  if (startsWith(data, ZIP) || startsWith(data, EMPTY_ZIP)) return zipKind(data);
  if (isPdf(data, ext)) return 'pdf';
  if (startsWith(data, OLE)) {
    // A .docx or .odt with a password is stored as an OLE file; a .doc is Word's old format.
    if (ext === 'docx' || ext === 'docm' || ext === 'dotx' || ext === 'odt') throw encrypted();
    if (ext === 'doc' || ext === 'dot') throw unsupported(EXTRACT_MESSAGES.oldWord);
    throw unsupported();
  }
  const mimetype = file.mimetype.split(';')[0]!.trim().toLowerCase();
  const textByName = ext === 'txt' || ext === 'text' || (ext === '' && mimetype === 'text/plain');
  if (textByName && looksLikeText(data)) return 'text';
  if (ext === 'pdf' || ext === 'docx' || ext === 'odt') throw broken();
  throw unsupported();
}

/** Which document a zip holds, read from its list of files (nothing unpacked yet). */
function zipKind(data: Buffer): 'docx' | 'odt' {
  const names = new Map<string, number>();
  try {
    unzipSync(data, {
      filter: (entry) => {
        names.set(entry.name, entry.originalSize);
        return false;
      },
    });
  } catch {
    throw broken();
  }
  if (names.has('mimetype')) {
    const kind = readEntries(data, (name) => name === 'mimetype').get('mimetype');
    const mimetype = kind ? new TextDecoder().decode(kind).trim() : '';
    if (mimetype === 'application/vnd.oasis.opendocument.text' || mimetype === 'application/vnd.oasis.opendocument.text-template') return 'odt';
    if (mimetype.startsWith('application/vnd.oasis.opendocument.')) throw unsupported();
  }
  if (names.has('content.xml') && names.has('META-INF/manifest.xml')) return 'odt';
  if (names.has('[Content_Types].xml') && [...names.keys()].some((name) => name.startsWith('word/'))) return 'docx';
  throw unsupported();
}

/**
 * Text files are UTF-8 (or UTF-16 with a byte order mark). A NUL byte, or more than a few control
 * characters in the first 64 KB, means binary data (a picture, a program) with a .txt name.
 */
function looksLikeText(data: Buffer): boolean {
  if (startsWith(data, [0xff, 0xfe]) || startsWith(data, [0xfe, 0xff])) return true;
  if (data.includes(0)) return false;
  const sample = data.subarray(0, 64 * 1024);
  let controls = 0;
  for (const byte of sample) if ((byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d) || byte === 0x7f) controls += 1;
  return controls <= Math.max(4, sample.length / 100);
}

// Zip files.

/**
 * The entries `wanted` picks, unpacked, each at most MAX_PART_BYTES and all together at most
 * MAX_PARTS_TOTAL_BYTES. fflate unpacks an entry into a buffer of the size the zip declares, and
 * never past it: a zip that lies about its sizes gets cut-off XML, which fails to parse (422).
 */
function readEntries(data: Buffer, wanted: (name: string) => boolean): Map<string, Uint8Array> {
  let total = 0;
  let tooBig = false;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(data, {
      filter: (entry) => {
        if (!wanted(entry.name)) return false;
        total += entry.originalSize;
        if (entry.originalSize > MAX_PART_BYTES || total > MAX_PARTS_TOTAL_BYTES) tooBig = true;
        return !tooBig;
      },
    });
  } catch {
    throw broken();
  }
  if (tooBig) throw unreadable('text_too_long', EXTRACT_MESSAGES.tooLong);
  return new Map(Object.entries(files));
}

async function zipText(format: 'docx' | 'odt', data: Buffer): Promise<string> {
  return format === 'docx' ? docxText(data) : odtText(data);
}

/**
 * Word: only the XML parts (no pictures) are unpacked, within the limits, and zipped again without
 * compression for mammoth, so mammoth never unpacks more than we allowed. Mammoth turns the
 * document into simple HTML (paragraphs, headings, lists, tables), which becomes text here.
 */
async function docxText(data: Buffer): Promise<string> {
  const parts = readEntries(data, (name) => /\.(xml|rels)$/i.test(name));
  if (![...parts.keys()].some((name) => name.startsWith('word/'))) throw broken();
  const repacked = zipSync(Object.fromEntries(parts), { level: 0 });
  const result = await mammoth.convertToHtml(
    { buffer: Buffer.from(repacked.buffer, repacked.byteOffset, repacked.byteLength) },
    {
      // Pictures are not text: never read them (they were left out of the zip).
      convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
      externalFileAccess: false,
    },
  );
  return htmlText(result.value);
}

/** Mammoth's HTML as text: blocks separated by a blank line, list items as "- item". */
function htmlText(html: string): string {
  return decodeEntities(
    html
      // Footnote and endnote references ("[1]") and their way back ("↑") are no part of the text.
      .replace(/<sup><a href="#(?:footnote|endnote)-[^"]*"[^>]*>[^<]*<\/a><\/sup>/g, '')
      .replace(/\s*<a href="#(?:footnote|endnote)-ref-[^"]*"[^>]*>[^<]*<\/a>/g, '')
      .replace(/<img[^>]*>/g, '')
      .replace(/<br\s*\/?>/g, '\n')
      .replace(/<li(?:\s[^>]*)?>/g, '\n\n- ')
      .replace(/<\/?(?:p|h[1-6]|ul|ol|li|table|thead|tbody|tr|td|th|blockquote|pre|dl|dt|dd|div)(?:\s[^>]*)?>/g, '\n\n')
      .replace(/<[^>]*>/g, ''),
  );
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g, (whole, name: string) => {
    if (name === 'amp') return '&';
    if (name === 'lt') return '<';
    if (name === 'gt') return '>';
    if (name === 'quot') return '"';
    if (name === 'apos') return "'";
    const code = name[1] === 'x' ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
    return Number.isInteger(code) && code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : whole;
  });
}

const ODF_TEXT_NS = 'urn:oasis:names:tc:opendocument:xmlns:text:1.0';
const ODF_OFFICE_NS = 'urn:oasis:names:tc:opendocument:xmlns:office:1.0';

/** OpenDocument: content.xml read as XML, see odtContentText. */
async function odtText(data: Buffer): Promise<string> {
  const parts = readEntries(data, (name) => name === 'content.xml' || name === 'META-INF/manifest.xml');
  const manifest = parts.get('META-INF/manifest.xml');
  if (manifest && new TextDecoder().decode(manifest).includes('encryption-data')) throw encrypted();
  const content = parts.get('content.xml');
  if (!content) throw broken();
  return odtContentText(new TextDecoder().decode(content));
}

/**
 * The text of an ODF content.xml: every paragraph (text:p) and heading (text:h), in tables, frames
 * and lists too, becomes a block; a list item starts with "- ". Inside a paragraph text:s stands
 * for spaces (text:c of them), text:tab for a tab and text:line-break for a new line; other white
 * space collapses to one space (ODF 1.2, 6.1.2). Deleted text of tracked changes, comments, the
 * table of contents (a copy of the headings) and alternative texts of pictures are left out;
 * footnotes come after the text. No DTD or entity of the file is ever expanded.
 */
export function odtContentText(xml: string): string {
  const prefixes = new Map<string, string>();
  const blocks: string[] = [];
  const notes: string[] = [];
  /** Open paragraphs, innermost last (a frame or note inside a paragraph holds paragraphs of its own). */
  const open: { parts: string[]; space: boolean; bullet: boolean }[] = [];
  /** Names of the elements that are open, to know when a skipped or note element ends. */
  const stack: string[] = [];
  let skipDepth = 0;
  let noteDepth = 0;
  let listItemPending = false;

  const local = (qname: string, ns: string): string | undefined => {
    const colon = qname.indexOf(':');
    const prefix = colon < 0 ? '' : qname.slice(0, colon);
    return prefixes.get(prefix) === ns ? qname.slice(colon + 1) : undefined;
  };
  const append = (s: string, collapsible: boolean) => {
    const paragraph = open.at(-1);
    if (!paragraph || skipDepth > 0) return;
    if (collapsible) {
      let t = s.replace(/[ \t\r\n]+/g, ' ');
      if (t.startsWith(' ') && (paragraph.space || paragraph.parts.length === 0)) t = t.slice(1);
      if (t === '') return;
      paragraph.parts.push(t);
      paragraph.space = t.endsWith(' ');
    } else {
      paragraph.parts.push(s);
      paragraph.space = false;
    }
  };

  const tag = /<(\/?)([^\s/>]+)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/y;
  const attribute = /([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
  let pos = 0;
  while (pos < xml.length) {
    const lt = xml.indexOf('<', pos);
    const textEnd = lt < 0 ? xml.length : lt;
    if (textEnd > pos) append(decodeEntities(xml.slice(pos, textEnd)), true);
    if (lt < 0) break;
    if (xml.startsWith('<!--', lt)) {
      pos = end(xml, '-->', lt);
      continue;
    }
    if (xml.startsWith('<![CDATA[', lt)) {
      const close = xml.indexOf(']]>', lt);
      if (close < 0) throw broken();
      append(xml.slice(lt + 9, close), true);
      pos = close + 3;
      continue;
    }
    if (xml.startsWith('<?', lt)) {
      pos = end(xml, '?>', lt);
      continue;
    }
    if (xml.startsWith('<!', lt)) {
      // A DOCTYPE: skipped whole, its entities are never expanded.
      pos = end(xml, '>', lt);
      continue;
    }
    tag.lastIndex = lt;
    const m = tag.exec(xml);
    if (!m) throw broken();
    pos = tag.lastIndex;
    const [, closing, qname, attrs, selfClosing] = m as unknown as [string, string, string, string, string];

    if (closing) {
      const name = stack.pop();
      if (name !== qname) throw broken();
      closeElement(qname);
      continue;
    }
    const attributes = new Map<string, string>();
    for (const a of attrs.matchAll(attribute)) {
      const value = decodeEntities(a[2] ?? a[3] ?? '');
      attributes.set(a[1]!, value);
      if (a[1] === 'xmlns') prefixes.set('', value);
      else if (a[1]!.startsWith('xmlns:')) prefixes.set(a[1]!.slice(6), value);
    }
    openElement(qname, attributes);
    if (selfClosing) closeElement(qname);
    else stack.push(qname);
  }
  if (stack.length > 0) throw broken();

  function openElement(qname: string, attributes: Map<string, string>) {
    const name = local(qname, ODF_TEXT_NS);
    const office = local(qname, ODF_OFFICE_NS);
    if (skipDepth > 0 || SKIPPED_TEXT.has(name ?? '') || office === 'annotation' || office === 'annotation-end' || /^svg:(title|desc)$/.test(qname)) {
      skipDepth += 1;
      return;
    }
    if (name === 'note-body') noteDepth += 1;
    if (name === 'list-item' || name === 'list-header') listItemPending = name === 'list-item';
    if (name === 'p' || name === 'h') {
      open.push({ parts: [], space: false, bullet: listItemPending });
      listItemPending = false;
    } else if (name === 's') {
      const count = Number.parseInt(attributes.get(`${prefixOf(qname)}c`) ?? '1', 10);
      append(' '.repeat(Number.isInteger(count) && count > 0 ? Math.min(count, 1000) : 1), false);
    } else if (name === 'tab') append('\t', false);
    else if (name === 'line-break') append('\n', false);
  }

  function closeElement(qname: string) {
    if (skipDepth > 0) {
      skipDepth -= 1;
      return;
    }
    const name = local(qname, ODF_TEXT_NS);
    if (name === 'note-body') noteDepth -= 1;
    if (name === 'p' || name === 'h') {
      const paragraph = open.pop()!;
      const text = paragraph.parts.join('').replace(/ +$/, '');
      if (text.trim()) (noteDepth > 0 ? notes : blocks).push(paragraph.bullet ? `- ${text}` : text);
    }
  }

  return [...blocks, ...notes].join('\n\n');
}

/** Text elements whose content is not the document's text. */
const SKIPPED_TEXT = new Set(['tracked-changes', 'note-citation', 'table-of-content', 'sequence-decls', 'variable-decls', 'user-field-decls']);

const prefixOf = (qname: string) => {
  const colon = qname.indexOf(':');
  return colon < 0 ? '' : qname.slice(0, colon + 1);
};

function end(xml: string, marker: string, from: number): number {
  const at = xml.indexOf(marker, from);
  if (at < 0) throw broken();
  return at + marker.length;
}

// PDF.

interface PdfTextItem {
  str: string;
  hasEOL: boolean;
  transform: number[];
  height: number;
}

/**
 * The text of every page. PDF has no paragraphs, only lines at positions: a gap between lines of
 * more than about half a line starts a new paragraph, a line ending in "woord-" goes on without
 * the hyphen, and every page ends a paragraph.
 */
async function pdfText(data: Buffer): Promise<string> {
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    // A copy: PDF.js takes ownership of the bytes it is given, and wants a plain Uint8Array.
    pdf = await getDocumentProxy(new Uint8Array(data), { verbosity: 0, isEvalSupported: false, stopAtErrors: false });
  } catch (error) {
    if ((error as { name?: unknown } | null)?.name === 'PasswordException') throw encrypted();
    throw broken();
  }
  try {
    if (pdf.numPages < 1) throw broken();
    const paragraphs: string[] = [];
    let length = 0;
    for (let number = 1; number <= pdf.numPages; number += 1) {
      const page = await pdf.getPage(number);
      const content = await page.getTextContent();
      page.cleanup();
      const items: PdfTextItem[] = [];
      for (const item of content.items) if ('str' in item) items.push(item);
      for (const paragraph of pageParagraphs(items)) {
        paragraphs.push(paragraph);
        length += paragraph.length + 2;
      }
      // Past the limit: no need to read the rest.
      if (length > MAX_TEXT_CHARS * 2) throw unreadable('text_too_long', EXTRACT_MESSAGES.tooLong);
    }
    return paragraphs.join('\n\n');
  } finally {
    await pdf.destroy().catch(() => undefined);
  }
}

function pageParagraphs(items: PdfTextItem[]): string[] {
  const lines: { text: string; y: number; size: number }[] = [];
  let current: { text: string; y: number; size: number } | undefined;
  for (const item of items) {
    const y = item.transform[5] ?? 0;
    const size = Math.abs(item.height) || Math.abs(item.transform[3] ?? 0) || 10;
    if (!current) current = { text: '', y, size };
    else if (item.str !== '' && Math.abs(y - current.y) > size * 0.5 && current.text.trim() !== '') {
      // The same text run went on at another height without an end of line: a new line.
      lines.push(current);
      current = { text: '', y, size };
    }
    current.text += item.str;
    current.size = Math.max(current.size, size);
    if (item.hasEOL) {
      lines.push(current);
      current = undefined;
    }
  }
  if (current) lines.push(current);

  const paragraphs: string[] = [];
  let paragraph = '';
  let previous: { y: number; size: number } | undefined;
  for (const line of lines) {
    const text = line.text.replace(/\s+/g, ' ').trim();
    if (!text) continue;
    const gap = previous ? previous.y - line.y : 0;
    const newParagraph = previous !== undefined && (gap > Math.max(previous.size, line.size) * 1.6 || gap < -previous.size);
    if (newParagraph && paragraph) {
      paragraphs.push(paragraph);
      paragraph = '';
    }
    if (!paragraph) paragraph = text;
    else if (/\p{Ll}-$/u.test(paragraph) && /^\p{Ll}/u.test(text)) paragraph = paragraph.slice(0, -1) + text;
    else paragraph += `\n${text}`;
    previous = line;
  }
  if (paragraph) paragraphs.push(paragraph);
  return paragraphs;
}

// Plain text.

function plainText(data: Buffer): string {
  if (startsWith(data, [0xff, 0xfe])) return new TextDecoder('utf-16le').decode(data);
  if (startsWith(data, [0xfe, 0xff])) return new TextDecoder('utf-16be').decode(data);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(data);
  } catch {
    // Not UTF-8: most likely a file saved as "ANSI" on Windows (Node decodes windows-1252 as Latin-1).
    return data.toString('latin1').replace(/[\u0080-\u009F]/g, (c) => WINDOWS_1252[c.charCodeAt(0) - 0x80] ?? c);
  }
}

/** Windows-1252's characters at 0x80–0x9F, where Latin-1 has control characters. */
const WINDOWS_1252 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

/**
 * One form for every kind: lines end in \n, no control characters (a NUL cannot be stored), no
 * soft hyphens or zero-width characters, no spaces at the end of a line, at most one blank line.
 */
export function tidy(text: string): string {
  return text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/[\f\v]/g, '\n\n')
    .replace(/[\u00AD\u200B\u2060\uFEFF]/g, '')
    .replace(/[\u0000-\u0008\u000E-\u001F\u007F]/g, '')
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '')
    .replace(/[ \t\u00A0]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
