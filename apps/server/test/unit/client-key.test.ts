import { describe, expect, it } from 'vitest';
import { clientKey } from '../../src/limits/client-key.js';

describe('the client a budget counts', () => {
  it('is the address for IPv4, also when written as IPv4-mapped IPv6', () => {
    expect(clientKey('203.0.113.7')).toBe('203.0.113.7');
    expect(clientKey('::ffff:203.0.113.7')).toBe('203.0.113.7');
  });

  it('is the /64 network for IPv6, however the address is written', () => {
    const key = clientKey('2001:db8:1234:5678::1');
    expect(key).toBe('2001:db8:1234:5678::/64');
    expect(clientKey('2001:0db8:1234:5678:ffff:eeee:dddd:cccc')).toBe(key);
    expect(clientKey('2001:DB8:1234:5678:0:0:0:2')).toBe(key);
    expect(clientKey('2001:db8:1234:5679::1')).not.toBe(key);
    expect(clientKey('::1')).toBe('0:0:0:0::/64');
  });
});
