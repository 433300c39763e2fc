// TRUST_PROXY decides whose address the per-address limits and the audit log see.
import Fastify from 'fastify';
import { describe, expect, test } from 'vitest';
import { trustProxySetting } from '../../src/app.js';

async function ipSeen(setting: string | undefined, forwardedFor: string) {
  const app = Fastify({ trustProxy: trustProxySetting(setting) });
  app.get('/', async (request) => request.ip);
  const response = await app.inject({ method: 'GET', url: '/', remoteAddress: '10.0.0.1', headers: { 'x-forwarded-for': forwardedFor } });
  await app.close();
  return response.body;
}

describe('TRUST_PROXY', () => {
  test('unset or false: the connection\'s own address, whatever the header says', async () => {
    expect(await ipSeen(undefined, '198.51.100.7')).toBe('10.0.0.1');
    expect(await ipSeen('false', '198.51.100.7')).toBe('10.0.0.1');
  });

  test('a hop count trusts only what our own proxy added: a forged first entry is ignored', async () => {
    expect(await ipSeen('1', 'vervalst, 203.0.113.9')).toBe('203.0.113.9');
    expect(await ipSeen('2', '198.51.100.1, 203.0.113.9')).toBe('198.51.100.1');
  });

  test('true trusts every entry (documented as unsafe), addresses trust only those proxies', async () => {
    expect(await ipSeen('true', '198.51.100.1, 203.0.113.9')).toBe('198.51.100.1');
    expect(await ipSeen('10.0.0.0/8', '198.51.100.1, 203.0.113.9')).toBe('203.0.113.9');
  });
});
