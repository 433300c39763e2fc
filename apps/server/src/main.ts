// Starts Helder: opens the database (PGlite in HELDER_DATA_DIR, or PostgreSQL at DATABASE_URL),
// migrates it, loads the Dronten demo on first start, and serves the API and the web app. With
// HELDER_TENANTS it serves several municipalities, each on its own database, by host name.
import { createServer } from 'node:http';
import { ConfigError, loadConfig } from './config.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo/organisation.js';
import { type Instance, startInstance } from './instance.js';
import { startMetricsServer } from './metrics/server.js';
import { loadTenants, tenantHandler } from './tenants.js';

const log = (message: string) => console.log(`Helder: ${message}`);

async function main() {
  const tenantsFile = process.env.HELDER_TENANTS;
  if (tenantsFile) return serveTenants(tenantsFile);

  const config = loadConfig();
  const instance = await startInstance(config, log);
  if (!instance) return;
  const { app, services } = instance;
  await app.listen({ port: config.port, host: config.host });
  const metricsServer = config.metrics.port !== undefined ? await startMetricsServer(services.metrics, { port: config.metrics.port, host: config.metrics.host, token: config.metrics.token }) : undefined;
  if (metricsServer) log(`metrics on ${config.metrics.host}:${config.metrics.port}/metrics`);
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  console.log(`\nHelder is running: http://localhost:${port}\n`);
  if (config.loadDemoData) {
    console.log(`Demo accounts (password "${DEMO_PASSWORD}"):`);
    for (const account of DEMO_ACCOUNTS) console.log(`  ${account.email.padEnd(26)} ${account.roles.join(', ')}`);
    console.log('');
  }
  stopOnSignal(async () => {
    await metricsServer?.close();
    await instance.stop();
  });
}

/** Several municipalities on one port, each a whole instance on its own database (tenants.ts). */
async function serveTenants(file: string) {
  const definitions = loadTenants(file);
  if (process.env.METRICS_PORT) log('METRICS_PORT is not used with HELDER_TENANTS: each municipality serves /metrics on its own host name with its METRICS_TOKEN');
  const tenants: { hosts: string[]; instance: Instance }[] = [];
  // One after another: each migrates and loads its demo without competing for the same cores.
  for (const definition of definitions) {
    const name = definition.config.municipalityName;
    const instance = await startInstance(definition.config, (m) => log(`[${name}] ${m}`));
    if (instance) tenants.push({ hosts: definition.hosts, instance });
  }
  if (tenants.length === 0) return;
  await Promise.all(tenants.map((t) => t.instance.app.ready()));
  const shared = definitions[0]!.config;
  const server = createServer(tenantHandler(tenants));
  await new Promise<void>((resolve) => server.listen(shared.port, shared.host, resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : shared.port;
  for (const tenant of tenants) log(`${tenant.instance.config.municipalityName}: ${tenant.hosts.join(', ')}`);
  console.log(`\nHelder is running: http://localhost:${port} (${tenants.length} municipalities, chosen by host name)\n`);
  stopOnSignal(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await Promise.all(tenants.map((t) => t.instance.stop()));
  });
}

function stopOnSignal(stop: () => Promise<void>) {
  let stopping = false;
  const onSignal = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal} received, stopping`);
    stop().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error('Helder: stopping failed:', error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => onSignal('SIGINT'));
  process.on('SIGTERM', () => onSignal('SIGTERM'));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) console.error(`Helder cannot start: ${error.message}`);
  else console.error('Helder cannot start:', error);
  process.exit(1);
});
