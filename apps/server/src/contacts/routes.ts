import { CHANNELS, contactInputSchema, localDateSchema } from '@helder/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { CASE_WORKERS } from '../http/access.js';
import { contextOf } from '../http/auth-hook.js';
import { parseIdempotencyKey } from '../http/idempotency.js';
import { cursorSchema, errorResponses, idParams, limitSchema, pageSchema } from '../http/schemas.js';
import type { Services } from '../services.js';
import { contactSchema, contactWithCallbackSchema } from './presenters.js';

const registers = { auth: ['kcc', 'second_line', 'team_lead', 'admin'] as const };

export const contactRoutes: FastifyPluginAsyncZod<{ services: Services }> = async (app, { services }) => {
  const { contacts } = services;

  app.post('/api/contacts', {
    config: registers,
    schema: {
      tags: ['contacts'],
      summary: 'Register a contact from any channel, with its callback request when handed over (one atomic write)',
      headers: z.object({ 'idempotency-key': z.string().optional() }),
      body: contactInputSchema,
      response: { 201: contactWithCallbackSchema, ...errorResponses },
    },
  }, async (request, reply) => {
    const key = parseIdempotencyKey(request.headers['idempotency-key']);
    return reply.status(201).send(await contacts.register(contextOf(request), request.body, key));
  });

  app.get('/api/contacts', {
    config: { auth: CASE_WORKERS },
    schema: {
      tags: ['contacts'],
      summary: 'Contacts, newest first, with filters and cursor pagination',
      querystring: z.object({
        from: localDateSchema.optional(),
        to: localDateSchema.optional(),
        channel: z.enum(CHANNELS, { error: 'Kies een bestaand kanaal.' }).optional(),
        teamId: z.uuid({ error: 'Dit kenmerk klopt niet.' }).optional(),
        productId: z.uuid({ error: 'Dit kenmerk klopt niet.' }).optional(),
        q: z.string().trim().max(200, { error: 'Zoek met maximaal 200 tekens.' }).optional(),
        cursor: cursorSchema,
        limit: limitSchema(),
      }),
      response: { 200: pageSchema(contactSchema), ...errorResponses },
    },
  }, async (request) => contacts.list(contextOf(request), request.query));

  app.get('/api/contacts/:id', {
    config: { auth: CASE_WORKERS },
    schema: { tags: ['contacts'], params: idParams, response: { 200: contactWithCallbackSchema, ...errorResponses } },
  }, async (request) => contacts.get(contextOf(request), request.params.id));
};
