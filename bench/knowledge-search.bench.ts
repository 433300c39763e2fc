// Knowledge base search at 5,000 articles (issue 12: p95 under 30 ms), on the embedded database
// (default) or PostgreSQL (DATABASE_URL names the server; the bench makes and drops its own
// database helder_bench_knowledge). The Dronten demo articles go in as the demo loads them; the
// rest are made from them (the same answers for other villages, groups and situations, with
// sentences of other answers and words of their own), so the vocabulary and the number of
// articles per word grow as in a real knowledge base. Searches go through the whole application
// (buildApp + inject, as the contact centre): the quality set's questions as residents type them,
// and the registration screen's searches while a subject is being typed (`pas`, `paspoort a`).
//   npx tsx bench/knowledge-search.bench.ts
//   DATABASE_URL=postgresql://postgres@127.0.0.1:5432/postgres npx tsx bench/knowledge-search.bench.ts
// Settings: BENCH_ARTICLES (5000), BENCH_ROUNDS (3: every query this many times).
import { cpus, totalmem } from 'node:os';
import { drizzle } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import { buildApp } from '../apps/server/src/app.js';
import { loadConfig } from '../apps/server/src/config.js';
import { type Database, type Db, migrateDatabase, openPglite, rowsOf } from '../apps/server/src/db/client.js';
import * as schema from '../apps/server/src/db/schema.js';
import { seedDemo } from '../apps/server/src/demo/seed.js';
import { reindexArticle } from '../apps/server/src/knowledge/search/indexer.js';
import { KNOWLEDGE_QUERIES } from '../apps/server/test/fixtures/knowledge-queries.js';
import { sql } from 'drizzle-orm';
import { percentile } from './server.js';

const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 5000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const SERVER_URL = process.env.DATABASE_URL;
const DB_NAME = 'helder_bench_knowledge';
const BAR_MS = 30;

const VARIANTS = [
  'in Biddinghuizen', 'in Swifterbant', 'in Dronten-Zuid', 'voor ondernemers', 'voor 65-plussers', 'met spoed', 'voor kinderen',
  'voor nieuwe inwoners', 'als u in het buitenland woont', 'na een overlijden', 'voor statushouders', 'voor studenten',
  'bij een laag inkomen', 'voor verenigingen', 'in de zomer', 'tijdens de feestdagen', 'voor mantelzorgers', 'bij een verbouwing',
];
const OWN_WORDS = [
  'Kokkelstraat', 'Ibisweg', 'De Rede', 'Educalaan', 'Wisentweg', 'Spoorlaan', 'Oostrand', 'Vaart Zuid', 'Zuiderzeestraat',
  'Lelystad', 'Kampen', 'Zeewolde', 'Walibi', 'Lowlands', 'Roggebotsluis', 'Drontermeer', 'Hanzelijn', 'Meerpaal', 'Ketelmeer',
];

function urlFor(database: string): string {
  const url = new URL(SERVER_URL!);
  url.pathname = `/${database}`;
  return url.toString();
}

async function open(): Promise<Database> {
  if (!SERVER_URL) return openPglite();
  const admin = new pg.Client({ connectionString: SERVER_URL });
  await admin.connect();
  await admin.query(`drop database if exists ${DB_NAME} with (force)`);
  await admin.query(`create database ${DB_NAME}`);
  await admin.end();
  const pool = new pg.Pool({ connectionString: urlFor(DB_NAME), max: 10 });
  const db = drizzle(pool, { schema }) as unknown as Db;
  return {
    db,
    kind: 'postgres',
    async close() {
      await pool.end();
      const again = new pg.Client({ connectionString: SERVER_URL });
      await again.connect();
      await again.query(`drop database if exists ${DB_NAME} with (force)`);
      await again.end();
    },
  };
}

/** A small deterministic random source, so every run loads the same articles. */
function random(seed: number) {
  let s = seed;
  return () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
}

async function grow(db: Db): Promise<number> {
  const base = rowsOf<{ id: string; title: string; question: string | null; answer_html: string; answer_text: string; keywords: string[]; product_id: string | null; team_id: string | null; visibility: string; b1: unknown }>(
    await db.execute(sql`select id, title, question, answer_html, answer_text, keywords, product_id, team_id, visibility, b1 from knowledge_articles where status = 'published' order by slug`),
  );
  if (!base.length) throw new Error('the demo loaded no published articles');
  const sentences = base.flatMap((a) => a.answer_text.match(/[^.!?]+[.!?]/g) ?? []).map((s) => s.trim());
  const next = random(12);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const missing = ARTICLES - base.length;
  for (let i = 0; i < missing; i += 1) {
    const from = base[i % base.length]!;
    const variant = `${pick(VARIANTS)}${i >= base.length * VARIANTS.length ? ` (${i})` : ''}`;
    const extra = [pick(sentences), pick(sentences), `Dit geldt ook aan de ${pick(OWN_WORDS)} ${1 + Math.floor(next() * 200)} en bij ${pick(OWN_WORDS)}.`];
    const text = `${from.answer_text} ${extra.join(' ')}`;
    const html = `${from.answer_html}<p>${extra.join(' ')}</p>`;
    const [row] = rowsOf<{ id: string }>(
      await db.execute(sql`
        insert into knowledge_articles (slug, status, visibility, title, question, answer_html, answer_text, keywords, product_id, team_id, b1, version, published_at, use_count)
        values (${`bench-${i}`}, 'published', ${from.visibility}, ${`${from.title} ${variant}`}, ${from.question}, ${html}, ${text},
          ${`{${from.keywords.map((k) => `"${k}"`).join(',')}}`}::text[], ${from.product_id}, ${from.team_id}, ${JSON.stringify(from.b1)}::jsonb, 1, now(), ${Math.floor(next() * next() * 400)})
        returning id`),
    );
    await reindexArticle(db, row!.id);
  }
  return missing;
}

