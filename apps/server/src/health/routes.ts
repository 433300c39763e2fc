// Liveness (`/api/health`: the server and its database answer, as cheaply as possible) and
// readiness (`/api/health/ready`: the database also accepts writes, so a request can be served).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { isStorageFull, loggableError, STORAGE_FULL_MESSAGE } from '../http/errors.js';
import type { Services } from '../services.js';
import { ping, proveWritable, ReadOnlyDatabase } from './repository.js';

const databaseKind = z.enum(['pglite', 'postgres']);

export const healthRoutes: FastifyPluginAsyncZod<{ services: Services }> = async (app, { services }) => {
  app.get('/api/health', {
    config: { auth: 'public' },
    schema: {
      tags: ['health'],
      summary: 'Whether the server and its database answer (no session needed)',
      response: {
        200: z.object({ status: z.literal('ok'), database: databaseKind }),
        503: z.object({ status: z.literal('unavailable'), database: databaseKind }),
      },
    },
  }, async (_request, reply) => {
    const database = services.database.kind;
    try {
      await ping(services.database.db);
      return { status: 'ok' as const, database };
    } catch {
      return reply.status(503).send({ status: 'unavailable' as const, database });
    }
  });

  app.get('/api/health/ready', {
    // Not counted against a request budget: the budget is kept in the database, and this check
    // must answer (503) exactly when the database refuses writes.
    config: { auth: 'public', rateLimit: false },
    schema: {
      tags: ['health'],
      summary: 'Whether the database accepts writes, so requests can be served (no session needed)',
      response: {
        200: z.object({ status: z.literal('ready'), database: databaseKind }),
        503: z.object({
          status: z.literal('unavailable'),
          database: databaseKind,
          error: z.object({ code: z.enum(['storage_full', 'read_only', 'database_unavailable']), message: z.string() }),
        }),
      },
    },
  }, async (request, reply) => {
    const database = services.database.kind;
    try {
      await proveWritable(services.database.db);
      return { status: 'ready' as const, database };
    } catch (error) {
      request.log.warn({ err: loggableError(error) }, 'database does not accept writes');
      const answer = isStorageFull(error)
        ? { code: 'storage_full' as const, message: STORAGE_FULL_MESSAGE }
        : error instanceof ReadOnlyDatabase
          ? { code: 'read_only' as const, message: 'De database neemt nu geen wijzigingen aan. Helder kan alleen gegevens tonen.' }
          : { code: 'database_unavailable' as const, message: 'Helder kan de database nu niet bereiken. Probeer het later opnieuw.' };
      return reply.status(503).header('retry-after', '30').send({ status: 'unavailable' as const, database, error: answer });
    }
  });
};
