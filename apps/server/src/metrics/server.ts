// The metrics on a port of their own (METRICS_PORT), for a Prometheus inside the cluster: nothing
// else is served there, and the main port does not answer /metrics unless METRICS_TOKEN is set.
// With METRICS_TOKEN set this port asks for the token too.
import Fastify, { type FastifyInstance } from 'fastify';
import type { Metrics } from './metrics.js';
import { tokenMatches } from './token.js';

export async function startMetricsServer(metrics: Metrics, options: { port: number; host: string; token: string | undefined }): Promise<FastifyInstance> {
  const app = Fastify({ logger: false });
  app.get('/metrics', async (request, reply) => {
    if (options.token && !tokenMatches(request.headers.authorization, options.token)) {
      return reply.status(401).header('www-authenticate', 'Bearer').send({ error: { code: 'not_authenticated', message: 'Stuur het metrics-token mee in de kop Authorization.' } });
    }
    const { contentType, body } = await metrics.text();
    return reply.header('content-type', contentType).header('cache-control', 'no-store').send(body);
  });
  await app.listen({ port: options.port, host: options.host });
  return app;
}
