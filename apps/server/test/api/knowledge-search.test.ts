// Search quality of the knowledge base: questions as residents and staff type them (typos,
// compounds, synonyms, inflections) against the demo articles, success counted in the first three
// results, beside PostgreSQL's own Dutch full-text search on the same articles in the same run.
// Also: what the search leaves out (drafts, archived and internal articles for the public), and
// that a second instance on the same database answers the same.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { FixedClock } from '../../src/clock.js';
import { rowsOf } from '../../src/db/client.js';
import { seedKnowledge } from '../../src/demo/knowledge.js';
import { searchArticles } from '../../src/knowledge/search/search.js';
import { KNOWLEDGE_QUERIES, type KnowledgeQuery } from '../fixtures/knowledge-queries.js';
import { HELD_OUT_QUERIES } from '../fixtures/knowledge-queries-held-out.js';
import { createTestApp, DEMO, type TestApp } from '../support/app.js';

const clock = new FixedClock(new Date('2026-11-20T10:00:00+01:00'));
let t: TestApp;

beforeAll(async () => {
  t = await createTestApp({ clock });
  await seedKnowledge(t.database.db, { end: clock.now(), linkContacts: false });
}, 120_000);
afterAll(async () => t?.close());

/** PostgreSQL's own Dutch full-text search over the same fields: the baseline. */
async function baseline(q: string): Promise<string[]> {
  const rows = rowsOf<{ slug: string }>(
    await t.database.db.execute(sql`
      select slug from knowledge_articles,
        to_tsvector('dutch', title || ' ' || array_to_string(keywords, ' ') || ' ' || coalesce(question, '') || ' ' || answer_text) as document,
        plainto_tsquery('dutch', ${q}) as query
      where status = 'published' and document @@ query
      order by ts_rank(document, query) desc, slug limit 3`),
  );
  return rows.map((r) => r.slug);
}

async function evaluate(name: string, queries: readonly KnowledgeQuery[]) {
  const perKind = new Map<string, { n: number; helder: number; baseline: number }>();
  const misses: string[] = [];
  let helder = 0;
  let base = 0;
  for (const query of queries) {
    const hits = (await searchArticles(t.database.db, { q: query.q, limit: 3, audience: 'staff' })).map((h) => h.slug);
    const ok = hits.some((slug) => query.expected.includes(slug));
    const baseOk = (await baseline(query.q)).some((slug) => query.expected.includes(slug));
    helder += ok ? 1 : 0;
    base += baseOk ? 1 : 0;
    const kind = perKind.get(query.kind) ?? { n: 0, helder: 0, baseline: 0 };
    kind.n += 1;
    kind.helder += ok ? 1 : 0;
    kind.baseline += baseOk ? 1 : 0;
    perKind.set(query.kind, kind);
    if (!ok) misses.push(`"${query.q}" (${query.kind}): ${hits.join(', ') || 'niets'}`);
  }
  const pct = (n: number) => `${Math.round((100 * n) / queries.length)}%`;
  console.log(
    `${name} (${queries.length} questions, success in the first three): Helder ${helder} (${pct(helder)}), PostgreSQL Dutch full-text ${base} (${pct(base)})\n` +
      [...perKind].map(([kind, k]) => `  ${kind}: Helder ${k.helder}/${k.n}, PostgreSQL ${k.baseline}/${k.n}`).join('\n') +
      (misses.length ? `\n  missed: ${misses.join('; ')}` : ''),
  );
  return { helder: helder / queries.length, baseline: base / queries.length };
}

