// The outbox for administrators: what was sent, what waits, what failed (and a retry), and in demo
// mode without SMTP the mails themselves. Reading recipients and bodies is logged.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { contextOf } from '../http/auth-hook.js';
import { cursorSchema, errorResponses, idParams, limitSchema } from '../http/schemas.js';
import type { Services } from '../services.js';
import { OUTBOX_STATUSES } from './repository.js';

const summarySchema = z.object({
  id: z.string(),
  purpose: z.string(),
  purposeLabel: z.string(),
  recipient: z.string(),
  subject: z.string(),
  status: z.enum(OUTBOX_STATUSES),
  attempts: z.number(),
  nextAttemptAt: z.string(),
  lastError: z.string().nullable(),
  createdAt: z.string(),
  sentAt: z.string().nullable(),
});
const messageSchema = summarySchema.extend({ textBody: z.string(), htmlBody: z.string() });

type Row = { nextAttemptAt: Date; createdAt: Date; sentAt: Date | null; status: string };
/** Dates as ISO strings; the response schema leaves out any column it does not name. */
const dates = <T extends Row>(m: T) => ({
  ...m,
  status: m.status as (typeof OUTBOX_STATUSES)[number],
  nextAttemptAt: m.nextAttemptAt.toISOString(),
  createdAt: m.createdAt.toISOString(),
  sentAt: m.sentAt?.toISOString() ?? null,
});
export const mailRoutes: FastifyPluginAsyncZod<{ services: Services }> = async (app, { services }) => {
  const { outbox } = services;

  app.get('/api/outbox', {
    config: { auth: ['admin'] },
    schema: {
      tags: ['mail'],
      summary: 'E-mails in the outbox, newest first, with counts per state',
      querystring: z.object({ status: z.enum(OUTBOX_STATUSES, { error: 'Kies een bestaande status.' }).optional(), cursor: cursorSchema, limit: limitSchema() }),
      response: {
        200: z.object({
          items: z.array(summarySchema),
          nextCursor: z.string().nullable(),
          counts: z.record(z.string(), z.number()),
          sending: z.boolean().describe('False when no SMTP_URL is set: mails are held here'),
        }),
        ...errorResponses,
      },
    },
  }, async (request) => {
    const result = await outbox.list(contextOf(request), request.query);
    return { ...result, items: result.items.map(dates) };
  });

  app.get('/api/outbox/:id', {
    config: { auth: ['admin'] },
    schema: { tags: ['mail'], summary: 'One e-mail with its text and HTML', params: idParams, response: { 200: messageSchema, ...errorResponses } },
  }, async (request) => dates(await outbox.get(contextOf(request), request.params.id)));

  app.post('/api/outbox/:id/retry', {
    config: { auth: ['admin'] },
    schema: { tags: ['mail'], summary: 'Send a failed or held e-mail again', params: idParams, response: { 200: messageSchema, ...errorResponses } },
  }, async (request) => dates(await outbox.retry(contextOf(request), request.params.id)));
};
