// The knowledge base through the API: articles that keep every version (restore included), the B1
// check and its recorded confirmation, archiving, internal answers that never leave the building,
// editor-only writes, feedback and who resolves it, synonyms, answers linked to contacts with the
// KPI built on them, bad input, and the public pages as plain HTML without JavaScript.
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { FixedClock } from '../../src/clock.js';
import { rowsOf } from '../../src/db/client.js';
import { auditEvents, knowledgeArticleUses } from '../../src/db/schema.js';
import { knowledgeBaseContactsByMonthDirect } from '../../src/kpis/repository.js';
import { createTestApp, DEMO, type TestApp } from '../support/app.js';
import { contactBody, createEmployee, expectError, fieldsOf, UNKNOWN_ID, unique } from '../support/http.js';

const clock = new FixedClock(new Date('2027-02-10T10:00:00+01:00'));
let t: TestApp;

/** Long officialese: not at B1. */
const HARD = '<p>Teneinde uw aanvraag in behandeling te kunnen nemen, dient u, alvorens de betreffende documenten worden overgelegd, zorg te dragen voor de tijdige indiening van het volledig ingevulde aanvraagformulier, vergezeld van een recente pasfoto alsmede een kopie van een geldig legitimatiebewijs, conform de daartoe strekkende bepalingen van de gemeentelijke verordening.</p>';
/** Short sentences in plain words: B1. */
const EASY = '<p>U vraagt een paspoort aan bij de balie. Maak eerst een afspraak. Neem een pasfoto mee. U betaalt met uw pinpas.</p>';

/** A word no other article has, to search for. */
function word(prefix: string): string {
  return `${prefix}${Math.random().toString(36).replace(/[^a-z]/g, '').slice(0, 6)}`;
}

