// The demo knowledge base: the articles of knowledge-articles.ts go in through KnowledgeService,
// as an editor would make them (so versions, the B1 check and the search index are right), with
// one to three versions each, review dates around the demo's today, feedback from the contact
// centre and the synonyms. Then a share of the history's contacts is linked to an answer of its
// product in two statements, so the KPI and the use counts have figures.
import { addDays, amsterdamDate, type Role } from '@helder/domain';
import { eq, inArray, sql } from 'drizzle-orm';
import { FixedClock } from '../clock.js';
import type { Db } from '../db/client.js';
import { employees, products, teams } from '../db/schema.js';
import type { RequestContext } from '../http/context.js';
import { linkDemoUses } from '../knowledge/repository.js';
import { KnowledgeService } from '../knowledge/service.js';
import { DEMO_ARTICLES, DEMO_SYNONYMS } from './knowledge-articles.js';

const DAY = 86_400_000;
/** How far back contacts are linked to answers: the knowledge base is a few months old. */
export const DEMO_USE_DAYS = 120;

/** The demo's editor and a contact-centre employee, as the service sees them. */
async function contextFor(db: Db, email: string): Promise<RequestContext> {
  const [row] = await db.select().from(employees).where(eq(employees.email, email)).limit(1);
  if (!row) throw new Error(`demo: no employee ${email}`);
  return { actor: { id: row.id, name: row.name, email: row.email, roles: row.roles as Role[], teamId: row.teamId, sessionHash: '' }, ip: '127.0.0.1' };
}

/** The part of an answer before its last heading: what the first version said. */
function firstDraft(html: string): string {
  const cut = html.lastIndexOf('<h2>');
  return cut > 0 ? html.slice(0, cut).trim() : html;
}

export async function seedKnowledge(db: Db, options: { end: Date; linkContacts: boolean }): Promise<{ articles: number; uses: number }> {
  const clock = new FixedClock(options.end);
  // The demo's history is generated, not done by anyone: like the contacts, it writes no audit events.
  const knowledge = new KnowledgeService(db, clock, { record: async () => {} });
  const editor = await contextFor(db, 'redacteur@dronten.demo');
  const kcc = await contextFor(db, 'kcc@dronten.demo');
  const productNames = [...new Set(DEMO_ARTICLES.map((a) => a.product).filter((p): p is string => !!p))];
  const productIds = new Map((productNames.length ? await db.select({ id: products.id, name: products.name }).from(products).where(inArray(products.name, productNames)) : []).map((p) => [p.name, p.id]));
  const teamIds = new Map((await db.select({ id: teams.id, name: teams.name }).from(teams)).map((t) => [t.name, t.id]));
  const today = amsterdamDate(options.end);

  for (const [i, demo] of DEMO_ARTICLES.entries()) {
    // Written between about thirteen and three months ago, one after the other.
    const started = options.end.getTime() - (400 - 4 * i) * DAY;
    clock.set(new Date(started));
    const input = {
      title: demo.title,
      question: demo.question,
      answer: demo.answerHtml,
      keywords: demo.keywords,
      productId: demo.product ? (productIds.get(demo.product) ?? null) : null,
      teamId: teamIds.get(demo.team) ?? null,
      visibility: demo.visibility,
      reviewBy: addDays(today, demo.reviewInDays),
    };
    // One in three started shorter and was completed a few days later; one in three got more keywords.
    const variant = i % 3;
    const id = await knowledge.createDraft(editor, variant === 0 ? { ...input, answer: firstDraft(demo.answerHtml) } : variant === 2 ? { ...input, keywords: demo.keywords.slice(0, 1) } : input, { slug: demo.slug });
    if (variant !== 1) {
      clock.set(new Date(started + 3 * DAY + 2 * 3600_000));
      await knowledge.save(editor, id, { answer: demo.answerHtml, keywords: demo.keywords });
    }
    if (demo.status === 'published') {
      clock.set(new Date(started + 5 * DAY));
      // The editor confirms where a public answer is not at B1 yet (recorded on the version).
      await knowledge.publishOnly(editor, id, { confirmNotB1: true });
    }
    for (const [k, feedback] of (demo.feedback ?? []).entries()) {
      clock.set(new Date(options.end.getTime() - (3 + 5 * k + (i % 7)) * DAY));
      await knowledge.addFeedback(kcc, id, feedback);
    }
  }
  clock.set(new Date(options.end.getTime() - 30 * DAY));
  await knowledge.replaceSynonyms(editor, DEMO_SYNONYMS);

  let uses = 0;
  if (options.linkContacts) {
    // About a third of the contacts of the last four months: fewer at first, more as the contact
    // centre got used to the knowledge base; a contact handed over anyway counts as such.
    uses = await linkDemoUses(db, {
      end: options.end,
      days: DEMO_USE_DAYS,
      percent: (age) => sql`(case when ${age} < 30 then 47 when ${age} < 60 then 43 when ${age} < 90 then 38 else 32 end)`,
    });
  }
  return { articles: DEMO_ARTICLES.length, uses };
}
