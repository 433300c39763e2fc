// GET /metrics in Prometheus format. On the main port only with METRICS_TOKEN (access
// `metrics_token`: `Authorization: Bearer <token>`, 401 otherwise); without a token only on
// METRICS_PORT (server.ts), meant for the cluster's own network.
import type { FastifyInstance } from 'fastify';
import type { Metrics } from './metrics.js';

export function registerMetricsRoute(app: FastifyInstance, metrics: Metrics, auth: 'metrics_token' | 'public'): void {
  app.get('/metrics', {
    config: { auth, rateLimit: false },
    schema: { hide: true },
  }, async (_request, reply) => {
    const { contentType, body } = await metrics.text();
    return reply.header('content-type', contentType).header('cache-control', 'no-store').send(body);
  });
}
