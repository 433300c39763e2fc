// Deny by default, decided on the route that matched (after the router decoded the path), never on
// the raw URL: `/%61pi/audit` and `/api/audit` reach the same route and the same check. Every route
// declares its access in `config.auth`; one that does not stops the server from starting. The
// cross-site checks, the content types a route takes and the request budgets key on the same route.
// Routes for other systems (`api_token`, the Klantinteracties API) check a key in a header instead.
import type { Role } from '@helder/domain';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { TokenCheck } from '../api-tokens/service.js';
import type { AuthService } from '../auth/service.js';
import type { RateLimiter } from '../limits/service.js';
import { clientKey } from '../limits/client-key.js';
import { SESSION_COOKIE, unauthenticated } from './auth-hook.js';
import type { RouteAuth, RouteEntry } from './context.js';
import { AppError, forbidden, loggableError } from './errors.js';
import { tokenMatches } from '../metrics/token.js';

/** The roles that handle residents' contacts and cases (everyone but the privacy officer). */
export const CASE_WORKERS = ['kcc', 'second_line', 'team_lead', 'admin'] as const satisfies readonly Role[];

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
/** Content types a browser may send cross-site without asking first (no CORS preflight). */
const FORM_TYPES = new Set(['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain']);

export interface AccessOptions {
  auth: AuthService;
  limiter: RateLimiter;
  /** The general per-address budget per minute for callers without a session. */
  perMinute: number;
  /** Checks the key of a system calling an `api_token` route (the Klantinteracties API). */
  apiTokens: { check(token: string): Promise<TokenCheck> };
  /** METRICS_TOKEN: what a `metrics_token` route (GET /metrics) asks for; unset, it refuses everyone. */
  metricsToken?: string | undefined;
}

export function registerAccessControl(app: FastifyInstance, options: AccessOptions): void {
  const routes: { method: string; url: string; config: { auth?: RouteAuth } }[] = [];
  app.decorateRequest('actor', null);
  app.decorateRequest('apiClient', null);
  app.decorate('routeTable', (): RouteEntry[] =>
    routes.map((r) => ({ method: r.method, url: r.url, auth: r.config.auth })));

  app.addHook('onRoute', (route) => {
    route.config ??= {};
    for (const method of [route.method].flat()) routes.push({ method, url: route.url, config: route.config as { auth?: RouteAuth } });
  });
  // Checked when all plugins have added their routes (a plugin may still fill in its own routes'
  // config in a later onRoute hook): a route without declared access refuses the start.
  app.addHook('onReady', async () => {
    const undeclared = routes.filter((r) => !isRouteAuth(r.config.auth));
    if (undeclared.length > 0) {
      throw new Error(`Routes without declared access (config.auth): ${undeclared.map((r) => `${r.method} ${r.url}`).join(', ')}`);
    }
  });

  app.addHook('onRequest', async (request, reply) => {
    // Not found: no route, nothing to protect; the not-found handler answers.
    if (request.is404) return;
    const config = request.routeOptions.config;
    const access = config.auth;
    if (!isRouteAuth(access)) throw forbidden();
    if (access === 'api_token') return checkApiKey(request, reply, options);
    if (access === 'metrics_token') return checkMetricsToken(request, reply, options);
    const safe = SAFE_METHODS.has(request.method);
    // Staff routes answer only the app itself (same-origin) or a typed address or bookmark (none):
    // a sibling subdomain (same-site) could make an employee's browser fetch a resident's data.
    // Public pages may be linked from anywhere, but nobody else may post to them.
    const site = request.headers['sec-fetch-site'];
    if (access !== 'public' && site !== undefined && site !== 'same-origin' && site !== 'none') throw crossSiteRefused();
    if (access === 'public' && !safe && site === 'cross-site') throw crossSiteRefused();
    if (!safe) checkSameOrigin(request);
    if (!safe && !config.formPosts) checkContentType(request, config.upload);

    const token = request.cookies[SESSION_COOKIE];
    if (token) request.actor = await options.auth.resolve(token);
    // Signed-in staff are known, audited and throttled at login: their work is never slowed down.
    if (!request.actor && config.rateLimit !== false) await countAgainstBudget(request, reply, options);

    if (access === 'public') return;
    // What staff routes answer is about residents and colleagues: never kept by a browser or proxy.
    reply.header('cache-control', 'no-store');
    if (!request.actor) throw unauthenticated();
    if (access === 'staff') return;
    if (!access.some((role) => request.actor!.roles.includes(role))) throw forbidden();
  });
}

