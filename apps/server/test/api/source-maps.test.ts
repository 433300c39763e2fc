// The production build serves no source maps: the web app is built without them, and the server
// refuses any .map file, even one left in the folder by an older or a development build.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Fastify, { type FastifyInstance } from 'fastify';
import { loadConfigFromFile } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerErrorHandling } from '../../src/http/errors.js';
import { registerWeb } from '../../src/web/routes.js';

const VITE_CONFIG = fileURLToPath(new URL('../../../web/vite.config.ts', import.meta.url));

let dist: string;
let app: FastifyInstance;
beforeAll(async () => {
  dist = mkdtempSync(join(tmpdir(), 'helder-dist-'));
  mkdirSync(join(dist, 'assets'));
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Helder</title>');
  writeFileSync(join(dist, 'assets', 'index-abc123.js'), 'console.log(1);\n');
  writeFileSync(join(dist, 'assets', 'index-abc123.js.map'), '{"version":3,"sources":["../src/main.tsx"]}');
  writeFileSync(join(dist, 'assets', 'INDEX-ABC123.CSS.MAP'), '{"version":3}');
  app = Fastify({ logger: false });
  registerErrorHandling(app);
  await registerWeb(app, dist);
});
afterAll(async () => {
  await app.close();
  rmSync(dist, { recursive: true, force: true });
});

describe('source maps', () => {
  it('are not built for production', async () => {
    const loaded = await loadConfigFromFile({ command: 'build', mode: 'production' }, VITE_CONFIG);
    expect(loaded?.config.build?.sourcemap ?? false).toBe(false);
  });

  it('are not served, even when one is in the folder', async () => {
    expect((await app.inject({ method: 'GET', url: '/assets/index-abc123.js' })).statusCode).toBe(200);
    // The app's own pages still get index.html.
    const page = await app.inject({ method: 'GET', url: '/terugbelverzoeken' });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<title>Helder</title>');
    for (const url of ['/assets/index-abc123.js.map', '/assets/INDEX-ABC123.CSS.MAP', '/assets/index-abc123.js.map?v=1', '/assets/elders.js.map']) {
      const response = await app.inject({ method: 'GET', url });
      expect(response.statusCode, url).toBe(404);
      expect(response.body, url).not.toContain('"version":3');
    }
  });
});