describe('search quality against the demo articles', () => {
  test('the quality set: Helder finds more than PostgreSQL’s Dutch full-text search', async () => {
    expect(KNOWLEDGE_QUERIES.length).toBeGreaterThanOrEqual(60);
    const result = await evaluate('quality set', KNOWLEDGE_QUERIES);
    expect(result.helder).toBeGreaterThan(result.baseline);
    expect(result.helder).toBeGreaterThanOrEqual(0.9);
  });

  test('questions written without seeing the search: still more than the baseline', async () => {
    const result = await evaluate('held-out set', HELD_OUT_QUERIES);
    expect(result.helder).toBeGreaterThan(result.baseline);
    expect(result.helder).toBeGreaterThanOrEqual(0.75);
  });

  test('title and keyword hits rank above hits in the answer', async () => {
    // "paspoort" is in the title of the passport articles and in the body of others (the ID card).
    const hits = await searchArticles(t.database.db, { q: 'paspoort', limit: 10, audience: 'staff' });
    const inTitle = hits.filter((h) => /paspoort/i.test(h.title));
    expect(inTitle.length).toBeGreaterThan(0);
    const firstBodyOnly = hits.findIndex((h) => !/paspoort/i.test(h.title));
    if (firstBodyOnly >= 0) expect(hits.slice(0, firstBodyOnly).length).toBe(inTitle.length);
  });

  test('an answer used more often ranks slightly higher among equals', async () => {
    const before = await searchArticles(t.database.db, { q: 'aanvragen', limit: 20, audience: 'staff' });
    const last = before.at(-1)!;
    await t.database.db.execute(sql`update knowledge_articles set use_count = 5000 where id = ${last.id}`);
    const after = await searchArticles(t.database.db, { q: 'aanvragen', limit: 20, audience: 'staff' });
    expect(after.findIndex((h) => h.id === last.id)).toBeLessThan(before.length - 1);
    await t.database.db.execute(sql`update knowledge_articles set use_count = 0 where id = ${last.id}`);
  });

  test('a snippet shows the passage with the word searched for', async () => {
    const [hit] = await searchArticles(t.database.db, { q: 'grofvuil', limit: 1, audience: 'staff' });
    expect(hit!.snippet.length).toBeGreaterThan(20);
    expect(hit!.snippet.length).toBeLessThanOrEqual(222);
    expect(hit!.snippet.toLowerCase()).toContain('grofvuil');
  });
});

describe('what the search leaves out', () => {
  test('internal articles only for staff; drafts for nobody', async () => {
    const internal = rowsOf<{ title: string; slug: string }>(
      await t.database.db.execute(sql`select title, slug from knowledge_articles where status = 'published' and visibility = 'internal' order by slug limit 1`),
    )[0]!;
    const staff = await searchArticles(t.database.db, { q: internal.title, limit: 5, audience: 'staff' });
    expect(staff.map((h) => h.slug)).toContain(internal.slug);
    const pub = await searchArticles(t.database.db, { q: internal.title, limit: 5, audience: 'public' });
    expect(pub.map((h) => h.slug)).not.toContain(internal.slug);
    expect(pub.every((h) => h.visibility === 'public')).toBe(true);

    const draft = rowsOf<{ title: string; slug: string }>(
      await t.database.db.execute(sql`select title, slug from knowledge_articles where status = 'draft' order by slug limit 1`),
    )[0]!;
    const found = await searchArticles(t.database.db, { q: draft.title, limit: 10, audience: 'staff' });
    expect(found.map((h) => h.slug)).not.toContain(draft.slug);
  });

  test('an archived article is gone from the search and from the vocabulary of typos', async () => {
    const created = await t.call(DEMO.admin, 'POST', '/api/knowledge/articles', {
      title: 'Zwemvergunning voor de Drontermeerplas',
      answer: '<p>U mag zwemmen in de Drontermeerplas. Een vergunning is niet nodig.</p>',
      visibility: 'public',
    });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id as string;
    expect((await t.call(DEMO.admin, 'POST', `/api/knowledge/articles/${id}/publish`, {})).statusCode).toBe(200);
    expect((await searchArticles(t.database.db, { q: 'drontermeerplas', limit: 3, audience: 'public' })).map((h) => h.id)).toContain(id);
    // A typo finds it through the vocabulary while it is published.
    expect((await searchArticles(t.database.db, { q: 'drontermeerplass', limit: 3, audience: 'public' })).map((h) => h.id)).toContain(id);

    expect((await t.call(DEMO.admin, 'DELETE', `/api/knowledge/articles/${id}`)).statusCode).toBe(204);
    // Other answers may still match a part of the word ("Dronten"); the archived one is gone.
    const after = await searchArticles(t.database.db, { q: 'drontermeerplas', limit: 10, audience: 'staff' });
    expect(after.map((h) => h.id)).not.toContain(id);
    expect(after.every((h) => h.title !== 'Zwemvergunning voor de Drontermeerplas')).toBe(true);
    const [term] = rowsOf<{ articles: number }>(await t.database.db.execute(sql`select articles from knowledge_terms where term = 'drontermeerplas'`));
    expect(term?.articles ?? 0).toBe(0);
  });

  test('a query of stop words or nothing finds nothing, and odd characters are no error', async () => {
    expect(await searchArticles(t.database.db, { q: 'hoe de het een', limit: 5, audience: 'staff' })).toEqual([]);
    expect(await searchArticles(t.database.db, { q: '   ', limit: 5, audience: 'staff' })).toEqual([]);
    for (const q of ["'; drop table", 'a & b | !c', 'paspoort:*', '(((', 'ĳzer ñandú', '😀 paspoort']) {
      await expect(searchArticles(t.database.db, { q, limit: 5, audience: 'staff' })).resolves.toBeInstanceOf(Array);
    }
  });
});

