// The resident's rights under the AVG (art. 15-17), for administrators and the privacy officer:
// find a person's records, export them (JSON, HTML, PDF), erase them, correct them.
import { emailSchema, idSchema, optionalName, phoneSchema, privacyErasureSchema, privacySubjectSchema } from '@helder/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { contextOf } from '../http/auth-hook.js';
import { cursorSchema, errorResponses, errorSchema, limitSchema } from '../http/schemas.js';
import { printOr503 } from '../reports/pdf.js';
import type { Services } from '../services.js';
import { renderExportHtml } from './presenters.js';

const privacy = { auth: ['admin', 'privacy_officer'] as const };

const subjectQuery = {
  email: emailSchema.optional().describe('E-mail address of the resident (case-insensitive)'),
  phone: phoneSchema.optional().describe('Phone number of the resident (any spelling: 06…, +316…)'),
};
const reasonSchema = z
  .string({ error: (issue) => (issue.input === undefined ? 'Schrijf op waarom. Bijvoorbeeld: verzoek van de inwoner van 3 maart.' : undefined) })
  .trim()
  .min(5, { error: 'Schrijf op waarom, in minstens 5 tekens.' })
  .max(1000, { error: 'Schrijf de reden in hoogstens 1000 tekens.' });

const record = z.record(z.string(), z.unknown());
const exportSchema = z.object({
  municipality: z.string(),
  madeAt: z.string(),
  searchedFor: z.object({ email: z.string().nullable(), phone: z.string().nullable() }),
  retentionDays: z.object({ cases: z.number(), mails: z.number(), auditAddresses: z.number() }),
  customers: z.array(record),
  parties: z.array(record),
  contacts: z.array(record),
  requests: z.array(record),
  surveyAnswers: z.array(record),
  surveyInvitations: z.array(record),
  mails: z.array(record),
  accessLog: z.array(record),
});
export const privacyRoutes: FastifyPluginAsyncZod<{ services: Services }> = async (app, { services }) => {
  const { privacy: service } = services;

  app.get('/api/privacy/subjects', {
    config: privacy,
    schema: {
      tags: ['privacy'],
      summary: 'Find the customer records of one resident by e-mail address or phone number, with what hangs on each (newest first)',
      querystring: z.object({ ...subjectQuery, cursor: cursorSchema, limit: limitSchema(100, 25) }),
      response: { 200: z.object({ items: z.array(privacySubjectSchema), nextCursor: z.string().nullable() }), ...errorResponses },
    },
  }, async (request) => service.subjects(contextOf(request), request.query));

  app.get('/api/privacy/export', {
    config: privacy,
    schema: {
      tags: ['privacy'],
      summary: 'Everything Helder holds about one resident (AVG art. 15), as JSON, a readable HTML page or a PDF',
      querystring: z.object({ ...subjectQuery, format: z.enum(['json', 'html', 'pdf'], { error: 'Kies json, html of pdf.' }).default('json') }),
      response: {
        200: {
          description: 'The export',
          content: {
            'application/json': { schema: exportSchema },
            'text/html': { schema: z.string() },
            'application/pdf': { schema: z.any().describe('The PDF file (binary)') },
          },
        },
        ...errorResponses,
        503: errorSchema,
      },
    },
  }, async (request, reply) => {
    const data = await service.export(contextOf(request), request.query);
    const filename = `inzage-${data.madeAt.slice(0, 10)}`;
    if (request.query.format === 'json') {
      return reply.type('application/json; charset=utf-8').header('content-disposition', `attachment; filename="${filename}.json"`).send(JSON.stringify(data, null, 2));
    }
    const html = renderExportHtml(data);
    if (request.query.format === 'html') {
      return reply.type('text/html; charset=utf-8').header('content-disposition', `attachment; filename="${filename}.html"`).send(html);
    }
    const pdf = await printOr503(services.pdf, html, `Inzage persoonsgegevens, gemeente ${data.municipality}`, request.log, 'of kies de webpagina.');
    return reply.type('application/pdf').header('content-disposition', `attachment; filename="${filename}.pdf"`).send(pdf);
  });

  app.post('/api/privacy/erasures', {
    config: privacy,
    schema: {
      tags: ['privacy'],
      summary: "Erase a resident's personal details everywhere (AVG art. 17): records stay, anonymised, so every count stays the same",
      body: z.object({ ...subjectQuery, reason: reasonSchema }),
      response: { 201: privacyErasureSchema, ...errorResponses },
    },
  }, async (request, reply) => {
    const result = await service.erase(contextOf(request), request.body);
    return reply.status(201).send(result);
  });

  app.post('/api/privacy/corrections', {
    config: privacy,
    schema: {
      tags: ['privacy'],
      summary: "Correct a resident's name, e-mail address or phone number on one customer record (AVG art. 16); an empty value removes it",
      body: z.object({
        customerId: idSchema,
        name: optionalName(200, { tooLong: 'Schrijf de naam in hoogstens 200 tekens.' }),
        email: emailSchema.optional(),
        phone: phoneSchema.optional(),
        reason: reasonSchema,
      }),
      response: {
        201: z.object({ id: z.string(), name: z.string().nullable(), email: z.string().nullable(), phone: z.string().nullable(), fields: z.array(z.string()) }),
        ...errorResponses,
      },
    },
  }, async (request, reply) => {
    const result = await service.correct(contextOf(request), request.body);
    return reply.status(201).send(result);
  });
};
