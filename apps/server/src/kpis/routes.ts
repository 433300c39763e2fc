import { localDateSchema } from '@helder/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses } from '../http/schemas.js';
import type { Services } from '../services.js';
import { kpiFigureSchema, presentFigure, presentPublicFigure, publicFigureSchema } from './presenters.js';

const staff = { auth: ['kcc', 'second_line', 'team_lead', 'admin'] as const };

export const kpiRoutes: FastifyPluginAsyncZod<{ services: Services }> = async (app, { services }) => {
  const { kpis } = services;

  app.get('/api/kpis', {
    config: staff,
    schema: {
      tags: ['kpis'],
      summary: 'Every KPI of the measurement plan for a period (default: this year), organisation-wide or for one team',
      querystring: z.object({
        from: localDateSchema.optional(),
        to: localDateSchema.optional(),
        teamId: z.uuid({ error: 'Dit kenmerk klopt niet.' }).optional(),
      }),
      response: { 200: z.array(kpiFigureSchema), ...errorResponses },
    },
  }, async (request) => {
    const fallback = kpis.defaultPeriod();
    const period = { from: request.query.from ?? fallback.from, to: request.query.to ?? fallback.to, teamId: request.query.teamId };
    if (period.teamId) await services.organisation.getTeam(period.teamId);
    const figures = await kpis.compute(period);
    return figures.map(presentFigure);
  });

  app.get('/api/public/kpis', {
    config: { auth: 'public' },
    schema: {
      tags: ['kpis'],
      summary: 'The service figures of the last four quarters and the current one, for everyone (no login)',
      response: {
        200: z.object({
          municipality: z.string(),
          quarters: z.array(z.object({ quarter: z.string(), from: z.string(), to: z.string(), complete: z.boolean(), figures: z.array(publicFigureSchema) })),
        }),
      },
    },
  }, async () => {
    const quarters = await kpis.publicQuarters(4);
    return {
      municipality: services.config.municipalityName,
      quarters: quarters.map((q) => ({ ...q, figures: q.figures.map(presentPublicFigure) })),
    };
  });
};
