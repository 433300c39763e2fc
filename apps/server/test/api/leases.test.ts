// Leases on continuous background work (jobs/lease.ts): one holder at a time, renewed by its
// holder, taken over when it runs out, given back on shutdown. On both databases.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type Database, rowsOf } from '../../src/db/client.js';
import { acquireLease, releaseLease } from '../../src/jobs/lease.js';
import { openTestDatabase } from '../support/app.js';

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await database.close();
});

const holderOf = async (name: string) =>
  rowsOf<{ holder: string }>(await database.db.execute(sql`select holder from job_leases where name = ${name}`))[0]?.holder ?? null;

describe('a lease', () => {
  test('is held by one instance; the holder renews it, another waits', async () => {
    expect(await acquireLease(database.db, 'poll', 'a', 60)).toBe(true);
    expect(await acquireLease(database.db, 'poll', 'b', 60)).toBe(false);
    expect(await acquireLease(database.db, 'poll', 'a', 60)).toBe(true);
    expect(await holderOf('poll')).toBe('a');
    // Another job's lease is its own.
    expect(await acquireLease(database.db, 'other', 'b', 60)).toBe(true);
  });

  test('that ran out (its holder died) is taken over', async () => {
    expect(await acquireLease(database.db, 'short', 'a', 0.05)).toBe(true);
    expect(await acquireLease(database.db, 'short', 'b', 60)).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(await acquireLease(database.db, 'short', 'b', 60)).toBe(true);
    expect(await holderOf('short')).toBe('b');
    // The old holder does not get it back while the new one holds it.
    expect(await acquireLease(database.db, 'short', 'a', 60)).toBe(false);
  });

  test('given back is free at once; only its holder can give it back', async () => {
    expect(await acquireLease(database.db, 'release', 'a', 600)).toBe(true);
    await releaseLease(database.db, 'release', 'b');
    expect(await holderOf('release')).toBe('a');
    await releaseLease(database.db, 'release', 'a');
    expect(await acquireLease(database.db, 'release', 'b', 600)).toBe(true);
  });

  test('at the same moment from many holders goes to exactly one', async () => {
    const results = await Promise.all(Array.from({ length: 8 }, (_, i) => acquireLease(database.db, 'race', `h${i}`, 60)));
    expect(results.filter(Boolean)).toHaveLength(1);
  });
});
