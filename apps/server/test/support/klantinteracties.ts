// The Klantinteracties OAS (Open Klant 0.9.0, /work/shared/specs, unchanged) as a validator for
// Helder's answers, and a small client that calls the API with a key the way KISS does.
//
// The OAS is OpenAPI 3.0; ajv speaks JSON Schema. Converted here, nothing else changed:
// - `nullable: true` becomes "or null";
// - `discriminator` (soortActor, soortPartij) is kept for ajv's discriminator option, which needs each
//   branch to name its own tag value (the OAS's mapping says the same) and no `mapping` keyword;
// - the limits Helder deliberately takes wider (WIDER_LIMITS, documented) replace Open Klant's;
// - every resource in an answer (the answer itself, list items, expanded resources) may carry no
//   property the OAS does not name (`unevaluatedProperties: false`), so a misspelt field fails too;
//   only `_expand` is allowed on an expanded resource, for an expansion one level deeper.
// The OAS 0.9.0 declares no error responses; errors are checked against the `Fout` and
// `ValidatieFout` shapes of vng-api-common that Open Klant answers with (below).
import { readFileSync } from 'node:fs';
import Ajv2019, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2019.js';
import addFormats from 'ajv-formats';
import { expect } from 'vitest';
import { parse } from 'yaml';
import { WIDER_LIMITS } from '../../src/klantinteracties/schemas.js';
import { DEMO, type TestApp } from './app.js';

export const OAS_FILE = '/work/shared/specs/klantinteracties/openapi.yaml';
export const API = '/klantinteracties/api/v1';

type Node = Record<string, unknown>;

/** Component schemas that are resources (or a paginated list's item): no unknown properties in answers. */
const RESOURCES = new Set([
  'Klantcontact', 'ExpandKlantcontact', 'Betrokkene', 'ExpandBetrokkene', 'DigitaalAdres', 'ExpandDigitaalAdres', 'Partij', 'ExpandPartij',
  'PartijIdentificator', 'Actor', 'ActorKlantcontact', 'InterneTaak', 'Onderwerpobject', 'Bijlage', 'MaakKlantcontact',
  'BetrokkeneKlantcontactReadOnly', 'OnderwerpobjectKlantcontactReadOnly', 'OnderwerpobjectDeleteResponse',
  'PaginatedActorKlantcontactList', 'PaginatedActorList', 'PaginatedBijlageList', 'PaginatedExpandBetrokkeneList', 'PaginatedExpandDigitaalAdresList',
  'PaginatedExpandKlantcontactList', 'PaginatedExpandPartijList', 'PaginatedInterneTaakList', 'PaginatedOnderwerpobjectList', 'PaginatedPartijIdentificatorList',
]);

const WIDER: Record<string, number> = {
  onderwerp: WIDER_LIMITS.onderwerp,
  inhoud: WIDER_LIMITS.inhoud,
  reactie: WIDER_LIMITS.reactie,
  toelichting: WIDER_LIMITS.toelichting,
  interneNotitie: WIDER_LIMITS.interneNotitie,
  omschrijving: WIDER_LIMITS.omschrijving,
  voorletters: WIDER_LIMITS.voorletters,
  voorvoegselAchternaam: WIDER_LIMITS.voorvoegselAchternaam,
};
/** Only these schemas' fields are widened (`omschrijving` of an actor stays Open Klant's). */
const WIDENED_IN = new Set(['Klantcontact', 'PatchedKlantcontact', 'InterneTaak', 'PatchedInterneTaak', 'Base_PartijSerializer', 'DigitaalAdres', 'PatchedDigitaalAdres', 'Contactnaam', 'PersoonContact', 'ContactpersoonPersoon']);

function convert(node: unknown, inComposition = false): unknown {
  if (Array.isArray(node)) return node.map((n) => convert(n, inComposition));
  if (!node || typeof node !== 'object') return node;
  const source = node as Node;
  const out: Node = {};
  for (const [key, value] of Object.entries(source)) {
    if (key === 'allOf' || key === 'oneOf') out[key] = (value as unknown[]).map((v) => convert(v, true));
    else if (key === 'properties') out[key] = Object.fromEntries(Object.entries(value as Node).map(([k, v]) => [k, convert(v)]));
    else if (key === 'example' || key === 'deprecated') continue;
    else out[key] = convert(value);
  }
  if (out.discriminator) out.discriminator = { propertyName: (out.discriminator as Node).propertyName };
  const ref = typeof out.$ref === 'string' ? out.$ref.replace('#/components/schemas/', '') : undefined;
  let result: Node = out;
  // A resource expanded inside another carries its own `_expand` when asked for one level deeper
  // (`hadBetrokkenen.digitaleAdressen`), as Open Klant does; nothing else beyond the OAS.
  if (ref && RESOURCES.has(ref) && !inComposition) result = { allOf: [out], properties: { _expand: { type: 'object' } }, unevaluatedProperties: false };
  if (result.nullable === true) {
    delete result.nullable;
    if (typeof result.type === 'string') {
      result.type = [result.type, 'null'];
      if (Array.isArray(result.enum)) result.enum = [...result.enum, null];
    } else {
      result = { anyOf: [result, { type: 'null' }] };
    }
  } else if (result.nullable === false) delete result.nullable;
  return result;
}

