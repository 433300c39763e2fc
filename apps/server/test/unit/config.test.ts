import { describe, expect, test } from 'vitest';
import { ConfigError, DEFAULT_SECRET, loadConfig } from '../../src/config.js';

describe('configuration', () => {
  test('development defaults: port 3000, ./data, demo data on', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3000);
    expect(config.dataDir.endsWith('/data')).toBe(true);
    expect(config.loadDemoData).toBe(true);
    expect(config.databaseUrl).toBeUndefined();
  });

  test('production refuses to start with the default secret or a short one', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', DATABASE_URL: 'postgresql://x/y' })).toThrow(ConfigError);
    expect(() => loadConfig({ NODE_ENV: 'production', HELDER_SECRET: DEFAULT_SECRET })).toThrow(/HELDER_SECRET/);
    expect(() => loadConfig({ NODE_ENV: 'production', HELDER_SECRET: 'too-short' })).toThrow(/at least 32/);
  });

  test('production with a real secret loads no demo data', () => {
    const config = loadConfig({ NODE_ENV: 'production', HELDER_SECRET: 'x'.repeat(40), DATABASE_URL: 'postgresql://x/y' });
    expect(config.loadDemoData).toBe(false);
    expect(config.databaseUrl).toBe('postgresql://x/y');
  });

  test('PORT and HELDER_DATA_DIR let two instances run side by side', () => {
    const a = loadConfig({ PORT: '4001', HELDER_DATA_DIR: '/tmp/a' });
    const b = loadConfig({ PORT: '4002', HELDER_DATA_DIR: '/tmp/b' });
    expect([a.port, b.port]).toEqual([4001, 4002]);
    expect(a.dataDir).not.toBe(b.dataDir);
  });

  test('a bad port or half an OIDC configuration is a clear error', () => {
    expect(() => loadConfig({ PORT: 'abc' })).toThrow(/PORT/);
    expect(() => loadConfig({ OIDC_ISSUER: 'https://login.example' })).toThrow(/OIDC_CLIENT_ID/);
  });

  test('an empty value is no value, as compose files and manifests pass it', () => {
    const config = loadConfig({ METRICS_TOKEN: '', METRICS_PORT: '', SMTP_URL: '', PORT: '' });
    expect(config.metrics).toEqual({ token: undefined, port: undefined, host: '0.0.0.0' });
    expect(config.mail.smtpUrl).toBeUndefined();
    expect(config.port).toBe(3000);
  });

  test('metrics: a token shorter than 16 characters is refused; a port is a number', () => {
    expect(() => loadConfig({ METRICS_TOKEN: 'kort' })).toThrow(/METRICS_TOKEN/);
    expect(loadConfig({ METRICS_TOKEN: 'x'.repeat(16), METRICS_PORT: '9464' }).metrics).toMatchObject({ token: 'x'.repeat(16), port: 9464 });
  });
});
