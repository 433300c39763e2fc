// POST /api/communications/extract: the text of an uploaded file (Word .docx, OpenDocument .odt,
// pdf or .txt) for the B1 check. Nothing is stored: the text goes back to the editor's screen.
// The file arrives as multipart/form-data in the field `file`, at most 20 MB; the multipart
// parser lives only in this route's own plugin scope, so no other route takes multipart bodies.
import multipart from '@fastify/multipart';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../http/errors.js';
import { errorResponses } from '../http/schemas.js';
import { ACCEPTED_TYPES, extractText, MAX_UPLOAD_BYTES, tooLarge } from './extract.js';

export interface ExtractRouteDeps {
  /** The largest file taken, in bytes; default MAX_UPLOAD_BYTES (20 MB). */
  maxBytes?: number;
}

/** Room for the multipart framing around the file (boundaries, part headers, a few small fields). */
const FRAMING_BYTES = 64 * 1024;

const SEND_A_FILE = `Kies een bestand: ${ACCEPTED_TYPES}.`;
const notMultipart = () => new AppError(415, 'unsupported_media_type', `Stuur het bestand mee als formulier (multipart/form-data), in het veld file. ${SEND_A_FILE}`);
const noFile = () => new AppError(400, 'validation_failed', `Controleer wat u heeft ingevuld. ${SEND_A_FILE}`, [{ field: 'file', message: SEND_A_FILE }]);
const badForm = () => new AppError(400, 'invalid_request', 'Het bestand is niet goed aangekomen. Probeer het opnieuw.');

const MULTIPART_LIMIT_CODES = new Set(['FST_REQ_FILE_TOO_LARGE', 'FST_PARTS_LIMIT', 'FST_FILES_LIMIT', 'FST_FIELDS_LIMIT']);

export async function registerExtractRoute(app: FastifyInstance, deps: ExtractRouteDeps = {}): Promise<void> {
  const maxBytes = deps.maxBytes ?? MAX_UPLOAD_BYTES;
  await app.register(async (scope) => {
    await scope.register(multipart, {
      limits: { fileSize: maxBytes, files: 1, fields: 10, fieldSize: 1024, parts: 12, headerPairs: 50 },
      throwFileSizeLimit: true,
    });

    scope.withTypeProvider<ZodTypeProvider>().post('/api/communications/extract', {
      // Every logged-in employee. A file upload comes as multipart/form-data, a type another site
      // can make a browser send: the session cookie (SameSite=Lax), the Origin check and the
      // Sec-Fetch-Site check on staff routes still refuse those; the answer is only read by the page
      // that sent the file. `upload: 'multipart'` lets this body type through the JSON-only check.
      config: { auth: 'staff', upload: 'multipart' },
      schema: {
        tags: ['communications'],
        summary: 'The text of a file for the B1 check: Word (.docx), OpenDocument (.odt), pdf or text (.txt), at most 20 MB, as multipart/form-data in the field `file`. Nothing is stored.',
        consumes: ['multipart/form-data'],
        response: {
          200: z.object({ text: z.string() }),
          ...errorResponses,
          413: errorResponses[400],
          415: errorResponses[400],
          422: errorResponses[400],
        },
      },
    }, async (request) => {
      if (!request.isMultipart()) throw notMultipart();
      // Refused before a byte is read when the request says it is too large.
      const length = Number(request.headers['content-length'] ?? 0);
      if (length > maxBytes + FRAMING_BYTES) throw tooLarge();

      let data: Buffer;
      let filename: string;
      let mimetype: string;
      try {
        const part = await request.file();
        if (!part || part.fieldname !== 'file') throw noFile();
        data = await part.toBuffer();
        filename = part.filename ?? '';
        mimetype = part.mimetype ?? '';
      } catch (error) {
        if (error instanceof AppError) throw error;
        const code = (error as { code?: unknown } | null)?.code;
        if (code === 'FST_REQ_FILE_TOO_LARGE') throw tooLarge();
        if (typeof code === 'string' && MULTIPART_LIMIT_CODES.has(code)) throw noFile();
        throw badForm();
      }
      if (data.length > maxBytes) throw tooLarge();
      const { text } = await extractText({ filename, mimetype, data });
      return { text };
    });
  });
}
