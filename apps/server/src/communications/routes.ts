// The register of outgoing communication (/api/communications): texts with the B1 result of every
// version, the contact centre's review of bulk letters, and marking a text sent. Every employee
// may write texts; only the contact centre reviews (and never their own text, checked in the service).
import { Readable } from 'node:stream';
import {
  COMMUNICATION_KINDS,
  communicationB1ShareSchema,
  COMMUNICATION_LIMITS,
  COMMUNICATION_STATUSES,
  communicationInputSchema,
  communicationListSchema,
  communicationSchema,
  communicationVersionCreatedSchema,
  communicationVersionInputSchema,
  localDateSchema,
  reviewInputSchema,
} from '@helder/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { contextOf } from '../http/auth-hook.js';
import { cursorSchema, enumList, errorResponses, idParams, limitSchema, queryBoolean } from '../http/schemas.js';
import type { Services } from '../services.js';

const listQuery = z.object({
  teamId: z.uuid({ error: 'Dit kenmerk klopt niet.' }).optional(),
  kind: enumList(COMMUNICATION_KINDS, 'Kies brief, bulkbrief, e-mail, webtekst, folder of anders.').optional(),
  status: enumList(COMMUNICATION_STATUSES, 'Kies concept, wacht op controle, aanpassen, goedgekeurd of verstuurd.').optional(),
  /** true: at B1 or easier; false: harder than B1 (the latest version). */
  b1: queryBoolean.optional(),
  template: queryBoolean.optional(),
  from: localDateSchema.optional(),
  to: localDateSchema.optional(),
  q: z.string().trim().max(COMMUNICATION_LIMITS.title, { error: `Zoek met hoogstens ${COMMUNICATION_LIMITS.title} tekens.` }).optional(),
  /** The contact centre's review queue: open requests, earliest deadline first. */
  queue: queryBoolean.optional(),
  cursor: cursorSchema,
  limit: limitSchema(),
});

export const communicationRoutes: FastifyPluginAsyncZod<{ services: Services }> = async (app, { services }) => {
  const { communications } = services;

  app.post('/api/communications', {
    config: { auth: 'staff' },
    schema: {
      tags: ['communications'],
      summary: 'A new text in the register: a draft, version 1, with its B1 result; reviewRequired for a bulk letter or many recipients',
      body: communicationInputSchema,
      response: { 201: communicationSchema, ...errorResponses },
    },
  }, async (request, reply) => reply.status(201).send(await communications.create(contextOf(request), request.body)));

  app.get('/api/communications', {
    config: { auth: 'staff' },
    schema: {
      tags: ['communications'],
      summary: 'The register with filters (team, kind, status, B1, period of the last change), newest change first; queue=true: the review queue by deadline',
      querystring: listQuery,
      response: { 200: communicationListSchema, ...errorResponses },
    },
  }, async (request) => {
    const { b1, ...query } = request.query;
    return communications.list({ ...query, isB1: b1 });
  });

  app.get('/api/communications/export.csv', {
    config: { auth: 'staff' },
    schema: {
      tags: ['communications'],
      summary: 'The register as CSV (semicolons, decimal comma, UTF-8 with BOM), with the same filters as the list',
      querystring: listQuery.omit({ cursor: true, limit: true }),
    },
  }, async (request, reply) => {
    const { b1, ...query } = request.query;
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', 'attachment; filename="register-communicatie.csv"')
      .send(Readable.from(communications.exportCsv({ ...query, isB1: b1 })));
  });

  app.get('/api/communications/b1-share', {
    config: { auth: 'staff' },
    schema: {
      tags: ['communications'],
      summary: 'Per team: the texts sent or published in the period and the share at B1 at that moment',
      querystring: z.object({ from: localDateSchema, to: localDateSchema }),
      response: { 200: communicationB1ShareSchema, ...errorResponses },
    },
  }, async (request) => communications.b1ShareByTeam(request.query.from, request.query.to));

  app.get('/api/communications/:id', {
    config: { auth: 'staff' },
    schema: {
      tags: ['communications'],
      summary: 'One text with every version and its B1 result, and the review history',
      params: idParams,
      response: { 200: communicationSchema, ...errorResponses },
    },
  }, async (request) => communications.get(request.params.id));

  app.post('/api/communications/:id/versions', {
    config: { auth: 'staff' },
    schema: {
      tags: ['communications'],
      summary: 'A new version (the author, or an administrator); an earlier decision of the contact centre no longer counts',
      params: idParams,
      body: communicationVersionInputSchema,
      response: { 201: communicationVersionCreatedSchema, ...errorResponses },
    },
  }, async (request, reply) => reply.status(201).send(await communications.addVersion(contextOf(request), request.params.id, request.body.text)));

  app.post('/api/communications/:id/request-review', {
    config: { auth: 'staff' },
    schema: {
      tags: ['communications'],
      summary: 'Ask the contact centre to review the latest version (due in the configured working days; the contact centre gets an e-mail)',
      params: idParams,
      response: { 200: communicationSchema, ...errorResponses },
    },
  }, async (request) => communications.requestReview(contextOf(request), request.params.id));

  app.post('/api/communications/:id/review', {
    config: { auth: ['kcc'] },
    schema: {
      tags: ['communications'],
      summary: 'The contact centre approves or asks for changes (comments may be tied to passages); never the author',
      params: idParams,
      body: reviewInputSchema,
      response: { 200: communicationSchema, ...errorResponses },
    },
  }, async (request) => communications.review(contextOf(request), request.params.id, request.body));

  app.post('/api/communications/:id/mark-sent', {
    config: { auth: 'staff' },
    schema: {
      tags: ['communications'],
      summary: 'Mark sent or published; 409 when review is required and the latest version is not approved',
      params: idParams,
      response: { 200: communicationSchema, ...errorResponses },
    },
  }, async (request) => communications.markSent(contextOf(request), request.params.id));
};
