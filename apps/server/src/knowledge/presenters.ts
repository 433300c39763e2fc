// The JSON of the knowledge base, in the shapes of packages/domain/src/knowledge/schemas.ts.
import type {
  KnowledgeArticle,
  KnowledgeArticleSummary,
  KnowledgeB1,
  KnowledgeFeedback,
  KnowledgeFeedbackKind,
  KnowledgePublicArticle,
  KnowledgePublicSearchHit,
  KnowledgeSearchHit,
  KnowledgeStatus,
  KnowledgeVersion,
  KnowledgeVersionEvent,
  KnowledgeVisibility,
  LocalDate,
} from '@helder/domain';
import type { ArticleListRow, ArticleWithNames, FeedbackWithName, SynonymRow, VersionWithAuthor } from './repository.js';
import type { KnowledgeSearchRow } from './search/search.js';

/** A stored B1 summary; one from before the summary had every field reads as "not checked". */
export function b1Of(value: unknown): KnowledgeB1 {
  const b1 = (value ?? {}) as Partial<KnowledgeB1>;
  return {
    level: b1.level ?? 'C1',
    isB1: b1.isB1 ?? false,
    fleschDouma: b1.fleschDouma ?? 0,
    wordsPerSentence: b1.wordsPerSentence ?? 0,
    findings: b1.findings ?? [],
  };
}

export const publicUrl = (slug: string) => `/vragen/${encodeURIComponent(slug)}`;

const overdue = (reviewBy: string | null, today: LocalDate) => reviewBy !== null && reviewBy < today;

export function presentSummary(row: ArticleListRow, today: LocalDate): KnowledgeArticleSummary {
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    status: row.status as KnowledgeStatus,
    visibility: row.visibility as KnowledgeVisibility,
    productId: row.productId,
    productName: row.productName,
    teamId: row.teamId,
    teamName: row.teamName,
    version: row.version,
    reviewBy: row.reviewBy,
    reviewOverdue: overdue(row.reviewBy, today),
    isB1: !!row.isB1,
    useCount: row.useCount,
    handedOverCount: row.handedOverCount,
    openFeedback: row.openFeedback,
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function presentVersion({ version: v, authorName }: VersionWithAuthor): KnowledgeVersion {
  return {
    version: v.version,
    event: v.event as KnowledgeVersionEvent,
    title: v.title,
    question: v.question,
    answer: v.answerHtml,
    keywords: v.keywords,
    productId: v.productId,
    teamId: v.teamId,
    visibility: v.visibility as KnowledgeVisibility,
    reviewBy: v.reviewBy,
    isB1: b1Of(v.b1).isB1,
    b1Confirmed: v.b1Confirmed,
    restoredFrom: v.restoredFrom,
    authorName,
    createdAt: v.createdAt.toISOString(),
  };
}

export function presentFeedback({ feedback: f, createdByName }: FeedbackWithName): KnowledgeFeedback {
  return {
    id: f.id,
    kind: f.kind as KnowledgeFeedbackKind,
    note: f.note,
    createdByName,
    createdAt: f.createdAt.toISOString(),
    resolvedAt: f.resolvedAt?.toISOString() ?? null,
  };
}

export function presentArticle(
  { article: a, productName, teamName }: ArticleWithNames,
  versions: VersionWithAuthor[],
  feedback: FeedbackWithName[],
  today: LocalDate,
): KnowledgeArticle {
  const b1 = b1Of(a.b1);
  return {
    id: a.id,
    slug: a.slug,
    title: a.title,
    status: a.status as KnowledgeStatus,
    visibility: a.visibility as KnowledgeVisibility,
    productId: a.productId,
    productName,
    teamId: a.teamId,
    teamName,
    version: a.version,
    reviewBy: a.reviewBy,
    reviewOverdue: overdue(a.reviewBy, today),
    isB1: b1.isB1,
    useCount: a.useCount,
    handedOverCount: a.handedOverCount,
    openFeedback: feedback.filter((f) => f.feedback.resolvedAt === null).length,
    updatedAt: a.updatedAt.toISOString(),
    question: a.question,
    answer: a.answerHtml,
    keywords: a.keywords,
    b1,
    publishedAt: a.publishedAt?.toISOString() ?? null,
    createdAt: a.createdAt.toISOString(),
    clearYes: a.clearYes,
    clearNo: a.clearNo,
    versions: versions.map(presentVersion),
    feedback: feedback.map(presentFeedback),
  };
}

export function presentSearchHit(row: KnowledgeSearchRow): KnowledgeSearchHit {
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    question: row.question,
    snippet: row.snippet,
    visibility: row.visibility,
    productName: row.productName,
    teamName: row.teamName,
    score: row.score,
  };
}

export function presentPublicHit(row: KnowledgeSearchRow): KnowledgePublicSearchHit {
  return { slug: row.slug, title: row.title, question: row.question, snippet: row.snippet, productName: row.productName, url: publicUrl(row.slug) };
}

export function presentPublicArticle({ article: a, productName }: { article: ArticleWithNames['article']; productName: string | null }): KnowledgePublicArticle {
  return { slug: a.slug, title: a.title, question: a.question, answer: a.answerHtml, productName, url: publicUrl(a.slug), updatedAt: a.updatedAt.toISOString() };
}

export function presentSynonym(row: SynonymRow) {
  return { term: row.term, synonyms: row.synonyms, updatedAt: row.updatedAt.toISOString() };
}
