// The knowledge base API (kennisbank): inputs with Dutch messages, and the answers, one definition
// for the server's validation and OpenAPI document and for the web app's types.
import { z } from 'zod';
import { idSchema, localDateSchema } from '../validation/common.js';

export const KNOWLEDGE_STATUSES = ['draft', 'published', 'archived'] as const;
export type KnowledgeStatus = (typeof KNOWLEDGE_STATUSES)[number];
export const KNOWLEDGE_STATUS_LABELS: Record<KnowledgeStatus, string> = { draft: 'Concept', published: 'Gepubliceerd', archived: 'Gearchiveerd' };

export const KNOWLEDGE_VISIBILITIES = ['public', 'internal'] as const;
export type KnowledgeVisibility = (typeof KNOWLEDGE_VISIBILITIES)[number];
export const KNOWLEDGE_VISIBILITY_LABELS: Record<KnowledgeVisibility, string> = { public: 'Openbaar (ook op de website)', internal: 'Intern (werkinstructie)' };

export const KNOWLEDGE_FEEDBACK_KINDS = ['incorrect', 'unclear', 'missing'] as const;
export type KnowledgeFeedbackKind = (typeof KNOWLEDGE_FEEDBACK_KINDS)[number];
export const KNOWLEDGE_FEEDBACK_LABELS: Record<KnowledgeFeedbackKind, string> = { incorrect: 'Klopt niet', unclear: 'Onduidelijk', missing: 'Mist iets' };

export const KNOWLEDGE_VERSION_EVENTS = ['created', 'saved', 'published', 'restored', 'archived'] as const;
export type KnowledgeVersionEvent = (typeof KNOWLEDGE_VERSION_EVENTS)[number];

export const KNOWLEDGE_LIMITS = { title: 200, question: 500, answer: 50_000, keyword: 60, keywords: 30, note: 2000, query: 200, synonyms: 500, synonymsPerTerm: 20 } as const;

const keywordsSchema = z
  .array(z.string().trim().min(1, { error: 'Een trefwoord mag niet leeg zijn.' }).max(KNOWLEDGE_LIMITS.keyword, { error: `Een trefwoord is hoogstens ${KNOWLEDGE_LIMITS.keyword} tekens.` }))
  .max(KNOWLEDGE_LIMITS.keywords, { error: `U kunt hoogstens ${KNOWLEDGE_LIMITS.keywords} trefwoorden geven.` });

const articleFields = {
  title: z
    .string({ error: 'Vul een titel in.' })
    .trim()
    .min(1, { error: 'Vul een titel in.' })
    .max(KNOWLEDGE_LIMITS.title, { error: `Een titel is hoogstens ${KNOWLEDGE_LIMITS.title} tekens.` }),
  question: z.string().trim().max(KNOWLEDGE_LIMITS.question, { error: `De vraag is hoogstens ${KNOWLEDGE_LIMITS.question} tekens.` }).optional(),
  /** HTML with headings, lists, links and emphasis; everything else is taken out on save. */
  answer: z
    .string({ error: 'Vul het antwoord in.' })
    .trim()
    .min(1, { error: 'Vul het antwoord in.' })
    .max(KNOWLEDGE_LIMITS.answer, { error: 'Dit antwoord is te lang.' }),
  keywords: keywordsSchema.optional(),
  productId: idSchema.nullable().optional(),
  /** The owning team; by default the product's team, else the editor's own. */
  teamId: idSchema.nullable().optional(),
  visibility: z.enum(KNOWLEDGE_VISIBILITIES, { error: 'Kies of het antwoord openbaar is of intern.' }),
  reviewBy: localDateSchema.nullable().optional(),
};

export const knowledgeArticleInputSchema = z.object(articleFields);
export type KnowledgeArticleInput = z.input<typeof knowledgeArticleInputSchema>;

