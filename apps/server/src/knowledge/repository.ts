// The knowledge base's queries: articles with their versions, feedback, synonyms, the public
// answers and the use of articles in contacts. The `search` column and knowledge_terms are written
// only by ./search (reindexArticle), never here.
import { and, asc, desc, eq, inArray, isNull, or, type SQL, sql } from 'drizzle-orm';
import { type DbOrTx, rowsOf } from '../db/client.js';
import {
  employees,
  knowledgeArticles,
  knowledgeArticleUses,
  knowledgeArticleVersions,
  knowledgeFeedback,
  knowledgeSynonyms,
  products,
  teams,
} from '../db/schema.js';

export type ArticleRow = typeof knowledgeArticles.$inferSelect;
export type ArticleInsert = typeof knowledgeArticles.$inferInsert;
export type VersionInsert = typeof knowledgeArticleVersions.$inferInsert;
export type SynonymRow = typeof knowledgeSynonyms.$inferSelect;

/** Key of the advisory lock under which a new article's slug is chosen (slugs are rare writes). */
const SLUG_LOCK = 724407;

/** Serialises the choice of new slugs until the transaction ends, so two editors never pick the same one. */
export async function lockSlugs(tx: DbOrTx): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(${SLUG_LOCK})`);
}

/** The slugs taken among `base` and `base-<n>`. */
export async function slugsLike(db: DbOrTx, base: string): Promise<Set<string>> {
  const rows = await db
    .select({ slug: knowledgeArticles.slug })
    .from(knowledgeArticles)
    .where(or(eq(knowledgeArticles.slug, base), sql`${knowledgeArticles.slug} ~ ${`^${base.replace(/[^a-z0-9-]/g, '')}-[0-9]+$`}`));
  return new Set(rows.map((r) => r.slug));
}

export async function insertArticle(tx: DbOrTx, values: ArticleInsert): Promise<ArticleRow> {
  const [row] = await tx.insert(knowledgeArticles).values(values).returning();
  return row!;
}

export async function updateArticle(tx: DbOrTx, id: string, values: Partial<ArticleInsert>): Promise<ArticleRow> {
  const [row] = await tx.update(knowledgeArticles).set(values).where(eq(knowledgeArticles.id, id)).returning();
  return row!;
}

export async function insertVersion(tx: DbOrTx, values: VersionInsert): Promise<void> {
  await tx.insert(knowledgeArticleVersions).values(values);
}

/** The article, locked until the transaction ends: saves, publishing and archiving go one at a time. */
export async function lockArticle(tx: DbOrTx, id: string): Promise<ArticleRow | undefined> {
  const [row] = await tx.select().from(knowledgeArticles).where(eq(knowledgeArticles.id, id)).for('update').limit(1);
  return row;
}

export async function findVersion(db: DbOrTx, articleId: string, version: number) {
  const [row] = await db
    .select()
    .from(knowledgeArticleVersions)
    .where(and(eq(knowledgeArticleVersions.articleId, articleId), eq(knowledgeArticleVersions.version, version)))
    .limit(1);
  return row;
}

/** The article with the names of its product and team. */
export async function findArticle(db: DbOrTx, id: string) {
  const [row] = await db
    .select({ article: knowledgeArticles, productName: products.name, teamName: teams.name })
    .from(knowledgeArticles)
    .leftJoin(products, eq(products.id, knowledgeArticles.productId))
    .leftJoin(teams, eq(teams.id, knowledgeArticles.teamId))
    .where(eq(knowledgeArticles.id, id))
    .limit(1);
  return row;
}

export type ArticleWithNames = NonNullable<Awaited<ReturnType<typeof findArticle>>>;

/** Every version of an article, newest first, with its author's name. */
export function listVersions(db: DbOrTx, articleId: string) {
  return db
    .select({ version: knowledgeArticleVersions, authorName: employees.name })
    .from(knowledgeArticleVersions)
    .leftJoin(employees, eq(employees.id, knowledgeArticleVersions.authorId))
    .where(eq(knowledgeArticleVersions.articleId, articleId))
    .orderBy(desc(knowledgeArticleVersions.version));
}

export type VersionWithAuthor = Awaited<ReturnType<typeof listVersions>>[number];

/** The feedback on an article, open first, then newest first. */
export function listFeedback(db: DbOrTx, articleId: string) {
  return db
    .select({ feedback: knowledgeFeedback, createdByName: employees.name })
    .from(knowledgeFeedback)
    .leftJoin(employees, eq(employees.id, knowledgeFeedback.createdBy))
    .where(eq(knowledgeFeedback.articleId, articleId))
    .orderBy(sql`${knowledgeFeedback.resolvedAt} is not null`, desc(knowledgeFeedback.createdAt), desc(knowledgeFeedback.id));
}

export type FeedbackWithName = Awaited<ReturnType<typeof listFeedback>>[number];

export async function insertFeedback(db: DbOrTx, values: typeof knowledgeFeedback.$inferInsert) {
  const [row] = await db.insert(knowledgeFeedback).values(values).returning();
  return row!;
}

/** A feedback row, locked, with the team that owns its article. */
export async function lockFeedback(tx: DbOrTx, id: string) {
  const [row] = await tx
    .select({ feedback: knowledgeFeedback, articleTeamId: knowledgeArticles.teamId })
    .from(knowledgeFeedback)
    .innerJoin(knowledgeArticles, eq(knowledgeArticles.id, knowledgeFeedback.articleId))
    .where(eq(knowledgeFeedback.id, id))
    .for('update', { of: knowledgeFeedback })
    .limit(1);
  return row;
}

export async function resolveFeedback(tx: DbOrTx, id: string, by: string, at: Date) {
  const [row] = await tx.update(knowledgeFeedback).set({ resolvedAt: at, resolvedBy: by }).where(eq(knowledgeFeedback.id, id)).returning();
  return row!;
}

export async function employeeName(db: DbOrTx, id: string | null): Promise<string | null> {
  if (!id) return null;
  const [row] = await db.select({ name: employees.name }).from(employees).where(eq(employees.id, id)).limit(1);
  return row?.name ?? null;
}

// The editors' list.

export type ArticleSort = 'updated' | 'title' | 'handover';

export interface ArticleFilter {
  statuses: string[];
  visibility?: string | undefined;
  teamId?: string | undefined;
  productId?: string | undefined;
  /** Words the title contains. */
  q?: string | undefined;
  /** Open feedback, or the review date before this day. */
  attentionBefore?: string | undefined;
  sort: ArticleSort;
  /** Keyset: after this row (its values for `updated`; for the other orders the row itself is looked up). */
  after?: { updatedAt: Date; id: string } | { id: string } | undefined;
  limit: number;
}

const openFeedback = sql<number>`(select count(*) from ${knowledgeFeedback} f where f.article_id = ${knowledgeArticles.id} and f.resolved_at is null)`.mapWith(Number);
/** Share of the uses after which the contact was still handed over; -1 when never used, so those come last. */
const handoverShare = (table: string) =>
  sql.raw(`(case when ${table}.use_count = 0 then -1 else ${table}.handed_over_count::float8 / ${table}.use_count end)`);

export async function listArticles(db: DbOrTx, filter: ArticleFilter) {
  const where: SQL[] = [inArray(knowledgeArticles.status, filter.statuses)];
  if (filter.visibility) where.push(eq(knowledgeArticles.visibility, filter.visibility));
  if (filter.teamId) where.push(eq(knowledgeArticles.teamId, filter.teamId));
  if (filter.productId) where.push(eq(knowledgeArticles.productId, filter.productId));
  if (filter.q) {
    const pattern = `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    where.push(sql`${knowledgeArticles.title} ilike ${pattern}`);
  }
  if (filter.attentionBefore) {
    where.push(sql`(${knowledgeArticles.reviewBy} < ${filter.attentionBefore}
      or exists (select 1 from ${knowledgeFeedback} f where f.article_id = ${knowledgeArticles.id} and f.resolved_at is null))`);
  }
  const after = filter.after;
  let order: SQL[];
  switch (filter.sort) {
    case 'updated':
      order = [desc(knowledgeArticles.updatedAt), desc(knowledgeArticles.id)];
      if (after && 'updatedAt' in after) {
        where.push(sql`(${knowledgeArticles.updatedAt}, ${knowledgeArticles.id}) < (${after.updatedAt.toISOString()}::timestamptz, ${after.id}::uuid)`);
      }
      break;
    case 'title':
      order = [asc(sql`lower(${knowledgeArticles.title})`), asc(knowledgeArticles.id)];
      if (after) {
        where.push(sql`(lower(${knowledgeArticles.title}), ${knowledgeArticles.id}) > (select lower(c.title), c.id from ${knowledgeArticles} c where c.id = ${after.id})`);
      }
      break;
    case 'handover':
      order = [desc(handoverShare('knowledge_articles')), desc(knowledgeArticles.useCount), asc(knowledgeArticles.id)];
      if (after) {
        where.push(sql`exists (select 1 from ${knowledgeArticles} c where c.id = ${after.id} and (
          ${handoverShare('knowledge_articles')} < ${handoverShare('c')}
          or (${handoverShare('knowledge_articles')} = ${handoverShare('c')} and ${knowledgeArticles.useCount} < c.use_count)
          or (${handoverShare('knowledge_articles')} = ${handoverShare('c')} and ${knowledgeArticles.useCount} = c.use_count and ${knowledgeArticles.id} > c.id)))`);
      }
      break;
  }
  return db
    .select({
      id: knowledgeArticles.id,
      slug: knowledgeArticles.slug,
      title: knowledgeArticles.title,
      status: knowledgeArticles.status,
      visibility: knowledgeArticles.visibility,
      productId: knowledgeArticles.productId,
      productName: products.name,
      teamId: knowledgeArticles.teamId,
      teamName: teams.name,
      version: knowledgeArticles.version,
      reviewBy: knowledgeArticles.reviewBy,
      isB1: sql<boolean>`coalesce((${knowledgeArticles.b1}->>'isB1')::boolean, false)`,
      useCount: knowledgeArticles.useCount,
      handedOverCount: knowledgeArticles.handedOverCount,
      openFeedback,
      updatedAt: knowledgeArticles.updatedAt,
    })
    .from(knowledgeArticles)
    .leftJoin(products, eq(products.id, knowledgeArticles.productId))
    .leftJoin(teams, eq(teams.id, knowledgeArticles.teamId))
    .where(and(...where))
    .orderBy(...order)
    .limit(filter.limit + 1);
}

