import { loginInputSchema, ROLES } from '@helder/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { contextOf, SESSION_COOKIE } from '../http/auth-hook.js';
import { errorSchema } from '../http/schemas.js';
import type { Services } from '../services.js';

const OIDC_COOKIE = 'helder_oidc';

const meSchema = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  roles: z.array(z.enum(ROLES)),
  teamId: z.string().nullable(),
});

function presentMe(actor: { id: string; name: string; email: string; roles: string[]; teamId: string | null }) {
  return { id: actor.id, name: actor.name, email: actor.email, roles: actor.roles as z.infer<typeof meSchema>['roles'], teamId: actor.teamId };
}

export const authRoutes: FastifyPluginAsyncZod<{ services: Services; secureCookies: boolean }> = async (app, { services, secureCookies }) => {
  const { auth, oidc, audit } = services;
  const cookieBase = { httpOnly: true, sameSite: 'lax' as const, secure: secureCookies, path: '/' };

  function setSession(reply: FastifyReply, token: string) {
    reply.setCookie(SESSION_COOKIE, token, { ...cookieBase, maxAge: auth.sessionSeconds });
  }

  app.get('/api/auth/options', {
    config: { auth: 'public' },
    schema: {
      tags: ['auth'],
      summary: 'How one can log in here (for the login page)',
      response: { 200: z.object({ oidc: z.boolean(), municipality: z.string() }) },
    },
  }, async () => ({ oidc: !!oidc, municipality: services.config.municipalityName }));

  app.post('/api/auth/login', {
    config: { auth: 'public' },
    schema: {
      tags: ['auth'],
      summary: 'Log in with e-mail and password; sets an HttpOnly session cookie',
      body: loginInputSchema,
      response: { 200: meSchema, 400: errorSchema, 401: errorSchema, 429: errorSchema },
    },
  }, async (request, reply) => {
    const { token, actor } = await auth.login(request.body.email, request.body.password, request.ip);
    setSession(reply, token);
    return presentMe(actor);
  });

  app.post('/api/auth/logout', {
    config: { auth: 'public' },
    schema: { tags: ['auth'], summary: 'End the session', response: { 204: z.null() } },
  }, async (request, reply) => {
    const token = request.cookies[SESSION_COOKIE];
    if (token) {
      if (request.actor) await audit.record(contextOf(request), { action: 'logout', entityType: 'employee', entityId: request.actor.id });
      await auth.logout(token);
    }
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return reply.status(204).send(null);
  });

  app.get('/api/auth/me', {
    config: { auth: 'staff' },
    schema: { tags: ['auth'], summary: 'The logged-in employee', response: { 200: meSchema, 401: errorSchema } },
  }, async (request) => presentMe(contextOf(request).actor));

  if (!oidc) return;

  app.get('/api/auth/oidc/login', {
    config: { auth: 'public' },
    schema: { tags: ['auth'], summary: "Start a login at the municipality's identity provider (redirect)", hide: false },
  }, async (_request, reply) => {
    const started = await oidc.start();
    const { url, ...secret } = started;
    reply.setCookie(OIDC_COOKIE, JSON.stringify(secret), { ...cookieBase, path: '/api/auth/oidc', maxAge: 600, signed: true });
    return reply.redirect(url);
  });

  app.get('/api/auth/oidc/callback', {
    config: { auth: 'public' },
    schema: { tags: ['auth'], summary: 'Return from the identity provider (redirect)' },
  }, async (request, reply) => {
    reply.clearCookie(OIDC_COOKIE, { path: '/api/auth/oidc' });
    const raw = request.cookies[OIDC_COOKIE];
    const unsigned = raw ? request.unsignCookie(raw) : undefined;
    try {
      if (!unsigned?.valid || !unsigned.value) throw new Error('missing or tampered login state');
      const identity = await oidc.finish(request.url, JSON.parse(unsigned.value));
      const employee = await auth.findEmployeeByEmail(identity.email);
      if (!employee || !employee.active) {
        await audit.record(null, { action: 'login_failed', entityType: 'employee', detail: { accountKey: auth.throttle.accountKey(identity.email.toLowerCase()), method: 'oidc' } });
        return reply.redirect('/inloggen?fout=onbekend');
      }
      const { token } = await auth.startSession(employee, request.ip, 'oidc');
      setSession(reply, token);
      return reply.redirect('/');
    } catch (error) {
      request.log.warn({ err: error }, 'oidc login failed');
      return reply.redirect('/inloggen?fout=oidc');
    }
  });
};
