// Every error leaves the API as JSON `{error: {code, message, fields?}}` with a Dutch message a
// user understands. Services throw AppError; anything else is a 500 without details.
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';

export interface FieldError {
  field: string;
  message: string;
}

export class AppError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
    readonly fields?: FieldError[],
    readonly headers?: Record<string, string>,
  ) {
    super(message);
  }
}

/**
 * SQLSTATE disk_full (53100) and insufficient_resources (53000) from PostgreSQL or PGlite, and
 * ENOSPC from the operating system: nothing can be stored until an operator makes room.
 */
const STORAGE_FULL_CODES = new Set(['53100', '53000', 'ENOSPC']);

/** Whether the error, or an error it wraps (a Drizzle query error wraps the driver's), says the storage is full. */
export function isStorageFull(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; current && typeof current === 'object' && depth < 5; depth += 1) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && STORAGE_FULL_CODES.has(code)) return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}

export const STORAGE_FULL_MESSAGE =
  'Helder kan op dit moment niets opslaan, want de opslag is vol. Wat u stuurde is niet bewaard. Probeer het later opnieuw. Lukt het dan nog niet? Meld het aan de beheerder.';

/**
 * An error as it may be written to the log: its type, message, code, stack frames and causes, and
 * nothing else. A database error carries the query and its parameters (what residents and
 * employees typed: `params`, and Drizzle's message "Failed query: … params: …") and the driver's
 * `detail` ("Failing row contains (…)"); none of that is kept. A data exception (SQLSTATE class
 * 22, such as "invalid input syntax for type uuid: "…"") quotes the value: the quote is blanked.
 */
export function loggableError(error: unknown, depth = 0): Error | undefined {
  if (!error || typeof error !== 'object' || depth > 4) return undefined;
  const e = error as { name?: unknown; message?: unknown; code?: unknown; stack?: unknown; cause?: unknown; constructor?: { name?: unknown } };
  const type = typeof e.constructor?.name === 'string' && e.constructor.name.length > 2 ? e.constructor.name : typeof e.name === 'string' ? e.name : 'Error';
  const cause = loggableError(e.cause, depth + 1);
  const ownCode = typeof e.code === 'string' || typeof e.code === 'number' ? e.code : undefined;
  // The SQLSTATE of the driver's error, on the outer error too: the log shows causes as text only.
  const code = ownCode ?? (cause as { code?: string | number } | undefined)?.code;
  let message = typeof e.message === 'string' ? e.message : '';
  // Drizzle's message spells out the SQL and every parameter.
  if (message.startsWith('Failed query')) message = 'Failed query';
  if (typeof ownCode === 'string' && ownCode.startsWith('22')) message = message.replace(/"[^"]*"/g, '"…"');
  // A class named as the original, so the log says what it was (pino reads the constructor's name).
  const Named = { [type]: class extends Error {} }[type]!;
  const safe = new Named(message);
  const frames = typeof e.stack === 'string' ? e.stack.split('\n').filter((line) => /^\s+at /.test(line)) : [];
  safe.stack = [`${type}: ${message}`, ...frames].join('\n');
  if (code !== undefined) Object.assign(safe, { code });
  if (cause) Object.defineProperty(safe, 'cause', { value: cause, enumerable: false });
  return safe;
}

export const notFound = (message = 'Dit bestaat niet (meer).') => new AppError(404, 'not_found', message);
export const forbidden = (message = 'U heeft geen toegang tot dit onderdeel.') => new AppError(403, 'forbidden', message);
export const conflict = (message: string, code = 'conflict') => new AppError(409, code, message);
export const invalid = (field: string, message: string) =>
  new AppError(400, 'validation_failed', `Controleer wat u heeft ingevuld. ${message}`, [{ field, message }]);

const FASTIFY_CODES: Record<string, [number, string, string]> = {
  FST_ERR_CTP_BODY_TOO_LARGE: [413, 'too_large', 'Wat u stuurt is te groot. Maak de tekst korter.'],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: [415, 'unsupported_media_type', 'Stuur de gegevens als JSON.'],
  FST_ERR_CTP_EMPTY_JSON_BODY: [400, 'validation_failed', 'Er zijn geen gegevens meegestuurd.'],
  FST_ERR_CTP_INVALID_JSON_BODY: [400, 'invalid_json', 'De gegevens zijn niet goed leesbaar (geen geldige JSON).'],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: [400, 'invalid_request', 'Het verzoek is niet compleet aangekomen.'],
};

