import {
  assignInputSchema,
  attemptInputSchema,
  CALLBACK_STATUSES,
  callbackRequestInputSchema,
  cancelInputSchema,
  completeInputSchema,
  interimReplyInputSchema,
  localDateSchema,
  INBOX_KINDS,
} from '@helder/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { CASE_WORKERS } from '../http/access.js';
import { contextOf } from '../http/auth-hook.js';
import { parseIdempotencyKey } from '../http/idempotency.js';
import { cursorSchema, enumList, errorResponses, idParams, limitSchema, pageSchema, queryBoolean } from '../http/schemas.js';
import type { Services } from '../services.js';
import { callbackSchema, callbackWithHistorySchema } from './presenters.js';

const statusList = enumList(CALLBACK_STATUSES, 'Kies een bestaande status: open, in_progress, done of cancelled.');
const kindList = enumList(INBOX_KINDS, 'Kies een bestaande soort: callback, report, follow_up, home_visit of input_request.');

const scopeQuery = {
  teamId: z.uuid({ error: 'Dit kenmerk klopt niet.' }).optional(),
  assigneeId: z.uuid({ error: 'Dit kenmerk klopt niet.' }).optional(),
};

export const callbackRoutes: FastifyPluginAsyncZod<{ services: Services }> = async (app, { services }) => {
  const { callbacks } = services;

  app.post('/api/callback-requests', {
    config: { auth: CASE_WORKERS },
    schema: {
      tags: ['callback requests'],
      summary: 'Create a callback request; the deadline follows from the team term and the closing days',
      headers: z.object({ 'idempotency-key': z.string().optional() }),
      body: callbackRequestInputSchema,
      response: { 201: callbackWithHistorySchema, ...errorResponses },
    },
  }, async (request, reply) => {
    const key = parseIdempotencyKey(request.headers['idempotency-key']);
    return reply.status(201).send(await callbacks.create(contextOf(request), request.body, key));
  });

  app.get('/api/callback-requests', {
    config: { auth: CASE_WORKERS },
    schema: {
      tags: ['callback requests'],
      summary: 'Callback requests by deadline, earliest first, with cursor pagination',
      querystring: z.object({
        status: statusList.optional(),
        kind: kindList.optional().describe('Callback requests, residents\' reports of miscommunication, or follow-ups of low survey marks'),
        ...scopeQuery,
        unassigned: queryBoolean.optional(),
        overdue: queryBoolean.optional(),
        contactId: z.uuid({ error: 'Dit kenmerk klopt niet.' }).optional(),
        dueFrom: localDateSchema.optional().describe('Deadline on or after this day (Amsterdam)'),
        dueTo: localDateSchema.optional().describe('Deadline on or before this day (Amsterdam)'),
        late: queryBoolean.optional().describe('Only requests handled after their deadline or still open after it (cancelled ones left out): the records behind callbacks.late_share'),
        cursor: cursorSchema,
        limit: limitSchema(),
      }),
      response: { 200: pageSchema(callbackSchema), ...errorResponses },
    },
  }, async (request) => callbacks.list(contextOf(request), request.query));

  app.get('/api/callback-requests/summary', {
    config: { auth: CASE_WORKERS },
    schema: {
      tags: ['callback requests'],
      summary: 'Counts of open requests: new, in progress, overdue, due today, unassigned',
      querystring: z.object(scopeQuery),
      response: {
        200: z.object({ open: z.number(), inProgress: z.number(), overdue: z.number(), dueToday: z.number(), unassigned: z.number() }),
        ...errorResponses,
      },
    },
  }, async (request) => callbacks.summary(contextOf(request), request.query));

  app.get('/api/callback-requests/:id', {
    config: { auth: CASE_WORKERS },
    schema: { tags: ['callback requests'], params: idParams, response: { 200: callbackWithHistorySchema, ...errorResponses } },
  }, async (request) => callbacks.get(contextOf(request), request.params.id));

  const action = <S extends z.ZodType>(path: string, summary: string, body: S, run: (ctx: ReturnType<typeof contextOf>, id: string, input: z.output<S>) => Promise<unknown>) =>
    app.post(`/api/callback-requests/:id/${path}`, {
      config: { auth: CASE_WORKERS },
      schema: { tags: ['callback requests'], summary, params: idParams, body, response: { 200: callbackWithHistorySchema, ...errorResponses } },
    }, async (request) => run(contextOf(request), request.params.id, request.body as z.output<S>) as never);

  action('assign', 'Pick up (assign to yourself) or hand over to a colleague or team', assignInputSchema, (ctx, id, input) => callbacks.assign(ctx, id, input));
  // An attempt needs no body; Fastify hands a missing body to the validator as null, not undefined.
  action('attempt', 'Log a call attempt that did not reach the customer ("niet bereikt")', attemptInputSchema.nullish().transform((v) => v ?? {}), (ctx, id, input) => callbacks.attempt(ctx, id, input));
  action('interim-reply', 'Record the interim reply (procesantwoord) and when the answer will come', interimReplyInputSchema, (ctx, id, input) => callbacks.interimReply(ctx, id, input));
  action('complete', 'Complete the request with its outcome', completeInputSchema, (ctx, id, input) => callbacks.complete(ctx, id, input));
  action('cancel', 'Cancel the request with a reason', cancelInputSchema, (ctx, id, input) => callbacks.cancel(ctx, id, input));
};
