// GET /metrics (Prometheus): only with METRICS_TOKEN on the main port, or on METRICS_PORT; request
// durations per route pattern, server errors, the outbox queue and its age, open and overdue
// requests per team and kind, background job runs. On both databases.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { rowsOf } from '../../src/db/client.js';
import { startMetricsServer } from '../../src/metrics/server.js';
import { createTestApp, DEMO, type TestApp } from '../support/app.js';
import { createCallback, expectDutch } from '../support/http.js';

const TOKEN = 'metrics-token-for-the-test-0123456789';
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ config: { metrics: { token: TOKEN, port: undefined, host: '127.0.0.1' } } });
});
afterAll(async () => {
  await t?.close();
});

const scrape = async () => {
  const response = await t.app.inject({ method: 'GET', url: '/metrics', headers: { authorization: `Bearer ${TOKEN}` } });
  expect(response.statusCode, response.body).toBe(200);
  expect(String(response.headers['content-type'])).toMatch(/^text\/plain; version=0\.0\.4/);
  return response.body;
};

/** The value of one sample, e.g. value(body, 'helder_requests_open', { team: 'Burgerzaken', kind: 'callback' }). */
function value(body: string, name: string, labels: Record<string, string> = {}): number | undefined {
  for (const line of body.split('\n')) {
    if (!line.startsWith(`${name}{`) && !line.startsWith(`${name} `)) continue;
    if (!Object.entries(labels).every(([k, v]) => line.includes(`${k}="${v}"`))) continue;
    return Number(line.slice(line.lastIndexOf(' ') + 1));
  }
  return undefined;
}

describe('who may read the metrics', () => {
  test('without the token: 401 with a Dutch message; with a wrong one too', async () => {
    const none = await t.app.inject({ method: 'GET', url: '/metrics' });
    expect(none.statusCode).toBe(401);
    expect(none.headers['www-authenticate']).toBe('Bearer');
    expectDutch(none.json().error.message);
    const wrong = await t.app.inject({ method: 'GET', url: '/metrics', headers: { authorization: 'Bearer metrics-token-for-the-test-0123456780' } });
    expect(wrong.statusCode).toBe(401);
    // A session is no key to the metrics either.
    expect((await t.call(DEMO.admin, 'GET', '/metrics')).statusCode).toBe(401);
  });

  test('without METRICS_TOKEN the main port has no /metrics at all', async () => {
    const plain = await createTestApp();
    try {
      expect((await plain.app.inject({ method: 'GET', url: '/metrics', headers: { authorization: `Bearer ${TOKEN}` } })).statusCode).toBe(404);
    } finally {
      await plain.close();
    }
  });

  test('on METRICS_PORT they are served on a port of their own, with the token when one is set', async () => {
    const open = await startMetricsServer(t.services.metrics, { port: 0, host: '127.0.0.1', token: undefined });
    const guarded = await startMetricsServer(t.services.metrics, { port: 0, host: '127.0.0.1', token: TOKEN });
    try {
      const urlOf = (server: typeof open) => `http://127.0.0.1:${(server.server.address() as { port: number }).port}`;
      const body = await (await fetch(`${urlOf(open)}/metrics`)).text();
      expect(body).toContain('helder_outbox_waiting');
      expect((await fetch(`${urlOf(open)}/api/health`)).status).toBe(404);
      expect((await fetch(`${urlOf(guarded)}/metrics`)).status).toBe(401);
      expect((await fetch(`${urlOf(guarded)}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } })).status).toBe(200);
    } finally {
      await Promise.all([open.close(), guarded.close()]);
    }
  });
});

describe('what they say', () => {
  test('request durations per route pattern, never the path', async () => {
    const created = await createCallback(t, t.team('Burgerzaken').id);
    expect((await t.call(DEMO.kcc, 'GET', `/api/callback-requests/${created.id}`)).statusCode).toBe(200);
    const body = await scrape();
    expect(value(body, 'helder_http_request_duration_seconds_count', { method: 'GET', route: '/api/callback-requests/:id', status_class: '2xx' })).toBeGreaterThanOrEqual(1);
    expect(body).not.toContain(created.id);
    expect(value(body, 'helder_http_request_duration_seconds_count', { method: 'POST', route: '/metrics' })).toBeUndefined();
    expect(value(body, 'helder_http_request_duration_seconds_count', { route: '/metrics', status_class: '4xx' })).toBeGreaterThanOrEqual(1);
  });

  test('open and overdue requests per team and kind match the database', async () => {
    const body = await scrape();
    const rows = rowsOf<{ team: string; kind: string; open: number; overdue: number }>(await t.database.db.execute(sql`
      select t.name as team, r.kind, count(*)::int as open, (count(*) filter (where r.due_at < now()))::int as overdue
      from callback_requests r join teams t on t.id = r.team_id where r.status in ('open', 'in_progress') group by 1, 2`));
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(value(body, 'helder_requests_open', { team: row.team, kind: row.kind })).toBe(row.open);
      expect(value(body, 'helder_requests_overdue', { team: row.team, kind: row.kind })).toBe(row.overdue);
    }
  });

  test('the outbox queue and the age of its oldest mail', async () => {
    const waiting = rowsOf<{ n: number }>(await t.database.db.execute(sql`select count(*)::int as n from outbox_messages where status in ('pending', 'sending')`))[0]!.n;
    const body = await scrape();
    expect(value(body, 'helder_outbox_waiting')).toBe(waiting);
    if (waiting > 0) expect(value(body, 'helder_outbox_oldest_waiting_seconds')).toBeGreaterThan(0);
    // Once everything is handled (no SMTP server: held for the administrator), nothing waits.
    await t.services.mailWorker.drain();
    const after = await scrape();
    expect(value(after, 'helder_outbox_waiting')).toBe(0);
    expect(value(after, 'helder_outbox_oldest_waiting_seconds')).toBe(0);
  });

  test('background job runs by outcome, and process figures', async () => {
    await t.services.metrics.track('housekeeping', async () => 1);
    await expect(t.services.metrics.track('housekeeping', async () => { throw new Error('disk full'); })).rejects.toThrow('disk full');
    t.services.metrics.jobRan('press_imap', 'skipped');
    const body = await scrape();
    expect(value(body, 'helder_job_runs_total', { job: 'housekeeping', outcome: 'ok' })).toBe(1);
    expect(value(body, 'helder_job_runs_total', { job: 'housekeeping', outcome: 'failed' })).toBe(1);
    expect(value(body, 'helder_job_runs_total', { job: 'press_imap', outcome: 'skipped' })).toBe(1);
    expect(value(body, 'helder_process_resident_memory_bytes')).toBeGreaterThan(0);
    expect(body).toMatch(/instance_id="[^"]+:\d+:[0-9a-f]{8}"/);
  });
});
