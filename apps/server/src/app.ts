// Assembles the HTTP application: plugins, error handling, authentication and one route module per
// capability. Used by the server entry point and by the tests (with app.inject or a real port).
import cookie from '@fastify/cookie';
import formbody from '@fastify/formbody';
import helmet from '@fastify/helmet';
import swagger from '@fastify/swagger';
import { useDutchErrors } from '@helder/domain';
import Fastify, { type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { auditRoutes } from './audit/routes.js';
import { authRoutes } from './auth/routes.js';
import { LoginThrottle } from './auth/throttle.js';
import { calendarRoutes } from './calendar/routes.js';
import { callbackRoutes } from './callbacks/routes.js';
import { type Clock, systemClock } from './clock.js';
import type { Config } from './config.js';
import { contactRoutes } from './contacts/routes.js';
import type { Database } from './db/client.js';
import { healthRoutes } from './health/routes.js';
import { registerAuthHook } from './http/auth-hook.js';
import { frameworkErrors, registerErrorHandling } from './http/errors.js';
import { registerTextGuard } from './http/text-guard.js';
import { organisationRoutes } from './organisation/routes.js';
import { createServices, type Services } from './services.js';
import { registerWeb } from './web/routes.js';

export interface AppOptions {
  database: Database;
  config: Config;
  clock?: Clock;
  throttle?: LoginThrottle;
  logger?: boolean;
  webDist?: string;
}

export async function buildApp(options: AppOptions): Promise<{ app: FastifyInstance; services: Services }> {
  useDutchErrors();
  const { config } = options;
  const services = createServices(options.database, config, options.clock ?? systemClock, options.throttle ?? new LoginThrottle());
  const app = Fastify({
    logger: options.logger === false ? false : {
      level: config.logLevel,
      redact: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]'],
    },
    bodyLimit: 1024 * 1024,
    trustProxy: process.env.TRUST_PROXY === 'true',
    routerOptions: { maxParamLength: 200 },
    frameworkErrors,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  await app.register(helmet, {
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

  registerErrorHandling(app);
  registerTextGuard(app);
  registerAuthHook(app, services.auth);

  const secureCookies = config.env === 'production' || (config.publicBaseUrl ?? '').startsWith('https:');
  await app.register(healthRoutes, { services });
  await app.register(authRoutes, { services, secureCookies });
  await app.register(organisationRoutes, { services });
  await app.register(calendarRoutes, { services });
  await app.register(contactRoutes, { services });
  await app.register(callbackRoutes, { services });
  await app.register(auditRoutes, { services });

  app.get('/api/openapi.json', { config: { auth: 'public' }, schema: { hide: true } }, async () => app.swagger());
  await registerWeb(app, options.webDist);
  await app.ready();
  return { app, services };
}
