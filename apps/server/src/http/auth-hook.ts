// Secure by default: every /api route needs a session unless it says `auth: 'public'`, and a route
// that names roles admits only those. Checked on the server for every request.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AuthService } from '../auth/service.js';
import type { RequestContext } from './context.js';
import { AppError, forbidden } from './errors.js';

export const SESSION_COOKIE = 'helder_session';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function registerAuthHook(app: FastifyInstance, auth: AuthService): void {
  app.decorateRequest('actor', null);
  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/') || request.is404) return;
    if (!SAFE_METHODS.has(request.method)) checkSameOrigin(request);
    const token = request.cookies[SESSION_COOKIE];
    if (token) request.actor = await auth.resolve(token);
    const rule = request.routeOptions.config?.auth ?? 'session';
    if (rule === 'public') return;
    if (!request.actor) throw new AppError(401, 'unauthenticated', 'U bent niet ingelogd. Log eerst in.');
    if (Array.isArray(rule) && !rule.some((role) => request.actor!.roles.includes(role))) throw forbidden();
  });
}

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
  if (host !== request.headers.host) {
    throw new AppError(403, 'cross_origin', 'Dit verzoek komt van een andere website. Daarom is het geweigerd.');
  }
}

export function contextOf(request: FastifyRequest): RequestContext {
  if (!request.actor) throw new AppError(401, 'unauthenticated', 'U bent niet ingelogd. Log eerst in.');
  return { actor: request.actor, ip: request.ip };
}