/** A save: any field; the article gets a new version. */
export const knowledgeArticlePatchSchema = z.object({
  ...Object.fromEntries(Object.entries(articleFields).map(([k, v]) => [k, v.optional()])) as {
    [K in keyof typeof articleFields]: z.ZodOptional<(typeof articleFields)[K]>;
  },
  /** Restore: the content of this earlier version becomes the new version. */
  restoreVersion: z.number().int().min(1).optional(),
  /** Saving a published public answer that is not at B1: the editor confirms (recorded). */
  confirmNotB1: z.boolean().optional(),
});
export type KnowledgeArticlePatch = z.input<typeof knowledgeArticlePatchSchema>;

export const knowledgePublishSchema = z.object({
  /** Publishing a public answer that is not at B1 asks for this confirmation, which is recorded. */
  confirmNotB1: z.boolean().optional(),
});

export const knowledgeFeedbackInputSchema = z.object({
  kind: z.enum(KNOWLEDGE_FEEDBACK_KINDS, { error: 'Kies wat er mis is: klopt niet, onduidelijk of mist iets.' }),
  note: z.string().trim().max(KNOWLEDGE_LIMITS.note, { error: `Een toelichting is hoogstens ${KNOWLEDGE_LIMITS.note} tekens.` }).optional(),
});

export const knowledgeSynonymSchema = z.object({
  term: z.string().trim().min(1, { error: 'Vul het woord in.' }).max(KNOWLEDGE_LIMITS.keyword),
  synonyms: z
    .array(z.string().trim().min(1, { error: 'Een synoniem mag niet leeg zijn.' }).max(KNOWLEDGE_LIMITS.keyword))
    .min(1, { error: 'Geef minstens één synoniem voor dit woord.' })
    .max(KNOWLEDGE_LIMITS.synonymsPerTerm),
});
export const knowledgeSynonymsInputSchema = z.object({
  items: z.array(knowledgeSynonymSchema).max(KNOWLEDGE_LIMITS.synonyms, { error: `De lijst kan hoogstens ${KNOWLEDGE_LIMITS.synonyms} woorden hebben.` }),
});

export const knowledgeSearchQuerySchema = z.object({
  q: z.string().trim().max(KNOWLEDGE_LIMITS.query, { error: `Een zoekvraag is hoogstens ${KNOWLEDGE_LIMITS.query} tekens.` }).default(''),
  limit: z.coerce.number().int().min(1).max(50).default(10),
});

// Answers.

/** The B1 check of an answer as stored with each version. */
export const knowledgeB1Schema = z.object({
  level: z.enum(['A2', 'B1', 'B2', 'C1']),
  isB1: z.boolean(),
  fleschDouma: z.number(),
  wordsPerSentence: z.number(),
  findings: z.array(z.object({ category: z.string(), message: z.string(), excerpt: z.string(), suggestion: z.string().nullable(), severity: z.enum(['info', 'warning', 'error']) })),
});
export type KnowledgeB1 = z.infer<typeof knowledgeB1Schema>;

export const knowledgeArticleSummarySchema = z.object({
  id: z.string(),
  slug: z.string(),
  title: z.string(),
  status: z.enum(KNOWLEDGE_STATUSES),
  visibility: z.enum(KNOWLEDGE_VISIBILITIES),
  productId: z.string().nullable(),
  productName: z.string().nullable(),
  teamId: z.string().nullable(),
  teamName: z.string().nullable(),
  version: z.number(),
  reviewBy: z.string().nullable(),
  reviewOverdue: z.boolean(),
  isB1: z.boolean(),
  useCount: z.number(),
  handedOverCount: z.number(),
  openFeedback: z.number(),
  updatedAt: z.string(),
});
export type KnowledgeArticleSummary = z.infer<typeof knowledgeArticleSummarySchema>;

export const knowledgeArticleListSchema = z.object({ items: z.array(knowledgeArticleSummarySchema), nextCursor: z.string().nullable() });

