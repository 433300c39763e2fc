import { apiTokenCreatedSchema, apiTokenInputSchema, apiTokenListSchema } from '@helder/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { contextOf } from '../http/auth-hook.js';
import { errorResponses, idParams } from '../http/schemas.js';
import type { Services } from '../services.js';

const ADMIN = ['admin'] as const;

export const apiTokenRoutes: FastifyPluginAsyncZod<{ services: Services }> = async (app, { services }) => {
  const { apiTokens } = services;

  app.post('/api/api-tokens', {
    config: { auth: ADMIN },
    schema: {
      tags: ['api tokens'],
      summary: 'Make a key for a system that calls the Klantinteracties API; the key is shown in this answer only (audited)',
      body: apiTokenInputSchema,
      response: { 201: apiTokenCreatedSchema, ...errorResponses },
    },
  }, async (request, reply) => reply.status(201).send(await apiTokens.create(contextOf(request), request.body)));

  app.get('/api/api-tokens', {
    config: { auth: ADMIN },
    schema: { tags: ['api tokens'], summary: 'Every key, newest first, without the key itself', response: { 200: apiTokenListSchema, ...errorResponses } },
  }, async (request) => apiTokens.list(contextOf(request)));

  app.delete('/api/api-tokens/:id', {
    config: { auth: ADMIN },
    schema: { tags: ['api tokens'], summary: 'Revoke a key: calls with it answer 401 from now on (audited)', params: idParams, response: { 204: z.null(), ...errorResponses } },
  }, async (request, reply) => {
    await apiTokens.revoke(contextOf(request), request.params.id);
    return reply.status(204).send(null);
  });
};
