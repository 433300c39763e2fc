// Starts Helder: opens the database (PGlite in HELDER_DATA_DIR, or PostgreSQL at DATABASE_URL),
// migrates it, loads the Dronten demo on first start, and serves the API and the web app.
import { buildApp } from './app.js';
import { deleteExpiredSessions } from './auth/repository.js';
import { ConfigError, loadConfig } from './config.js';
import { openDatabase } from './db/client.js';
import { prepareDatabase } from './db/startup.js';
import { startMetricsServer } from './metrics/server.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo/organisation.js';
import { pruneIdempotencyKeys } from './http/idempotency.js';
import { deleteStaleBatches } from './imports/repository.js';

async function main() {
  const config = loadConfig();
  const where = config.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `PGlite in ${config.dataDir}`;
  console.log(`Helder: opening the database: ${where}`);
  const database = await openDatabase(config);
  // With separate database roles (docs/database-roles.md) the owner migrates (`only`) and the
  // application role, which owns no tables, serves (`off`). With several instances one does this
  // and the others wait (db/startup.ts).
  await prepareDatabase(database, config, (m) => console.log(`Helder: ${m}`));
  if (config.migrate === 'only') {
    console.log('Helder: migrations applied (HELDER_MIGRATE=only), stopping');
    await database.close();
    return;
  }

  const { app, services } = await buildApp({ database, config });
  const housekeeping = setInterval(() => {
    const now = services.clock.now();
    // Deletes of what ran out: harmless when several instances do them at once.
    services.metrics.track('housekeeping', () => Promise.all([
      deleteExpiredSessions(database.db, now),
      pruneIdempotencyKeys(database.db, now),
      services.limiter.prune(),
      services.auth.throttle.prune(),
      deleteStaleBatches(database.db),
    ])).catch((error) =>
      app.log.warn({ err: error }, 'housekeeping failed'),
    );
    // Retention (docs/privacy.md): checked hourly, runs once a day on one instance, logs what it did.
    services.privacy.retention.runIfDue().then((done) => {
      services.metrics.jobRan('retention', done ? 'ok' : 'skipped');
      if (done) app.log.info({ retention: done }, 'retention ran');
    }, (error) => {
      services.metrics.jobRan('retention', 'failed');
      app.log.warn({ err: error }, 'retention failed');
    });
  }, 3600_000);
  housekeeping.unref();
  services.mailWorker.start();
  // The press mailbox: polled over IMAP and/or received over SMTP, when configured.
  services.pressImap.start();
  const pressPort = await services.pressSmtp.start();
  if (pressPort) console.log(`Helder: receiving forwarded press mail over SMTP on ${config.press.inboundSmtpHost}:${pressPort}`);
  // The knowledge base's search index is this instance's copy: built now, not at the first search.
  services.knowledge.warmSearch().catch((error) => app.log.warn({ err: error }, 'knowledge index not built'));
  if (!config.mail.smtpUrl) console.log('Helder: no SMTP_URL set: e-mails are kept in the outbox (Beheer > E-mail) instead of sent');

  await app.listen({ port: config.port, host: config.host });
  const metricsServer = config.metrics.port !== undefined ? await startMetricsServer(services.metrics, { port: config.metrics.port, host: config.metrics.host, token: config.metrics.token }) : undefined;
  if (metricsServer) console.log(`Helder: metrics on ${config.metrics.host}:${config.metrics.port}/metrics`);
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  console.log(`\nHelder is running: http://localhost:${port}\n`);
  if (config.loadDemoData) {
    console.log(`Demo accounts (password "${DEMO_PASSWORD}"):`);
    for (const account of DEMO_ACCOUNTS) console.log(`  ${account.email.padEnd(26)} ${account.roles.join(', ')}`);
    console.log('');
  }

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`Helder: ${signal} received, stopping`);
    clearInterval(housekeeping);
    await services.mailWorker.stop();
    await Promise.all([services.pressImap.stop(), services.pressSmtp.stop()]);
    await metricsServer?.close();
    await app.close();
    // Let requests already being handled finish their writes (at most 10 s) before the database closes.
    const deadline = Date.now() + 10_000;
    while (app.inFlight() > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
    await database.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) console.error(`Helder cannot start: ${error.message}`);
  else console.error('Helder cannot start:', error);
  process.exit(1);
});
