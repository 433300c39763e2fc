// The knowledge base (kennisbank): the editors' articles with versions, the staff search used while
// registering a contact, feedback from the contact centre, synonyms, and the public side (a JSON
// API for the municipal website and the plain HTML pages /vragen and /vragen/<slug>).
import {
  KNOWLEDGE_LIMITS,
  KNOWLEDGE_STATUSES,
  KNOWLEDGE_VISIBILITIES,
  knowledgeArticleInputSchema,
  knowledgeArticleListSchema,
  knowledgeArticlePatchSchema,
  knowledgeArticleSchema,
  knowledgeClearInputSchema,
  knowledgeFeedbackInputSchema,
  knowledgeFeedbackSchema,
  knowledgePublicArticleSchema,
  knowledgePublicSearchResultSchema,
  knowledgePublishSchema,
  knowledgeSearchQuerySchema,
  knowledgeSearchResultSchema,
  knowledgeSynonymsInputSchema,
  knowledgeSynonymsSchema,
} from '@helder/domain';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { contextOf } from '../http/auth-hook.js';
import { AppError, errorAnswer, handleError } from '../http/errors.js';
import { messagePage, type PageFrame, pageFrame } from '../http/public-page.js';
import { cursorSchema, errorResponses, idParams, limitSchema, queryBoolean } from '../http/schemas.js';
import type { Services } from '../services.js';
import { articlePage, searchPage } from './pages.js';

/** Editors write and publish; administrators too. */
const editors = { auth: ['editor', 'admin'] as const };
/** Feedback is resolved by the editors, or by the team that owns the article (checked in the service). */
const resolvers = { auth: ['editor', 'admin', 'team_lead', 'second_line'] as const };

const slugParams = z.object({ slug: z.string().max(200, { error: 'Dit adres klopt niet.' }) });
const publicErrors = { ...errorResponses, 429: errorResponses[400] };

const listQuery = z.object({
  status: z.enum(KNOWLEDGE_STATUSES, { error: 'Kies de status concept (draft), gepubliceerd (published) of gearchiveerd (archived).' }).optional(),
  visibility: z.enum(KNOWLEDGE_VISIBILITIES, { error: 'Kies openbaar (public) of intern (internal).' }).optional(),
  teamId: z.uuid({ error: 'Dit kenmerk klopt niet.' }).optional(),
  productId: z.uuid({ error: 'Dit kenmerk klopt niet.' }).optional(),
  q: z.string().trim().max(KNOWLEDGE_LIMITS.query, { error: `Zoek met hoogstens ${KNOWLEDGE_LIMITS.query} tekens.` }).optional(),
  /** Open feedback, or the review date has passed. */
  attention: queryBoolean.optional(),
  sort: z.enum(['updated', 'title', 'handover'], { error: 'Sorteer op laatst gewijzigd (updated), titel (title) of doorverwijzingen (handover).' }).default('updated'),
  cursor: cursorSchema,
  limit: limitSchema(),
});

