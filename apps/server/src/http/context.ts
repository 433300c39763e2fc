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

/**
 * Route access: anyone, any logged-in employee, one of these roles, or a system with an API key
 * (`Authorization: Token <key>`, the Klantinteracties API), or a metrics scraper with METRICS_TOKEN
 * (`Authorization: Bearer <token>`). Every route must say which.
 */
export type RouteAuth = 'public' | 'staff' | 'api_token' | 'metrics_token' | readonly Role[];

/** A system calling with an API key: audited under the key's name. */
export interface ApiClient {
  tokenId: string;
  name: string;
}

/** A request budget of its own for a route (per client address), instead of the general one. */
export interface RouteRateLimit {
  max: number;
  windowMs: number;
}

declare module 'fastify' {
  interface FastifyRequest {
    actor: SessionActor | null;
    /** Set on `api_token` routes once the key checked out. */
    apiClient: ApiClient | null;
  }
  interface FastifyContextConfig {
    auth?: RouteAuth;
    /** Own budget per address, or false for none (the web app's static files). Default: the general budget. */
    rateLimit?: RouteRateLimit | false;
    /** The residents' plain HTML forms: accept form-encoded bodies (other routes take JSON only). */
    formPosts?: boolean;
    /** An upload: true accepts text/plain (CSV import), 'multipart' a file in multipart/form-data. */
    upload?: boolean | 'multipart';
  }
  interface FastifyInstance {
    /** How many requests are being handled right now (see app.ts). */
    inFlight(): number;
    /** Every registered route with the access it declared (see http/access.ts). */
    routeTable(): RouteEntry[];
  }
}

export interface RouteEntry {
  method: string;
  url: string;
  auth: RouteAuth | undefined;
}
