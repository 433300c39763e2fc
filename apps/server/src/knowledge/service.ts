// The knowledge base's use cases: articles that keep every version, the B1 check on every save, a
// recorded confirmation to publish a public answer that is not at B1, archiving, feedback from the
// contact centre, the editors' synonyms, the public answers, and the use of answers in contacts.
// Every change of an article re-indexes it for search in the same transaction.
import {
  amsterdamDate,
  canEditKnowledge,
  hasRole,
  type KnowledgeArticle,
  type KnowledgeArticleRef,
  type KnowledgeB1,
  type KnowledgeFeedbackKind,
  type KnowledgeStatus,
  type KnowledgeVersionEvent,
  type KnowledgeVisibility,
  type LocalDate,
  normaliseSearchText,
} from '@helder/domain';
import { b1SummaryOf } from '../b1/summary.js';
import type { AuditService } from '../audit/service.js';
import type { Clock } from '../clock.js';
import type { Db, DbOrTx } from '../db/client.js';
import type { RequestContext } from '../http/context.js';
import { decodeCursor, encodeCursor } from '../http/cursor.js';
import { AppError, conflict, forbidden, invalid, notFound } from '../http/errors.js';
import { findProduct, findTeam } from '../organisation/repository.js';
import {
  b1Of,
  presentArticle,
  presentFeedback,
  presentPublicArticle,
  presentPublicHit,
  presentSearchHit,
  presentSummary,
  presentSynonym,
} from './presenters.js';
import * as repo from './repository.js';
import { answerText, sanitiseAnswer } from './sanitise.js';
import { reindexArticle } from './search/indexer.js';
import { warmKnowledgeIndex } from './search/memory-index.js';
import { searchArticles } from './search/search.js';
import { slugify, uniqueSlug } from './slug.js';

/** Findings kept per version: enough to work on, and a pasted novel does not fill the database. */

export const ARTICLE_NOT_FOUND = 'Dit antwoord bestaat niet in de kennisbank.';
const FEEDBACK_NOT_FOUND = 'Deze opmerking bestaat niet.';
export const B1_CONFIRMATION_NEEDED =
  'Dit antwoord is nog niet op taalniveau B1. Inwoners lezen het op de website. Maak de tekst eenvoudiger. Of bevestig dat u het toch wilt publiceren.';

/** The content of an article, as every version keeps it. */
interface Content {
  title: string;
  question: string | null;
  answerHtml: string;
  keywords: string[];
  productId: string | null;
  teamId: string | null;
  visibility: KnowledgeVisibility;
  reviewBy: string | null;
}

export interface ArticleInput {
  title: string;
  question?: string | undefined;
  answer: string;
  keywords?: string[] | undefined;
  productId?: string | null | undefined;
  teamId?: string | null | undefined;
  visibility: KnowledgeVisibility;
  reviewBy?: string | null | undefined;
}

export interface ArticlePatch extends Partial<ArticleInput> {
  restoreVersion?: number | undefined;
  confirmNotB1?: boolean | undefined;
}

export interface ArticleListQuery {
  status?: KnowledgeStatus | undefined;
  visibility?: KnowledgeVisibility | undefined;
  teamId?: string | undefined;
  productId?: string | undefined;
  q?: string | undefined;
  attention?: boolean | undefined;
  sort: repo.ArticleSort;
  cursor?: string | undefined;
  limit: number;
}

/** The B1 check of an answer as stored: level, scores and the findings with the words they are about. */
export function b1Summary(html: string): KnowledgeB1 {
  return b1SummaryOf(html, 'html');
}

/** Keywords without blanks and doubles (ignoring case), in the order given. */
function cleanKeywords(keywords: string[] | undefined): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const keyword of keywords ?? []) {
    const k = keyword.trim().replace(/\s+/g, ' ');
    if (k && !seen.has(k.toLowerCase())) {
      seen.add(k.toLowerCase());
      out.push(k);
    }
  }
  return out;
}

