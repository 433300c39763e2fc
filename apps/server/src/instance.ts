// One municipality's Helder in this process: its database (opened, migrated, demo on first start),
// the HTTP app and the background work (outbox, press mailbox, hourly housekeeping and retention).
// main.ts serves one of these on its port, or several behind the host-name router (tenants.ts).
import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.js';
import { deleteExpiredSessions } from './auth/repository.js';
import type { Config } from './config.js';
import { type Database, openDatabase } from './db/client.js';
import { prepareDatabase } from './db/startup.js';
import { pruneIdempotencyKeys } from './http/idempotency.js';
import { deleteStaleBatches } from './imports/repository.js';
import type { Services } from './services.js';

export interface Instance {
  config: Config;
  app: FastifyInstance;
  services: Services;
  database: Database;
  /** Stops the background work and the app, lets requests in flight finish (at most 10 s), closes the database. */
  stop(): Promise<void>;
}

/** Undefined when only migrating (HELDER_MIGRATE=only): the database is closed again. */
export async function startInstance(config: Config, log: (message: string) => void): Promise<Instance | undefined> {
  const where = config.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `PGlite in ${config.dataDir}`;
  log(`opening the database: ${where}`);
  const database = await openDatabase(config);
  // With separate database roles (docs/database-roles.md) the owner migrates (`only`) and the
  // application role, which owns no tables, serves (`off`). With several instances one does this
  // and the others wait (db/startup.ts).
  await prepareDatabase(database, config, log);
  if (config.migrate === 'only') {
    log('migrations applied (HELDER_MIGRATE=only), stopping');
    await database.close();
    return undefined;
  }

  const { app, services } = await buildApp({ database, config });
  const housekeeping = setInterval(() => {
    const now = services.clock.now();
    // Deletes of what ran out: harmless when several instances do them at once.
    services.metrics
      .track('housekeeping', () => Promise.all([
        deleteExpiredSessions(database.db, now),
        pruneIdempotencyKeys(database.db, now),
        services.limiter.prune(),
        services.auth.throttle.prune(),
        deleteStaleBatches(database.db),
      ]))
      .catch((error) => app.log.warn({ err: error }, 'housekeeping failed'));
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
  if (pressPort) log(`receiving forwarded press mail over SMTP on ${config.press.inboundSmtpHost}:${pressPort}`);
  // The knowledge base's search index is this instance's copy: built now, not at the first search.
  services.knowledge.warmSearch().catch((error) => app.log.warn({ err: error }, 'knowledge index not built'));
  if (!config.mail.smtpUrl) log('no SMTP_URL set: e-mails are kept in the outbox (Beheer > E-mail) instead of sent');

  return {
    config,
    app,
    services,
    database,
    async stop() {
      clearInterval(housekeeping);
      await services.mailWorker.stop();
      await Promise.all([services.pressImap.stop(), services.pressSmtp.stop()]);
      await app.close();
      const deadline = Date.now() + 10_000;
      while (app.inFlight() > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
      await database.close();
    },
  };
}