describe('synonyms kept by editors', () => {
  test('a new synonym finds the article at once, in both directions, on every instance', async () => {
    const before = await searchArticles(t.database.db, { q: 'huisvuilwagen', limit: 3, audience: 'staff' });
    const current = (await t.call(DEMO.admin, 'GET', '/api/knowledge/synonyms')).json().items as { term: string; synonyms: string[] }[];
    const put = await t.call(DEMO.admin, 'PUT', '/api/knowledge/synonyms', {
      items: [...current.map(({ term, synonyms }) => ({ term, synonyms })), { term: 'huisvuilwagen', synonyms: ['grofvuil'] }],
    });
    expect(put.statusCode, put.body).toBe(200);
    const after = await searchArticles(t.database.db, { q: 'huisvuilwagen', limit: 3, audience: 'staff' });
    expect(after.length).toBeGreaterThan(0);
    expect(after.map((h) => h.id)).not.toEqual(before.map((h) => h.id));

    const second = await t.secondInstance();
    try {
      const login = await second.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: DEMO.kcc, password: 'helder-demo' } });
      const cookie = `helder_session=${login.cookies.find((c) => c.name === 'helder_session')!.value}`;
      const there = await second.app.inject({ method: 'GET', url: '/api/knowledge/search?q=huisvuilwagen&limit=3', headers: { cookie } });
      const here = await t.call(DEMO.kcc, 'GET', '/api/knowledge/search?q=huisvuilwagen&limit=3');
      expect(there.statusCode).toBe(200);
      expect(there.json().items.map((h: { id: string }) => h.id)).toEqual(here.json().items.map((h: { id: string }) => h.id));
      expect(here.json().items.map((h: { id: string }) => h.id)).toEqual(after.map((h) => h.id));
    } finally {
      await second.close();
    }
  });
});

describe("each instance's copy of the index", () => {
  test('a change on one instance is searched at once on another, and a copy kept up to date equals one built from scratch', async () => {
    const second = await t.secondInstance();
    try {
      const login = await second.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: DEMO.kcc, password: 'helder-demo' } });
      const cookie = `helder_session=${login.cookies.find((c) => c.name === 'helder_session')!.value}`;
      const there = async (q: string) => {
        const response = await second.app.inject({ method: 'GET', url: `/api/knowledge/search?q=${encodeURIComponent(q)}&limit=5`, headers: { cookie } });
        expect(response.statusCode, response.body).toBe(200);
        return (response.json().items as { id: string }[]).map((h) => h.id);
      };
      // The second instance has built its copy before the change.
      expect(await there('hondenbelasting')).toBeInstanceOf(Array);

      const created = await t.call(DEMO.admin, 'POST', '/api/knowledge/articles', {
        title: 'Ooievaarsnest op het dak',
        answer: '<p>Een ooievaarsnest op uw dak mag blijven. Bel ons als het nest los zit.</p>',
        keywords: ['ooievaar'],
        visibility: 'public',
      });
      expect(created.statusCode, created.body).toBe(201);
      const id = created.json().id as string;
      expect(await there('ooievaarsnest')).not.toContain(id);
      expect((await t.call(DEMO.admin, 'POST', `/api/knowledge/articles/${id}/publish`, {})).statusCode).toBe(200);
      expect((await there('ooievaarsnest'))[0]).toBe(id);
      const renamed = await t.call(DEMO.admin, 'PATCH', `/api/knowledge/articles/${id}`, { title: 'Zwaluwnest onder de dakgoot', keywords: ['zwaluw'] });
      expect(renamed.statusCode, renamed.body).toBe(200);
      expect((await there('zwaluwnest'))[0]).toBe(id);

      // A copy built from scratch (a new handle on the same database) answers the same as the
      // copies that followed every change.
      const fresh = Object.create(t.database.db) as typeof t.database.db;
      for (const q of ['zwaluwnest', 'ooievaar', 'paspoortaanvraag', 'rijbewys verlengen', 'kliko kapot', 'pas']) {
        const kept = (await searchArticles(t.database.db, { q, limit: 5, audience: 'staff' })).map((h) => [h.id, h.score]);
        const built = (await searchArticles(fresh, { q, limit: 5, audience: 'staff' })).map((h) => [h.id, h.score]);
        expect(built, q).toEqual(kept);
        expect((await there(q))).toEqual(kept.map(([hit]) => hit));
      }

      expect((await t.call(DEMO.admin, 'DELETE', `/api/knowledge/articles/${id}`)).statusCode).toBe(204);
      expect(await there('zwaluwnest')).not.toContain(id);
    } finally {
      await second.close();
    }
  });
});
