// Home visits (issue 14, R3.4): requested by case workers, planned and completed by the team.
import { homeVisitInputSchema, homeVisitListQuerySchema, homeVisitListSchema, homeVisitOutcomeInputSchema, homeVisitPlanInputSchema, homeVisitSchema } from '@helder/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { CASE_WORKERS } from '../http/access.js';
import { contextOf } from '../http/auth-hook.js';
import { errorResponses, idParams } from '../http/schemas.js';
import type { Services } from '../services.js';

export const homeVisitRoutes: FastifyPluginAsyncZod<{ services: Services }> = async (app, { services }) => {
  const { homeVisits } = services;

  app.post('/api/home-visits', {
    config: { auth: CASE_WORKERS },
    schema: { tags: ['home visits'], summary: 'Request a home visit for a resident who cannot come to the town hall', body: homeVisitInputSchema, response: { 201: homeVisitSchema, ...errorResponses } },
  }, async (request, reply) => reply.status(201).send(await homeVisits.create(contextOf(request), request.body)));

  app.get('/api/home-visits', {
    config: { auth: CASE_WORKERS },
    schema: { tags: ['home visits'], summary: 'The planning: visits planned from..to (Amsterdam days) and those still to plan', querystring: homeVisitListQuerySchema, response: { 200: homeVisitListSchema, ...errorResponses } },
  }, async (request) => homeVisits.list(contextOf(request), request.query));

  app.get('/api/home-visits/:id', {
    config: { auth: CASE_WORKERS },
    schema: { tags: ['home visits'], params: idParams, response: { 200: homeVisitSchema, ...errorResponses } },
  }, async (request) => homeVisits.get(contextOf(request), request.params.id));

  app.post('/api/home-visits/:id/plan', {
    config: { auth: CASE_WORKERS },
    schema: { tags: ['home visits'], summary: 'Plan the visit (moment and visiting colleague); the resident gets a confirmation', params: idParams, body: homeVisitPlanInputSchema, response: { 200: homeVisitSchema, ...errorResponses } },
  }, async (request) => homeVisits.plan(contextOf(request), request.params.id, request.body));

  app.post('/api/home-visits/:id/outcome', {
    config: { auth: CASE_WORKERS },
    schema: { tags: ['home visits'], summary: 'Record how the visit went: a contact with channel home visit; the request is done', params: idParams, body: homeVisitOutcomeInputSchema, response: { 200: homeVisitSchema, ...errorResponses } },
  }, async (request) => homeVisits.outcome(contextOf(request), request.params.id, request.body));
};
