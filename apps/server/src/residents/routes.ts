// Routes residents use without logging in. The API takes JSON, and also the form-encoded posts of
// the plain HTML pages: a form gets a page back (the same form with Dutch messages and what was
// typed, or a redirect to the result), a JSON client gets JSON. Stricter per-address limits than
// the rest of the API: a resident sends a few reports, a robot many.
import { randomBytes } from 'node:crypto';
import { amsterdamDate, reportInputSchema, surveyAnswerSchema } from '@helder/domain';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError, errorAnswer, handleError, validationFields } from '../http/errors.js';
import { parseIdempotencyKey } from '../http/idempotency.js';
import { errorResponses } from '../http/schemas.js';
import type { Services } from '../services.js';
import { messagePage, type PageFrame, pageFrame } from '../http/public-page.js';
import { errorMap, reportFormPage, statusPage, surveyFormPage } from './pages.js';

const tokenParams = z.object({ token: z.string().max(100, { error: 'Deze link klopt niet.' }) });
const receiptSchema = z.object({ reference: z.string(), statusUrl: z.string() });
const publicErrors = { ...errorResponses, 410: errorResponses[404], 429: errorResponses[400] };

function isForm(request: FastifyRequest): boolean {
  return (request.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded');
}

/** What a form sent, as strings, to show it again. */
function typed(body: unknown): Record<string, string | undefined> {
  if (!body || typeof body !== 'object') return {};
  return Object.fromEntries(Object.entries(body as Record<string, unknown>).map(([k, v]) => [k, typeof v === 'string' ? v : v === undefined || v === null ? undefined : String(v)]));
}

const newFormToken = () => randomBytes(18).toString('base64url');

export const residentRoutes: FastifyPluginAsyncZod<{ services: Services; stylesheets: () => string[] }> = async (app, { services, stylesheets }) => {
  const { residents, surveyAnswers, config, clock } = services;
  const frame = (): PageFrame => pageFrame(config, stylesheets());
  const formLimit = { max: config.publicFormLimitPerHour, windowMs: 3600_000 };
  const html = (reply: FastifyReply, status: number, body: string) =>
    reply.status(status).type('text/html; charset=utf-8').header('cache-control', 'no-store').send(body);

  /** Errors of a form post become a page; a JSON client keeps the JSON answer. */
  const formErrors = (title: string, back: (request: FastifyRequest) => string) => (error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    if (!isForm(request)) return handleError(error, request, reply);
    const answer = errorAnswer(error);
    if (answer.statusCode >= 500) request.log.error({ err: error }, 'unhandled error');
    const link = `<p class="utrecht-paragraph"><a class="utrecht-link" href="${back(request)}">Terug naar het formulier</a></p>`;
    return html(reply, answer.statusCode, messagePage(frame(), title, answer.body.error.message, link));
  };

  const showReportForm = async (reply: FastifyReply, status: number, values: Record<string, string | undefined>, errors: ReturnType<typeof errorMap>) =>
    html(reply, status, reportFormPage(frame(), {
      teams: await residents.teams(),
      values,
      errors,
      formToken: values.formToken && /^[\w-]{8,200}$/.test(values.formToken) ? values.formToken : newFormToken(),
      today: amsterdamDate(clock.now()),
    }));

  app.get('/api/public/teams', {
    config: { auth: 'public' },
    schema: { tags: ['public'], summary: 'Active teams, for "which team was it about?"', response: { 200: z.array(z.object({ id: z.string(), name: z.string() })) } },
  }, async () => residents.teams());

  app.post('/api/public/reports', {
    config: { auth: 'public', rateLimit: formLimit, formPosts: true },
    bodyLimit: 32 * 1024,
    attachValidation: true,
    errorHandler: formErrors('Uw melding is niet verstuurd', () => '/melding'),
    schema: {
      tags: ['public'],
      summary: 'Report miscommunication (no login; JSON or form-encoded). A repeat with the same Idempotency-Key or form token returns the first answer.',
      headers: z.object({ 'idempotency-key': z.string().optional() }),
      body: reportInputSchema,
      response: { 201: receiptSchema, 303: z.null(), ...publicErrors, 413: errorResponses[400] },
    },
  }, async (request, reply) => {
    const form = isForm(request);
    if (request.validationError) {
      if (!form) throw request.validationError;
      return showReportForm(reply, 400, typed(request.body), errorMap(validationFields(request.validationError)));
    }
    const body = request.body;
    const key = form ? (body.formToken && /^[\w-]{8,200}$/.test(body.formToken) ? body.formToken : undefined) : parseIdempotencyKey(request.headers['idempotency-key']);
    try {
      const receipt = await residents.submitReport(body, key, request.ip);
      if (form) return reply.redirect(`${new URL(receipt.statusUrl).pathname}?nieuw=1`, 303);
      return reply.status(201).send(receipt);
    } catch (error) {
      if (form && error instanceof AppError && error.fields) return showReportForm(reply, error.statusCode, typed(request.body), errorMap(error.fields));
      throw error;
    }
  });

  app.get('/api/public/status/:token', {
    config: { auth: 'public' },
    schema: {
      tags: ['public'],
      summary: 'The state of a callback request or report behind a status link: state, deadline, interim reply',
      params: tokenParams,
      response: {
        200: z.object({
          reference: z.string(),
          kind: z.string(),
          kindLabel: z.string(),
          category: z.string().nullable(),
          description: z.string().nullable(),
          status: z.string(),
          statusLabel: z.string(),
          teamName: z.string(),
          createdAt: z.string(),
          dueAt: z.string(),
          dueDate: z.string(),
          late: z.boolean(),
          answerChannel: z.string(),
          interimReply: z.object({ at: z.string(), message: z.string().nullable(), expectedBy: z.string().nullable() }).nullable(),
          completedOn: z.string().nullable(),
        }),
        ...publicErrors,
      },
    },
  }, async (request) => residents.status(request.params.token));

  app.get('/api/public/surveys/:token', {
    config: { auth: 'public' },
    schema: {
      tags: ['public'],
      summary: 'Whether a survey link can still be answered',
      params: tokenParams,
      response: { 200: z.object({ state: z.enum(['open', 'answered', 'expired', 'unknown']), expiresOn: z.string().optional(), expiredOn: z.string().optional() }) },
    },
  }, async (request) => surveyAnswers.state(request.params.token));

  app.post('/api/public/surveys/:token', {
    config: { auth: 'public', rateLimit: formLimit, formPosts: true },
    bodyLimit: 16 * 1024,
    attachValidation: true,
    errorHandler: formErrors('Uw antwoorden zijn niet verstuurd', (request) => `/enquete/${encodeURIComponent((request.params as { token?: string }).token ?? '')}`),
    schema: {
      tags: ['public'],
      summary: 'Answer the survey after a contact, once (scores 1-10)',
      params: tokenParams,
      body: surveyAnswerSchema,
      response: { 201: z.object({ message: z.string() }), 303: z.null(), ...publicErrors },
    },
  }, async (request, reply) => {
    const { token } = request.params;
    const form = isForm(request);
    if (request.validationError) {
      if (!form) throw request.validationError;
      const state = await surveyAnswers.state(token);
      if (state.state !== 'open') return surveyStatePage(reply, token, state, false);
      return html(reply, 400, surveyFormPage(frame(), { token, values: typed(request.body), errors: errorMap(validationFields(request.validationError)), expiresOn: state.expiresOn }));
    }
    try {
      await surveyAnswers.answer(token, request.body);
    } catch (error) {
      if (form && error instanceof AppError) return surveyStatePage(reply, token, await surveyAnswers.state(token), false);
      throw error;
    }
    if (form) return reply.redirect(`/enquete/${encodeURIComponent(token)}?bedankt=1`, 303);
    return reply.status(201).send({ message: 'Bedankt voor uw antwoorden.' });
  });

  // The pages themselves. Not in the API description: they are what a browser shows.
  app.get('/melding', { config: { auth: 'public' }, schema: { hide: true } }, async (_request, reply) => showReportForm(reply, 200, {}, new Map()));

  app.get('/status/:token', { config: { auth: 'public' }, schema: { hide: true, params: tokenParams, querystring: z.object({ nieuw: z.string().optional() }) } }, async (request, reply) => {
    try {
      return html(reply, 200, statusPage(frame(), await residents.status(request.params.token), request.query.nieuw === '1'));
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      return html(reply, error.statusCode, messagePage(frame(), error.statusCode === 410 ? 'Deze link werkt niet meer' : 'Deze link werkt niet', error.message));
    }
  });

  const surveyStatePage = (reply: FastifyReply, token: string, state: Awaited<ReturnType<typeof surveyAnswers.state>>, thanks: boolean) => {
    switch (state.state) {
      case 'open':
        return html(reply, 200, surveyFormPage(frame(), { token, values: {}, errors: new Map(), expiresOn: state.expiresOn }));
      case 'answered':
        return thanks
          ? html(reply, 200, messagePage(frame(), 'Bedankt voor uw antwoorden', 'Wij lezen alle antwoorden en gebruiken ze om onze dienst beter te maken. Gaf u toestemming en ging er iets mis? Dan nemen wij contact met u op.'))
          : html(reply, 409, messagePage(frame(), 'U heeft deze vragen al beantwoord', 'U kunt de vragen één keer beantwoorden. Bedankt dat u dat deed!'));
      case 'expired':
        return html(reply, 410, messagePage(frame(), 'Deze enquête is gesloten', `U kon de vragen beantwoorden tot en met ${state.expiredOn}. Wilt u ons toch iets laten weten? Bel ons gerust.`));
      case 'unknown':
        return html(reply, 404, messagePage(frame(), 'Deze link werkt niet', 'Misschien is de link niet helemaal overgenomen. Kopieer de hele link uit de e-mail en probeer het opnieuw.'));
    }
  };

  app.get('/enquete/:token', { config: { auth: 'public' }, schema: { hide: true, params: tokenParams, querystring: z.object({ bedankt: z.string().optional() }) } }, async (request, reply) =>
    surveyStatePage(reply, request.params.token, await surveyAnswers.state(request.params.token), request.query.bedankt === '1'));
};
