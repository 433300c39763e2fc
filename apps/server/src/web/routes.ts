// Serves the built web app (apps/web/dist). Unknown paths outside /api get index.html so that the
// app's own routes work on reload; unknown /api paths stay a JSON 404.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { SERVER_DIR } from '../paths.js';

export const WEB_DIST = join(SERVER_DIR, '..', 'web', 'dist');

/**
 * The web app's style sheets, read from its built index.html (file names carry a content hash), so
 * the server-rendered public pages look exactly like the app. Empty when the app is not built.
 */
export function webStylesheets(dist = WEB_DIST): string[] {
  const index = join(dist, 'index.html');
  if (!existsSync(index)) return [];
  const html = readFileSync(index, 'utf8');
  return [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => m[1]!);
}

export async function registerWeb(app: FastifyInstance, dist = WEB_DIST): Promise<void> {
  const built = existsSync(join(dist, 'index.html'));
  // Unknown API paths answer JSON rather than the web app below (other methods reach the
  // not-found handler, also JSON); the router decides what is "API", on the decoded path.
  app.get('/api/*', { config: { auth: 'public' }, schema: { hide: true } }, async (_request, reply) =>
    reply.status(404).send({ error: { code: 'not_found', message: 'Dit adres bestaat niet.' } }));

  // The web app in a scope of its own: its files are public and cacheable, with no budget, so a
  // whole office behind one address can load the app at nine in the morning. The page fallback
  // lives in the same scope, where @fastify/static's `sendFile` is.
  await app.register(async (scope) => {
    scope.addHook('onRoute', (route) => {
      // In place: the access registry (http/access.ts) holds this object.
      Object.assign((route.config ??= {}), { auth: 'public', rateLimit: false });
    });
    if (built) {
      await scope.register(fastifyStatic, {
        root: dist,
        wildcard: false,
        index: false,
        // Never a source map, even one left in the folder by an older or a development build.
        allowedPath: (pathName) => !pathName.toLowerCase().endsWith('.map'),
        setHeaders(reply, path) {
          // Vite puts a content hash in every asset name: those never change.
          reply.header('cache-control', path.includes(`${join(dist, 'assets')}`) ? 'public, max-age=31536000, immutable' : 'no-cache');
        },
      });
    }
    scope.get('/*', { config: { auth: 'public', rateLimit: false }, schema: { hide: true } }, async (request, reply) => {
      // A source map is never served, and asking for one is not a page of the app either; nor is
      // /metrics where the metrics are not served (no METRICS_TOKEN): a scraper gets a plain 404.
      const path = request.url.split('?')[0]!.toLowerCase();
      if (path.endsWith('.map') || path === '/metrics') return reply.callNotFound();
      if (!built) {
        return reply
          .type('text/plain; charset=utf-8')
          .status(503)
          .send('De webapp is nog niet gebouwd. Start Helder met "npm start"; dat bouwt de webapp eerst.');
      }
      reply.header('cache-control', 'no-cache');
      return reply.sendFile('index.html');
    });
  });
}