/** The OAS's component schemas, converted for ajv. */
function componentSchemas(oas: Node): Node {
  const schemas = structuredClone((oas.components as Node).schemas as Node);
  // Each branch of a discriminated oneOf names its own tag value (what the OAS's mapping says).
  const tags: [string, string, string][] = [
    ['medewerker_ActorSerializer', 'soortActor', 'medewerker'],
    ['geautomatiseerde_actor_ActorSerializer', 'soortActor', 'geautomatiseerde_actor'],
    ['organisatorische_eenheid_ActorSerializer', 'soortActor', 'organisatorische_eenheid'],
    ['persoon_PartijSerializer', 'soortPartij', 'persoon'],
    ['organisatie_PartijSerializer', 'soortPartij', 'organisatie'],
    ['contactpersoon_PartijSerializer', 'soortPartij', 'contactpersoon'],
  ];
  for (const [name, tag, value] of tags) {
    Object.assign(schemas[name] as Node, { type: 'object', properties: { [tag]: { const: value } }, required: [tag] });
  }
  for (const name of WIDENED_IN) {
    const properties = ((schemas[name] as Node).properties ?? {}) as Record<string, Node>;
    for (const [field, max] of Object.entries(WIDER)) if (properties[field]?.maxLength !== undefined) properties[field]!.maxLength = max;
  }
  const converted = Object.fromEntries(Object.entries(schemas).map(([k, v]) => [k, convert(v, true)])) as Node;
  // Open Klant's error shapes (vng-api-common), which the OAS file does not declare.
  converted.Fout = {
    type: 'object',
    required: ['code', 'title', 'status', 'detail', 'instance'],
    properties: {
      type: { type: 'string', format: 'uri' },
      code: { type: 'string', minLength: 1 },
      title: { type: 'string', minLength: 1 },
      status: { type: 'integer' },
      detail: { type: 'string', minLength: 1 },
      instance: { type: 'string', format: 'uri' },
    },
  };
  converted.ValidatieFout = {
    allOf: [{ $ref: '#/components/schemas/Fout' }],
    type: 'object',
    required: ['invalidParams'],
    properties: {
      invalidParams: {
        type: 'array',
        minItems: 1,
        items: {
          type: 'object',
          required: ['name', 'code', 'reason'],
          properties: { name: { type: 'string' }, code: { type: 'string' }, reason: { type: 'string', minLength: 1 } },
          additionalProperties: false,
        },
      },
    },
  };
  return converted;
}

export interface Oas {
  document: Node;
  /** The schema of an answer: the OAS's own for the operation, or the error shape for 4xx/5xx. */
  validate(method: string, pathTemplate: string, status: number, body: unknown): { ok: boolean; errors: string };
  operations(): { method: string; path: string }[];
}

let cached: Oas | undefined;

export function loadOas(): Oas {
  if (cached) return cached;
  // The file repeats a key (`type: integer` twice in one list schema); YAML 1.2 forbids it by default.
  const document = parse(readFileSync(OAS_FILE, 'utf8'), { uniqueKeys: false }) as Node;
  const ajv = new Ajv2019({ strict: false, allErrors: true, discriminator: true });
  addFormats(ajv);
  ajv.addSchema({ $id: 'oas', components: { schemas: componentSchemas(document) } });
  const compiled = new Map<string, ValidateFunction>();
  const validatorFor = (schema: Node): ValidateFunction => {
    const key = JSON.stringify(schema);
    let fn = compiled.get(key);
    if (!fn) {
      fn = ajv.compile(JSON.parse(JSON.stringify(convert(schema)).replaceAll('"#/components/schemas/', '"oas#/components/schemas/')) as Node);
      compiled.set(key, fn);
    }
    return fn;
  };
  const paths = document.paths as Record<string, Record<string, Node>>;
  cached = {
    document,
    operations: () => Object.entries(paths).flatMap(([path, ops]) => Object.keys(ops).filter((m) => m !== 'parameters').map((method) => ({ method: method.toUpperCase(), path }))),
    validate(method, pathTemplate, status, body) {
      let schema: Node | undefined;
      if (status >= 400) {
        schema = { $ref: `#/components/schemas/${status === 400 ? 'ValidatieFout' : 'Fout'}` };
      } else {
        const operation = paths[pathTemplate]?.[method.toLowerCase()];
        if (!operation) return { ok: false, errors: `the OAS has no ${method} ${pathTemplate}` };
        const response = (operation.responses as Record<string, Node>)[String(status)];
        if (!response) return { ok: false, errors: `the OAS declares no ${status} for ${method} ${pathTemplate}` };
        const content = response.content as Record<string, { schema: Node }> | undefined;
        if (!content) return body === undefined || body === '' ? { ok: true, errors: '' } : { ok: false, errors: `${status} has no body in the OAS` };
        schema = content['application/json']!.schema;
      }
      const fn = validatorFor(schema);
      const ok = fn(body) as boolean;
      return { ok, errors: ok ? '' : describe(fn.errors ?? []) };
    },
  };
  return cached;
}

function describe(errors: ErrorObject[]): string {
  return errors.slice(0, 12).map((e) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`).join('\n');
}

/** An API key made by the demo administrator through Helder's own admin route. */
export async function makeToken(t: TestApp, name: string): Promise<{ id: string; token: string }> {
  const response = await t.call(DEMO.admin, 'POST', '/api/api-tokens', { name });
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** Calls the API as a client system: `Authorization: Token <key>`, JSON, no cookies. */
export function client(t: TestApp, token: string | null) {
  return async (method: Method, url: string, payload?: unknown, headers: Record<string, string> = {}) => {
    const response = await t.app.inject({
      method,
      url: url.startsWith('/') ? url : `${API}/${url}`,
      ...(payload === undefined ? {} : { payload: payload as object }),
      headers: { ...(token ? { authorization: `Token ${token}` } : {}), ...headers },
    });
    return response;
  };
}

/** The uuid of an object the API answered. */
export const uuidOf = (response: { json(): unknown }) => (response.json() as { uuid: string }).uuid;
