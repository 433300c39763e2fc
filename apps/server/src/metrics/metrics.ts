// Prometheus metrics (prom-client): each app has its own registry, so tests that build several
// apps in one process do not share counters. Request figures are counted as they happen; the
// outbox queue and the open requests are read from the database at each scrape, so every
// instance reports the same shared state (sum the request counters over instances, not these).
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { Clock } from '../clock.js';
import type { Db } from '../db/client.js';
import { INSTANCE_ID } from '../jobs/lease.js';
import { openRequestsByTeam, outboxQueue } from './repository.js';

export type JobOutcome = 'ok' | 'failed' | 'skipped';

export class Metrics {
  readonly registry = new Registry();
  private readonly requestDuration: Histogram<'method' | 'route' | 'status_class'>;
  private readonly serverErrors: Counter<'method' | 'route'>;
  private readonly jobRuns: Counter<'job' | 'outcome'>;

  constructor(db: Db, clock: Clock) {
    const registry = this.registry;
    registry.setDefaultLabels({ instance_id: INSTANCE_ID });
    collectDefaultMetrics({ register: registry, prefix: 'helder_' });
    this.requestDuration = new Histogram({
      name: 'helder_http_request_duration_seconds',
      help: 'Time from request to response, per route pattern (never the path itself: it can hold tokens)',
      labelNames: ['method', 'route', 'status_class'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [registry],
    });
    this.serverErrors = new Counter({
      name: 'helder_http_server_errors_total',
      help: 'Responses with status 500 or higher, per route pattern',
      labelNames: ['method', 'route'],
      registers: [registry],
    });
    this.jobRuns = new Counter({
      name: 'helder_job_runs_total',
      help: 'Runs of background work (outbox rounds, press mailbox polls, retention, housekeeping), by outcome',
      labelNames: ['job', 'outcome'],
      registers: [registry],
    });
    // Each gauge reads its own figure at the scrape (prom-client collects them one after another).
    new Gauge({
      name: 'helder_outbox_waiting',
      help: 'Mails in the outbox waiting to be sent (all instances)',
      registers: [registry],
      async collect() {
        this.set((await outboxQueue(db, clock.now())).waiting);
      },
    });
    new Gauge({
      name: 'helder_outbox_oldest_waiting_seconds',
      help: 'Age of the oldest mail waiting in the outbox, in seconds (0 when none waits)',
      registers: [registry],
      async collect() {
        this.set((await outboxQueue(db, clock.now())).oldestSeconds);
      },
    });
    for (const [name, help, field] of [
      ['helder_requests_open', 'Open requests (callback requests, reports, press questions, home visits ...), per team and kind (all instances)', 'open'],
      ['helder_requests_overdue', 'Open requests past their deadline, per team and kind (all instances)', 'overdue'],
    ] as const) {
      new Gauge({
        name,
        help,
        labelNames: ['team', 'kind'],
        registers: [registry],
        async collect() {
          const rows = await openRequestsByTeam(db, clock.now());
          this.reset();
          for (const row of rows) this.set({ team: row.team, kind: row.kind }, row[field]);
        },
      });
    }
  }

  observeRequest(method: string, route: string, status: number, seconds: number): void {
    this.requestDuration.observe({ method, route, status_class: `${Math.floor(status / 100)}xx` }, seconds);
    if (status >= 500) this.serverErrors.inc({ method, route });
  }

  jobRan(job: string, outcome: JobOutcome): void {
    this.jobRuns.inc({ job, outcome });
  }

  /** Runs `work` and counts it as a run of `job`, ok or failed (the error is passed on). */
  async track<T>(job: string, work: () => Promise<T>): Promise<T> {
    try {
      const result = await work();
      this.jobRan(job, 'ok');
      return result;
    } catch (error) {
      this.jobRan(job, 'failed');
      throw error;
    }
  }

  async text(): Promise<{ contentType: string; body: string }> {
    return { contentType: this.registry.contentType, body: await this.registry.metrics() };
  }
}
