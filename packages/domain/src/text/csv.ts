// Writing CSV for spreadsheets, safely. A cell that starts with =, +, -, @, a tab or a carriage
// return is read by Excel, LibreOffice and Google Sheets as a formula ("CSV injection"): a name such
// as =HYPERLINK(…) typed into a form would run on the computer of whoever opens the export. Such a
// text cell gets a single quote in front, as OWASP advises, so the spreadsheet shows it as text.
//
// Only text is neutralised. A figure is passed as a number and written as one (-3,5 stays a
// negative number a spreadsheet can add up); a text that merely looks like a number ("-3") is text
// that a person typed, and is neutralised like any other.

export type CsvValue = string | number | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

/** A text cell made safe for a spreadsheet: a leading ' when it would start a formula. */
export function neutraliseCsvText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

export interface CsvOptions {
  /** Field separator; Dutch spreadsheets expect ";" (the default). */
  separator?: ',' | ';' | '\t';
  /** Write numbers with a decimal comma (default true with ";", false otherwise). */
  decimalComma?: boolean;
}

function numberCell(value: number, decimalComma: boolean): string {
  if (!Number.isFinite(value)) return '';
  const text = String(value);
  return decimalComma ? text.replace('.', ',') : text;
}

/** One cell: numbers as numbers, text neutralised and quoted when it holds the separator, a quote or a line break. */
export function csvCell(value: CsvValue, options: CsvOptions = {}): string {
  const separator = options.separator ?? ';';
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return numberCell(value, options.decimalComma ?? separator === ';');
  const text = neutraliseCsvText(value);
  return text.includes(separator) || /["\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A whole file: rows of cells, CRLF line ends (RFC 4180), ending with a line break. */
export function toCsv(rows: readonly (readonly CsvValue[])[], options: CsvOptions = {}): string {
  const separator = options.separator ?? ';';
  return rows.map((row) => row.map((cell) => csvCell(cell, options)).join(separator)).join('\r\n') + '\r\n';
}
