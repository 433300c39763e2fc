// Rewrites the access matrix in docs/security.md from the routes the server registers:
// npx tsx scripts/access-matrix.ts. The server is built on an empty in-memory database (no
// migrations are needed to register routes) with the built web app left out.
import { readFileSync, writeFileSync } from 'node:fs';
import { buildApp } from '../apps/server/src/app.js';
import { loadConfig } from '../apps/server/src/config.js';
import { openPglite } from '../apps/server/src/db/client.js';
import { accessMatrixMarkdown, withMatrix } from '../apps/server/src/http/access-matrix.js';

const database = await openPglite();
const { app } = await buildApp({ database, config: loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', HELDER_DEMO: 'off' }), logger: false, webDist: '/nonexistent' });
const target = new URL('../docs/security.md', import.meta.url);
writeFileSync(target, withMatrix(readFileSync(target, 'utf8'), accessMatrixMarkdown(app.routeTable())));
await app.close();
await database.close();
console.log(`wrote ${target.pathname}`);