function fieldPath(instancePath: string | undefined, params: unknown): string {
  const fromParams = (params as { issue?: { path?: PropertyKey[] } } | undefined)?.issue?.path;
  if (fromParams && fromParams.length > 0) return fromParams.map(String).join('.');
  return (instancePath ?? '').replace(/^\//, '').replaceAll('/', '.');
}

/** The fields and Dutch messages of a failed schema validation, or undefined for other errors. */
export function validationFields(error: unknown): FieldError[] | undefined {
  if (!hasZodFastifySchemaValidationErrors(error)) return undefined;
  return error.validation.map((v) => ({ field: fieldPath(v.instancePath, v.params), message: v.message ?? 'Dit klopt niet.' }));
}

export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler(handleError);

  app.setNotFoundHandler((request, reply) => {
    reply.status(404).send({ error: { code: 'not_found', message: 'Deze pagina of dit adres bestaat niet.' } });
  });
}

export interface ErrorAnswer {
  statusCode: number;
  body: { error: { code: string; message: string; fields?: FieldError[] } };
  headers?: Record<string, string> | undefined;
}

/** The one translation of errors into answers: JSON for the API, or a page for a public form. */
export function errorAnswer(error: FastifyError): ErrorAnswer {
  if (error instanceof AppError) {
    return {
      statusCode: error.statusCode,
      headers: error.headers,
      body: { error: { code: error.code, message: error.message, ...(error.fields ? { fields: error.fields } : {}) } },
    };
  }
  const fields = validationFields(error);
  if (fields && hasZodFastifySchemaValidationErrors(error)) {
    const where = error.validationContext === 'querystring' || error.validationContext === 'params' ? 'het adres' : 'wat u heeft ingevuld';
    return {
      statusCode: 400,
      body: { error: { code: 'validation_failed', message: `Controleer ${where}. ${fields[0]?.message ?? ''}`.trim(), fields } },
    };
  }
  if (isStorageFull(error)) {
    return { statusCode: 503, headers: { 'retry-after': '300' }, body: { error: { code: 'storage_full', message: STORAGE_FULL_MESSAGE } } };
  }
  const known = error.code ? FASTIFY_CODES[error.code] : undefined;
  if (known) return { statusCode: known[0], body: { error: { code: known[1], message: known[2] } } };
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
    return { statusCode: error.statusCode, body: { error: { code: 'bad_request', message: 'Dit verzoek kunnen we niet verwerken. Controleer wat u heeft ingevuld.' } } };
  }
  return { statusCode: 500, body: { error: { code: 'internal_error', message: 'Er ging iets mis bij ons. Probeer het later opnieuw.' } } };
}

export function handleError(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  const answer = errorAnswer(error);
  // Never the error itself: a database error carries the query's parameters (personal data).
  if (answer.statusCode >= 500) request.log.error({ err: loggableError(error) }, answer.body.error.code === 'storage_full' ? 'storage full' : 'unhandled error');
  if (answer.headers) reply.headers(answer.headers);
  return reply.status(answer.statusCode).send(answer.body);
}

/**
 * Errors the router raises before any route or error handler runs (a broken %-escape, a path
 * segment over maxParamLength): the same JSON shape and Dutch, instead of Fastify's English body.
 */
export function frameworkErrors(error: FastifyError, _request: FastifyRequest, reply: FastifyReply): void {
  if (error.code === 'FST_ERR_MAX_PARAM_LENGTH') {
    reply.status(414).send({ error: { code: 'uri_too_long', message: 'Dit adres is te lang. Controleer het adres.' } });
    return;
  }
  if (error.code === 'FST_ERR_BAD_URL') {
    reply.status(400).send({ error: { code: 'invalid_request', message: 'Dit adres klopt niet. Controleer het adres.' } });
    return;
  }
  reply.status(500).send({ error: { code: 'internal_error', message: 'Er ging iets mis bij ons. Probeer het later opnieuw.' } });
}
