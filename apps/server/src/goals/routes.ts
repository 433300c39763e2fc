// Team SMART goals (issue 14, R5.1). Every employee reads the team plans; team leads write their
// own team's goals and administrators every team's (checked in the service: 403 for another team).
import { idSchema, teamGoalInputSchema, teamGoalSchema, teamGoalsOverviewSchema, teamGoalValueInputSchema } from '@helder/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { contextOf } from '../http/auth-hook.js';
import { errorResponses, idParams } from '../http/schemas.js';
import type { Services } from '../services.js';

export const goalRoutes: FastifyPluginAsyncZod<{ services: Services }> = async (app, { services }) => {
  const { goals } = services;

  app.get('/api/team-goals', {
    config: { auth: 'staff' },
    schema: { tags: ['team goals'], summary: 'Every active team with its service goals, each with its current value and status', response: { 200: teamGoalsOverviewSchema, ...errorResponses } },
  }, async () => goals.overview());

  app.get('/api/teams/:id/goals', {
    config: { auth: 'staff' },
    schema: { tags: ['team goals'], summary: 'A team\'s service goals, each with current (the KPI\'s value now) and its status', params: idParams, response: { 200: z.array(teamGoalSchema), ...errorResponses } },
  }, async (request) => goals.list(request.params.id));

  app.post('/api/teams/:id/goals', {
    config: { auth: ['team_lead', 'admin'] },
    schema: { tags: ['team goals'], summary: 'Add a SMART service goal to the team plan (the team\'s own team lead, or an administrator)', params: idParams, body: teamGoalInputSchema, response: { 201: teamGoalSchema, ...errorResponses } },
  }, async (request, reply) => reply.status(201).send(await goals.create(contextOf(request), request.params.id, request.body)));

  app.post('/api/teams/:id/goals/:goalId/values', {
    config: { auth: ['team_lead', 'admin'] },
    schema: {
      tags: ['team goals'],
      summary: 'Enter the value of a goal\'s own measure for a month (replaces an earlier value for that month)',
      params: idParams.extend({ goalId: idSchema }),
      body: teamGoalValueInputSchema,
      response: { 200: teamGoalSchema, ...errorResponses },
    },
  }, async (request) => goals.enterValue(contextOf(request), request.params.id, request.params.goalId, request.body));
};
