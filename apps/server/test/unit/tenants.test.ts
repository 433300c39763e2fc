import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { IncomingMessage } from 'node:http';
import { describe, expect, test } from 'vitest';
import { hostOf, loadTenants } from '../../src/tenants.js';

const dir = mkdtempSync(join(tmpdir(), 'helder-tenants-unit-'));
let n = 0;
function file(content: unknown): string {
  const path = join(dir, `t${(n += 1)}.json`);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

describe('the municipalities file (HELDER_TENANTS)', () => {
  test('each gets the shared settings with its own on top, and never the process\'s database', () => {
    const tenants = loadTenants(file({ tenants: [
      { hosts: ['Helder.Dronten.nl'], env: { DATABASE_URL: 'postgresql://h/dronten', MUNICIPALITY_NAME: 'Dronten' } },
      { hosts: ['helder.lelystad.nl'], env: { HELDER_DATA_DIR: '/srv/lelystad', MUNICIPALITY_NAME: 'Lelystad' } },
    ] }), { LOG_LEVEL: 'warn', DATABASE_URL: 'postgresql://h/shared', RATE_LIMIT_PER_MINUTE: '50' });
    expect(tenants.map((t) => t.hosts)).toEqual([['helder.dronten.nl'], ['helder.lelystad.nl']]);
    expect(tenants[0]!.config).toMatchObject({ databaseUrl: 'postgresql://h/dronten', municipalityName: 'Dronten', logLevel: 'warn', rateLimitPerMinute: 50 });
    expect(tenants[1]!.config).toMatchObject({ databaseUrl: undefined, dataDir: '/srv/lelystad', municipalityName: 'Lelystad' });
  });

  test('refuses a host given twice, a shared database, a municipality without one, and a bad file', () => {
    expect(() => loadTenants(file({ tenants: [
      { hosts: ['a.nl'], env: { DATABASE_URL: 'postgresql://h/a' } },
      { hosts: ['A.nl'], env: { DATABASE_URL: 'postgresql://h/b' } },
    ] }))).toThrow(/the host a\.nl is given twice/);
    expect(() => loadTenants(file({ tenants: [
      { hosts: ['a.nl'], env: { DATABASE_URL: 'postgresql://h/a' } },
      { hosts: ['b.nl'], env: { DATABASE_URL: 'postgresql://h/a' } },
    ] }))).toThrow(/share the database/);
    expect(() => loadTenants(file({ tenants: [{ hosts: ['a.nl'], env: {} }] }), { DATABASE_URL: 'postgresql://h/x' })).toThrow(/needs DATABASE_URL or HELDER_DATA_DIR/);
    expect(() => loadTenants(file({ tenants: [{ hosts: ['a nl'], env: {} }] }))).toThrow(/host name/);
    expect(() => loadTenants(file('{not json'))).toThrow(/cannot read/);
    expect(() => loadTenants(join(dir, 'missing.json'))).toThrow(/cannot read/);
  });

  test('the host of a request: lower case, without the port', () => {
    const req = (host: string | undefined) => ({ headers: { host } }) as unknown as IncomingMessage;
    expect(hostOf(req('Helder.Dronten.NL:8443'))).toBe('helder.dronten.nl');
    expect(hostOf(req('[::1]:3000'))).toBe('::1');
    expect(hostOf(req(undefined))).toBe('');
  });
});
