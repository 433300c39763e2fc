// What a route knows about who is asking, passed to services so they can check and audit.
import type { Actor, Role } from '@helder/domain';

export interface SessionActor extends Actor {
  name: string;
  email: string;
  roles: Role[];
  sessionHash: string;
}

export interface RequestContext {
  actor: SessionActor;
  ip: string;
}

/** Route access: public, any logged-in employee, or one of these roles. */
export type RouteAuth = 'public' | 'session' | readonly Role[];

declare module 'fastify' {
  interface FastifyRequest {
    actor: SessionActor | null;
  }
  interface FastifyContextConfig {
    auth?: RouteAuth;
  }
  interface FastifyInstance {
    /** How many requests are being handled right now (see app.ts). */
    inFlight(): number;
  }
}