/** The quality set's questions, and the searches made while the subject is typed letter by letter. */
function searches(): { kind: string; q: string }[] {
  const list: { kind: string; q: string }[] = KNOWLEDGE_QUERIES.map((k) => ({ kind: `quality set: ${k.kind}`, q: k.q }));
  for (const k of KNOWLEDGE_QUERIES.filter((x) => x.kind === 'plain' || x.kind === 'question')) {
    for (let n = 3; n < k.q.length; n += 3) list.push({ kind: 'typing the subject', q: k.q.slice(0, n) });
  }
  return list;
}

async function main() {
  const database = await open();
  const started = performance.now();
  try {
    await migrateDatabase(database);
    await seedDemo(database.db, { contacts: 0 });
    const grown = await grow(database.db);
    // What autovacuum does on a running PostgreSQL: the load rewrote every word's count thousands of times.
    await database.db.execute(sql`vacuum analyze knowledge_articles`);
    await database.db.execute(sql`vacuum analyze knowledge_terms`);
    const [counts] = rowsOf<{ articles: number; terms: number }>(
      await database.db.execute(sql`select (select count(*)::int from knowledge_articles where status = 'published') as articles, (select count(*)::int from knowledge_terms where articles > 0) as terms`),
    );
    console.log(`${database.kind}: ${counts!.articles} published articles (${grown} made for the bench), ${counts!.terms} terms, loaded in ${((performance.now() - started) / 1000).toFixed(1)} s`);

    const config = loadConfig({ NODE_ENV: 'development', LOG_LEVEL: 'silent', HELDER_DEMO: 'off', RATE_LIMIT_PER_MINUTE: '1000000' });
    const { app } = await buildApp({ database, config, logger: false, webDist: '/nonexistent', throttle: { freeAttempts: 1_000_000, maxPerIp: 1_000_000 } });
    try {
      const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'kcc@dronten.demo', password: 'helder-demo' } });
      if (login.statusCode !== 200) throw new Error(`login: ${login.statusCode}`);
      const cookie = `helder_session=${login.cookies.find((c) => c.name === 'helder_session')!.value}`;
      const plan = searches();
      const time = async (url: string, headers: Record<string, string>) => {
        const t = performance.now();
        const response = await app.inject({ method: 'GET', url, headers });
        if (response.statusCode !== 200) throw new Error(`${url}: ${response.statusCode} ${response.body}`);
        return performance.now() - t;
      };
      for (const { q } of plan.slice(0, 50)) await time(`/api/knowledge/search?q=${encodeURIComponent(q)}&limit=5`, { cookie });

      const results = new Map<string, number[]>();
      const add = (kind: string, ms: number) => results.set(kind, [...(results.get(kind) ?? []), ms]);
      for (let round = 0; round < ROUNDS; round += 1) {
        for (const { kind, q } of plan) {
          const ms = await time(`/api/knowledge/search?q=${encodeURIComponent(q)}&limit=5`, { cookie });
          add(kind, ms);
          add('all staff searches', ms);
        }
        for (const { q } of plan.filter((p) => p.kind.startsWith('quality'))) {
          add('public API (`/api/public/knowledge/search`)', await time(`/api/public/knowledge/search?q=${encodeURIComponent(q)}`, { 'x-forwarded-for': '10.0.0.1' }));
        }
      }
      console.log(`\n${JSON.stringify({ cores: cpus().length, memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version })}`);
      console.log(`| searches | n | p50 | p95 | p99 | max | p95 < ${BAR_MS} ms |`);
      console.log('|---|---|---|---|---|---|---|');
      for (const [kind, list] of results) {
        const sorted = [...list].sort((a, b) => a - b);
        const p95 = percentile(sorted, 95);
        console.log(`| ${kind} | ${sorted.length} | ${percentile(sorted, 50).toFixed(1)} | ${p95.toFixed(1)} | ${percentile(sorted, 99).toFixed(1)} | ${sorted.at(-1)!.toFixed(1)} | ${p95 < BAR_MS ? 'yes' : '**no**'} |`);
      }
    } finally {
      await app.close();
    }
  } finally {
    await database.close();
  }
}

await main();
