import { localDateSchema } from '@helder/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { contextOf } from '../http/auth-hook.js';
import { cursorSchema, errorResponses, idParams, limitSchema, pageSchema, queryBoolean } from '../http/schemas.js';
import type { Services } from '../services.js';

const resultSchema = z.object({
  id: z.string(),
  question: z.string(),
  measuredOn: z.string(),
  score: z.number(),
  sampleSize: z.number(),
  source: z.string(),
  note: z.string().nullable(),
  createdBy: z.string().nullable(),
  createdAt: z.string(),
});

const inputSchema = z.object({
  question: z.literal('overall', { error: 'Kies de vraag: overall (algemene tevredenheid).' }).default('overall'),
  measuredOn: localDateSchema.refine((d) => d >= '2000-01-01' && d <= '2100-12-31', { error: 'Kies een datum tussen 2000 en 2100.' }),
  score: z
    .number({ error: 'Vul het cijfer in, zoals 6,71.' })
    .min(1, { error: 'Het cijfer is minimaal 1.' })
    .max(10, { error: 'Het cijfer is hoogstens 10.' })
    .refine((n) => Math.abs(n * 100 - Math.round(n * 100)) < 1e-6, { error: 'Gebruik hoogstens twee cijfers achter de komma.' }),
  sampleSize: z.number({ error: 'Vul in hoeveel mensen meededen.' }).int({ error: 'Vul een heel aantal in.' }).min(1, { error: 'Er deed minstens 1 persoon mee.' }).max(10_000_000, { error: 'Dat aantal is te groot.' }),
  source: z.string({ error: 'Vul de bron in, zoals het onderzoeksbureau.' }).trim().min(2, { error: 'Vul de bron in, zoals het onderzoeksbureau.' }).max(200, { error: 'De bron is te lang (hoogstens 200 tekens).' }),
  note: z.string().trim().max(1000, { error: 'De toelichting is te lang (hoogstens 1000 tekens).' }).optional(),
});

type Row = Awaited<ReturnType<Services['surveys']['list']>>[number];
const present = ({ result: r, createdByName }: Row) => ({
  id: r.id,
  question: r.question,
  measuredOn: r.measuredOn,
  score: r.score / 100,
  sampleSize: r.sampleSize,
  source: r.source,
  note: r.note,
  createdBy: createdByName,
  createdAt: r.createdAt.toISOString(),
});

export const surveyRoutes: FastifyPluginAsyncZod<{ services: Services }> = async (app, { services }) => {
  app.get('/api/survey-results', {
    config: { auth: ['kcc', 'second_line', 'team_lead', 'admin'] },
    schema: { tags: ['surveys'], summary: 'Results of the yearly satisfaction survey, newest first', response: { 200: z.array(resultSchema), ...errorResponses } },
  }, async () => (await services.surveys.list()).map(present));

  app.post('/api/survey-results', {
    config: { auth: ['admin'] },
    schema: { tags: ['surveys'], summary: 'Record a result of the yearly satisfaction survey', body: inputSchema, response: { 201: resultSchema, ...errorResponses } },
  }, async (request, reply) => {
    const row = await services.surveys.add(contextOf(request), request.body);
    return reply.status(201).send(present({ result: row, createdByName: request.actor!.name }));
  });

  app.delete('/api/survey-results/:id', {
    config: { auth: ['admin'] },
    schema: { tags: ['surveys'], summary: 'Remove a survey result entered by mistake', params: idParams, response: { 204: z.null(), ...errorResponses } },
  }, async (request, reply) => {
    await services.surveys.remove(contextOf(request), request.params.id);
    return reply.status(204).send(null);
  });

  const period = {
    from: localDateSchema.describe('Answered on or after this day (Amsterdam)'),
    to: localDateSchema.describe('Answered on or before this day (Amsterdam)'),
    teamId: z.uuid({ error: 'Dit kenmerk klopt niet.' }).optional(),
    productId: z.uuid({ error: 'Dit kenmerk klopt niet.' }).optional(),
  };

  app.get('/api/survey-responses', {
    config: { auth: ['kcc', 'second_line', 'team_lead', 'admin'] },
    schema: {
      tags: ['surveys'],
      summary: 'Answers to the survey after a contact, newest first, with the open answers (reading them is logged)',
      querystring: z.object({ ...period, withComment: queryBoolean.optional(), cursor: cursorSchema, limit: limitSchema() }),
      response: {
        200: pageSchema(z.object({
          id: z.string(),
          answeredAt: z.string(),
          channel: z.string(),
          line: z.string(),
          teamId: z.string().nullable(),
          teamName: z.string().nullable(),
          productId: z.string().nullable(),
          productName: z.string().nullable(),
          score: z.number(),
          timelinessScore: z.number().nullable(),
          resolved: z.boolean().nullable(),
          comment: z.string().nullable(),
          mayContact: z.boolean().nullable(),
          source: z.string(),
        })),
        ...errorResponses,
      },
    },
  }, async (request) => services.surveys.responses(contextOf(request), request.query));

  app.get('/api/survey-responses/summary', {
    config: { auth: ['kcc', 'second_line', 'team_lead', 'admin'] },
    schema: {
      tags: ['surveys'],
      summary: 'Average marks per team and product over a period',
      querystring: z.object(period),
      response: {
        200: z.array(z.object({
          teamId: z.string().nullable(),
          teamName: z.string().nullable(),
          productId: z.string().nullable(),
          productName: z.string().nullable(),
          answers: z.number(),
          score: z.number(),
          timelinessScore: z.number().nullable(),
          resolvedShare: z.number().nullable(),
        })),
        ...errorResponses,
      },
    },
  }, async (request) => services.surveys.responseSummary(contextOf(request), request.query));
};
