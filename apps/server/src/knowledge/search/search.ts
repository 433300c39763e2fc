// Search in the knowledge base as Dutch residents and staff type: inflections (Dutch stems),
// compound words (`paspoortaanvraag` finds "paspoort aanvragen"), typos (`rijbewys`, by trigram
// similarity to the words of the published articles), synonyms kept by editors (`kliko` →
// container), title and keyword hits above body hits, and often-used answers slightly higher.
// Two round trips: one to read what the words are (stems, known words, near words, synonyms, the
// newest change of the index), one to read the best articles, scored in between from this
// instance's copy of the index (memory-index.ts, brought up to date first). The database holds
// everything the copy is made of, so every instance gives the same results, on PGlite and
// PostgreSQL alike.
import { compoundSplits, normaliseSearchText, knowledgeQueryWords } from '@helder/domain';
import { sql } from 'drizzle-orm';
import { floatArray, textArray, uuidArray } from '../../db/arrays.js';
import { type DbOrTx, rowsOf } from '../../db/client.js';
import { type Field, type IndexedArticle, type KnowledgeIndex, knowledgeIndexFor } from './memory-index.js';
import { snippetOf } from './snippet.js';

export interface KnowledgeSearchRow {
  id: string;
  slug: string;
  title: string;
  question: string | null;
  snippet: string;
  visibility: 'public' | 'internal';
  productName: string | null;
  teamName: string | null;
  score: number;
}

export interface KnowledgeSearchOptions {
  q: string;
  limit: number;
  /** staff: published articles, public and internal; public: published public articles only. */
  audience: 'staff' | 'public';
}

/** How close a misspelt word must be to a word of the articles (trigram similarity, 0..1). */
const TYPO_SIMILARITY = 0.4;
/** A word found only through a typo or a compound split counts for this much of a word. */
const NEAR_FACTOR = 0.7;
/** Where a word is found: title and keywords (field 1), the question (2), the answer (3). */
const FIELD_SCORES = { 1: 1, 2: 0.6, 3: 0.35 } as const;
/** Often-used answers rank slightly higher: 0.05 · ln(1 + uses), at most this much. */
const USE_BONUS_MAX = 0.3;

const LEXEME = /^[a-z0-9]+$/;
/** The shortest word that is also searched as the start of longer words. */
const MIN_PREFIX = 3;

/** A word of the index: exactly, or (a word being typed) as the start of longer words. */
interface Form {
  term: string;
  prefix: boolean;
}

/** One way to find a group: every part must be in the article, a part in any of its forms. */
interface Alternative {
  parts: Form[][];
  factor: number;
}

/** A word (or a run of words) of the query, with the ways to find it; the best one counts. */
interface Group {
  /** How many query words this group stands for, times how much finding it says. */
  weight: number;
  alternatives: Alternative[];
}

interface Lookup {
  stems: Map<string, string[]>;
  /** Words of the published articles, with the number of articles that hold them. */
  known: Map<string, number>;
  /** The number of published articles (from the index, once it has caught up). */
  total: number;
  /** The newest change of the index (knowledge_index_seq). */
  seq: number;
  near: Map<string, string[]>;
  synonyms: Map<string, string[]>;
}

/** Runs of two and three words, written together and apart: `id kaart`, `parkeer vergunning`. */
function runs(words: string[]): { start: number; words: string[] }[] {
  const list: { start: number; words: string[] }[] = [];
  for (let n = 2; n <= 3; n += 1) {
    for (let i = 0; i + n <= words.length; i += 1) list.push({ start: i, words: words.slice(i, i + n) });
  }
  return list;
}

async function lookup(db: DbOrTx, words: string[], parts: string[], phrases: string[]): Promise<Lookup> {
  const wordsAndParts = [...new Set([...words, ...parts])];
  const typoCandidates = words.filter((w) => w.length >= 4 && !/^\d+$/.test(w));
  const rows = rowsOf<{ kind: 'stem' | 'known' | 'near' | 'synonym' | 'seq'; key: string; terms: string[] | null; n: number | string | null }>(
    await db.execute(sql`
      with input as (select unnest(${textArray(wordsAndParts)}) as w),
      stems as (select w, ts_lexize('dutch_stem', w) as stems from input)
      select 'stem' as kind, w as key, stems as terms, null::int as n from stems
      union all
      select 'seq', '', null, coalesce(max(index_seq), 0)::int8 from knowledge_articles
      union all
      select 'known', term, null, articles from knowledge_terms
      where articles > 0 and term in (select w from input union select unnest(stems) from stems union select unnest(${textArray(phrases.map((p) => p.replaceAll(' ', '')))}))
      union all
      select 'near', w, array(
        select term from knowledge_terms
        where term % w and articles > 0 and similarity(term, w) >= ${TYPO_SIMILARITY} and term <> w
        order by similarity(term, w) desc, articles desc, term limit 3
      ), null from unnest(${textArray(typoCandidates)}) as w
      union all
      select 'synonym', term, synonyms, null from knowledge_synonyms`),
  );
  const wanted = new Set([...words, ...phrases]);
  const result: Lookup = { stems: new Map(), known: new Map(), total: 0, seq: 0, near: new Map(), synonyms: new Map() };
  for (const row of rows) {
    if (row.kind === 'stem') result.stems.set(row.key, row.terms ?? []);
    else if (row.kind === 'known') result.known.set(row.key, Number(row.n));
    else if (row.kind === 'seq') result.seq = Number(row.n);
    else if (row.kind === 'near') result.near.set(row.key, row.terms ?? []);
    else {
      // A synonym entry is a set of words for one thing: each finds the others. Editors keep a few
      // hundred at most, so they are all read and compared as search sees words.
      const set = [row.key, ...(row.terms ?? [])].map(normaliseSearchText).filter(Boolean);
      if (!set.some((w) => wanted.has(w))) continue;
      for (const word of set) result.synonyms.set(word, [...new Set([...(result.synonyms.get(word) ?? []), ...set.filter((x) => x !== word)])]);
    }
  }
  return result;
}

