import { CHANNELS, localDateSchema } from '@helder/domain';
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
        channel: z.enum(CHANNELS, { error: 'Dit kanaal bestaat niet.' }).optional(),
        productId: z.uuid({ error: 'Dit kenmerk klopt niet.' }).optional(),
      }),
      response: { 200: z.array(kpiFigureSchema), ...errorResponses },
    },
  }, async (request) => {
    const fallback = kpis.defaultPeriod();
    const { teamId, channel, productId } = request.query;
    const period = { from: request.query.from ?? fallback.from, to: request.query.to ?? fallback.to, teamId, channel, productId };
    if (teamId) await services.organisation.getTeam(teamId);
    if (productId) await services.organisation.getProduct(productId);
    const figures = await kpis.compute(period);
    return figures.map(presentFigure);
  });

  app.get('/api/kpis/report-categories', {
    config: staff,
    schema: {
      tags: ['kpis'],
      summary: "Residents' reports of miscommunication per category per quarter (default: this year); teamId: reports about that team",
      querystring: z.object({
        from: localDateSchema.optional(),
        to: localDateSchema.optional(),
        teamId: z.uuid({ error: 'Dit kenmerk klopt niet.' }).optional(),
      }),
      response: { 200: z.array(z.object({ quarter: z.string(), category: z.string(), label: z.string(), count: z.number() })), ...errorResponses },
    },
  }, async (request) => {
    const fallback = kpis.defaultPeriod();
    return kpis.reportCategories({ from: request.query.from ?? fallback.from, to: request.query.to ?? fallback.to, teamId: request.query.teamId });
  });

  app.get('/api/kpis/today', {
    config: { auth: ['kcc', 'team_lead', 'admin'] },
    schema: {
      tags: ['kpis'],
      summary: "Today at a glance for the contact centre: open and overdue callback requests per team, and today's contacts per hour and channel",
      response: {
        200: z.object({
          date: z.string(),
          teams: z.array(z.object({ teamId: z.string(), teamName: z.string(), open: z.number(), overdue: z.number(), dueToday: z.number() })),
          hours: z.array(z.object({ hour: z.number(), channel: z.string(), count: z.number() })),
        }),
        ...errorResponses,
      },
    },
  }, async () => {
    const [today, teams] = await Promise.all([kpis.today(), services.organisation.listTeams({})]);
    const names = new Map(teams.map((t) => [t.id, t.name]));
    return {
      date: today.date,
      teams: today.teams
        .map((t) => ({ ...t, teamName: names.get(t.teamId) ?? 'Onbekend team' }))
        .sort((a, b) => b.overdue - a.overdue || b.open - a.open || a.teamName.localeCompare(b.teamName, 'nl')),
      hours: today.hours,
    };
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