const isForm = (request: FastifyRequest) => (request.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded');

export const knowledgeRoutes: FastifyPluginAsyncZod<{ services: Services; stylesheets: () => string[] }> = async (app, { services, stylesheets }) => {
  const { knowledge, config } = services;
  const frame = (): PageFrame => pageFrame(config, stylesheets());
  const html = (reply: FastifyReply, status: number, body: string) =>
    reply.status(status).type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(body);

  // The editors' work.

  app.post('/api/knowledge/articles', {
    config: editors,
    schema: {
      tags: ['knowledge'],
      summary: 'A new article: a draft, version 1, with the B1 check of its answer (the answer HTML is sanitised)',
      body: knowledgeArticleInputSchema,
      response: { 201: knowledgeArticleSchema, ...errorResponses },
    },
  }, async (request, reply) => reply.status(201).send(await knowledge.create(contextOf(request), request.body)));

  app.get('/api/knowledge/articles', {
    config: { auth: 'staff' },
    schema: {
      tags: ['knowledge'],
      summary: 'Articles with filters; without a status drafts and published ones. sort=handover: answers after which contacts were still handed over first',
      querystring: listQuery,
      response: { 200: knowledgeArticleListSchema, ...errorResponses },
    },
  }, async (request) => knowledge.list(request.query));

  app.get('/api/knowledge/articles/:id', {
    config: { auth: 'staff' },
    schema: { tags: ['knowledge'], summary: 'One article with its versions (newest first), feedback and use counts', params: idParams, response: { 200: knowledgeArticleSchema, ...errorResponses } },
  }, async (request) => knowledge.get(request.params.id));

  app.patch('/api/knowledge/articles/:id', {
    config: editors,
    schema: {
      tags: ['knowledge'],
      summary: 'Save: a new version (restoreVersion: an earlier version\'s content becomes the new version). A published public answer not at B1 needs confirmNotB1',
      params: idParams,
      body: knowledgeArticlePatchSchema,
      response: { 200: knowledgeArticleSchema, ...errorResponses },
    },
  }, async (request) => knowledge.update(contextOf(request), request.params.id, request.body));

  app.delete('/api/knowledge/articles/:id', {
    config: editors,
    schema: { tags: ['knowledge'], summary: 'Archive: gone from search and the public pages, kept with its history', params: idParams, response: { 204: z.null(), ...errorResponses } },
  }, async (request, reply) => {
    await knowledge.archive(contextOf(request), request.params.id);
    return reply.status(204).send(null);
  });

  app.post('/api/knowledge/articles/:id/publish', {
    config: editors,
    schema: {
      tags: ['knowledge'],
      summary: 'Publish (409 b1_confirmation_needed for a public answer not at B1 without confirmNotB1; the confirmation is recorded)',
      params: idParams,
      body: knowledgePublishSchema.optional(),
      response: { 200: knowledgeArticleSchema, ...errorResponses },
    },
  }, async (request) => knowledge.publish(contextOf(request), request.params.id, { confirmNotB1: request.body?.confirmNotB1 }));

  app.post('/api/knowledge/articles/:id/feedback', {
    config: { auth: 'staff' },
    schema: {
      tags: ['knowledge'],
      summary: 'Flag an article: incorrect, unclear or missing something, with a note; the owning team sees it on its list',
      params: idParams,
      body: knowledgeFeedbackInputSchema,
      response: { 201: knowledgeFeedbackSchema, ...errorResponses },
    },
  }, async (request, reply) => reply.status(201).send(await knowledge.addFeedback(contextOf(request), request.params.id, request.body)));

  app.post('/api/knowledge/feedback/:id/resolve', {
    config: resolvers,
    schema: { tags: ['knowledge'], summary: 'Resolve feedback (editors, administrators, or team leads and second line of the owning team)', params: idParams, response: { 200: knowledgeFeedbackSchema, ...errorResponses } },
  }, async (request) => knowledge.resolveFeedback(contextOf(request), request.params.id));

  app.get('/api/knowledge/search', {
    config: { auth: 'staff' },
    schema: {
      tags: ['knowledge'],
      summary: 'Search published articles (public and internal), best first: stems, compounds, typos and synonyms',
      querystring: knowledgeSearchQuerySchema,
      response: { 200: knowledgeSearchResultSchema, ...errorResponses },
    },
  }, async (request) => knowledge.search(request.query.q, request.query.limit));

  app.get('/api/knowledge/synonyms', {
    config: { auth: 'staff' },
    schema: { tags: ['knowledge'], summary: 'The synonyms search uses (kliko → container)', response: { 200: knowledgeSynonymsSchema, ...errorResponses } },
  }, async () => knowledge.synonyms());

  app.put('/api/knowledge/synonyms', {
    config: editors,
    schema: {
      tags: ['knowledge'],
      summary: 'Replace the synonym list (words kept lower case, without accents)',
      body: knowledgeSynonymsInputSchema,
      response: { 200: knowledgeSynonymsSchema, ...errorResponses },
    },
  }, async (request) => knowledge.replaceSynonyms(contextOf(request), request.body.items));

  // The public side: published public answers only, no session.

  app.get('/api/public/knowledge/search', {
    config: { auth: 'public' },
    schema: {
      tags: ['public'],
      summary: 'Search the public answers (for the municipal website)',
      querystring: knowledgeSearchQuerySchema,
      response: { 200: knowledgePublicSearchResultSchema, ...publicErrors },
    },
  }, async (request) => knowledge.publicSearch(request.query.q, request.query.limit));

  app.get('/api/public/knowledge/articles/:slug', {
    config: { auth: 'public' },
    schema: { tags: ['public'], summary: 'One public answer by its address', params: slugParams, response: { 200: knowledgePublicArticleSchema, ...publicErrors } },
  }, async (request) => knowledge.publicArticle(request.params.slug.toLowerCase()));

  app.post('/api/public/knowledge/articles/:slug/clear', {
    config: { auth: 'public', rateLimit: { max: config.publicFormLimitPerHour, windowMs: 3600_000 }, formPosts: true },
    bodyLimit: 1024,
    attachValidation: true,
    errorHandler: (error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
      if (!isForm(request)) return handleError(error, request, reply);
      const answer = errorAnswer(error);
      if (answer.statusCode >= 500) request.log.error({ err: error }, 'unhandled error');
      if (answer.headers) reply.headers(answer.headers);
      return html(reply, answer.statusCode, messagePage(frame(), 'Uw antwoord is niet verstuurd', answer.body.error.message,
        `<p class="utrecht-paragraph"><a class="utrecht-link" href="/vragen">Naar alle vragen</a></p>`));
    },
    schema: {
      tags: ['public'],
      summary: '"Was dit antwoord duidelijk?" Yes or no, counted per article (JSON, or a form post answered with 303 to the page)',
      params: slugParams,
      body: knowledgeClearInputSchema,
      response: { 200: z.object({ message: z.string() }), 303: z.null(), ...publicErrors },
    },
  }, async (request, reply) => {
    const slug = request.params.slug.toLowerCase();
    if (request.validationError) {
      if (!isForm(request)) throw request.validationError;
      // A form without a choice (someone pressed enter in an empty form): back to the page.
      return reply.redirect(`/vragen/${encodeURIComponent(slug)}#duidelijk`, 303);
    }
    await knowledge.countClear(slug, request.body.clear);
    if (isForm(request)) return reply.redirect(`/vragen/${encodeURIComponent(slug)}?bedankt=1#duidelijk`, 303);
    return { message: 'Bedankt voor uw antwoord.' };
  });

  // The pages themselves (not in the API description: they are what a browser shows).

  app.get('/vragen', {
    config: { auth: 'public' },
    // Whatever was typed (also twice, ?q=a&q=b): a page never refuses a search.
    schema: { hide: true, querystring: z.object({ q: z.union([z.string(), z.array(z.string())]).optional() }) },
  }, async (request, reply) => {
    const typed = request.query.q;
    const q = (Array.isArray(typed) ? (typed[0] ?? '') : (typed ?? '')).slice(0, KNOWLEDGE_LIMITS.query).trim();
    if (!q) return html(reply, 200, searchPage(frame(), { q, results: null, popular: await knowledge.popularPublic(10) }));
    const { items } = await knowledge.publicSearch(q, 20);
    return html(reply, 200, searchPage(frame(), { q, results: items, popular: [] }));
  });

  app.get('/vragen/:slug', {
    config: { auth: 'public' },
    schema: { hide: true, params: slugParams, querystring: z.object({ bedankt: z.string().optional() }) },
  }, async (request, reply) => {
    try {
      const article = await knowledge.publicArticle(request.params.slug.toLowerCase());
      return html(reply, 200, articlePage(frame(), article, { thanks: request.query.bedankt === '1' }));
    } catch (error) {
      if (!(error instanceof AppError) || error.statusCode !== 404) throw error;
      return html(reply, 404, messagePage(frame(), 'Dit antwoord bestaat niet', 'Misschien is het weggehaald of heeft het een ander adres gekregen. Zoek opnieuw.',
        `<p class="utrecht-paragraph"><a class="utrecht-link" href="/vragen">Naar alle vragen</a></p>`));
    }
  });
};
