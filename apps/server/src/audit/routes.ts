import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { contextOf } from '../http/auth-hook.js';
import { cursorSchema, errorResponses, limitSchema, pageSchema } from '../http/schemas.js';
import type { Services } from '../services.js';

const auditEventSchema = z.object({
  id: z.number(),
  at: z.string(),
  actor: z.object({ id: z.string(), name: z.string() }).nullable(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string().nullable(),
  customerIds: z.array(z.string()),
  detail: z.record(z.string(), z.unknown()),
  ip: z.string().nullable(),
});

export const auditRoutes: FastifyPluginAsyncZod<{ services: Services }> = async (app, { services }) => {
  app.get('/api/audit', {
    config: { auth: ['admin'] },
    schema: {
      tags: ['audit'],
      summary: 'The audit trail, newest first: who did or read what, and when (reading it is logged too)',
      querystring: z.object({
        actorId: z.uuid({ error: 'Dit kenmerk klopt niet.' }).optional(),
        customerId: z.uuid({ error: 'Dit kenmerk klopt niet.' }).optional(),
        entityType: z.string().max(50).optional(),
        action: z.string().max(50).optional(),
        cursor: cursorSchema,
        limit: limitSchema(200, 50),
      }),
      response: { 200: pageSchema(auditEventSchema), ...errorResponses },
    },
  }, async (request) => {
    const result = await services.audit.list(contextOf(request), request.query);
    return {
      nextCursor: result.nextCursor,
      items: result.items.map((e) => ({
        id: e.id,
        at: e.at.toISOString(),
        actor: e.actorId && e.actorName ? { id: e.actorId, name: e.actorName } : null,
        action: e.action,
        entityType: e.entityType,
        entityId: e.entityId,
        customerIds: e.customerIds,
        detail: (e.detail ?? {}) as Record<string, unknown>,
        ip: e.ip,
      })),
    };
  });
};
