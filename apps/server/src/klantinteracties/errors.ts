// Errors of the Klantinteracties API in the shape Open Klant answers with (vng-api-common's `Fout`
// and, for 400, `ValidatieFout`): {type, code, title, status, detail, instance, invalidParams?}.
// The OAS 0.9.0 file declares no error responses; this is the shape every ZGW API and Open Klant
// use, with Dutch texts. docs/klantinteracties.md shows it.
import { randomUUID } from 'node:crypto';
import type { FastifyError } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, errorAnswer } from '../http/errors.js';

export interface InvalidParam {
  name: string;
  code: string;
  reason: string;
}

export interface Fout {
  type: string;
  code: string;
  title: string;
  status: number;
  detail: string;
  instance: string;
  invalidParams?: InvalidParam[];
}

const TITLES: Record<number, string> = {
  400: 'Een of meer gegevens kloppen niet.',
  401: 'U bent niet aangemeld met een geldige API-sleutel.',
  403: 'Dit mag niet met deze API.',
  404: 'Niet gevonden.',
  405: 'Deze methode kan hier niet.',
  409: 'Dit kan nu niet.',
  413: 'Wat u stuurt is te groot.',
  415: 'Dit soort gegevens nemen we niet aan.',
  429: 'Te veel verzoeken.',
  500: 'Er ging iets mis bij ons.',
  503: 'Helder kan dit nu niet verwerken.',
};

/** Codes as vng-api-common spells them where Helder's own differ. */
const CODES: Record<string, string> = {
  validation_failed: 'invalid',
  forbidden: 'permission_denied',
  bad_request: 'invalid',
  invalid_json: 'parse_error',
  internal_error: 'error',
  invalid_transition: 'conflict',
};

/** zod's issue codes (the validation error's `keyword`) as Django REST framework names them. */
function paramCode(keyword: string | undefined, message: string): string {
  switch (keyword) {
    case 'invalid_type':
      return message === 'Vul dit veld in.' ? 'required' : 'invalid';
    case 'too_big':
      return 'max_length';
    case 'too_small':
      return 'min_length';
    case 'invalid_value':
      return 'invalid_choice';
    case 'unrecognized_keys':
      return 'unknown-parameters';
    default:
      return 'invalid';
  }
}

function invalidParamsOf(error: unknown): InvalidParam[] | undefined {
  if (!hasZodFastifySchemaValidationErrors(error)) return undefined;
  return error.validation.map((v) => {
    const name = (v.instancePath ?? '').replace(/^\//, '').replaceAll('/', '.');
    const reason = v.message ?? 'Dit klopt niet.';
    return { name: name || 'nonFieldErrors', code: paramCode(v.keyword, reason), reason };
  });
}

/** A 400 naming the fields, with Dutch reasons. */
export function invalidParams(params: { name: string; reason: string; code?: string }[], detail?: string): AppError {
  return new AppError(400, 'invalid', detail ?? `Controleer wat u heeft gestuurd. ${params[0]?.reason ?? ''}`.trim(), params.map((p) => ({ field: p.name, message: p.reason })));
}

export function invalidParam(name: string, reason: string): AppError {
  return invalidParams([{ name, reason }]);
}

export const apiNotFound = (detail: string) => new AppError(404, 'not_found', detail);
export const apiForbidden = (detail: string) => new AppError(403, 'permission_denied', detail);
export const apiConflict = (detail: string) => new AppError(409, 'conflict', detail);

/** Any error as the API's answer. */
export function foutOf(error: FastifyError): { status: number; body: Fout; headers?: Record<string, string> | undefined } {
  const answer = errorAnswer(error);
  const status = answer.statusCode;
  const code = CODES[answer.body.error.code] ?? answer.body.error.code;
  const body: Fout = {
    type: `urn:helder:klantinteracties:fout:${code}`,
    code,
    title: TITLES[status] ?? (status >= 500 ? TITLES[500]! : TITLES[400]!),
    status,
    detail: answer.body.error.message,
    instance: `urn:uuid:${randomUUID()}`,
  };
  if (status === 400) {
    const fromSchema = invalidParamsOf(error);
    const fromFields = error instanceof AppError && error.fields ? error.fields.map((f) => ({ name: f.field || 'nonFieldErrors', code: 'invalid', reason: f.message })) : undefined;
    body.invalidParams = fromSchema ?? fromFields ?? [{ name: 'nonFieldErrors', code, reason: body.detail }];
    if (body.invalidParams.some((p) => p.code === 'unknown-parameters')) body.code = 'invalid';
  }
  return { status, body, headers: answer.headers };
}
