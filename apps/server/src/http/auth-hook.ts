// Who is asking, for routes and services. Access itself is decided in http/access.ts.
import type { FastifyRequest } from 'fastify';
import type { RequestContext } from './context.js';
import { AppError } from './errors.js';

export const SESSION_COOKIE = 'helder_session';

export const unauthenticated = () => new AppError(401, 'unauthenticated', 'U bent niet ingelogd. Log eerst in.');

export function contextOf(request: FastifyRequest): RequestContext {
  if (!request.actor) throw unauthenticated();
  return { actor: request.actor, ip: request.ip };
}
