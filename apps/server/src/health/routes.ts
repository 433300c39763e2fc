import { sql } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Services } from '../services.js';

export const healthRoutes: FastifyPluginAsyncZod<{ services: Services }> = async (app, { services }) => {
  app.get('/api/health', {
    config: { auth: 'public' },
    schema: {
      tags: ['health'],
      summary: 'Whether the server and its database answer (no session needed)',
      response: {
        200: z.object({ status: z.literal('ok'), database: z.enum(['pglite', 'postgres']) }),
        503: z.object({ status: z.literal('unavailable'), database: z.enum(['pglite', 'postgres']) }),
      },
    },
  }, async (_request, reply) => {
    const database = services.database.kind;
    try {
      await services.database.db.execute(sql`select 1`);
      return { status: 'ok' as const, database };
    } catch {
      return reply.status(503).send({ status: 'unavailable' as const, database });
    }
  });
};