const blankToNull = (value: string | null | undefined) => (value === undefined || value === null || value.trim() === '' ? null : value.trim());

/** Whether publishing (or saving a published) public answer needs the editor's confirmation. */
const needsConfirmation = (visibility: string, b1: KnowledgeB1) => visibility === 'public' && !b1.isB1;

export class KnowledgeService {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly audit: Pick<AuditService, 'record'>,
  ) {}

  private today(): LocalDate {
    return amsterdamDate(this.clock.now());
  }

  // Articles.

  async create(ctx: RequestContext, input: ArticleInput): Promise<KnowledgeArticle> {
    return this.get(await this.createDraft(ctx, input));
  }

  /** The write of `create`, answering the new id (the demo loads its articles through this). */
  async createDraft(ctx: RequestContext, input: ArticleInput, options: { slug?: string } = {}): Promise<string> {
    const now = this.clock.now();
    const content = await this.content(this.db, ctx, {
      title: input.title,
      question: blankToNull(input.question),
      answerHtml: input.answer,
      keywords: cleanKeywords(input.keywords),
      productId: input.productId ?? null,
      teamId: input.teamId ?? null,
      visibility: input.visibility,
      reviewBy: input.reviewBy ?? null,
    }, { productChanged: true });
    const b1 = b1Summary(content.answerHtml);
    const id = await this.db.transaction(async (tx) => {
      await repo.lockSlugs(tx);
      const base = options.slug ?? slugify(content.title);
      const slug = uniqueSlug(base, await repo.slugsLike(tx, base));
      const article = await repo.insertArticle(tx, {
        slug,
        status: 'draft',
        ...this.articleValues(content, b1),
        version: 1,
        createdAt: now,
        createdBy: ctx.actor.id,
        updatedAt: now,
        updatedBy: ctx.actor.id,
      });
      await this.writeVersion(tx, ctx, article.id, 1, content, b1, 'created', now);
      await reindexArticle(tx, article.id);
      await this.audit.record(ctx, { action: 'create', entityType: 'knowledge_article', entityId: article.id, detail: { slug, version: 1, visibility: content.visibility, isB1: b1.isB1 } }, tx);
      return article.id;
    });
    return id;
  }

  /**
   * A save: the new content becomes the next version (or, with `restoreVersion`, an earlier
   * version's content does). A published article stays published with the new content, so a
   * public answer that is not at B1 needs the confirmation here too.
   */
  async update(ctx: RequestContext, id: string, patch: ArticlePatch): Promise<KnowledgeArticle> {
    await this.save(ctx, id, patch);
    return this.get(id);
  }

  /** The write of `update`. */
  async save(ctx: RequestContext, id: string, patch: ArticlePatch): Promise<void> {
    const { restoreVersion, confirmNotB1, ...fields } = patch;
    const given = Object.entries(fields).filter(([, v]) => v !== undefined).map(([k]) => k);
    if (restoreVersion !== undefined && given.length > 0) {
      throw invalid('restoreVersion', 'Zet een oude versie terug, of wijzig de velden. Allebei tegelijk kan niet.');
    }
    const now = this.clock.now();
    await this.db.transaction(async (tx) => {
      const current = await repo.lockArticle(tx, id);
      if (!current) throw notFound(ARTICLE_NOT_FOUND);
      if (current.status === 'archived') {
        throw conflict('Dit antwoord is gearchiveerd. Het kan niet meer worden gewijzigd. Publiceer het opnieuw als u het weer wilt gebruiken.', 'archived');
      }
      let content: Content;
      let event: KnowledgeVersionEvent = 'saved';
      if (restoreVersion !== undefined) {
        const old = await repo.findVersion(tx, id, restoreVersion);
        if (!old) throw invalid('restoreVersion', `Versie ${restoreVersion} van dit antwoord bestaat niet.`);
        content = {
          title: old.title,
          question: old.question,
          answerHtml: old.answerHtml,
          keywords: old.keywords,
          productId: old.productId,
          teamId: old.teamId,
          visibility: old.visibility as KnowledgeVisibility,
          reviewBy: old.reviewBy,
        };
        event = 'restored';
      } else {
        content = await this.content(tx, ctx, {
          title: fields.title ?? current.title,
          question: fields.question === undefined ? current.question : blankToNull(fields.question),
          answerHtml: fields.answer ?? current.answerHtml,
          keywords: fields.keywords === undefined ? current.keywords : cleanKeywords(fields.keywords),
          productId: fields.productId === undefined ? current.productId : fields.productId,
          teamId: fields.teamId === undefined ? current.teamId : fields.teamId,
          visibility: fields.visibility ?? (current.visibility as KnowledgeVisibility),
          reviewBy: fields.reviewBy === undefined ? current.reviewBy : fields.reviewBy,
        }, { productChanged: fields.productId !== undefined && fields.productId !== current.productId });
      }
      const b1 = content.answerHtml === current.answerHtml ? b1Of(current.b1) : b1Summary(content.answerHtml);
      const confirmed = this.checkB1(current.status === 'published', content.visibility, b1, confirmNotB1);
      const version = current.version + 1;
      await repo.updateArticle(tx, id, { ...this.articleValues(content, b1), version, updatedAt: now, updatedBy: ctx.actor.id });
      await this.writeVersion(tx, ctx, id, version, content, b1, event, now, { b1Confirmed: confirmed, restoredFrom: restoreVersion ?? null });
      await reindexArticle(tx, id);
      await this.audit.record(ctx, {
        action: event === 'restored' ? 'restore' : 'update',
        entityType: 'knowledge_article',
        entityId: id,
        detail: {
          version,
          ...(restoreVersion === undefined ? { fields: given } : { restoredFrom: restoreVersion }),
          ...(confirmed ? { confirmNotB1: true, level: b1.level } : {}),
        },
      }, tx);
    });
  }

  /** Draft (or archived) to published; the published content is a version of its own. Publishing a published article changes nothing. */
  async publish(ctx: RequestContext, id: string, options: { confirmNotB1?: boolean | undefined }): Promise<KnowledgeArticle> {
    await this.publishOnly(ctx, id, options);
    return this.get(id);
  }

  /** The write of `publish`. */
  async publishOnly(ctx: RequestContext, id: string, options: { confirmNotB1?: boolean | undefined }): Promise<void> {
    const now = this.clock.now();
    await this.db.transaction(async (tx) => {
      const current = await repo.lockArticle(tx, id);
      if (!current) throw notFound(ARTICLE_NOT_FOUND);
      if (current.status === 'published') return;
      const b1 = b1Of(current.b1);
      const confirmed = this.checkB1(true, current.visibility, b1, options.confirmNotB1);
      const version = current.version + 1;
      await repo.updateArticle(tx, id, { status: 'published', version, publishedAt: now, archivedAt: null, updatedAt: now, updatedBy: ctx.actor.id });
      await this.writeVersion(tx, ctx, id, version, contentOf(current), b1, 'published', now, { b1Confirmed: confirmed });
      await reindexArticle(tx, id);
      await this.audit.record(ctx, {
        action: 'publish',
        entityType: 'knowledge_article',
        entityId: id,
        detail: { version, visibility: current.visibility, level: b1.level, isB1: b1.isB1, confirmNotB1: confirmed },
      }, tx);
    });
  }

  /** Archived: out of search and the public pages, kept with its whole history. Archiving twice changes nothing. */
  async archive(ctx: RequestContext, id: string): Promise<void> {
    const now = this.clock.now();
    await this.db.transaction(async (tx) => {
      const current = await repo.lockArticle(tx, id);
      if (!current) throw notFound(ARTICLE_NOT_FOUND);
      if (current.status === 'archived') return;
      const version = current.version + 1;
      await repo.updateArticle(tx, id, { status: 'archived', version, archivedAt: now, updatedAt: now, updatedBy: ctx.actor.id });
      await this.writeVersion(tx, ctx, id, version, contentOf(current), b1Of(current.b1), 'archived', now);
      await reindexArticle(tx, id);
      await this.audit.record(ctx, { action: 'archive', entityType: 'knowledge_article', entityId: id, detail: { version, previousStatus: current.status } }, tx);
    });
  }

  /** One article with its versions (newest first), feedback and use counts. */
  async get(id: string): Promise<KnowledgeArticle> {
    const found = await repo.findArticle(this.db, id);
    if (!found) throw notFound(ARTICLE_NOT_FOUND);
    const [versions, feedback] = await Promise.all([repo.listVersions(this.db, id), repo.listFeedback(this.db, id)]);
    return presentArticle(found, versions, feedback, this.today());
  }

  /** The editors' list. Without a status: drafts and published articles (archived ones on request). */
  async list(query: ArticleListQuery) {
    const today = this.today();
    const after = query.sort === 'updated' ? decodeCursor(query.cursor, ['date', 'uuid']) : decodeCursor(query.cursor, ['uuid']);
    const rows = await repo.listArticles(this.db, {
      statuses: query.status ? [query.status] : ['draft', 'published'],
      visibility: query.visibility,
      teamId: query.teamId,
      productId: query.productId,
      q: query.q?.trim() || undefined,
      attentionBefore: query.attention ? today : undefined,
      sort: query.sort,
      after: after ? (query.sort === 'updated' ? { updatedAt: after[0] as Date, id: after[1] as string } : { id: after[0] as string }) : undefined,
      limit: query.limit,
    });
    const items = rows.slice(0, query.limit);
    const last = items[items.length - 1];
    const nextCursor = rows.length > query.limit && last
      ? encodeCursor(query.sort === 'updated' ? [last.updatedAt.toISOString(), last.id] : [last.id])
      : null;
    return { items: items.map((r) => presentSummary(r, today)), nextCursor };
  }

  // Search.

  /** Builds this instance's search index (see search/memory-index.ts), so the first search is quick. */
  warmSearch(): Promise<void> {
    return warmKnowledgeIndex(this.db);
  }

  /** Staff: published articles, public and internal, best first. */
  async search(q: string, limit: number) {
    if (!q.trim()) return { items: [] };
    const rows = await searchArticles(this.db, { q, limit, audience: 'staff' });
    return { items: rows.map(presentSearchHit) };
  }

  /** Residents and the municipal website: published public articles only. */
  async publicSearch(q: string, limit: number) {
    if (!q.trim()) return { items: [] };
    const rows = await searchArticles(this.db, { q, limit, audience: 'public' });
    return { items: rows.map(presentPublicHit) };
  }

  async publicArticle(slug: string) {
    const found = await repo.findPublicArticle(this.db, slug);
    if (!found) throw notFound('Dit antwoord bestaat niet (meer). Zoek opnieuw, of bel ons.');
    return presentPublicArticle(found);
  }

  /** "Was dit antwoord duidelijk?" counted per article. */
  async countClear(slug: string, clear: boolean): Promise<void> {
    if (!(await repo.countClear(this.db, slug, clear))) throw notFound('Dit antwoord bestaat niet (meer). Zoek opnieuw, of bel ons.');
  }

  async popularPublic(limit: number) {
    return repo.popularPublicArticles(this.db, limit);
  }

  // Feedback.

  async addFeedback(ctx: RequestContext, articleId: string, input: { kind: KnowledgeFeedbackKind; note?: string | undefined }) {
    const found = await repo.findArticle(this.db, articleId);
    if (!found) throw notFound(ARTICLE_NOT_FOUND);
    if (found.article.status === 'archived') throw conflict('Dit antwoord is gearchiveerd. Een opmerking is niet meer nodig.', 'archived');
    const row = await repo.insertFeedback(this.db, {
      articleId,
      kind: input.kind,
      note: blankToNull(input.note),
      createdBy: ctx.actor.id,
      createdAt: this.clock.now(),
    });
    return presentFeedback({ feedback: row, createdByName: ctx.actor.name });
  }

  /** Editors and administrators resolve any feedback; team leads and the second line that of their own team's articles. */
  async resolveFeedback(ctx: RequestContext, feedbackId: string) {
    const now = this.clock.now();
    return this.db.transaction(async (tx) => {
      const found = await repo.lockFeedback(tx, feedbackId);
      if (!found) throw notFound(FEEDBACK_NOT_FOUND);
      const ownTeam = found.articleTeamId !== null && found.articleTeamId === ctx.actor.teamId && hasRole(ctx.actor, 'team_lead', 'second_line');
      if (!canEditKnowledge(ctx.actor) && !ownTeam) {
        throw forbidden('Alleen de redactie en het team van dit antwoord kunnen een opmerking afhandelen.');
      }
      const createdByName = await repo.employeeName(tx, found.feedback.createdBy);
      if (found.feedback.resolvedAt) return presentFeedback({ feedback: found.feedback, createdByName });
      const row = await repo.resolveFeedback(tx, feedbackId, ctx.actor.id, now);
      await this.audit.record(ctx, { action: 'resolve', entityType: 'knowledge_feedback', entityId: feedbackId, detail: { articleId: row.articleId, kind: row.kind } }, tx);
      return presentFeedback({ feedback: row, createdByName });
    });
  }

  // Synonyms.

  async synonyms() {
    return { items: (await repo.listSynonyms(this.db)).map(presentSynonym) };
  }

  /**
   * The whole list at once. Words are kept as search compares them (lower case, no accents,
   * letters and digits); a word twice, or a word that is only signs, is refused per field.
   */
  async replaceSynonyms(ctx: RequestContext, items: { term: string; synonyms: string[] }[]) {
    const seen = new Map<string, number>();
    const clean = items.map((item, i) => {
      const term = normaliseSearchText(item.term);
      if (!term) throw invalid(`items.${i}.term`, 'Gebruik letters of cijfers in het woord.');
      const earlier = seen.get(term);
      if (earlier !== undefined) throw invalid(`items.${i}.term`, `Het woord "${term}" staat er twee keer in. Zet alle synoniemen bij één woord.`);
      seen.set(term, i);
      const synonyms = [...new Set(item.synonyms.map(normaliseSearchText))].filter((s) => s && s !== term);
      if (!synonyms.length) throw invalid(`items.${i}.synonyms`, 'Geef minstens één synoniem dat anders is dan het woord zelf.');
      return { term, synonyms };
    });
    const now = this.clock.now();
    await this.db.transaction(async (tx) => {
      const changes = await repo.replaceSynonyms(tx, clean, ctx.actor.id, now);
      if (changes.added.length + changes.changed.length + changes.removed.length > 0) {
        await this.audit.record(ctx, { action: 'update', entityType: 'knowledge_synonyms', entityId: null, detail: changes }, tx);
      }
    });
    return this.synonyms();
  }

  // Use in contacts.

  /**
   * Links the answers used to a contact being registered, in its transaction: the articles must be
   * published (400 on `knowledgeArticleIds` otherwise, and the caller's transaction rolls back).
   */
  async recordUses(
    tx: DbOrTx,
    use: { contactId: string; articleIds: string[]; occurredAt: Date; teamId: string | null; productId: string | null; handedOver: boolean },
  ): Promise<KnowledgeArticleRef[]> {
    const articleIds = [...new Set(use.articleIds)];
    const linked = await repo.recordUses(tx, { ...use, articleIds });
    if (linked.length < articleIds.length) {
      throw invalid('knowledgeArticleIds', 'Een gekozen antwoord uit de kennisbank bestaat niet of is niet gepubliceerd. Kies het antwoord opnieuw.');
    }
    return linked.sort((a, b) => a.title.localeCompare(b.title, 'nl'));
  }

  /** The answers a contact was answered with. */
  articlesOfContact(contactId: string): Promise<KnowledgeArticleRef[]> {
    return repo.articlesOfContact(this.db, contactId);
  }

  // Helpers.

  /** Checks the B1 confirmation; returns whether one was needed (and so given and recorded). */
  private checkB1(published: boolean, visibility: string, b1: KnowledgeB1, confirmNotB1: boolean | undefined): boolean {
    if (!published || !needsConfirmation(visibility, b1)) return false;
    if (!confirmNotB1) throw new AppError(409, 'b1_confirmation_needed', B1_CONFIRMATION_NEEDED);
    return true;
  }

  /**
   * Sanitises the answer and checks the product and team. The owner team is the one given (on a
   * save: the one it had), else the product's team, else the editor's; a save with `teamId: null`
   * lets it fall back again.
   */
  private async content(db: DbOrTx, ctx: RequestContext, raw: Content, options: { productChanged: boolean }): Promise<Content> {
    const answerHtml = sanitiseAnswer(raw.answerHtml);
    if (!answerText(answerHtml)) throw invalid('answer', 'Vul het antwoord in. Alleen opmaak of een plaatje is niet genoeg.');
    let productTeamId: string | null = null;
    if (raw.productId) {
      const product = await findProduct(db, raw.productId);
      if (!product) throw invalid('productId', 'Dit product of deze dienst bestaat niet.');
      if (options.productChanged && !product.active) throw invalid('productId', 'Dit product of deze dienst wordt niet meer gebruikt. Kies een ander.');
      productTeamId = product.teamId;
    }
    let teamId = raw.teamId;
    if (teamId) {
      const team = await findTeam(db, teamId);
      if (!team) throw invalid('teamId', 'Dit team bestaat niet.');
    } else {
      teamId = productTeamId ?? ctx.actor.teamId ?? null;
    }
    return { ...raw, title: raw.title.trim(), answerHtml, teamId };
  }

  private articleValues(content: Content, b1: KnowledgeB1) {
    return {
      visibility: content.visibility,
      title: content.title,
      question: content.question,
      answerHtml: content.answerHtml,
      answerText: answerText(content.answerHtml),
      keywords: content.keywords,
      productId: content.productId,
      teamId: content.teamId,
      reviewBy: content.reviewBy,
      b1,
    };
  }

  private writeVersion(
    tx: DbOrTx,
    ctx: RequestContext,
    articleId: string,
    version: number,
    content: Content,
    b1: KnowledgeB1,
    event: KnowledgeVersionEvent,
    at: Date,
    extra: { b1Confirmed?: boolean; restoredFrom?: number | null } = {},
  ) {
    return repo.insertVersion(tx, {
      articleId,
      version,
      title: content.title,
      question: content.question,
      answerHtml: content.answerHtml,
      keywords: content.keywords,
      productId: content.productId,
      teamId: content.teamId,
      visibility: content.visibility,
      reviewBy: content.reviewBy,
      b1,
      event,
      b1Confirmed: extra.b1Confirmed ?? false,
      restoredFrom: extra.restoredFrom ?? null,
      authorId: ctx.actor.id,
      createdAt: at,
    });
  }
}

function contentOf(a: repo.ArticleRow): Content {
  return {
    title: a.title,
    question: a.question,
    answerHtml: a.answerHtml,
    keywords: a.keywords,
    productId: a.productId,
    teamId: a.teamId,
    visibility: a.visibility as KnowledgeVisibility,
    reviewBy: a.reviewBy,
  };
}
