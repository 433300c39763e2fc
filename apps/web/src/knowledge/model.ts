// The knowledge base (kennisbank) as the web app shows it. Every shape is the API's own, inferred
// from its zod schemas in @helder/domain, so the screens and the server cannot drift apart.
import {
  canEditKnowledge,
  hasRole,
  type KnowledgeArticle,
  type KnowledgeArticleSummary,
  type knowledgeArticleListSchema,
  type knowledgeSearchResultSchema,
  type knowledgeSynonymsSchema,
  type KnowledgeVersion,
} from '@helder/domain';
import type { z } from 'zod';
import type { Me } from '../api/types';

export type { KnowledgeArticle, KnowledgeArticleSummary, KnowledgeB1, KnowledgeFeedback, KnowledgeSearchHit, KnowledgeVersion } from '@helder/domain';
export type KnowledgeArticleList = z.infer<typeof knowledgeArticleListSchema>;
export type KnowledgeSearchResult = z.infer<typeof knowledgeSearchResultSchema>;
export type KnowledgeSynonyms = z.infer<typeof knowledgeSynonymsSchema>;

/** An article as a contact lists it (GET /api/contacts/:id, `knowledgeArticles`). */
export type { KnowledgeArticleRef } from '@helder/domain';

export const knowledgePath = (id: string) => `/kennisbank/${id}`;

/** Editors and administrators write, publish and restore; everyone else reads. */
export function isEditor(me: Me | null): boolean {
  return !!me && canEditKnowledge(me);
}

/** Editors, and the second line and team lead of the team that owns the article, mark feedback as handled. */
export function mayResolveFeedback(me: Me | null, article: Pick<KnowledgeArticle, 'teamId'>): boolean {
  if (isEditor(me)) return true;
  return !!me?.teamId && me.teamId === article.teamId && hasRole(me, 'second_line', 'team_lead');
}

/** The share of uses after which the contact was still handed over, 0..1; null when never used. */
export function handoverShare(a: Pick<KnowledgeArticleSummary, 'useCount' | 'handedOverCount'>): number | null {
  return a.useCount > 0 ? a.handedOverCount / a.useCount : null;
}

export const percent = (share: number) => `${Math.round(share * 100)}%`;

/** "1 keer", "3 keer". */
export const times = (n: number) => `${n} keer`;

/** What happened in a version, in words: "Gepubliceerd", "Hersteld van versie 2". */
export function versionEventLabel(v: Pick<KnowledgeVersion, 'event' | 'restoredFrom' | 'b1Confirmed'>): string {
  switch (v.event) {
    case 'created':
      return 'Aangemaakt';
    case 'saved':
      return v.b1Confirmed ? 'Opgeslagen, met bevestiging: niet op B1-niveau' : 'Opgeslagen';
    case 'published':
      return v.b1Confirmed ? 'Gepubliceerd, met bevestiging: niet op B1-niveau' : 'Gepubliceerd';
    case 'restored':
      return v.restoredFrom ? `Hersteld van versie ${v.restoredFrom}` : 'Hersteld';
    case 'archived':
      return 'Gearchiveerd';
  }
}

/** The event in a few words, for a list of versions to choose from: "gepubliceerd". */
export function versionShortLabel(v: Pick<KnowledgeVersion, 'event' | 'restoredFrom'>): string {
  const words = { created: 'aangemaakt', saved: 'opgeslagen', published: 'gepubliceerd', archived: 'gearchiveerd', restored: 'hersteld' } as const;
  return v.event === 'restored' && v.restoredFrom ? `hersteld van versie ${v.restoredFrom}` : words[v.event];
}

/** Split "paspoort, id-kaart ,  reisdocument" into clean keywords, each once. */
export function parseKeywords(text: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const part of text.split(/[,;\n]/)) {
    const word = part.trim().replace(/\s+/g, ' ');
    const key = word.toLowerCase();
    if (word && !seen.has(key)) {
      seen.add(key);
      out.push(word);
    }
  }
  return out;
}

/** The answer's HTML as plain text, blocks on their own lines (for the comparison of versions). */
export function htmlToText(html: string): string {
  const doc = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  const lines: string[] = [];
  let current = '';
  // A list item's bullet waits for its first words (they are often in a <p> of their own).
  let bullet = '';
  const flush = () => {
    if (current.trim()) lines.push(current.replace(/\s+/g, ' ').trim());
    current = '';
  };
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      const text = node.textContent ?? '';
      if (!text.trim() && !current) return;
      current += (current ? '' : bullet) + text;
      if (text.trim()) bullet = '';
      return;
    }
    if (!(node instanceof Element)) return;
    const block = /^(P|H[1-6]|LI|UL|OL|DIV|BR)$/.test(node.tagName);
    if (block) flush();
    if (node.tagName === 'LI') bullet = '• ';
    node.childNodes.forEach(walk);
    if (block) flush();
  };
  doc.body.childNodes.forEach(walk);
  flush();
  return lines.join('\n');
}

/**
 * The answer's headings one level lower (h2 → h3), for a page where the answer sits under a
 * heading of its own, so the outline stays in order. The HTML is the server's sanitised answer.
 */
export function nestHeadings(html: string): string {
  return html.replace(/<(\/?)h([2-5])(?=[\s>])/gi, (_m, slash: string, level: string) => `<${slash}h${Number(level) + 1}`);
}

const dateWithYear = new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', day: 'numeric', month: 'short', year: 'numeric' });
/** "31 jan 2030": a review date is often years ahead, so the year is always there. */
export const formatReviewDate = (date: string) => dateWithYear.format(new Date(`${date}T12:00:00Z`));