/** The route's own budget or the general one, per client address; 429 when it is used up. */
async function countAgainstBudget(request: FastifyRequest, reply: FastifyReply, options: AccessOptions): Promise<void> {
  const own = request.routeOptions.config.rateLimit || undefined;
  const client = clientKey(request.ip);
  const bucket = own ? `route:${request.method} ${request.routeOptions.url}:${client}` : `all:${client}`;
  const budget = own ?? { max: options.perMinute, windowMs: 60_000 };
  const state = await options.limiter.hit(bucket, budget).catch((error: unknown) => {
    // A database that refuses writes (full disk, read-only) must not take every public page
    // down with it: let the request through; what it tries to write fails on its own.
    request.log.warn({ err: loggableError(error) }, 'rate limit not counted');
    return { count: 0, resetMs: budget.windowMs };
  });
  reply.header('x-ratelimit-limit', String(budget.max));
  reply.header('x-ratelimit-remaining', String(Math.max(0, budget.max - state.count)));
  reply.header('x-ratelimit-reset', String(Math.ceil(state.resetMs / 1000)));
  if (state.count > budget.max) {
    throw new AppError(429, 'rate_limited', 'U heeft het te vaak geprobeerd. Wacht even en probeer het dan opnieuw.', undefined, {
      'retry-after': String(Math.max(1, Math.ceil(state.resetMs / 1000))),
    });
  }
}

/**
 * An `api_token` route (the Klantinteracties API): a system sends `Authorization: Token <key>`.
 * No browser attaches that header by itself, so the cross-site checks of the staff routes do not
 * apply; a session cookie counts for nothing here. A known key is not slowed down (its calls are
 * audited under its name, and a KCC's client makes many); a missing, unknown or revoked key counts
 * against the address budget like any caller without a session, and answers 401. A body must be
 * JSON (415 otherwise, checked first, as on staff routes).
 */
async function checkApiKey(request: FastifyRequest, reply: FastifyReply, options: AccessOptions): Promise<void> {
  reply.header('cache-control', 'no-store');
  // As on staff routes, the kind of body is checked first: it says nothing about the key.
  if (!SAFE_METHODS.has(request.method)) checkJsonBody(request);
  const key = /^Token\s+(\S+)\s*$/i.exec(request.headers.authorization ?? '')?.[1];
  const check: TokenCheck | { status: 'missing' } = key ? await options.apiTokens.check(key) : { status: 'missing' };
  if (check.status !== 'valid') {
    await countAgainstBudget(request, reply, options);
    throw new AppError(401, check.status === 'missing' ? 'not_authenticated' : 'authentication_failed', API_KEY_MESSAGES[check.status]);
  }
  request.apiClient = check.client;
}

/** A `metrics_token` route: `Authorization: Bearer <METRICS_TOKEN>`; a wrong try counts against the address budget. */
async function checkMetricsToken(request: FastifyRequest, reply: FastifyReply, options: AccessOptions): Promise<void> {
  reply.header('cache-control', 'no-store');
  if (options.metricsToken && tokenMatches(request.headers.authorization, options.metricsToken)) return;
  await countAgainstBudget(request, reply, options);
  throw new AppError(401, 'not_authenticated', 'Stuur het metrics-token mee in de kop Authorization.', undefined, { 'www-authenticate': 'Bearer' });
}

const API_KEY_MESSAGES = {
  missing: 'Er is geen API-sleutel meegestuurd. Stuur de sleutel mee in de kop Authorization, zo: Token en dan de sleutel.',
  unknown: 'Deze API-sleutel kennen we niet. Vraag de beheerder van Helder om een geldige sleutel.',
  revoked: 'Deze API-sleutel is ingetrokken. Vraag de beheerder van Helder om een nieuwe sleutel.',
} as const;

/** A body sent to the API must be JSON (`application/json` or a `+json` type). */
function checkJsonBody(request: FastifyRequest): void {
  const length = Number(request.headers['content-length'] ?? 0);
  const hasBody = length > 0 || request.headers['transfer-encoding'] !== undefined;
  if (!hasBody) return;
  const type = (request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (type === 'application/json' || /^application\/[a-z0-9.+-]+\+json$/.test(type)) return;
  throw new AppError(415, 'unsupported_media_type', 'Stuur de gegevens als JSON, met de kop Content-Type: application/json.');
}

function isRouteAuth(value: unknown): value is RouteAuth {
  return value === 'public' || value === 'staff' || value === 'api_token' || value === 'metrics_token' || (Array.isArray(value) && value.length > 0);
}

const crossSiteRefused = () => new AppError(403, 'cross_origin', 'Dit verzoek komt van een andere website. Daarom is het geweigerd.');

/** Browsers send Origin on cross-site posts: refuse those, so a cookie cannot be abused by another site. */
function checkSameOrigin(request: FastifyRequest): void {
  const origin = request.headers.origin;
  if (!origin) return;
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    host = '';
  }
  if (host !== request.headers.host) throw crossSiteRefused();
}

/**
 * The API takes JSON. Form encodings and plain text are what another site can make a browser send
 * without a CORS preflight, so they are refused unless the route is a residents' form or an upload.
 */
function checkContentType(request: FastifyRequest, upload: boolean | 'multipart' | undefined): void {
  const type = (request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (!FORM_TYPES.has(type)) return;
  if (upload === true && type === 'text/plain') return;
  if (upload === 'multipart' && type === 'multipart/form-data') return;
  throw new AppError(415, 'unsupported_media_type', 'Stuur de gegevens als JSON.');
}
