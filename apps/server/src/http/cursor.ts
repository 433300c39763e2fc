// Opaque cursors for keyset pagination: lists stay fast at any depth, unlike OFFSET.
import { AppError } from './errors.js';
import { UUID_PATTERN } from './ids.js';

/** What a cursor part must be: anything else is refused here, before it reaches a query. */
type CursorPart = 'date' | 'string' | 'number' | 'uuid';
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

export function encodeCursor(parts: (string | number)[]): string {
  return Buffer.from(JSON.stringify(parts)).toString('base64url');
}

export function decodeCursor(cursor: string | undefined, shape: CursorPart[]): unknown[] | undefined {
  if (!cursor) return undefined;
  const invalid = new AppError(400, 'invalid_cursor', 'Deze pagina bestaat niet. Begin opnieuw bij de eerste pagina.');
  let parts: unknown;
  try {
    parts = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalid;
  }
  if (!Array.isArray(parts) || parts.length !== shape.length) throw invalid;
  return parts.map((part, i) => {
    const kind = shape[i];
    if (kind === 'date') {
      const date = typeof part === 'string' && ISO_INSTANT.test(part) ? new Date(part) : new Date(NaN);
      if (Number.isNaN(date.getTime()) || date.getUTCFullYear() < 1) throw invalid;
      return date;
    }
    if (kind === 'number') {
      if (typeof part !== 'number' || !Number.isSafeInteger(part)) throw invalid;
      return part;
    }
    if (kind === 'uuid') {
      if (typeof part !== 'string' || !UUID_PATTERN.test(part)) throw invalid;
      return part;
    }
    if (typeof part !== 'string' || part.length > 100) throw invalid;
    return part;
  });
}

/** Splits the extra row a query fetched (limit + 1) off into "is there a next page". */
export function page<T>(rows: T[], limit: number, cursorOf: (last: T) => (string | number)[]) {
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return { items, nextCursor: rows.length > limit && last ? encodeCursor(cursorOf(last)) : null };
}
