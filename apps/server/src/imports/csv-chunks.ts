// Parses a large CSV file without holding the event loop: the text is cut at record boundaries
// (found with the same quote rules as the domain parser) and each piece is parsed by `parseCsv`,
// with a pause for other requests between pieces. The result equals `parseCsv(text)`.
import { CsvError, type CsvTable, detectDelimiter, parseCsv } from '@helder/domain';
import { yieldToEventLoop } from './yielding.js';

/** Records per piece: a few milliseconds of work each. */
const RECORDS_PER_PIECE = 2_000;

interface Piece {
  start: number;
  end: number;
  /** Line number in the file of the piece's first line. */
  line: number;
}

/**
 * Cuts the text after every `size` records. Returns undefined when the text ends inside a quoted
 * field: the domain parser then explains where (its message names the line).
 */
export function cutAtRecords(text: string, delimiter: ',' | ';', size: number): Piece[] | undefined {
  const pieces: Piece[] = [];
  let pieceStart = 0;
  let pieceLine = 1;
  let line = 1;
  let records = 0;
  let quoted = false;
  let fieldEmpty = true;
  const delimiterCode = delimiter.charCodeAt(0);
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (quoted) {
      if (c === 34 /* " */) {
        if (text.charCodeAt(i + 1) === 34) {
          i += 1;
          fieldEmpty = false;
          continue;
        }
        quoted = false;
      } else {
        if (c === 10) line += 1;
        fieldEmpty = false;
      }
      continue;
    }
    if (c === 34 && fieldEmpty) quoted = true;
    else if (c === delimiterCode) fieldEmpty = true;
    else if (c === 10 || c === 13) {
      if (c === 13 && text.charCodeAt(i + 1) === 10) i += 1;
      line += 1;
      fieldEmpty = true;
      records += 1;
      if (records === size) {
        pieces.push({ start: pieceStart, end: i + 1, line: pieceLine });
        pieceStart = i + 1;
        pieceLine = line;
        records = 0;
      }
    } else fieldEmpty = false;
  }
  if (quoted) return undefined;
  if (pieceStart < text.length) pieces.push({ start: pieceStart, end: text.length, line: pieceLine });
  return pieces;
}

/** `parseCsv`, a piece at a time, yielding to the event loop between pieces. */
export async function parseCsvYielding(input: string, size = RECORDS_PER_PIECE): Promise<CsvTable> {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const delimiter = detectDelimiter(text);
  const pieces = cutAtRecords(text, delimiter, size);
  // A quote that is never closed, or a file that fits in one piece: the domain parser says it all.
  if (!pieces || pieces.length <= 1) return parseCsv(text);
  try {
    const first = parseCsv(text.slice(pieces[0]!.start, pieces[0]!.end));
    const rows = first.rows;
    // Later pieces get a one-line stand-in header with the same delimiter, so that parseCsv reads
    // them alike; their line numbers are moved to where they are in the file.
    const standIn = delimiter === ';' ? 'h;h\n' : 'h\n';
    for (const piece of pieces.slice(1)) {
      await yieldToEventLoop();
      const part = parseCsv(standIn + text.slice(piece.start, piece.end));
      const shift = piece.line - 2;
      for (const row of part.rows) rows.push({ line: row.line + shift, cells: row.cells });
    }
    return { delimiter, header: first.header, rows };
  } catch (error) {
    // Only odd files get here (say, a first piece of nothing but empty lines): parse them whole,
    // so the answer is exactly the domain parser's.
    if (error instanceof CsvError) return parseCsv(text);
    throw error;
  }
}

