// Onboarding (issue 14, R5.2): every employee's own checklist; team leads see their team's
// progress; administrators keep the list.
import { onboardingChecklistSchema, onboardingItemInputSchema, onboardingItemSchema, onboardingItemUpdateSchema, onboardingTeamProgressSchema } from '@helder/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { contextOf } from '../http/auth-hook.js';
import { errorResponses, idParams } from '../http/schemas.js';
import type { Services } from '../services.js';

export const onboardingRoutes: FastifyPluginAsyncZod<{ services: Services }> = async (app, { services }) => {
  const { onboarding } = services;

  app.get('/api/onboarding', {
    config: { auth: 'staff' },
    schema: { tags: ['onboarding'], summary: 'The signed-in employee\'s own checklist', response: { 200: onboardingChecklistSchema, ...errorResponses } },
  }, async (request) => onboarding.checklist(contextOf(request)));

  app.post('/api/onboarding/items/:id/complete', {
    config: { auth: 'staff' },
    schema: { tags: ['onboarding'], summary: 'Confirm an item of one\'s own checklist (again: no change)', params: idParams, response: { 200: onboardingChecklistSchema, ...errorResponses } },
  }, async (request) => onboarding.complete(contextOf(request), request.params.id));

  app.get('/api/onboarding/team', {
    config: { auth: ['team_lead', 'admin'] },
    schema: {
      tags: ['onboarding'],
      summary: 'How far each employee of the team is (a team lead: their own team; an administrator: any)',
      querystring: z.object({ teamId: z.uuid({ error: 'Dit kenmerk klopt niet.' }).optional() }),
      response: { 200: onboardingTeamProgressSchema, ...errorResponses },
    },
  }, async (request) => onboarding.team(contextOf(request), request.query.teamId));

  app.get('/api/onboarding/items', {
    config: { auth: ['admin'] },
    schema: { tags: ['onboarding'], summary: 'Every item of the checklist, also those switched off', response: { 200: z.array(onboardingItemSchema), ...errorResponses } },
  }, async () => onboarding.items());

  app.post('/api/onboarding/items', {
    config: { auth: ['admin'] },
    schema: { tags: ['onboarding'], summary: 'Add an item for everyone or for one team', body: onboardingItemInputSchema, response: { 201: onboardingItemSchema, ...errorResponses } },
  }, async (request, reply) => reply.status(201).send(await onboarding.createItem(contextOf(request), request.body)));

  app.patch('/api/onboarding/items/:id', {
    config: { auth: ['admin'] },
    schema: { tags: ['onboarding'], summary: 'Change an item, or switch it off (active: false)', params: idParams, body: onboardingItemUpdateSchema, response: { 200: onboardingItemSchema, ...errorResponses } },
  }, async (request) => onboarding.updateItem(contextOf(request), request.params.id, request.body));
};