export const knowledgeVersionSchema = z.object({
  version: z.number(),
  event: z.enum(KNOWLEDGE_VERSION_EVENTS),
  title: z.string(),
  question: z.string().nullable(),
  answer: z.string(),
  keywords: z.array(z.string()),
  productId: z.string().nullable(),
  teamId: z.string().nullable(),
  visibility: z.enum(KNOWLEDGE_VISIBILITIES),
  reviewBy: z.string().nullable(),
  isB1: z.boolean(),
  b1Confirmed: z.boolean(),
  restoredFrom: z.number().nullable(),
  authorName: z.string().nullable(),
  createdAt: z.string(),
});
export type KnowledgeVersion = z.infer<typeof knowledgeVersionSchema>;

export const knowledgeFeedbackSchema = z.object({
  id: z.string(),
  kind: z.enum(KNOWLEDGE_FEEDBACK_KINDS),
  note: z.string().nullable(),
  createdByName: z.string().nullable(),
  createdAt: z.string(),
  resolvedAt: z.string().nullable(),
});
export type KnowledgeFeedback = z.infer<typeof knowledgeFeedbackSchema>;

export const knowledgeArticleSchema = knowledgeArticleSummarySchema.extend({
  question: z.string().nullable(),
  /** Sanitised HTML. */
  answer: z.string(),
  keywords: z.array(z.string()),
  b1: knowledgeB1Schema,
  publishedAt: z.string().nullable(),
  createdAt: z.string(),
  clearYes: z.number(),
  clearNo: z.number(),
  /** Newest first. */
  versions: z.array(knowledgeVersionSchema),
  feedback: z.array(knowledgeFeedbackSchema),
});
export type KnowledgeArticle = z.infer<typeof knowledgeArticleSchema>;

export const knowledgeSearchHitSchema = z.object({
  id: z.string(),
  slug: z.string(),
  title: z.string(),
  question: z.string().nullable(),
  /** A short plain-text passage of the answer, around the words found. */
  snippet: z.string(),
  visibility: z.enum(KNOWLEDGE_VISIBILITIES),
  productName: z.string().nullable(),
  teamName: z.string().nullable(),
  score: z.number(),
});
export type KnowledgeSearchHit = z.infer<typeof knowledgeSearchHitSchema>;
export const knowledgeSearchResultSchema = z.object({ items: z.array(knowledgeSearchHitSchema) });

export const knowledgeSynonymsSchema = z.object({ items: z.array(knowledgeSynonymSchema.extend({ updatedAt: z.string().nullable() })) });

// The public side: published public answers only, for the municipal website and /vragen.

/** "Was dit antwoord duidelijk?": JSON `true`/`false`, or the form's `ja`/`nee` (also `true`/`false`). */
export const knowledgeClearInputSchema = z.object({
  clear: z.union([
    z.boolean(),
    z.enum(['true', 'false', 'ja', 'nee'], { error: 'Kies Ja of Nee.' }).transform((v) => v === 'true' || v === 'ja'),
  ], { error: 'Kies Ja of Nee.' }),
});

export const knowledgePublicArticleSchema = z.object({
  slug: z.string(),
  title: z.string(),
  question: z.string().nullable(),
  /** Sanitised HTML. */
  answer: z.string(),
  productName: z.string().nullable(),
  /** The page on this site: /vragen/<slug>. */
  url: z.string(),
  updatedAt: z.string(),
});
export type KnowledgePublicArticle = z.infer<typeof knowledgePublicArticleSchema>;

export const knowledgePublicSearchHitSchema = z.object({
  slug: z.string(),
  title: z.string(),
  question: z.string().nullable(),
  snippet: z.string(),
  productName: z.string().nullable(),
  url: z.string(),
});
export type KnowledgePublicSearchHit = z.infer<typeof knowledgePublicSearchHitSchema>;
export const knowledgePublicSearchResultSchema = z.object({ items: z.array(knowledgePublicSearchHitSchema) });

/** An article a contact was answered with, as the contact shows it. */
export const knowledgeArticleRefSchema = z.object({ id: z.string(), slug: z.string(), title: z.string() });
export type KnowledgeArticleRef = z.infer<typeof knowledgeArticleRefSchema>;
