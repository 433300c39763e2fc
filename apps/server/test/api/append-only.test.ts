// The history and the audit log are append-only in the database itself: UPDATE, DELETE and
// TRUNCATE are refused, whoever asks. The one exception is a marked anonymisation (retention,
// erasure), which may blank personal fields but never change what happened, when or by whom.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type Db, MIGRATIONS_FOLDER } from '../../src/db/client.js';
import { createTestApp, DEMO, type TestApp } from '../support/app.js';
import { createCallback } from '../support/http.js';

let t: TestApp;
let db: Db;
let auditId: number;
let eventId: number;
beforeAll(async () => {
  t = await createTestApp();
  db = t.database.db;
  await t.login(DEMO.admin);
  const request = await createCallback(t, t.team('Burgerzaken').id);
  const [audit] = rowsOf<{ id: number }>(await db.execute(sql`select id from audit_events where ip is not null order by id desc limit 1`));
  const [event] = rowsOf<{ id: number }>(await db.execute(sql`select id from callback_events where callback_request_id = ${request.id}::uuid limit 1`));
  auditId = Number(audit!.id);
  eventId = Number(event!.id);
});
afterAll(() => t.close());

/** The message of the database error behind a failed statement (drizzle wraps it). */
async function refusal(statement: Promise<unknown>): Promise<string> {
  try {
    await statement;
  } catch (error) {
    const cause = (error as { cause?: Error }).cause ?? (error as Error);
    return cause.message;
  }
  return 'accepted';
}

/** Rows of a raw query, on either driver. */
const rowsOf = <T>(result: unknown): T[] => (result as { rows: T[] }).rows;

const marked = (work: (tx: Db) => Promise<unknown>) =>
  db.transaction(async (tx) => {
    await tx.execute(sql`select set_config('helder.anonymise', 'on', true)`);
    await work(tx as unknown as Db);
  });

describe('migration 0015', () => {
  test('removes the typed address from failed logins written before, and moves the client address to its column', async () => {
    const [old] = rowsOf<{ id: number }>(await db.execute(sql`
      insert into audit_events (action, entity_type, detail) values ('login_failed', 'employee', '{"email": "getypt.adres@voorbeeld.example", "ip": "203.0.113.9"}'::jsonb) returning id`));
    const file = readdirSync(MIGRATIONS_FOLDER).find((f) => f.startsWith('0015_'))!;
    for (const statement of readFileSync(join(MIGRATIONS_FOLDER, file), 'utf8').split('--> statement-breakpoint')) await db.execute(sql.raw(statement));
    const [row] = rowsOf<{ ip: string; detail: unknown }>(await db.execute(sql`select ip, detail from audit_events where id = ${old!.id}`));
    expect(row!.ip).toBe('203.0.113.9');
    expect(JSON.stringify(row!.detail)).not.toContain('getypt.adres');
    // The marking is gone again: an ordinary update is refused as before.
    expect(await refusal(db.execute(sql`update audit_events set ip = null where id = ${old!.id}`))).toMatch(/append-only/);
  });
});

describe.each(['audit_events', 'callback_events'])('%s', (table) => {
  const id = () => (table === 'audit_events' ? auditId : eventId);

  test('refuses UPDATE, DELETE and TRUNCATE', async () => {
    const column = table === 'audit_events' ? sql`ip = null` : sql`data = '{}'::jsonb`;
    expect(await refusal(db.execute(sql`update ${sql.identifier(table)} set ${column} where id = ${id()}`))).toMatch(/append-only/);
    expect(await refusal(db.execute(sql`delete from ${sql.identifier(table)} where id = ${id()}`))).toMatch(/append-only/);
    expect(await refusal(db.execute(sql`truncate ${sql.identifier(table)} cascade`))).toMatch(/append-only/);
    const [row] = rowsOf<{ n: number }>(await db.execute(sql`select count(*)::int as n from ${sql.identifier(table)} where id = ${id()}`));
    expect(Number(row!.n)).toBe(1);
  });

  test('a marked anonymisation may blank personal fields, never what happened or by whom', async () => {
    const blank = table === 'audit_events' ? sql`ip = '10.0.0.0'` : sql`data = jsonb_build_object('note', '[verwijderd]')`;
    expect(await refusal(marked((tx) => tx.execute(sql`update ${sql.identifier(table)} set ${blank} where id = ${id()}`)))).toBe('accepted');
    const rewrite = table === 'audit_events' ? sql`action = 'iets anders'` : sql`type = 'iets anders'`;
    expect(await refusal(marked((tx) => tx.execute(sql`update ${sql.identifier(table)} set ${rewrite} where id = ${id()}`)))).toMatch(/append-only/);
    expect(await refusal(marked((tx) => tx.execute(sql`update ${sql.identifier(table)} set at = now() - interval '1 year' where id = ${id()}`)))).toMatch(/append-only/);
    expect(await refusal(marked((tx) => tx.execute(sql`delete from ${sql.identifier(table)} where id = ${id()}`)))).toMatch(/append-only/);
  });
});
