// The access matrix of docs/security.md, generated from the routes the server registered, so the
// document cannot drift from the code (a test compares them; scripts/access-matrix.ts rewrites it).
import { ROLE_LABELS, ROLES } from '@helder/domain';
import type { RouteEntry } from './context.js';

/** Files of the built web app: public, one line in the matrix instead of one per file. */
export const isStaticFile = (route: RouteEntry) => !route.url.startsWith('/api') && /^\/[^:*]*\.[A-Za-z0-9]+$/.test(route.url);

export function accessMatrixMarkdown(routes: readonly RouteEntry[]): string {
  const rows = routes
    .filter((r) => r.method !== 'HEAD' && !isStaticFile(r))
    .sort((a, b) => a.url.localeCompare(b.url) || a.method.localeCompare(b.method));
  // One line per path and access, its methods together (the JSON 404 of unknown API paths takes all).
  const grouped = new Map<string, { url: string; auth: RouteEntry['auth']; methods: string[] }>();
  for (const route of rows) {
    const key = `${route.url} ${JSON.stringify(route.auth)}`;
    const group = grouped.get(key) ?? { url: route.url, auth: route.auth, methods: [] };
    if (!group.methods.includes(route.method)) group.methods.push(route.method);
    grouped.set(key, group);
  }
  // "API-sleutel": a system with a key from Beheer › Koppelingen (the Klantinteracties API); no session admits it.
  const lines = [`| route | anoniem | ${ROLES.map((role) => ROLE_LABELS[role]).join(' | ')} | API-sleutel |`, `|---|---|${ROLES.map(() => '---').join('|')}|---|`];
  for (const { url, auth, methods } of grouped.values()) {
    const cell = (role: (typeof ROLES)[number]) => (auth === 'public' || auth === 'staff' || (Array.isArray(auth) && auth.includes(role)) ? '✓' : '–');
    const verbs = methods.length > 4 ? 'any method' : methods.join(', ');
    lines.push(`| \`${verbs} ${url}\` | ${auth === 'public' ? '✓' : '–'} | ${ROLES.map(cell).join(' | ')} | ${auth === 'api_token' || auth === 'public' ? '✓' : '–'} |`);
  }
  lines.push(`| \`GET\` the web app's built files (\`/assets/…\`) | ✓ | ${ROLES.map(() => '✓').join(' | ')} | ✓ |`);
  return `${lines.join('\n')}\n`;
}

export const MATRIX_BEGIN = '<!-- access-matrix:begin (generated: npx tsx scripts/access-matrix.ts) -->';
export const MATRIX_END = '<!-- access-matrix:end -->';

/** The document with its matrix block replaced by `matrix`. */
export function withMatrix(document: string, matrix: string): string {
  const begin = document.indexOf(MATRIX_BEGIN);
  const end = document.indexOf(MATRIX_END);
  if (begin === -1 || end === -1) throw new Error('docs/security.md has no access-matrix block');
  return `${document.slice(0, begin + MATRIX_BEGIN.length)}\n${matrix}${document.slice(end)}`;
}
