import { partyBsnSchema, partyInputSchema, partyListSchema, partyMergeInputSchema, partyViewSchema } from '@helder/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { CASE_WORKERS } from '../http/access.js';
import { contextOf } from '../http/auth-hook.js';
import { cursorSchema, errorResponses, idParams, limitSchema } from '../http/schemas.js';
import type { Services } from '../services.js';

/** Merging changes every team's view of a resident: the contact centre, team leads and administrators. */
const MERGERS = ['kcc', 'team_lead', 'admin'] as const;

export const partyRoutes: FastifyPluginAsyncZod<{ services: Services }> = async (app, { services }) => {
  const { parties } = services;

  app.get('/api/parties', {
    config: { auth: CASE_WORKERS },
    schema: {
      tags: ['parties'],
      summary: 'Find parties by name, phone number (any notation), e-mail, postcode with house number, KvK number or BSN; by name, paged',
      querystring: z.object({
        q: z.string().trim().max(200, { error: 'Zoek met maximaal 200 tekens.' }).optional(),
        cursor: cursorSchema,
        limit: limitSchema(50, 20),
      }),
      response: { 200: partyListSchema, ...errorResponses },
    },
  }, async (request) => parties.search(contextOf(request), request.query));

  app.post('/api/parties', {
    config: { auth: CASE_WORKERS },
    schema: { tags: ['parties'], summary: 'Create a party', body: partyInputSchema, response: { 201: partyViewSchema, ...errorResponses } },
  }, async (request, reply) => reply.status(201).send(await parties.create(contextOf(request), request.body)));

  app.get('/api/parties/:id', {
    config: { auth: CASE_WORKERS },
    schema: {
      tags: ['parties'],
      summary: 'The customer view: the party, its contact details, open requests and last contacts (audited)',
      params: idParams,
      response: { 200: partyViewSchema, ...errorResponses },
    },
  }, async (request) => parties.get(contextOf(request), request.params.id));

  app.put('/api/parties/:id', {
    config: { auth: CASE_WORKERS },
    schema: { tags: ['parties'], summary: 'Change a party (all details; a BSN left out stays)', params: idParams, body: partyInputSchema, response: { 200: partyViewSchema, ...errorResponses } },
  }, async (request) => parties.update(contextOf(request), request.params.id, request.body));

  app.get('/api/parties/:id/bsn', {
    config: { auth: CASE_WORKERS },
    schema: { tags: ['parties'], summary: 'The whole BSN of a party (every view audited)', params: idParams, response: { 200: partyBsnSchema, ...errorResponses } },
  }, async (request) => parties.revealBsn(contextOf(request), request.params.id));

  app.post('/api/parties/:id/merge', {
    config: { auth: MERGERS },
    schema: {
      tags: ['parties'],
      summary: 'Merge a duplicate into this party (audited; can be undone for 30 days)',
      params: idParams,
      body: partyMergeInputSchema,
      response: { 200: partyViewSchema, ...errorResponses },
    },
  }, async (request) => parties.merge(contextOf(request), request.params.id, request.body.duplicateId));

  app.post('/api/party-merges/:id/undo', {
    config: { auth: MERGERS },
    schema: { tags: ['parties'], summary: 'Undo a merge (within 30 days)', params: idParams, response: { 200: partyViewSchema, ...errorResponses } },
  }, async (request) => parties.undoMerge(contextOf(request), request.params.id));
};