const exact = (term: string): Form => ({ term, prefix: false });

/**
 * A word as typed (from three letters also as the start of a longer word: the word being typed)
 * and its Dutch stems. One or two letters would be the start of a fifth of all words.
 */
function forms(word: string, found: Lookup): Form[] {
  return [{ term: word, prefix: word.length >= MIN_PREFIX }, ...(found.stems.get(word) ?? []).map(exact)];
}

/** A phrase of one or more words: every word must be there (as typed, or its stem). */
function phrase(text: string, found: Lookup): Alternative | null {
  const words = text.split(' ').filter((w) => LEXEME.test(w));
  if (!words.length) return null;
  return { parts: words.map((w) => [w, ...(found.stems.get(w) ?? [])].map(exact)), factor: 1 };
}

/**
 * How much finding this word says: a word in few articles (`evenementenvergunning`) more than one
 * in many (`aanvragen`). 0.4 for a word in every article, 1 for a word in one or a word not known.
 */
function specificity(list: Form[], found: Lookup): number {
  const counts = list.map((f) => found.known.get(f.term)).filter((n): n is number => n !== undefined && n > 0);
  if (!counts.length || found.total <= 1) return 1;
  const articles = Math.min(...counts);
  return 0.4 + 0.6 * (Math.log(1 + found.total / articles) / Math.log(1 + found.total));
}

function buildGroups(words: string[], found: Lookup): Group[] {
  const groups: Group[] = [];
  const knownForms = (part: string) => [part, ...(found.stems.get(part) ?? [])].filter((p) => found.known.has(p)).map(exact);
  for (const word of words) {
    const stems = found.stems.get(word);
    // A stop word (de, het, hoe, ik, een …): the Dutch dictionary gives no stem.
    if (stems && stems.length === 0 && !/^\d+$/.test(word)) continue;
    const group: Group = { weight: specificity(forms(word, found), found), alternatives: [{ parts: [forms(word, found)], factor: 1 }] };
    for (const synonym of found.synonyms.get(word) ?? []) {
      const alternative = phrase(synonym, found);
      if (alternative) group.alternatives.push(alternative);
    }
    const isKnown = found.known.has(word) || (stems ?? []).some((s) => found.known.has(s));
    if (!isKnown) {
      let split = false;
      for (const { left, right } of compoundSplits(word)) {
        const l = knownForms(left);
        const r = knownForms(right);
        if (l.length && r.length) {
          group.alternatives.push({ parts: [l, r], factor: NEAR_FACTOR });
          split = true;
        }
      }
      // Only one part known (`trouwlocatie`: trouwen): the longest such part, if it is a real word.
      if (!split) {
        const part = compoundSplits(word)
          .flatMap((s) => [s.left, s.right])
          .filter((p) => p.length >= 5 && knownForms(p).length > 0)
          .sort((a, b) => b.length - a.length)[0];
        if (part) group.alternatives.push({ parts: [knownForms(part)], factor: NEAR_FACTOR });
      }
      const near = found.near.get(word) ?? [];
      if (near.length) group.alternatives.push({ parts: [near.map(exact)], factor: NEAR_FACTOR });
    }
    groups.push(group);
  }
  for (const run of runs(words)) {
    const text = run.words.join(' ');
    const joined = run.words.join('');
    const group: Group = { weight: run.words.length, alternatives: [] };
    if (found.known.has(joined)) group.alternatives.push({ parts: [[exact(joined)]], factor: 1 });
    for (const synonym of found.synonyms.get(text) ?? []) {
      const alternative = phrase(synonym, found);
      if (alternative) group.alternatives.push(alternative);
    }
    if (group.alternatives.length) groups.push(group);
  }
  return groups;
}

/**
 * The articles' scores for the groups: a part is found in its best field; an alternative when all
 * its parts are found, in the worst field of its parts; a group by its best alternative; an article
 * by the sum of its groups. The tie-breaker is ts_rank's: the sum over the query's forms of each
 * form's best entry, divided by their number.
 */
