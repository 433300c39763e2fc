// Each instance's copy of the knowledge base's inverted index: for every word of the published
// articles (as typed and as its Dutch stem) the articles that hold it, the best field it is in
// (1 title or keyword, 2 question, 3 answer) and its share of the rank as ts_rank counts it.
// It is derived from the articles' search vectors in the database, never the other way round:
// every change of a vector takes the next number of knowledge_index_seq, the search's first round
// trip reads the newest number, and an instance that is behind loads the articles changed since
// before it searches. So every instance answers from the same data, and a search adds up a few
// thousand entries in memory instead of testing every article's vector in the database (which
// took 50–100 ms at 5,000 articles).
import { sql } from 'drizzle-orm';
import { type DbOrTx, rowsOf } from '../../db/client.js';

export type Field = 1 | 2 | 3;

export interface IndexedArticle {
  id: string;
  title: string;
  isPublic: boolean;
  terms: string[];
}

/** The articles that hold one word, in three parallel lists. */
interface Posting {
  articles: IndexedArticle[];
  fields: Field[];
  ranks: number[];
}

/** A word's share of the rank, as ts_rank with the weights {D 0.05, C 0.2, B 0.5, A 1} counts it. */
const PI_SQUARED_OVER_6 = 1.64493406685;

/**
 * Per word of an article's vector: the best field and the rank. ts_rank takes the best weight,
 * plus every other occurrence at 1/n², scaled by Σ1/n² = π²/6.
 */
const ENTRIES = sql`
  select u.lexeme as term, s.field, ((s.top + s.spread - s.top / (s.at * s.at)) / ${PI_SQUARED_OVER_6})::float8 as rank
  from unnest(a.search) as u(lexeme, positions, weights)
  cross join lateral (
    select min(w.field)::int as field, max(w.value) as top, sum(w.value / (w.j * w.j)) as spread,
      (array_agg(w.j order by w.field, w.j))[1] as at
    from (
      select x.j, case x.weight when 'A' then 1 when 'B' then 2 else 3 end as field,
        case x.weight when 'A' then 1.0 when 'B' then 0.5 when 'C' then 0.2 else 0.05 end as value
      from unnest(u.weights) with ordinality as x(weight, j)
    ) w
  ) s`;

export class KnowledgeIndex {
  private seq = 0;
  private readonly articles = new Map<string, IndexedArticle>();
  private readonly postings = new Map<string, Posting>();
  /** The words in code-point order, for words being typed (prefixes); rebuilt after new words. */
  private sorted: string[] | null = null;
  private loading: Promise<void> | null = null;

  /** The number of published articles. */
  get size(): number {
    return this.articles.size;
  }

  /** Loads what changed until the index has seen change number `seq` (read from the database). */
  async catchUp(db: DbOrTx, seq: number): Promise<void> {
    for (let attempt = 0; this.seq < seq && attempt < 2; attempt += 1) {
      this.loading ??= this.load(db).finally(() => {
        this.loading = null;
      });
      await this.loading;
    }
  }

  private async load(db: DbOrTx): Promise<void> {
    const rows = rowsOf<{ id: string; seq: string | number; title: string; visibility: string; term: string | null; field: number | null; rank: number | null }>(
      await db.execute(sql`
        select a.id, a.index_seq as seq, a.title, a.visibility, e.term, e.field, e.rank
        from knowledge_articles a
        left join lateral (${ENTRIES}) e on a.status = 'published'
        where a.index_seq > ${this.seq}
        order by a.index_seq, a.id`),
    );
    let current: IndexedArticle | null = null;
    let entries: { term: string; field: Field; rank: number }[] = [];
    const flush = () => {
      if (current) this.replace(current, entries);
      entries = [];
    };
    for (const row of rows) {
      if (!current || current.id !== row.id) {
        flush();
        current = { id: row.id, title: row.title, isPublic: row.visibility === 'public', terms: [] };
      }
      if (row.term !== null) entries.push({ term: row.term, field: Number(row.field) as Field, rank: Number(row.rank) });
      this.seq = Math.max(this.seq, Number(row.seq));
    }
    flush();
  }

  /** The article's entries as they are now (none when it is not published). */
  private replace(article: IndexedArticle, entries: { term: string; field: Field; rank: number }[]): void {
    const old = this.articles.get(article.id);
    if (old) {
      for (const term of old.terms) {
        const posting = this.postings.get(term);
        const at = posting?.articles.indexOf(old) ?? -1;
        if (!posting || at < 0) continue;
        posting.articles.splice(at, 1);
        posting.fields.splice(at, 1);
        posting.ranks.splice(at, 1);
      }
      this.articles.delete(article.id);
    }
    if (!entries.length) return;
    article.terms = entries.map((e) => e.term);
    this.articles.set(article.id, article);
    for (const entry of entries) {
      let posting = this.postings.get(entry.term);
      if (!posting) {
        posting = { articles: [], fields: [], ranks: [] };
        this.postings.set(entry.term, posting);
        this.sorted = null;
      }
      posting.articles.push(article);
      posting.fields.push(entry.field);
      posting.ranks.push(entry.rank);
    }
  }

  /** Calls `visit` for every entry of the word, or (prefix) of every word that starts with it. */
  forEach(term: string, prefix: boolean, visit: (article: IndexedArticle, field: Field, rank: number) => void): void {
    const each = (posting: Posting | undefined) => {
      if (!posting) return;
      for (let i = 0; i < posting.articles.length; i += 1) visit(posting.articles[i]!, posting.fields[i]!, posting.ranks[i]!);
    };
    if (!prefix) return each(this.postings.get(term));
    const sorted = (this.sorted ??= [...this.postings.keys()].sort());
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (sorted[mid]! < term) low = mid + 1;
      else high = mid;
    }
    for (let i = low; i < sorted.length && sorted[i]!.startsWith(term); i += 1) each(this.postings.get(sorted[i]!));
  }
}

/** One index per database handle: an instance of Helder has one. */
const indexes = new WeakMap<object, KnowledgeIndex>();

export function knowledgeIndexFor(db: DbOrTx): KnowledgeIndex {
  let index = indexes.get(db);
  if (!index) {
    index = new KnowledgeIndex();
    indexes.set(db, index);
  }
  return index;
}

/** Builds this instance's index before the first search needs it (at start, in the background). */
export async function warmKnowledgeIndex(db: DbOrTx): Promise<void> {
  const [row] = rowsOf<{ seq: string | number }>(await db.execute(sql`select coalesce(max(index_seq), 0) as seq from knowledge_articles`));
  await knowledgeIndexFor(db).catchUp(db, Number(row?.seq ?? 0));
}