async function createArticle(body: Record<string, unknown> = {}, as: string = DEMO.editor) {
  const response = await t.call(as, 'POST', '/api/knowledge/articles', { title: unique('Paspoort aanvragen'), answer: EASY, visibility: 'public', ...body });
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

async function publish(id: string, body: Record<string, unknown> = {}, as: string = DEMO.editor) {
  const response = await t.call(as, 'POST', `/api/knowledge/articles/${id}/publish`, body);
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

async function published(body: Record<string, unknown> = {}) {
  const article = await createArticle(body);
  return publish(article.id, { confirmNotB1: true });
}

async function get(id: string, as: string = DEMO.kcc) {
  const response = await t.call(as, 'GET', `/api/knowledge/articles/${id}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

async function staffSearch(q: string) {
  const response = await t.call(DEMO.kcc, 'GET', `/api/knowledge/search?q=${encodeURIComponent(q)}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json().items as { id: string; slug: string; title: string; snippet: string; visibility: string }[];
}

async function publicSearch(q: string) {
  const response = await t.call(null, 'GET', `/api/public/knowledge/search?q=${encodeURIComponent(q)}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json().items as { slug: string; title: string; url: string }[];
}

beforeAll(async () => {
  t = await createTestApp({ clock, config: { publicFormLimitPerHour: 1000 } });
});
afterAll(() => t?.close());

describe('articles and their versions', () => {
  test('an editor makes a draft, version 1, with the B1 check, a slug from the title and sanitised HTML', async () => {
    const title = `Één paspoort aanvragen (snel) ${word('t')}`;
    const response = await t.call(DEMO.editor, 'POST', '/api/knowledge/articles', {
      title,
      question: 'Hoe vraag ik een paspoort aan?',
      answer: `${HARD}<script>alert(1)</script><p onclick="x()">Zie <a href="javascript:alert(1)">hier</a> of <a href="https://www.dronten.nl/paspoort" target="_blank">de website</a>.</p><img src="x" onerror="alert(1)">`,
      keywords: ['paspoort', 'Paspoort', ' reisdocument '],
      productId: t.product('Paspoort').id,
      visibility: 'public',
      reviewBy: '2027-06-01',
    });
    expect(response.statusCode, response.body).toBe(201);
    const article = response.json();
    expect(article).toMatchObject({ status: 'draft', version: 1, visibility: 'public', productName: 'Paspoort', teamName: 'Burgerzaken', reviewBy: '2027-06-01', reviewOverdue: false, useCount: 0 });
    expect(article.slug).toBe(`een-paspoort-aanvragen-snel-${title.split(' ').pop()}`);
    expect(article.keywords).toEqual(['paspoort', 'reisdocument']);
    expect(article.answer).not.toMatch(/script|onclick|onerror|javascript|<img|target=/);
    expect(article.answer).toContain('<a href="https://www.dronten.nl/paspoort" rel="noopener">de website</a>');
    expect(article.answer).toContain('Zie hier of');
    expect(article.b1.isB1).toBe(false);
    expect(article.b1.level).toMatch(/^(B2|C1)$/);
    expect(article.b1.findings.length).toBeGreaterThan(0);
    expect(article.b1.findings.length).toBeLessThanOrEqual(50);
    expect(article.b1.findings.some((f: { excerpt: string }) => f.excerpt === 'Teneinde')).toBe(true);
    expect(article.versions).toHaveLength(1);
    expect(article.versions[0]).toMatchObject({ version: 1, event: 'created', authorName: 'Lisa Kramer', b1Confirmed: false });

    // The same title again: its own address.
    const again = await createArticle({ title });
    expect(again.slug).toBe(`${article.slug}-2`);
    // Without a product: the editor's own team owns it.
    expect((await createArticle({ productId: null })).teamName).toBe('Communicatie');
    // A team given wins over the product's.
    expect((await createArticle({ productId: t.product('Paspoort').id, teamId: t.team('Klantcontactcentrum').id })).teamName).toBe('Klantcontactcentrum');
  });

  test('every save is a new version; the slug stays; an old version can be restored as a new one', async () => {
    const article = await createArticle({ title: 'Rijbewijs verlengen', answer: EASY, keywords: ['rijbewijs'] });
    const saved = await t.call(DEMO.editor, 'PATCH', `/api/knowledge/articles/${article.id}`, { title: 'Rijbewijs verlengen of vervangen', answer: HARD });
    expect(saved.statusCode, saved.body).toBe(200);
    const v2 = saved.json();
    expect(v2).toMatchObject({ version: 2, title: 'Rijbewijs verlengen of vervangen', slug: article.slug, isB1: false });
    expect(v2.versions.map((v: { version: number; event: string }) => [v.version, v.event])).toEqual([[2, 'saved'], [1, 'created']]);
    expect(v2.versions[1].answer).toBe(EASY);

    const restored = await t.call(DEMO.editor, 'PATCH', `/api/knowledge/articles/${article.id}`, { restoreVersion: 1 });
    expect(restored.statusCode, restored.body).toBe(200);
    const v3 = restored.json();
    expect(v3).toMatchObject({ version: 3, title: 'Rijbewijs verlengen', answer: EASY, isB1: true, slug: article.slug });
    expect(v3.versions[0]).toMatchObject({ version: 3, event: 'restored', restoredFrom: 1, authorName: 'Lisa Kramer' });

    const audit = await t.database.db.select().from(auditEvents).where(and(eq(auditEvents.entityType, 'knowledge_article'), eq(auditEvents.entityId, article.id)));
    expect(audit.map((e) => e.action).sort()).toEqual(['create', 'restore', 'update']);

    expect(fieldsOf(expectErrorOf(await t.call(DEMO.editor, 'PATCH', `/api/knowledge/articles/${article.id}`, { restoreVersion: 99 }), 400))).toHaveProperty('restoreVersion');
    expect(fieldsOf(expectErrorOf(await t.call(DEMO.editor, 'PATCH', `/api/knowledge/articles/${article.id}`, { restoreVersion: 1, title: 'Ook iets anders' }), 400))).toHaveProperty('restoreVersion');
    // Clearing the question and the review date.
    const cleared = (await t.call(DEMO.editor, 'PATCH', `/api/knowledge/articles/${article.id}`, { question: '', reviewBy: null })).json();
    expect(cleared).toMatchObject({ question: null, reviewBy: null, version: 4 });
  });

  test('publishing a public answer that is not at B1 asks for a confirmation, which is recorded and audited', async () => {
    const hard = await createArticle({ answer: HARD });
    const refused = await t.call(DEMO.editor, 'POST', `/api/knowledge/articles/${hard.id}/publish`, {});
    expectError(refused, 409, 'b1_confirmation_needed');
    expect((await get(hard.id)).status).toBe('draft');

    const done = await publish(hard.id, { confirmNotB1: true });
    expect(done).toMatchObject({ status: 'published', version: 2 });
    expect(done.publishedAt).toBe(clock.now().toISOString());
    expect(done.versions[0]).toMatchObject({ version: 2, event: 'published', b1Confirmed: true });
    const [event] = await t.database.db.select().from(auditEvents).where(and(eq(auditEvents.action, 'publish'), eq(auditEvents.entityId, hard.id)));
    expect(event!.detail).toMatchObject({ confirmNotB1: true, isB1: false });

    // Saving it while published needs the confirmation again; with it, the version records it.
    expectError(await t.call(DEMO.editor, 'PATCH', `/api/knowledge/articles/${hard.id}`, { keywords: ['reis'] }), 409, 'b1_confirmation_needed');
    const saved = await t.call(DEMO.editor, 'PATCH', `/api/knowledge/articles/${hard.id}`, { keywords: ['reis'], confirmNotB1: true });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ status: 'published', version: 3 });
    expect(saved.json().versions[0]).toMatchObject({ event: 'saved', b1Confirmed: true });

    // A B1 answer, and an internal work instruction, publish without a confirmation.
    expect((await publish((await createArticle({ answer: EASY })).id)).versions[0].b1Confirmed).toBe(false);
    expect((await publish((await createArticle({ answer: HARD, visibility: 'internal' })).id)).status).toBe('published');
    // Publishing twice changes nothing.
    expect((await publish(hard.id)).version).toBe(3);
  });

  test('archiving takes an article out of search and the public side, and keeps it with its history', async () => {
    const term = word('kwijtraak');
    const article = await published({ title: `Paspoort ${term} kwijt`, answer: `<p>Bent u uw paspoort kwijt? Meld het bij de gemeente. Zoekwoord ${term}.</p>` });
    expect((await staffSearch(term)).map((h) => h.id)).toContain(article.id);
    expect((await publicSearch(term)).map((h) => h.slug)).toContain(article.slug);

    const archived = await t.call(DEMO.editor, 'DELETE', `/api/knowledge/articles/${article.id}`);
    expect(archived.statusCode, archived.body).toBe(204);
    expect(await staffSearch(term)).toEqual([]);
    expect(await publicSearch(term)).toEqual([]);
    expectError(await t.call(null, 'GET', `/api/public/knowledge/articles/${article.slug}`), 404, 'not_found');

    const kept = await get(article.id);
    expect(kept.status).toBe('archived');
    expect(kept.versions.map((v: { event: string }) => v.event)).toEqual(['archived', 'published', 'created']);
    expectError(await t.call(DEMO.editor, 'PATCH', `/api/knowledge/articles/${article.id}`, { title: 'Nieuw' }), 409, 'archived');
    expectError(await t.call(DEMO.kcc, 'POST', `/api/knowledge/articles/${article.id}/feedback`, { kind: 'unclear' }), 409, 'archived');
    // Archiving twice changes nothing.
    expect((await t.call(DEMO.editor, 'DELETE', `/api/knowledge/articles/${article.id}`)).statusCode).toBe(204);
    expect((await get(article.id)).version).toBe(kept.version);

    // Not in the list by default; on request.
    const list = (await t.call(DEMO.kcc, 'GET', `/api/knowledge/articles?q=${term}`)).json();
    expect(list.items).toEqual([]);
    const archivedList = (await t.call(DEMO.kcc, 'GET', `/api/knowledge/articles?q=${term}&status=archived`)).json();
    expect(archivedList.items.map((i: { id: string }) => i.id)).toEqual([article.id]);

    // Published again: back in search.
    expect((await publish(article.id)).status).toBe('published');
    expect((await staffSearch(term)).map((h) => h.id)).toContain(article.id);
  });
});

describe('visibility', () => {
  test('an internal work instruction is found by staff, never by the public API or pages', async () => {
    const term = word('werkinstructie');
    const internal = await published({ title: `Werkinstructie ${term}`, answer: `<p>Controleer eerst het adres. ${term}.</p>`, visibility: 'internal' });
    const draft = await createArticle({ title: `Concept ${term}`, answer: `<p>Nog niet klaar. ${term}.</p>` });
    const hits = await staffSearch(term);
    expect(hits.map((h) => h.id)).toEqual([internal.id]);
    expect(hits[0]!.visibility).toBe('internal');
    expect(hits[0]!.snippet).toContain(term);

    expect(await publicSearch(term)).toEqual([]);
    expectError(await t.call(null, 'GET', `/api/public/knowledge/articles/${internal.slug}`), 404);
    expectError(await t.call(null, 'GET', `/api/public/knowledge/articles/${draft.slug}`), 404);
    expectError(await t.call(null, 'POST', `/api/public/knowledge/articles/${internal.slug}/clear`, { clear: true }), 404);
    const page = await t.call(null, 'GET', `/vragen/${internal.slug}`);
    expect(page.statusCode).toBe(404);
    expect(String(page.headers['content-type'])).toContain('text/html');
    expect(page.body).not.toContain(term);
    const results = await t.call(null, 'GET', `/vragen?q=${term}`);
    expect(results.statusCode).toBe(200);
    expect(results.body).not.toContain(internal.slug);
    expect(results.body).toContain('Wij vonden geen antwoord');
  });
});

describe('who may do what', () => {
  test('editors and administrators write; the contact centre reads, flags and gets 403 on writes', async () => {
    const article = await createArticle();
    expect((await createArticle({}, DEMO.admin)).status).toBe('draft');
    for (const as of [DEMO.kcc, DEMO.secondLine, DEMO.teamLead]) {
      expectError(await t.call(as, 'POST', '/api/knowledge/articles', { title: 'Niet toegestaan', answer: EASY, visibility: 'public' }), 403, 'forbidden');
      expectError(await t.call(as, 'PATCH', `/api/knowledge/articles/${article.id}`, { title: 'Anders' }), 403, 'forbidden');
      expectError(await t.call(as, 'POST', `/api/knowledge/articles/${article.id}/publish`, {}), 403, 'forbidden');
      expectError(await t.call(as, 'DELETE', `/api/knowledge/articles/${article.id}`), 403, 'forbidden');
      expectError(await t.call(as, 'PUT', '/api/knowledge/synonyms', { items: [] }), 403, 'forbidden');
      expect((await t.call(as, 'GET', `/api/knowledge/articles/${article.id}`)).statusCode).toBe(200);
      expect((await t.call(as, 'GET', '/api/knowledge/articles')).statusCode).toBe(200);
      expect((await t.call(as, 'GET', '/api/knowledge/synonyms')).statusCode).toBe(200);
    }
    // Staff read drafts too (the list shows every status but archived).
    const drafts = (await t.call(DEMO.kcc, 'GET', '/api/knowledge/articles?status=draft&limit=100')).json();
    expect(drafts.items.every((i: { status: string }) => i.status === 'draft')).toBe(true);
    expectError(await t.call(null, 'GET', '/api/knowledge/articles'), 401, 'unauthenticated');
    expectError(await t.call(null, 'GET', '/api/knowledge/search?q=paspoort'), 401, 'unauthenticated');
  });
});

describe('feedback', () => {
  test('the contact centre flags an article; the owning team or the editors resolve it', async () => {
    const article = await published({ productId: t.product('Paspoort').id }); // owned by Burgerzaken
    const flagged = await t.call(DEMO.kcc, 'POST', `/api/knowledge/articles/${article.id}/feedback`, { kind: 'missing', note: '  De prijs voor kinderen ontbreekt.  ' });
    expect(flagged.statusCode, flagged.body).toBe(201);
    const feedback = flagged.json();
    expect(feedback).toMatchObject({ kind: 'missing', note: 'De prijs voor kinderen ontbreekt.', createdByName: 'Sanne de Boer', resolvedAt: null });

    const detail = await get(article.id);
    expect(detail.openFeedback).toBe(1);
    expect(detail.feedback[0].id).toBe(feedback.id);
    const attention = (await t.call(DEMO.teamLead, 'GET', `/api/knowledge/articles?attention=true&teamId=${t.team('Burgerzaken').id}&limit=100`)).json();
    expect(attention.items.map((i: { id: string }) => i.id)).toContain(article.id);

    // The contact centre flags, but does not resolve; nor does another team's second line.
    expectError(await t.call(DEMO.kcc, 'POST', `/api/knowledge/feedback/${feedback.id}/resolve`), 403, 'forbidden');
    const outsider = await createEmployee(t, ['second_line'], t.team('Belastingen').id);
    expectError(await t.call(outsider.email, 'POST', `/api/knowledge/feedback/${feedback.id}/resolve`), 403, 'forbidden');
    const resolved = await t.call(DEMO.teamLead, 'POST', `/api/knowledge/feedback/${feedback.id}/resolve`);
    expect(resolved.statusCode, resolved.body).toBe(200);
    expect(resolved.json().resolvedAt).toBe(clock.now().toISOString());
    // Again: the same answer, no second event.
    expect((await t.call(DEMO.editor, 'POST', `/api/knowledge/feedback/${feedback.id}/resolve`)).json().resolvedAt).toBe(resolved.json().resolvedAt);
    const events = await t.database.db.select().from(auditEvents).where(and(eq(auditEvents.entityType, 'knowledge_feedback'), eq(auditEvents.entityId, feedback.id)));
    expect(events.map((e) => e.action)).toEqual(['resolve']);
    expect((await get(article.id)).openFeedback).toBe(0);

    // An editor resolves any feedback.
    const other = (await t.call(DEMO.secondLine, 'POST', `/api/knowledge/articles/${article.id}/feedback`, { kind: 'incorrect' })).json();
    expect(other.note).toBeNull();
    expect((await t.call(DEMO.editor, 'POST', `/api/knowledge/feedback/${other.id}/resolve`)).statusCode).toBe(200);

    expectError(await t.call(DEMO.editor, 'POST', `/api/knowledge/feedback/${UNKNOWN_ID}/resolve`), 404, 'not_found');
    expectError(await t.call(DEMO.kcc, 'POST', `/api/knowledge/articles/${UNKNOWN_ID}/feedback`, { kind: 'unclear' }), 404, 'not_found');
    const bad = await t.call(DEMO.kcc, 'POST', `/api/knowledge/articles/${article.id}/feedback`, { kind: 'boos', note: 5 });
    expectError(bad, 400, 'validation_failed');
    expect(Object.keys(fieldsOf(bad))).toEqual(expect.arrayContaining(['kind', 'note']));
  });
});

describe('synonyms', () => {
  test('editors keep the list: lower case, without accents, doubles refused per field', async () => {
    expect((await t.call(DEMO.kcc, 'GET', '/api/knowledge/synonyms')).json()).toEqual({ items: [] });
    const put = await t.call(DEMO.editor, 'PUT', '/api/knowledge/synonyms', {
      items: [
        { term: 'Kliko', synonyms: ['Container', 'minicontainer', 'container', 'kliko'] },
        { term: 'Café', synonyms: ['Horeca'] },
      ],
    });
    expect(put.statusCode, put.body).toBe(200);
    const items = put.json().items as { term: string; synonyms: string[]; updatedAt: string }[];
    expect(items.map((i) => [i.term, i.synonyms])).toEqual([['cafe', ['horeca']], ['kliko', ['container', 'minicontainer']]]);
    expect(items[0]!.updatedAt).toBe(clock.now().toISOString());

    for (const [body, field] of [
      [{ items: [{ term: 'kliko', synonyms: ['bak'] }, { term: 'KLIKO', synonyms: ['ton'] }] }, 'items.1.term'],
      [{ items: [{ term: 'kliko', synonyms: [] }] }, 'items.0.synonyms'],
      [{ items: [{ term: 'kliko', synonyms: ['kliko'] }] }, 'items.0.synonyms'],
      [{ items: [{ term: '!!!', synonyms: ['bak'] }] }, 'items.0.term'],
      [{ items: [{ term: '', synonyms: ['bak'] }] }, 'items.0.term'],
      [{ items: 'kliko' }, 'items'],
      [{}, 'items'],
    ] as const) {
      const response = await t.call(DEMO.editor, 'PUT', '/api/knowledge/synonyms', body);
      expectError(response, 400, 'validation_failed');
      expect(fieldsOf(response), JSON.stringify(body)).toHaveProperty(field);
    }
    // A refused list changes nothing; an empty list clears it.
    expect((await t.call(DEMO.kcc, 'GET', '/api/knowledge/synonyms')).json().items).toHaveLength(2);
    const events = await t.database.db.select().from(auditEvents).where(eq(auditEvents.entityType, 'knowledge_synonyms'));
    expect(events).toHaveLength(1);
    expect(events[0]!.detail).toMatchObject({ added: ['kliko', 'cafe'], removed: [] });
    expect((await t.call(DEMO.editor, 'PUT', '/api/knowledge/synonyms', { items: [] })).json()).toEqual({ items: [] });
  });
});

describe('answers used in contacts', () => {
  test('a contact links published answers: use counts, handed-over counts, shown on the contact', async () => {
    const a = await published({ productId: t.product('Paspoort').id });
    const b = await published({ productId: t.product('Paspoort').id, title: unique('Aaa paspoort kwijt') });
    const first = await t.call(DEMO.kcc, 'POST', '/api/contacts', contactBody({ productId: t.product('Paspoort').id, knowledgeArticleIds: [a.id, b.id, a.id] }));
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json().knowledgeArticles).toEqual([{ id: b.id, slug: b.slug, title: b.title }, { id: a.id, slug: a.slug, title: a.title }]);
    const handedOver = await t.call(DEMO.kcc, 'POST', '/api/contacts', contactBody({
      productId: t.product('Paspoort').id,
      resolution: 'handed_over',
      customer: { name: 'Jan Jansen', phone: '0612345678' },
      callbackRequest: { teamId: t.team('Burgerzaken').id, question: 'Wanneer is mijn paspoort klaar?', replyBy: 'phone' },
      knowledgeArticleIds: [a.id],
    }));
    expect(handedOver.statusCode, handedOver.body).toBe(201);

    // Without a product (and so without a team) too.
    const general = await t.call(DEMO.kcc, 'POST', '/api/contacts', contactBody({ knowledgeArticleIds: [b.id] }));
    expect(general.statusCode, general.body).toBe(201);
    expect(general.json().knowledgeArticles.map((k: { id: string }) => k.id)).toEqual([b.id]);

    expect(await get(a.id)).toMatchObject({ useCount: 2, handedOverCount: 1 });
    expect(await get(b.id)).toMatchObject({ useCount: 2, handedOverCount: 0 });
    const shown = (await t.call(DEMO.kcc, 'GET', `/api/contacts/${handedOver.json().id}`)).json();
    expect(shown.knowledgeArticles).toEqual([{ id: a.id, slug: a.slug, title: a.title }]);
    expect((await t.call(DEMO.kcc, 'GET', `/api/contacts/${(await t.call(DEMO.kcc, 'POST', '/api/contacts', contactBody())).json().id}`)).json().knowledgeArticles).toEqual([]);
    const [use] = await t.database.db.select().from(knowledgeArticleUses).where(eq(knowledgeArticleUses.contactId, handedOver.json().id));
    expect(use).toMatchObject({ articleId: a.id, handedOver: true, teamId: t.team('Burgerzaken').id, productId: t.product('Paspoort').id });
    expect(use!.occurredAt.toISOString()).toBe(clock.now().toISOString());

    // The editor's list of answers that do not solve questions: handed over most, first.
    const handover = (await t.call(DEMO.editor, 'GET', '/api/knowledge/articles?sort=handover&limit=100')).json().items as { id: string }[];
    expect(handover.findIndex((i) => i.id === a.id)).toBeLessThan(handover.findIndex((i) => i.id === b.id));
  });

  test('a draft, archived or unknown article refuses the whole registration with a Dutch message', async () => {
    const draft = await createArticle();
    const archived = await published();
    await t.call(DEMO.editor, 'DELETE', `/api/knowledge/articles/${archived.id}`);
    const count = async () => Number(rowsOf<{ n: string }>(await t.database.db.execute(sql`select count(*) as n from contacts`))[0]!.n);
    const before = await count();
    for (const ids of [[draft.id], [archived.id], [UNKNOWN_ID]]) {
      const response = await t.call(DEMO.kcc, 'POST', '/api/contacts', contactBody({ subject: unique('Geweigerd'), knowledgeArticleIds: ids }));
      expectError(response, 400, 'validation_failed');
      expect(fieldsOf(response)).toHaveProperty('knowledgeArticleIds');
    }
    expect(await count()).toBe(before);
    expect((await get(draft.id)).useCount).toBe(0);
    for (const [ids, field] of [[['geen-id'], 'knowledgeArticleIds.0'], [Array.from({ length: 11 }, () => UNKNOWN_ID), 'knowledgeArticleIds'], ['abc', 'knowledgeArticleIds']] as const) {
      const response = await t.call(DEMO.kcc, 'POST', '/api/contacts', contactBody({ knowledgeArticleIds: ids }));
      expectError(response, 400, 'validation_failed');
      expect(fieldsOf(response)).toHaveProperty(field);
    }
  });

  test('the KPI "Contacten beantwoord met de kennisbank" counts the contacts with at least one answer, per team and product', async () => {
    const passport = t.product('Paspoort').id;
    const woz = t.product('WOZ-waarde').id;
    const a = await published({ productId: passport });
    const b = await published({ productId: woz });
    const kpi = async (query: string) => {
      const response = await t.call(DEMO.teamLead, 'GET', `/api/kpis?from=2027-02-01&to=2027-02-28${query}`);
      expect(response.statusCode, response.body).toBe(200);
      return response.json().find((k: { id: string }) => k.id === 'contacts.knowledge_base_share');
    };
    const queries = ['', `&teamId=${t.team('Burgerzaken').id}`, `&productId=${woz}`, '&channel=phone', '&channel=email'];
    const before = await Promise.all(queries.map(kpi));
    const register = async (productId: string, ids: string[]) => {
      const response = await t.call(DEMO.kcc, 'POST', '/api/contacts', contactBody({ productId, subject: unique('KPI'), knowledgeArticleIds: ids }));
      expect(response.statusCode, response.body).toBe(201);
    };
    await register(passport, [a.id, b.id]); // two answers: one contact
    await register(passport, [a.id]);
    await register(passport, []);
    await register(woz, [b.id]);
    await register(woz, []);
    await register(woz, []);
    const after = await Promise.all(queries.map(kpi));
    const delta = (i: number) => [after[i].numerator - (before[i].numerator ?? 0), after[i].denominator - (before[i].denominator ?? 0)];
    expect(after[0]).toMatchObject({ name: 'Contacten beantwoord met de kennisbank', unit: 'share', requirement: 'R1.3, R3.3', scope: 'organisation' });
    expect(delta(0)).toEqual([3, 6]);
    expect(delta(1)).toEqual([2, 3]);
    expect(after[1].scope).toBe('team');
    expect(delta(2)).toEqual([1, 3]);
    expect(after[2].filtered).toBe(true);
    expect(delta(3)).toEqual([3, 6]);
    expect(after[4]).toMatchObject({ numerator: 0, denominator: 0, value: null });
    expect(after[0].value).toBeCloseTo(after[0].numerator / after[0].denominator);
    // The same as counting the raw rows.
    const direct = await knowledgeBaseContactsByMonthDirect(t.database.db, { from: new Date('2027-01-31T23:00:00Z'), to: new Date('2027-02-28T22:59:59.999Z'), fromDate: '2027-02-01', toDate: '2027-02-28' });
    expect(direct).toEqual([{ month: '2027-02-01', numerator: after[0].numerator, denominator: after[0].denominator }]);
    const rows = await t.database.db.select({ n: sql<number>`count(distinct ${knowledgeArticleUses.contactId})`.mapWith(Number) }).from(knowledgeArticleUses)
      .where(sql`${knowledgeArticleUses.occurredAt} >= '2027-02-01' and ${knowledgeArticleUses.occurredAt} < '2027-03-01'`);
    expect(rows[0]!.n).toBe(after[0].numerator);
  });
});

describe('the list', () => {
  test('filters, attention for overdue reviews, and keyset paging in every order', async () => {
    const tag = word('lijst');
    const team = t.team('Wmo').id;
    for (const [i, title] of ['Delta', 'alfa', 'Charlie', 'bravo', 'Echo'].entries()) {
      await createArticle({ title: `${title} ${tag}`, teamId: team, reviewBy: i === 2 ? '2027-01-01' : '2028-01-01' });
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const response = await t.call(DEMO.kcc, 'GET', `/api/knowledge/articles?q=${tag}&sort=title&limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      expect(response.statusCode, response.body).toBe(200);
      seen.push(...response.json().items.map((i: { title: string }) => i.title.split(' ')[0]));
      cursor = response.json().nextCursor;
    } while (cursor);
    expect(seen).toEqual(['alfa', 'bravo', 'Charlie', 'Delta', 'Echo']);

    const updated: string[] = [];
    cursor = null;
    do {
      const response = await t.call(DEMO.kcc, 'GET', `/api/knowledge/articles?q=${tag}&limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      updated.push(...response.json().items.map((i: { title: string }) => i.title.split(' ')[0]));
      cursor = response.json().nextCursor;
    } while (cursor);
    expect(new Set(updated).size).toBe(5);

    const overdue = (await t.call(DEMO.kcc, 'GET', `/api/knowledge/articles?q=${tag}&attention=true`)).json().items;
    expect(overdue.map((i: { title: string; reviewOverdue: boolean }) => [i.title.split(' ')[0], i.reviewOverdue])).toEqual([['Charlie', true]]);
    expect((await t.call(DEMO.kcc, 'GET', `/api/knowledge/articles?q=${tag}&teamId=${t.team('Belastingen').id}`)).json().items).toEqual([]);
    expect((await t.call(DEMO.kcc, 'GET', `/api/knowledge/articles?q=${tag}&visibility=internal`)).json().items).toEqual([]);
    // A cursor of one order is no cursor of another.
    const titleCursor = (await t.call(DEMO.kcc, 'GET', `/api/knowledge/articles?q=${tag}&sort=title&limit=1`)).json().nextCursor;
    expectError(await t.call(DEMO.kcc, 'GET', `/api/knowledge/articles?q=${tag}&cursor=${titleCursor}`), 400, 'invalid_cursor');
  });
});

describe('bad input', () => {
  test('answers 400 with Dutch messages per field, 404 for what does not exist, never a 5xx', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ answer: EASY, visibility: 'public' }, 'title'],
      [{ title: '   ', answer: EASY, visibility: 'public' }, 'title'],
      [{ title: 'x'.repeat(201), answer: EASY, visibility: 'public' }, 'title'],
      [{ title: 'Titel', visibility: 'public' }, 'answer'],
      [{ title: 'Titel', answer: '<script>alert(1)</script><img src=x>', visibility: 'public' }, 'answer'],
      [{ title: 'Titel', answer: EASY, visibility: 'geheim' }, 'visibility'],
      [{ title: 'Titel', answer: EASY, visibility: 'public', productId: 'abc' }, 'productId'],
      [{ title: 'Titel', answer: EASY, visibility: 'public', productId: UNKNOWN_ID }, 'productId'],
      [{ title: 'Titel', answer: EASY, visibility: 'public', teamId: UNKNOWN_ID }, 'teamId'],
      [{ title: 'Titel', answer: EASY, visibility: 'public', reviewBy: '31-12-2027' }, 'reviewBy'],
      [{ title: 'Titel', answer: EASY, visibility: 'public', keywords: Array.from({ length: 31 }, (_, i) => `w${i}`) }, 'keywords'],
      [{ title: 'Titel', answer: EASY, visibility: 'public', keywords: [''] }, 'keywords.0'],
      [{ title: 'Titel', answer: EASY, visibility: 'public', keywords: 'paspoort' }, 'keywords'],
      [{ title: 5, answer: EASY, visibility: 'public' }, 'title'],
    ];
    for (const [body, field] of cases) {
      const response = await t.call(DEMO.editor, 'POST', '/api/knowledge/articles', body);
      expectError(response, 400, 'validation_failed');
      expect(fieldsOf(response), JSON.stringify(body).slice(0, 100)).toHaveProperty(field);
    }
    const huge = await t.call(DEMO.editor, 'POST', '/api/knowledge/articles', { title: 'Titel', answer: `<p>${'woord '.repeat(200_000)}</p>`, visibility: 'public' });
    expectError(huge, [400, 413]);
    const broken = await t.app.inject({ method: 'POST', url: '/api/knowledge/articles', payload: '{"title": ', headers: { cookie: await t.login(DEMO.editor), 'content-type': 'application/json' } });
    expectError(broken, 400);

    const article = await createArticle();
    expectError(await t.call(DEMO.editor, 'PATCH', `/api/knowledge/articles/${article.id}`, { visibility: 'geheim' }), 400, 'validation_failed');
    expectError(await t.call(DEMO.editor, 'PATCH', `/api/knowledge/articles/${article.id}`, { restoreVersion: 0 }), 400, 'validation_failed');
    expectError(await t.call(DEMO.editor, 'PATCH', `/api/knowledge/articles/${article.id}`, { productId: UNKNOWN_ID }), 400, 'validation_failed');
    expectError(await t.call(DEMO.editor, 'POST', `/api/knowledge/articles/${article.id}/publish`, { confirmNotB1: 'ja' }), 400, 'validation_failed');

    for (const [method, url] of [
      ['GET', `/api/knowledge/articles/${UNKNOWN_ID}`],
      ['PATCH', `/api/knowledge/articles/${UNKNOWN_ID}`],
      ['DELETE', `/api/knowledge/articles/${UNKNOWN_ID}`],
      ['POST', `/api/knowledge/articles/${UNKNOWN_ID}/publish`],
    ] as const) {
      const response = await t.call(DEMO.editor, method, url, method === 'PATCH' ? { title: 'Nieuw' } : method === 'POST' ? {} : undefined);
      expect(expectError(response, 404, 'not_found').message).toBe('Dit antwoord bestaat niet in de kennisbank.');
    }
    expectError(await t.call(DEMO.editor, 'GET', '/api/knowledge/articles/geen-id'), 400, 'validation_failed');
    for (const query of ['sort=willekeurig', 'status=weg', 'attention=misschien', 'limit=0', 'limit=1000', 'cursor=%%%', 'cursor=eyJ4Ijox', `q=${'x'.repeat(201)}`, 'teamId=abc']) {
      expectError(await t.call(DEMO.kcc, 'GET', `/api/knowledge/articles?${query}`), 400);
    }
    for (const query of ['limit=0', 'limit=51', 'limit=abc', `q=${'x'.repeat(201)}`]) {
      expectError(await t.call(DEMO.kcc, 'GET', `/api/knowledge/search?${query}`), 400);
      expectError(await t.call(null, 'GET', `/api/public/knowledge/search?${query}`), 400);
    }
    expect((await t.call(DEMO.kcc, 'GET', '/api/knowledge/search?q=')).json()).toEqual({ items: [] });
    expect((await t.call(DEMO.kcc, 'GET', `/api/knowledge/search?q=${encodeURIComponent("'); drop table x; -- :* & | !")}`)).statusCode).toBe(200);
    expect((await t.call(null, 'GET', `/api/public/knowledge/search?q=${encodeURIComponent('\\ ( ) <> ** !!')}`)).statusCode).toBe(200);
    expectError(await t.call(null, 'GET', `/api/public/knowledge/articles/${'x'.repeat(201)}`), [400, 404, 414]);
    expectError(await t.call(null, 'GET', '/api/public/knowledge/articles/bestaat-niet'), 404, 'not_found');
  });
});

describe('the public pages and API', () => {
  test('/vragen searches without JavaScript, /vragen/<slug> shows the answer, and "duidelijk?" counts a plain form post', async () => {
    const term = word('grofvuil');
    const article = await published({
      title: `Grofvuil laten ophalen ${term}`,
      question: 'Hoe laat ik grofvuil ophalen?',
      answer: `<h2>Zo werkt het</h2><p>Maak online een afspraak. Zet het grofvuil ${term} buiten.</p><ul><li>Hoogstens 2 kuub.</li></ul><p>Lees meer op <a href="https://www.dronten.nl">de website</a>.</p>`,
      productId: t.product('Grofvuil ophalen').id,
    });

    const start = await t.call(null, 'GET', '/vragen');
    expect(start.statusCode).toBe(200);
    expect(String(start.headers['content-type'])).toContain('text/html');
    expect(start.body).toContain('<form method="get" action="/vragen" role="search"');
    expect(start.body).not.toMatch(/<script/i);

    const results = await t.call(null, 'GET', `/vragen?q=${term}`);
    expect(results.statusCode).toBe(200);
    expect(results.body).toContain(`href="/vragen/${article.slug}"`);
    expect(results.body).toContain(`value="${term}"`);
    expect(results.body).toContain('1 antwoord gevonden');
    expect(results.body).not.toMatch(/<script/i);
    expect(results.body).toContain('<meta name="robots" content="noindex">');

    expect((await t.call(null, 'GET', `/vragen?q=${term}&q=iets`)).body).toContain(`href="/vragen/${article.slug}"`);
    expect((await t.call(null, 'GET', `/vragen?q=${'x'.repeat(500)}`)).statusCode).toBe(200);

    const page = await t.call(null, 'GET', `/vragen/${article.slug}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Hoe laat ik grofvuil ophalen?');
    expect(page.body).toContain('<h2 class="utrecht-heading-2">Zo werkt het</h2>');
    expect(page.body).toContain('<a class="utrecht-link" href="https://www.dronten.nl" rel="noopener">de website</a>');
    expect(page.body).toContain('Dit antwoord gaat over: Grofvuil ophalen.');
    expect(page.body).toContain('Was dit antwoord duidelijk?');
    expect(page.body).toContain(`<form method="post" action="/api/public/knowledge/articles/${article.slug}/clear"`);
    expect(page.body).toContain('name="clear" value="ja"');
    expect(page.body).not.toMatch(/<script/i);
    expect(page.body).not.toContain('noindex');
    // The router ignores case: the same answer.
    expect((await t.call(null, 'GET', `/vragen/${article.slug.toUpperCase()}`)).statusCode).toBe(200);

    const form = { 'content-type': 'application/x-www-form-urlencoded' };
    const yes = await t.app.inject({ method: 'POST', url: `/api/public/knowledge/articles/${article.slug}/clear`, payload: 'clear=ja', headers: form });
    expect(yes.statusCode, yes.body).toBe(303);
    expect(yes.headers.location).toBe(`/vragen/${article.slug}?bedankt=1#duidelijk`);
    const thanks = await t.call(null, 'GET', `/vragen/${article.slug}?bedankt=1`);
    expect(thanks.body).toContain('Bedankt voor uw antwoord.');
    expect(thanks.body).not.toContain('name="clear"');
    const no = await t.app.inject({ method: 'POST', url: `/api/public/knowledge/articles/${article.slug}/clear`, payload: 'clear=nee', headers: form });
    expect(no.statusCode).toBe(303);
    const empty = await t.app.inject({ method: 'POST', url: `/api/public/knowledge/articles/${article.slug}/clear`, payload: '', headers: form });
    expect(empty.statusCode).toBe(303);
    expect(empty.headers.location).toBe(`/vragen/${article.slug}#duidelijk`);
    const json = await t.call(null, 'POST', `/api/public/knowledge/articles/${article.slug}/clear`, { clear: false });
    expect(json.statusCode, json.body).toBe(200);
    expect(json.json()).toEqual({ message: 'Bedankt voor uw antwoord.' });
    expectError(await t.call(null, 'POST', `/api/public/knowledge/articles/${article.slug}/clear`, { clear: 'misschien' }), 400, 'validation_failed');
    expect(await get(article.id)).toMatchObject({ clearYes: 1, clearNo: 2 });
    // A form post for an answer that does not exist: a page, not JSON.
    const gone = await t.app.inject({ method: 'POST', url: '/api/public/knowledge/articles/bestaat-niet/clear', payload: 'clear=ja', headers: form });
    expect(gone.statusCode).toBe(404);
    expect(String(gone.headers['content-type'])).toContain('text/html');
    // Another site cannot post the form.
    const crossSite = await t.app.inject({ method: 'POST', url: `/api/public/knowledge/articles/${article.slug}/clear`, payload: 'clear=ja', headers: { ...form, 'sec-fetch-site': 'cross-site' } });
    expect(crossSite.statusCode).toBe(403);

    // The public JSON API gives the same answer to the municipal website.
    const api = await t.call(null, 'GET', `/api/public/knowledge/articles/${article.slug}`);
    expect(api.statusCode, api.body).toBe(200);
    expect(api.json()).toEqual({
      slug: article.slug,
      title: article.title,
      question: 'Hoe laat ik grofvuil ophalen?',
      answer: article.answer,
      productName: 'Grofvuil ophalen',
      url: `/vragen/${article.slug}`,
      updatedAt: article.updatedAt,
    });
    expect(api.headers['x-ratelimit-limit']).toBeDefined();
    const hits = await publicSearch(term);
    expect(hits).toEqual([expect.objectContaining({ slug: article.slug, url: `/vragen/${article.slug}` })]);
    expect(Object.keys(hits[0]!).sort()).toEqual(['productName', 'question', 'slug', 'snippet', 'title', 'url']);

    const missing = await t.call(null, 'GET', '/vragen/bestaat-niet');
    expect(missing.statusCode).toBe(404);
    expect(String(missing.headers['content-type'])).toContain('text/html');
    expect(missing.body).toContain('Dit antwoord bestaat niet');
  });
});

function expectErrorOf(response: Parameters<typeof expectError>[0], status: number) {
  expectError(response, status);
  return response;
}
