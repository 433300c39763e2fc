// CSV as municipalities export it: UTF-8 (with or without BOM), comma or semicolon, a header row,
// quoted fields with "" for a quote, CRLF or LF. Linear in the input; no regular expressions per field.
import { amsterdamInstant } from '../calendar/amsterdam.js';
import { isLocalDate } from '../calendar/local-date.js';

export interface CsvTable {
  delimiter: ',' | ';';
  header: string[];
  /** Each data row with its line number in the file (the header is line 1). */
  rows: Array<{ line: number; cells: string[] }>;
}

export class CsvError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
  }
}

export function parseCsv(input: string): CsvTable {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const delimiter = detectDelimiter(text);
  const records: Array<{ line: number; cells: string[] }> = [];
  let cells: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else {
        if (c === '\n') line += 1;
        field += c;
      }
      i += 1;
      continue;
    }
    if (c === '"' && field === '') quoted = true;
    else if (c === delimiter) {
      cells.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      cells.push(field);
      field = '';
      records.push({ line: recordLine, cells });
      cells = [];
      if (c === '\r' && text[i + 1] === '\n') i += 1;
      line += 1;
      recordLine = line;
    } else field += c;
    i += 1;
  }
  if (quoted) throw new CsvError(`Op regel ${recordLine} staat een aanhalingsteken (") dat niet wordt afgesloten.`, recordLine);
  if (field !== '' || cells.length > 0) {
    cells.push(field);
    records.push({ line: recordLine, cells });
  }
  const nonEmpty = records.filter((r) => !(r.cells.length === 1 && r.cells[0]!.trim() === ''));
  if (nonEmpty.length === 0) throw new CsvError('Het bestand is leeg.', 1);
  const [head, ...rows] = nonEmpty;
  return { delimiter, header: head!.cells.map((h) => h.trim().toLowerCase()), rows };
}

/** The delimiter that occurs in the header line (outside quotes): semicolon when it does, else comma. */
export function detectDelimiter(text: string): ',' | ';' {
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && c === ';') return ';';
  }
  return ',';
}

const ISO_DATE_TIME = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,6}))?)?)?(Z|[+-]\d{2}:?\d{2})?$/;

/**
 * An ISO 8601 moment: a date, or a date and time, with or without an offset. Without an offset it
 * is local time in the municipality (Europe/Amsterdam), as exports of Dutch systems usually are.
 */
export function parseIsoMoment(value: string): Date | undefined {
  const match = ISO_DATE_TIME.exec(value.trim());
  if (!match) return undefined;
  const [, date, hh = '00', mm = '00', ss = '00', fraction = '', offset] = match;
  if (!isLocalDate(date!)) return undefined;
  const [h, m, s] = [Number(hh), Number(mm), Number(ss)];
  if (h > 23 || m > 59 || s > 59) return undefined;
  const ms = fraction ? Number(fraction.padEnd(3, '0').slice(0, 3)) : 0;
  if (!offset) return amsterdamInstant(date!, h, m, s, ms);
  const parsed = new Date(`${date}T${hh}:${mm}:${ss}.${String(ms).padStart(3, '0')}${offset.length === 5 ? `${offset.slice(0, 3)}:${offset.slice(3)}` : offset}`);
  return Number.isNaN(parsed.getTime()) ? undefined : parsed;
}
