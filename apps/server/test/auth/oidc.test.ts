// Login through the municipality's identity provider: a real OpenID Connect provider (oidc-provider)
// on loopback, Helder as a real server, and chromium clicking through the provider's login.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

let t: TestApp;
let idp: Server;
let browser: Browser;
let helderUrl: string;

beforeAll(async () => {
  const [idpPort, helderPort] = [await freePort(), await freePort()];
  const issuer = `http://127.0.0.1:${idpPort}`;
  helderUrl = `http://127.0.0.1:${helderPort}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: 'helder',
        client_secret: 'a-test-secret-for-helder',
        redirect_uris: [`${helderUrl}/api/auth/oidc/callback`],
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    // Every login name is an account whose e-mail address is that name.
    findAccount: async (_ctx, id) => ({ accountId: id, claims: async () => ({ sub: id, email: id }) }),
    claims: { openid: ['sub'], email: ['email'] },
    pkce: { required: () => true },
    cookies: { keys: ['oidc-test-key'] },
  });
  idp = createServer(provider.callback());
  await new Promise<void>((resolve) => idp.listen(idpPort, '127.0.0.1', resolve));

  t = await createTestApp({
    config: {
      oidc: { issuer, clientId: 'helder', clientSecret: 'a-test-secret-for-helder', redirectUri: `${helderUrl}/api/auth/oidc/callback`, allowHttp: true },
    },
  });
  await t.app.listen({ port: helderPort, host: '127.0.0.1' });
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
});

afterAll(async () => {
  await browser?.close();
  await t?.close();
  await new Promise((resolve) => idp?.close(resolve));
});

async function loginAt(login: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${helderUrl}/api/auth/oidc/login`);
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill('anything');
  await page.locator('button[type="submit"]').click();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.waitForURL((url) => url.origin === helderUrl && !url.pathname.startsWith('/api/auth/oidc'));
  const me = await page.request.get(`${helderUrl}/api/auth/me`);
  const result = { status: me.status(), body: me.ok() ? await me.json() : null, url: page.url() };
  await context.close();
  return result;
}

describe('OpenID Connect login', () => {
  test('the login options say OIDC is available', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/auth/options' });
    expect(response.json()).toMatchObject({ oidc: true });
  });

  test('an employee known by e-mail gets a Helder session with their Helder roles', async () => {
    const result = await loginAt('tweedelijn@dronten.demo');
    expect(result.status).toBe(200);
    expect(result.body).toMatchObject({ email: 'tweedelijn@dronten.demo', roles: ['second_line'] });
    const audit = await t.call('beheer@dronten.demo', 'GET', '/api/audit?action=login');
    expect(audit.json().items.some((e: { detail: { method?: string } }) => e.detail.method === 'oidc')).toBe(true);
  });

  test('someone the provider knows but Helder does not is sent back to the login page', async () => {
    const result = await loginAt('onbekend@elders.example');
    expect(result.status).toBe(401);
    expect(result.url).toContain('/inloggen?fout=onbekend');
  });

  test('a callback without the login state (a forged return) does not log anyone in', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/auth/oidc/callback?code=forged&state=forged' });
    expect(response.statusCode).toBe(302);
    expect(response.headers.location).toBe('/inloggen?fout=oidc');
    expect(response.cookies.find((c) => c.name === 'helder_session')).toBeUndefined();
  });
});
