// Public endpoints have a per-address budget; signed-in staff are never slowed down by it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FixedClock } from '../../src/clock.js';
import { createTestApp, DEMO, type TestApp } from '../support/app.js';

let t: TestApp;
beforeAll(async () => {
  // A second into a minute, standing still: the budget's window never rolls over between two
  // requests of a test (with the real clock a slow run could cross a minute and start afresh).
  const clock = new FixedClock(new Date(Math.floor(Date.now() / 60_000) * 60_000 + 1000));
  t = await createTestApp({ clock, config: { rateLimitPerMinute: 5 } });
  await t.login(DEMO.kcc); // one anonymous request of the budget
});
afterAll(() => t.close());

describe('rate limit for callers without a session', () => {
  it('answers 429 with a Dutch message and Retry-After once the budget is spent', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 5; i += 1) statuses.push((await t.call(null, 'GET', '/api/health')).statusCode);
    expect(statuses.slice(0, 4)).toEqual([200, 200, 200, 200]);
    expect(statuses[4]).toBe(429);
    const refused = await t.call(null, 'POST', '/api/auth/login', { email: DEMO.admin, password: 'fout' });
    expect(refused.statusCode).toBe(429);
    expect(refused.json().error.code).toBe('rate_limited');
    expect(refused.json().error.message).toMatch(/Wacht even/);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('does not count or refuse requests of a signed-in employee', async () => {
    for (let i = 0; i < 12; i += 1) {
      const response = await t.call(DEMO.kcc, 'GET', '/api/auth/me');
      expect(response.statusCode).toBe(200);
    }
  });

  it('never limits the web app itself (static files), only the API', async () => {
    for (let i = 0; i < 8; i += 1) {
      const response = await t.app.inject({ method: 'GET', url: '/inloggen', remoteAddress: '10.9.9.9' });
      expect(response.statusCode).not.toBe(429);
    }
  });

  it('keeps a separate budget per address', async () => {
    const other = await t.app.inject({ method: 'GET', url: '/api/health', remoteAddress: '10.1.2.3' });
    expect(other.statusCode).toBe(200);
  });
});
