// Keeps an article findable: its weighted search vector, numbered by knowledge_index_seq so that
// every instance's copy of the index (memory-index.ts) picks it up, and the vocabulary of
// published articles (knowledge_terms) that misspelt and compound words are matched against.
// The database holds all of it, so every Helder instance searches the same index.
import { normaliseSearchText } from '@helder/domain';
import { sql } from 'drizzle-orm';
import { type DbOrTx, rowsOf } from '../../db/client.js';

/**
 * One weighted vector from the article's fields: title and keywords (A), the question (B), the
 * answer (C); each as its Dutch stems and as the words typed (`simple`), so both an inflected word
 * and the start of a word find it.
 */
function vector(title: string, question: string, answer: string) {
  const part = (text: string, weight: 'A' | 'B' | 'C') =>
    sql`setweight(to_tsvector('dutch'::regconfig, ${text}) || to_tsvector('simple'::regconfig, ${text}), ${weight}::"char")`;
  return sql`${part(title, 'A')} || ${part(question, 'B')} || ${part(answer, 'C')}`;
}

/** One lock for the saves that change the index (an advisory lock number of our own). */
const INDEX_LOCK = 7_211_012;

/**
 * Writes the article's search vector and moves the vocabulary by the difference between its old
 * and new words. The vector is kept only while the article is published, so the old vector is
 * exactly what the vocabulary counts for it; publishing adds its words and archiving removes them.
 * Call it in the transaction that changed (and so locked) the article, after the change of status.
 * The lock makes changes commit in the order of their numbers, so an instance that has seen
 * number n has seen every change before it. Terms whose count falls to zero stay as rows and are
 * ignored by the search.
 */
export async function reindexArticle(db: DbOrTx, articleId: string): Promise<void> {
  const [article] = rowsOf<{ title: string; keywords: string[]; question: string | null; answer_text: string }>(
    await db.execute(sql`select title, keywords, question, answer_text from knowledge_articles where id = ${articleId}`),
  );
  if (!article) return;
  const title = normaliseSearchText([article.title, ...(article.keywords ?? [])].join(' '));
  const question = normaliseSearchText(article.question ?? '');
  const answer = normaliseSearchText(article.answer_text);
  await db.execute(sql`select pg_advisory_xact_lock(${INDEX_LOCK})`);
  await db.execute(sql`
    with old as (
      select unnest(tsvector_to_array(search)) as term from knowledge_articles
      where id = ${articleId} and search is not null
    ), changed as (
      update knowledge_articles
      set search = case when status = 'published' then ${vector(title, question, answer)} end,
        index_seq = nextval('knowledge_index_seq')
      where id = ${articleId}
      returning search
    ), new as (
      select unnest(tsvector_to_array(search)) as term from changed where search is not null
    ), delta as (
      select term, sum(d)::int as d from (select term, -1 as d from old union all select term, 1 from new) x
      group by term having sum(d) <> 0
    )
    insert into knowledge_terms (term, articles) select term, d from delta
    on conflict (term) do update set articles = knowledge_terms.articles + excluded.articles`);
}
