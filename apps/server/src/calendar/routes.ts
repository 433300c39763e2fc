import { closingDayInputSchema, formatAmsterdamIso, localDateSchema, MAX_WORKING_DAYS } from '@helder/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { contextOf } from '../http/auth-hook.js';
import { errorResponses } from '../http/schemas.js';
import type { Services } from '../services.js';

const closingDaySchema = z.object({ date: z.string(), name: z.string(), kind: z.enum(['statutory', 'equalised', 'municipal']) });

export const calendarRoutes: FastifyPluginAsyncZod<{ services: Services }> = async (app, { services }) => {
  const { calendar } = services;

  app.get('/api/calendar/due-date', {
    config: { auth: 'staff' },
    schema: {
      tags: ['calendar'],
      summary: 'The deadline of a term in working days, with a Dutch explanation',
      querystring: z.object({
        // Terms are computed for the years the closing-day calendar covers (as closing-days?year=).
        from: localDateSchema
          .refine((d) => d >= '1900-01-01' && d <= '2200-12-31', { error: 'Kies een datum tussen 1900 en 2200.' })
          .optional(),
        workingDays: z.coerce
          .number({ error: 'Vul een aantal werkdagen in.' })
          .int({ error: 'Vul een heel aantal werkdagen in.' })
          .min(1, { error: 'De termijn is minimaal 1 werkdag.' })
          .max(MAX_WORKING_DAYS, { error: `De termijn is maximaal ${MAX_WORKING_DAYS} werkdagen.` })
          .optional(),
        teamId: z.uuid({ error: 'Dit kenmerk klopt niet.' }).optional(),
      }),
      response: {
        200: z.object({
          dueAt: z.string(),
          dueDate: z.string(),
          from: z.string(),
          workingDays: z.number(),
          explanation: z.string(),
          closingDays: z.array(closingDaySchema),
        }),
        ...errorResponses,
      },
    },
  }, async (request) => {
    const due = await calendar.explainDueDate(request.query);
    return {
      dueAt: formatAmsterdamIso(due.dueAt),
      dueDate: due.dueDate,
      from: due.from,
      workingDays: due.workingDays,
      explanation: due.explanation,
      closingDays: due.closingDays,
    };
  });

  app.get('/api/calendar/closing-days', {
    config: { auth: 'staff' },
    schema: {
      tags: ['calendar'],
      summary: 'Statutory and municipal closing days of a year',
      querystring: z.object({
        year: z.coerce
          .number({ error: 'Vul een jaartal in.' })
          .int({ error: 'Vul een jaartal in.' })
          .min(1900, { error: 'Kies een jaar vanaf 1900.' })
          .max(2200, { error: 'Kies een jaar tot en met 2200.' })
          .optional(),
      }),
      response: { 200: z.array(closingDaySchema), ...errorResponses },
    },
  }, async (request) => calendar.listClosingDays(request.query.year));

  app.post('/api/calendar/closing-days', {
    config: { auth: ['admin'] },
    schema: { tags: ['calendar'], body: closingDayInputSchema, response: { 201: closingDaySchema, ...errorResponses } },
  }, async (request, reply) => reply.status(201).send(await calendar.addClosingDay(contextOf(request), request.body)));

  app.delete('/api/calendar/closing-days/:date', {
    config: { auth: ['admin'] },
    schema: { tags: ['calendar'], params: z.object({ date: localDateSchema }), response: { 204: z.null(), ...errorResponses } },
  }, async (request, reply) => {
    await calendar.removeClosingDay(contextOf(request), request.params.date);
    return reply.status(204).send(null);
  });
};