export type ArticleListRow = Awaited<ReturnType<typeof listArticles>>[number];

/** Open feedback per article, for the detail of one. */
export async function openFeedbackCount(db: DbOrTx, articleId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)`.mapWith(Number) })
    .from(knowledgeFeedback)
    .where(and(eq(knowledgeFeedback.articleId, articleId), isNull(knowledgeFeedback.resolvedAt)));
  return row?.n ?? 0;
}

// Synonyms.

export function listSynonyms(db: DbOrTx) {
  return db.select().from(knowledgeSynonyms).orderBy(asc(knowledgeSynonyms.term));
}

/** The table becomes `items`: terms no longer there go, new and changed ones are written; unchanged rows keep their time. */
export async function replaceSynonyms(tx: DbOrTx, items: { term: string; synonyms: string[] }[], by: string, at: Date) {
  const current = new Map((await tx.select().from(knowledgeSynonyms).for('update')).map((r) => [r.term, r.synonyms]));
  const wanted = new Map(items.map((i) => [i.term, i.synonyms]));
  const removed = [...current.keys()].filter((term) => !wanted.has(term));
  const written = items.filter((i) => {
    const before = current.get(i.term);
    return !before || before.length !== i.synonyms.length || before.some((s, k) => s !== i.synonyms[k]);
  });
  if (removed.length) await tx.delete(knowledgeSynonyms).where(inArray(knowledgeSynonyms.term, removed));
  if (written.length) {
    await tx
      .insert(knowledgeSynonyms)
      .values(written.map((i) => ({ term: i.term, synonyms: i.synonyms, updatedBy: by, updatedAt: at })))
      .onConflictDoUpdate({ target: knowledgeSynonyms.term, set: { synonyms: sql`excluded.synonyms`, updatedBy: by, updatedAt: at } });
  }
  return {
    added: written.filter((i) => !current.has(i.term)).map((i) => i.term),
    changed: written.filter((i) => current.has(i.term)).map((i) => i.term),
    removed,
  };
}

// The public side.

/** A published public article by its address, with its product's name. */
export async function findPublicArticle(db: DbOrTx, slug: string) {
  const [row] = await db
    .select({ article: knowledgeArticles, productName: products.name })
    .from(knowledgeArticles)
    .leftJoin(products, eq(products.id, knowledgeArticles.productId))
    .where(and(eq(knowledgeArticles.slug, slug), eq(knowledgeArticles.status, 'published'), eq(knowledgeArticles.visibility, 'public')))
    .limit(1);
  return row;
}

/** "Was dit antwoord duidelijk?": one more yes or no; false when there is no such public answer. */
export async function countClear(db: DbOrTx, slug: string, clear: boolean): Promise<boolean> {
  const column = clear ? knowledgeArticles.clearYes : knowledgeArticles.clearNo;
  const rows = await db
    .update(knowledgeArticles)
    .set(clear ? { clearYes: sql`${column} + 1` } : { clearNo: sql`${column} + 1` })
    .where(and(eq(knowledgeArticles.slug, slug), eq(knowledgeArticles.status, 'published'), eq(knowledgeArticles.visibility, 'public')))
    .returning({ id: knowledgeArticles.id });
  return rows.length > 0;
}

/** The public answers the contact centre uses most: what /vragen shows before anything is searched. */
export function popularPublicArticles(db: DbOrTx, limit: number) {
  return db
    .select({ slug: knowledgeArticles.slug, title: knowledgeArticles.title, question: knowledgeArticles.question, productName: products.name })
    .from(knowledgeArticles)
    .leftJoin(products, eq(products.id, knowledgeArticles.productId))
    .where(and(eq(knowledgeArticles.status, 'published'), eq(knowledgeArticles.visibility, 'public')))
    .orderBy(desc(knowledgeArticles.useCount), asc(knowledgeArticles.title))
    .limit(limit);
}

// Use in contacts.

/**
 * Links published articles to a contact and counts the use, in one statement (one round trip in
 * the registration's transaction). Returns the articles linked: fewer than asked means some were
 * not published (or do not exist), and the caller rolls back.
 */
export async function recordUses(
  tx: DbOrTx,
  use: { contactId: string; articleIds: string[]; occurredAt: Date; teamId: string | null; productId: string | null; handedOver: boolean },
) {
  const ids = sql.join(use.articleIds.map((id) => sql`${id}::uuid`), sql`, `);
  return rowsOf<{ id: string; slug: string; title: string }>(await tx.execute(sql`
    with used as (
      insert into ${knowledgeArticleUses} (contact_id, article_id, occurred_at, team_id, product_id, handed_over)
      select ${use.contactId}::uuid, a.id, ${use.occurredAt.toISOString()}::timestamptz, ${use.teamId}::uuid, ${use.productId}::uuid, ${use.handedOver}
      from ${knowledgeArticles} a where a.id in (${ids}) and a.status = 'published'
      returning article_id
    )
    update ${knowledgeArticles} k set use_count = k.use_count + 1, handed_over_count = k.handed_over_count + ${use.handedOver ? 1 : 0}
    from used where k.id = used.article_id
    returning k.id, k.slug, k.title`));
}

/** The articles a contact was answered with, by title. */
export function articlesOfContact(db: DbOrTx, contactId: string) {
  return db
    .select({ id: knowledgeArticles.id, slug: knowledgeArticles.slug, title: knowledgeArticles.title })
    .from(knowledgeArticleUses)
    .innerJoin(knowledgeArticles, eq(knowledgeArticles.id, knowledgeArticleUses.articleId))
    .where(eq(knowledgeArticleUses.contactId, contactId))
    .orderBy(asc(knowledgeArticles.title));
}

/**
 * The demo: links a share of the contacts of the last months to a published article of their
 * product, in one INSERT … SELECT (the share grows towards `end`, as the contact centre gets used
 * to the knowledge base), then sets every article's counters from its uses in one UPDATE.
 */
export async function linkDemoUses(db: DbOrTx, options: { end: Date; days: number; percent: (ageDays: SQL) => SQL }): Promise<number> {
  const end = sql`${options.end.toISOString()}::timestamptz`;
  const age = sql`extract(epoch from (${end} - c.occurred_at)) / 86400`;
  const [linked] = rowsOf<{ n: number | string }>(await db.execute(sql`
    with linked as (
      insert into ${knowledgeArticleUses} (contact_id, article_id, occurred_at, team_id, product_id, handed_over)
      select c.id, a.id, c.occurred_at, c.team_id, c.product_id, c.resolution = 'handed_over'
      from contacts c
      join lateral (
        select a.id, count(*) over () as n, row_number() over (order by a.slug) as k
        from ${knowledgeArticles} a
        where a.product_id = c.product_id and a.status = 'published' and a.published_at <= c.occurred_at
      ) a on a.k = 1 + c.number % a.n
      where c.occurred_at > ${end} - make_interval(days => ${options.days}) and c.occurred_at <= ${end}
        and (c.number * 7919) % 100 < ${options.percent(age)}
      on conflict do nothing
      returning 1
    )
    select count(*) as n from linked`));
  await db.execute(sql`
    update ${knowledgeArticles} k set use_count = u.uses, handed_over_count = u.handed_over
    from (select article_id, count(*)::int as uses, (count(*) filter (where handed_over))::int as handed_over
      from ${knowledgeArticleUses} group by article_id) u
    where k.id = u.article_id`);
  return Number(linked?.n ?? 0);
}
