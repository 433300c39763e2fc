// Assembles the HTTP application: plugins, error handling, authentication and one route module per
// capability. Used by the server entry point and by the tests (with app.inject or a real port).
import { randomUUID } from 'node:crypto';
import cookie from '@fastify/cookie';
import formbody from '@fastify/formbody';
import helmet from '@fastify/helmet';
import swagger from '@fastify/swagger';
import { useDutchErrors } from '@helder/domain';
import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { apiTokenRoutes } from './api-tokens/routes.js';
import { auditRoutes } from './audit/routes.js';
import { authRoutes } from './auth/routes.js';
import type { ThrottleOptions } from './auth/throttle.js';
import { calendarRoutes } from './calendar/routes.js';
import { callbackRoutes } from './callbacks/routes.js';
import { type Clock, systemClock } from './clock.js';
import type { Config } from './config.js';
import { contactRoutes } from './contacts/routes.js';
import type { Database } from './db/client.js';
import { healthRoutes } from './health/routes.js';
import { registerAccessControl } from './http/access.js';
import { normalisePath } from './http/paths.js';
import { frameworkErrors, loggableError, registerErrorHandling } from './http/errors.js';
import { registerTextGuard } from './http/text-guard.js';
import { importRoutes } from './imports/routes.js';
import { klantinteractiesRoutes } from './klantinteracties/routes.js';
import { knowledgeRoutes } from './knowledge/routes.js';
import { communicationRoutes } from './communications/routes.js';
import { pressRoutes } from './press/routes.js';
import { goalRoutes } from './goals/routes.js';
import { homeVisitRoutes } from './home-visits/routes.js';
import { onboardingRoutes } from './onboarding/routes.js';
import { registerExtractRoute } from './communications/extract-route.js';
import { kpiRoutes } from './kpis/routes.js';
import { mailRoutes } from './mail/routes.js';
import { organisationRoutes } from './organisation/routes.js';
import { partyRoutes } from './parties/routes.js';
import { privacyRoutes } from './privacy/routes.js';
import { reportRoutes } from './reports/routes.js';
import { residentRoutes } from './residents/routes.js';
import { surveyRoutes } from './surveys/routes.js';
import { createServices, type Services } from './services.js';
import { registerMetricsRoute } from './metrics/routes.js';
import { registerWeb, WEB_DIST, webStylesheets } from './web/routes.js';

const REQUEST_ID = /^[A-Za-z0-9._:-]{8,80}$/;

function requestId(request: { headers: Record<string, string | string[] | undefined> }): string {
  const given = request.headers['x-request-id'];
  return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
}

export interface AppOptions {
  database: Database;
  config: Config;
  clock?: Clock;
  throttle?: Partial<ThrottleOptions>;
  logger?: boolean;
  /** Where the log goes (tests read it); default standard output. */
  logStream?: { write(line: string): void };
  webDist?: string;
}

