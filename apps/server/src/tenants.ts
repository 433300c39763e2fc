// Hosting several municipalities in one Helder process (a shared service centre): one database per
// municipality, chosen by the request's host name. HELDER_TENANTS names a JSON file:
//
//   { "tenants": [
//       { "hosts": ["helder.dronten.nl"], "env": { "DATABASE_URL": "postgresql://…/helder_dronten", "MUNICIPALITY_NAME": "Dronten", … } },
//       { "hosts": ["helder.lelystad.nl"], "env": { "DATABASE_URL": "postgresql://…/helder_lelystad", "MUNICIPALITY_NAME": "Lelystad", … } } ] }
//
// Each municipality's settings are the process's environment with its own `env` on top, so shared
// settings (LOG_LEVEL, TRUST_PROXY) are given once and each gets its own database, secret, name,
// mail settings and public address. Every municipality is a whole instance (instance.ts): its own
// services, sessions, limits, background work and metrics; nothing is shared but the port. A host
// that is not listed gets a 404 and no municipality's data. See docs/operations.md.
import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import { ConfigError, type Config, loadConfig } from './config.js';
import type { Instance } from './instance.js';

const HOST = /^[a-z0-9.-]+$/;

const tenantsFileSchema = z.object({
  tenants: z
    .array(z.object({
      hosts: z.array(z.string().trim().toLowerCase().regex(HOST, { error: 'a host name: letters, digits, dots and dashes' })).min(1),
      env: z.record(z.string(), z.string()).default({}),
    }))
    .min(1),
});

export interface TenantDefinition {
  hosts: string[];
  config: Config;
}

/** The municipalities in the file, each with its configuration; refuses a host given twice or a database shared. */
export function loadTenants(file: string, baseEnv: NodeJS.ProcessEnv = process.env): TenantDefinition[] {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new ConfigError(`HELDER_TENANTS: cannot read ${file}: ${(error as Error).message}`);
  }
  const parsed = tenantsFileSchema.safeParse(raw);
  if (!parsed.success) throw new ConfigError(`HELDER_TENANTS: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  const seenHosts = new Set<string>();
  const seenDatabases = new Set<string>();
  return parsed.data.tenants.map((tenant, index) => {
    for (const host of tenant.hosts) {
      if (seenHosts.has(host)) throw new ConfigError(`HELDER_TENANTS: the host ${host} is given twice.`);
      seenHosts.add(host);
    }
    // Each municipality has its own database: never inherit one from the process's environment.
    const { DATABASE_URL: _url, HELDER_DATA_DIR: _dir, ...shared } = baseEnv;
    const config = loadConfig({ ...shared, ...tenant.env });
    if (!config.databaseUrl && !tenant.env.HELDER_DATA_DIR) throw new ConfigError(`HELDER_TENANTS: tenant ${index + 1} (${tenant.hosts[0]}) needs DATABASE_URL or HELDER_DATA_DIR in its env.`);
    const database = config.databaseUrl ?? config.dataDir;
    if (seenDatabases.has(database)) throw new ConfigError(`HELDER_TENANTS: two municipalities share the database ${config.databaseUrl ? 'at one DATABASE_URL' : config.dataDir}.`);
    seenDatabases.add(database);
    return { hosts: tenant.hosts, config };
  });
}

/** The host name a request was sent to, lower case, without the port. */
export function hostOf(request: IncomingMessage): string {
  const header = request.headers.host ?? '';
  return header.replace(/:\d+$/, '').replace(/^\[|\]$/g, '').toLowerCase();
}

const HEALTH_PATHS = new Set(['/api/health', '/api/health/ready']);

/**
 * Hands each request to the municipality its host name belongs to. The health checks also answer
 * on any other host (a probe calls the pod's address): 200 only when every municipality's does.
 */
export function tenantHandler(tenants: { hosts: string[]; instance: Instance }[]) {
  const byHost = new Map<string, Instance>();
  for (const tenant of tenants) for (const host of tenant.hosts) byHost.set(host, tenant.instance);
  return (request: IncomingMessage, response: ServerResponse) => {
    const instance = byHost.get(hostOf(request));
    const path = (request.url ?? '').split('?')[0]!;
    if (!instance && request.method === 'GET' && HEALTH_PATHS.has(path)) {
      void Promise.all(tenants.map((t) => t.instance.app.inject({ method: 'GET', url: path }).then((r) => r.statusCode, () => 503))).then((statuses) => {
        const ok = statuses.every((status) => status === 200);
        response.writeHead(ok ? 200 : 503, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
        response.end(JSON.stringify({ status: ok ? 'ok' : 'unavailable', municipalities: statuses.length, unavailable: statuses.filter((s) => s !== 200).length }));
      });
      return;
    }
    if (!instance) {
      response.writeHead(404, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
      response.end(JSON.stringify({ error: { code: 'unknown_host', message: 'Op dit adres draait Helder niet voor een gemeente. Controleer het adres.' } }));
      return;
    }
    instance.app.routing(request, response);
  };
}
