// An open-loop load generator: requests leave at evenly spaced moments (e.g. every 5 ms for
// 200 req/s), whatever the answers do, and each latency is counted from the moment the request
// was due to leave, so a slow server cannot hide its queue ("coordinated omission").
import { Agent, request } from 'node:http';

export interface PacedOptions {
  url: string;
  method?: string;
  headers?: Record<string, string>;
  body?: string;
  rate: number;
  seconds: number;
}

export interface PacedResult {
  requests: number;
  latencies: number[];
  statuses: Map<number, number>;
  errors: number;
}

export async function paced(options: PacedOptions): Promise<PacedResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: 256 });
  const url = new URL(options.url);
  const total = Math.round(options.rate * options.seconds);
  const interval = 1000 / options.rate;
  const latencies: number[] = [];
  const statuses = new Map<number, number>();
  let errors = 0;
  const start = performance.now() + 50;
  const pending: Promise<void>[] = [];

  const fire = (due: number) =>
    new Promise<void>((resolve) => {
      const req = request(
        { agent, hostname: url.hostname, port: url.port, path: url.pathname + url.search, method: options.method ?? 'GET', headers: options.headers },
        (res) => {
          res.resume();
          res.on('end', () => {
            latencies.push(performance.now() - due);
            statuses.set(res.statusCode ?? 0, (statuses.get(res.statusCode ?? 0) ?? 0) + 1);
            resolve();
          });
        },
      );
      req.on('error', () => {
        errors += 1;
        resolve();
      });
      if (options.body) req.end(options.body);
      else req.end();
    });

  for (let i = 0; i < total; i += 1) {
    const due = start + i * interval;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((r) => setTimeout(r, wait));
    pending.push(fire(due));
  }
  await Promise.all(pending);
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return { requests: total, latencies, statuses, errors };
}