export async function buildApp(options: AppOptions): Promise<{ app: FastifyInstance; services: Services }> {
  useDutchErrors();
  const { config } = options;
  const services = createServices(options.database, config, options.clock ?? systemClock, options.throttle);
  const app = Fastify({
    logger: options.logger === false ? false : {
      level: config.logLevel,
      ...(options.logStream ? { stream: options.logStream } : {}),
      redact: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]'],
      // Database errors carry the query's parameters (personal data): log them without.
      // and a request is logged by its route pattern (`/status/:token`), never its path or query,
      // which can hold a link's token or a searched name, e-mail address or phone number.
      serializers: { err: serializeError, req: serializeRequest },
    },
    bodyLimit: 1024 * 1024,
    trustProxy: trustProxySetting(process.env.TRUST_PROXY),
    // One spelling per route: `/API//audit/` and `/api/./audit` reach the route `/api/audit` (and
    // its access check), so no spelling can slip past a rule or into the web app's fallback.
    routerOptions: { maxParamLength: 200, caseSensitive: false, ignoreTrailingSlash: true, ignoreDuplicateSlashes: true },
    rewriteUrl: (request) => normalisePath(request.url ?? '/'),
    frameworkErrors,
    // Every log line of a request carries its id (reqId): the load balancer's X-Request-Id when it
    // sends a sane one, else a fresh one; the response says which, so a report can be traced.
    requestIdHeader: false,
    genReqId: requestId,
  });
  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  await app.register(helmet, {
    // Not "no-referrer": with it, browsers send `Origin: null` on a plain form post, and the
    // same-origin check would refuse the residents' forms (which work without JavaScript).
    referrerPolicy: { policy: 'same-origin' },
    contentSecurityPolicy: {
      useDefaults: true,
      directives: {
        'default-src': ["'self'"],
        'script-src': ["'self'"],
        'style-src': ["'self'", "'unsafe-inline'"],
        'img-src': ["'self'", 'data:'],
        'connect-src': ["'self'"],
        'frame-ancestors': ["'none'"],
        'upgrade-insecure-requests': null,
      },
    },
  });
  await app.register(cookie, { secret: config.secret });
  await app.register(formbody, { bodyLimit: 64 * 1024 });
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Helder API',
        version: '0.1.0',
        description: 'Contacts, callback requests on working-day deadlines, and the organisation behind them.',
        license: { name: 'EUPL-1.2', url: 'https://interoperable-europe.ec.europa.eu/collection/eupl/eupl-text-eupl-12' },
      },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'helder_session' } } },
      security: [{ session: [] }],
    },
    transform: jsonSchemaTransform,
  });

  // Requests still being handled: on shutdown the database stays open until they are done (a
  // request whose client went away may never count down; shutdown waits for those at most 10 s).
  let inFlight = 0;
  app.decorate('inFlight', () => inFlight);
  app.addHook('onRequest', async () => {
    inFlight += 1;
  });
  app.addHook('onResponse', async () => {
    inFlight -= 1;
  });

  registerErrorHandling(app);
  app.addHook('onClose', async () => services.pdf.close());
  registerTextGuard(app);
  // Callers without a session (residents, robots, someone guessing passwords) get a per-address
  // budget, in the database so that all instances share it; see http/access.ts.
  registerAccessControl(app, { auth: services.auth, limiter: services.limiter, perMinute: config.rateLimitPerMinute, apiTokens: services.apiTokens, metricsToken: config.metrics.token });
  // Request durations per route pattern (never the path: it can hold a token), for GET /metrics.
  app.addHook('onResponse', async (request, reply) => {
    services.metrics.observeRequest(request.method, request.routeOptions.url ?? 'unmatched', reply.statusCode, reply.elapsedTime / 1000);
  });
  if (config.metrics.token) registerMetricsRoute(app, services.metrics, 'metrics_token');

  const secureCookies = config.env === 'production' || (config.publicBaseUrl ?? '').startsWith('https:');
  await app.register(healthRoutes, { services });
  await app.register(authRoutes, { services, secureCookies });
  await app.register(organisationRoutes, { services });
  await app.register(calendarRoutes, { services });
  await app.register(contactRoutes, { services });
  await app.register(partyRoutes, { services });
  await app.register(callbackRoutes, { services });
  await app.register(pressRoutes, { services });
  await app.register(goalRoutes, { services });
  await app.register(homeVisitRoutes, { services });
  await app.register(onboardingRoutes, { services });
  await app.register(auditRoutes, { services });
  await app.register(kpiRoutes, { services });
  await app.register(reportRoutes, { services });
  await app.register(importRoutes, { services });
  await app.register(surveyRoutes, { services });
  await app.register(mailRoutes, { services });
  await app.register(privacyRoutes, { services });
  await app.register(apiTokenRoutes, { services });
  // Other systems (KISS, Open Formulieren) with an API key: its own error shape, see klantinteracties/.
  await app.register(klantinteractiesRoutes, { services });
  // Read once: the web app's files only change with a new build, and a new build means a restart.
  const stylesheets = webStylesheets(options.webDist ?? WEB_DIST);
  await app.register(residentRoutes, { services, stylesheets: () => stylesheets });
  await app.register(knowledgeRoutes, { services, stylesheets: () => stylesheets });
  await app.register(communicationRoutes, { services });
  await registerExtractRoute(app);

  app.get('/api/openapi.json', { config: { auth: 'public' }, schema: { hide: true } }, async () => app.swagger());
  await registerWeb(app, options.webDist);
  await app.ready();
  return { app, services };
}

function serializeRequest(request: FastifyRequest): { method: string; url: string; [key: string]: unknown } {
  return { method: request.method, url: request.routeOptions?.url ?? '(no route)', remoteAddress: request.ip };
}

/** An error for the log: type, message, code, stack and causes, never a query's parameters. */
function serializeError(error: unknown): { type: string; message: string; stack: string; [key: string]: unknown } {
  const safe = loggableError(error) as (Error & { code?: unknown; cause?: unknown }) | undefined;
  if (!safe) return { type: 'Error', message: String(error), stack: '' };
  return {
    type: safe.constructor.name,
    message: safe.message,
    ...(safe.code === undefined ? {} : { code: safe.code }),
    stack: safe.stack ?? '',
    ...(safe.cause ? { cause: serializeError(safe.cause) } : {}),
  };
}

/**
 * TRUST_PROXY: `true` trusts every X-Forwarded-For entry (a client can then choose its own address
 * and escape the per-address limits); a number trusts that many proxies in front of Helder; other
 * values are the proxies' addresses or subnets, comma-separated. The last two are safe.
 */
export function trustProxySetting(value: string | undefined): boolean | string | ((address: string, hop: number) => boolean) {
  if (!value || value === 'false') return false;
  if (value === 'true') return true;
  if (/^\d+$/.test(value)) {
    const hops = Number(value);
    return (_address, hop) => hop < hops;
  }
  return value;
}
