// PostgreSQL cannot store a NUL character or half of a UTF-16 surrogate pair (in text or jsonb):
// such input would fail deep in a query as a 500. Refuse it up front as a 400 naming the field.
import type { FastifyInstance } from 'fastify';
import { AppError } from './errors.js';

const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const MESSAGE = 'Hier staat een teken in dat we niet kunnen opslaan. Haal het weg en probeer het opnieuw.';

function findUnstorable(value: unknown, path: string[], depth = 0): string[] | undefined {
  if (typeof value === 'string') return UNSTORABLE.test(value) ? path : undefined;
  if (value === null || typeof value !== 'object' || depth > 50) return undefined;
  for (const [key, inner] of Object.entries(value)) {
    if (UNSTORABLE.test(key)) return [...path, key];
    const found = findUnstorable(inner, [...path, key], depth + 1);
    if (found) return found;
  }
  return undefined;
}

export function registerTextGuard(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    for (const [part, value] of [['params', request.params], ['query', request.query], ['body', request.body]] as const) {
      const path = findUnstorable(value, []);
      if (path) {
        const where = part === 'body' ? 'wat u heeft ingevuld' : 'het adres';
        throw new AppError(400, 'validation_failed', `Controleer ${where}. ${MESSAGE}`, [{ field: path.join('.'), message: MESSAGE }]);
      }
    }
  });
}
