// Logs never contain personal data: a failing query is logged without its parameters, the SQL
// text, the driver's detail ("Key (…)=(…) already exists") or a value quoted in the message.
import { inspect } from 'node:util';
import { sql } from 'drizzle-orm';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contacts } from '../../src/db/schema.js';
import { loggableError, registerErrorHandling } from '../../src/http/errors.js';
import { createTestApp, type TestApp } from '../support/app.js';

const EMAIL = 'jan.de.vries@voorbeeld.nl';
const REFERENCE = 'BSN-123456782';

let t: TestApp;
let app: FastifyInstance;
const lines: string[] = [];
beforeAll(async () => {
  t = await createTestApp();
  // The server's error handling with a logger whose output the test reads.
  app = Fastify({ logger: { level: 'info', stream: { write: (line: string) => void lines.push(line) } } });
  registerErrorHandling(app);
  app.post('/bad-value', { config: { auth: 'public' } }, async () => t.database.db.execute(sql`select ${EMAIL}::int`));
  app.post('/duplicate', { config: { auth: 'public' } }, async () => {
    const row = { externalReference: REFERENCE, channel: 'phone', subject: `Vraag van ${EMAIL}`, resolution: 'first_line' };
    await t.database.db.insert(contacts).values(row).onConflictDoNothing();
    await t.database.db.insert(contacts).values(row);
  });
});
afterAll(async () => {
  await app.close();
  await t.close();
});

describe('the log of a failing query', () => {
  it('holds no parameter values, for a value the database could not read', async () => {
    lines.length = 0;
    const response = await app.inject({ method: 'POST', url: '/bad-value' });
    expect(response.statusCode).toBe(500);
    const log = lines.join('');
    expect(log).toContain('unhandled error');
    expect(log).toContain('22P02');
    expect(log).not.toContain(EMAIL);
    expect(log).not.toContain('jan.de.vries');
    expect(log).not.toContain('params');
  });

  it('holds no parameter values, for a unique key that was already there', async () => {
    lines.length = 0;
    const response = await app.inject({ method: 'POST', url: '/duplicate' });
    expect(response.statusCode).toBe(500);
    const log = lines.join('');
    expect(log).toContain('23505');
    expect(log).toContain('Failed query');
    expect(log).not.toContain(REFERENCE);
    expect(log).not.toContain('123456782');
    expect(log).not.toContain(EMAIL);
  });

  it('keeps the type, code and stack, and drops the values when printed with console.warn too', async () => {
    const error = await t.database.db.execute(sql`select ${EMAIL}::int`).catch((e: unknown) => e);
    expect(inspect(error)).toContain(EMAIL); // what the driver hands over
    const safe = loggableError(error)!;
    const printed = inspect(safe, { depth: 10 });
    expect(printed).not.toContain(EMAIL);
    expect(printed).toMatch(/Failed query/);
    expect((safe.cause as { code?: string }).code).toBe('22P02');
    expect(safe.stack).toMatch(/\n\s+at /);
  });
});
