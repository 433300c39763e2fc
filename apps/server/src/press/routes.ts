// The press inbox's API (issue 14). Readable only by team Communicatie (PRESS_TEAM) and
// administrators: the route admits the roles, the service checks the team.
import {
  CALLBACK_STATUSES,
  pressAnswerInputSchema,
  pressAssignInputSchema,
  pressInputRequestInputSchema,
  pressInterimReplyInputSchema,
  pressNoteInputSchema,
  pressQuestionListSchema,
  pressQuestionSchema,
  pressRequestChangesInputSchema,
  type Role,
} from '@helder/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { contextOf } from '../http/auth-hook.js';
import { cursorSchema, enumList, errorResponses, idParams, limitSchema, queryBoolean } from '../http/schemas.js';
import type { Services } from '../services.js';

/** Who may reach the press routes at all; the service narrows it to the press team. */
const PRESS_READERS = ['second_line', 'team_lead', 'admin'] as const satisfies readonly Role[];
/** Who records the administrator's check: a team lead (of the press team, checked by the service) or an administrator. */
const PRESS_CHECKERS = ['team_lead', 'admin'] as const satisfies readonly Role[];

const statusList = enumList(CALLBACK_STATUSES, 'Kies een bestaande status: open, in_progress, done of cancelled.');
const dismissSchema = z.object({
  reason: z.string({ error: 'Schrijf waarom dit geen persvraag is.' }).trim().min(1, { error: 'Schrijf waarom dit geen persvraag is.' }).max(1000, { error: 'Een reden is hoogstens 1000 tekens.' }),
});
const attachmentParams = idParams.extend({ attachmentId: z.uuid({ error: 'Dit kenmerk klopt niet.' }) });

export const pressRoutes: FastifyPluginAsyncZod<{ services: Services }> = async (app, { services }) => {
  const { press } = services;

  app.get('/api/press-questions', {
    config: { auth: PRESS_READERS },
    schema: {
      tags: ['press inbox'],
      summary: 'Press questions by deadline, earliest first, with counts of open, due today, overdue and awaiting check',
      querystring: z.object({
        status: statusList.optional(),
        assigneeId: z.uuid({ error: 'Dit kenmerk klopt niet.' }).optional(),
        unassigned: queryBoolean.optional(),
        cursor: cursorSchema,
        limit: limitSchema(),
      }),
      response: { 200: pressQuestionListSchema, ...errorResponses },
    },
  }, async (request) => press.list(contextOf(request), request.query));

  app.get('/api/press-questions/:id', {
    config: { auth: PRESS_READERS },
    schema: { tags: ['press inbox'], summary: 'A press question with its mail thread, notes, input requests and history', params: idParams, response: { 200: pressQuestionSchema, ...errorResponses } },
  }, async (request) => press.get(contextOf(request), request.params.id));

  app.get('/api/press-questions/:id/attachments/:attachmentId', {
    config: { auth: PRESS_READERS },
    schema: { tags: ['press inbox'], summary: 'An attachment of a mail in the thread, as a download', params: attachmentParams },
  }, async (request, reply) => {
    const file = await press.attachment(contextOf(request), request.params.id, request.params.attachmentId);
    // Always a download, never shown inline: an HTML attachment must not run in Helder's origin.
    return reply
      .type('application/octet-stream')
      .header('content-disposition', `attachment; filename="${file.filename.replace(/[^\w.\- ]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(file.filename)}`)
      .header('x-content-type-options', 'nosniff')
      .send(file.content);
  });

  const action = <S extends z.ZodType>(path: string, summary: string, body: S, run: (ctx: ReturnType<typeof contextOf>, id: string, input: z.output<S>) => Promise<unknown>, auth: readonly Role[] = PRESS_READERS) =>
    app.post(`/api/press-questions/:id/${path}`, {
      config: { auth },
      schema: { tags: ['press inbox'], summary, params: idParams, body, response: { 200: pressQuestionSchema, ...errorResponses } },
    }, async (request) => run(contextOf(request), request.params.id, request.body as z.output<S>) as never);
  // Steps without a body: Fastify hands a missing body to the validator as null.
  const noBody = z.object({}).nullish();

  action('assign', 'Give the question to a colleague of the press team (null: nobody)', pressAssignInputSchema, (ctx, id, input) => press.assign(ctx, id, input));
  action('interim-reply', 'Mail the interim reply (procesantwoord) with the day the answer will come', pressInterimReplyInputSchema, (ctx, id, input) => press.interimReply(ctx, id, input));
  action('notes', 'Add an internal note', pressNoteInputSchema, (ctx, id, input) => press.note(ctx, id, input));
  action('answer', 'Draft the answer; needsAdministratorCheck asks the administrator\'s check before it can be sent', pressAnswerInputSchema, (ctx, id, input) => press.answer(ctx, id, input));
  action('approve', 'Record the administrator\'s approval of the answer (team lead or administrator)', noBody, (ctx, id) => press.approve(ctx, id), PRESS_CHECKERS);
  action('request-changes', 'Record that the administrator asks for changes (team lead or administrator)', pressRequestChangesInputSchema, (ctx, id, input) => press.requestChanges(ctx, id, input), PRESS_CHECKERS);
  action('send', 'Send the answer from the press address, threaded (409 while a required check is not approved)', noBody, (ctx, id) => press.send(ctx, id));
  action('input-requests', 'Ask a department for input: a request for that team with its own deadline', pressInputRequestInputSchema, (ctx, id, input) => press.requestInput(ctx, id, input));
  action('dismiss', 'Set aside a mail that is no press question (it leaves the inbox and the KPI)', dismissSchema, (ctx, id, input) => press.dismiss(ctx, id, input));
};