function score(index: KnowledgeIndex, groups: Group[], audience: 'staff' | 'public'): Map<IndexedArticle, number> {
  const seen = new Map<string, Map<IndexedArticle, { field: Field; rank: number }>>();
  const formHits = (form: Form) => {
    const key = `${form.term}${form.prefix ? ':*' : ''}`;
    let hits = seen.get(key);
    if (!hits) {
      const found = new Map<IndexedArticle, { field: Field; rank: number }>();
      index.forEach(form.term, form.prefix, (article, field, rank) => {
        if (audience === 'public' && !article.isPublic) return;
        const best = found.get(article);
        if (!best) found.set(article, { field, rank });
        else found.set(article, { field: Math.min(best.field, field) as Field, rank: Math.max(best.rank, rank) });
      });
      seen.set(key, (hits = found));
    }
    return hits;
  };
  const totals = new Map<IndexedArticle, number>();
  for (const group of groups) {
    const best = new Map<IndexedArticle, number>();
    for (const alternative of group.alternatives) {
      const parts = alternative.parts.map((forms) => {
        const fields = new Map<IndexedArticle, Field>();
        for (const form of forms) {
          for (const [article, hit] of formHits(form)) fields.set(article, Math.min(fields.get(article) ?? 3, hit.field) as Field);
        }
        return fields;
      });
      const [smallest, ...others] = [...parts].sort((a, b) => a.size - b.size);
      for (const [article, field] of smallest!) {
        let worst = field;
        let everywhere = true;
        for (const other of others) {
          const f = other.get(article);
          if (f === undefined) {
            everywhere = false;
            break;
          }
          worst = Math.max(worst, f) as Field;
        }
        if (!everywhere) continue;
        const value = group.weight * alternative.factor * FIELD_SCORES[worst];
        if (value > (best.get(article) ?? 0)) best.set(article, value);
      }
    }
    for (const [article, value] of best) totals.set(article, (totals.get(article) ?? 0) + value);
  }
  const tie = new Map<IndexedArticle, number>();
  for (const hits of seen.values()) {
    for (const [article, hit] of hits) if (totals.has(article)) tie.set(article, (tie.get(article) ?? 0) + hit.rank);
  }
  for (const [article, total] of totals) totals.set(article, total + (tie.get(article) ?? 0) / Math.max(1, seen.size));
  return totals;
}

/**
 * The articles that can still make the first `limit` once use counts (at most USE_BONUS_MAX) are
 * added: all within that margin of the last place.
 */
function candidates(scores: Map<IndexedArticle, number>, limit: number): { ids: string[]; scores: number[] } {
  const ordered = [...scores].sort((a, b) => b[1] - a[1]);
  const last = ordered[Math.min(limit, ordered.length) - 1]?.[1] ?? 0;
  const kept = ordered.filter(([, value]) => value >= last - USE_BONUS_MAX - 1e-9);
  return { ids: kept.map(([article]) => article.id), scores: kept.map(([, value]) => value) };
}

export async function searchArticles(db: DbOrTx, options: KnowledgeSearchOptions): Promise<KnowledgeSearchRow[]> {
  const words = knowledgeQueryWords(options.q);
  if (!words.length) return [];
  const parts = [...new Set(words.flatMap((w) => compoundSplits(w).flatMap((s) => [s.left, s.right])))];
  const phrases = runs(words).map((r) => r.words.join(' '));
  const found = await lookup(db, words, parts, phrases);
  const index = knowledgeIndexFor(db);
  await index.catchUp(db, found.seq);
  found.total = index.size;
  const groups = buildGroups(words, found);
  if (!groups.length) return [];
  const best = candidates(score(index, groups, options.audience), options.limit);
  if (!best.ids.length) return [];
  const audience = options.audience === 'public' ? sql`and a.visibility = 'public'` : sql``;
  // The database has the last word: only what is published now, with its use count now.
  const rows = rowsOf<{
    id: string; slug: string; title: string; question: string | null; answer_text: string; visibility: 'public' | 'internal';
    product_name: string | null; team_name: string | null; score: number;
  }>(
    await db.execute(sql`
      select a.id, a.slug, a.title, a.question, a.answer_text, a.visibility, p.name as product_name, t.name as team_name,
        c.score + least(${USE_BONUS_MAX}::float8, 0.05 * ln(1 + a.use_count)) as score
      from unnest(${uuidArray(best.ids)}, ${floatArray(best.scores)}) as c(id, score)
      join knowledge_articles a on a.id = c.id
      left join products p on p.id = a.product_id
      left join teams t on t.id = a.team_id
      where a.status = 'published' ${audience}
      order by score desc, a.title, a.id
      limit ${options.limit}`),
  );
  return rows.map((r) => ({
    id: r.id,
    slug: r.slug,
    title: r.title,
    question: r.question,
    snippet: snippetOf(r.answer_text, words),
    visibility: r.visibility,
    productName: r.product_name,
    teamName: r.team_name,
    score: Math.round(Number(r.score) * 1000) / 1000,
  }));
}
