import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { contextOf } from '../http/auth-hook.js';
import { AppError } from '../http/errors.js';
import { errorResponses } from '../http/schemas.js';
import type { Services } from '../services.js';
import { IMPORT_KINDS } from './service.js';

const MAX_CSV_BYTES = 30 * 1024 * 1024;

export const importRoutes: FastifyPluginAsyncZod<{ services: Services }> = async (app, { services }) => {
  // CSV arrives as text; only in this plugin (the rest of the API takes JSON).
  app.addContentTypeParser(['text/csv', 'text/plain'], { parseAs: 'string', bodyLimit: MAX_CSV_BYTES }, (_request, body, done) => done(null, body));

  app.post('/api/import/:kind', {
    config: { auth: ['admin'], upload: true },
    bodyLimit: MAX_CSV_BYTES,
    schema: {
      tags: ['import'],
      summary: 'Import history from a previous system: a CSV file (UTF-8, comma or semicolon, header row). All rows or none.',
      params: z.object({ kind: z.enum(IMPORT_KINDS, { error: 'Kies contacts, callback-requests of survey-responses.' }) }),
      body: z.string({ error: 'Stuur een CSV-bestand (text/csv).' }),
      response: {
        200: z.object({ kind: z.enum(IMPORT_KINDS), rows: z.number(), imported: z.number(), alreadyThere: z.number() }),
        ...errorResponses,
        413: errorResponses[400],
      },
    },
  }, async (request) => {
    if (typeof request.body !== 'string') throw new AppError(415, 'unsupported_media_type', 'Stuur een CSV-bestand (text/csv).');
    return services.imports.import(contextOf(request), request.params.kind, request.body);
  });
};
