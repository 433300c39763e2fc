// Request budgets per client in fixed windows, counted in the database so every instance on it
// shares one budget: two instances behind a load balancer accept together no more than the limit.
import type { Clock } from '../clock.js';
import type { Db } from '../db/client.js';
import { countHit, pruneHits } from './repository.js';

export interface Budget {
  max: number;
  windowMs: number;
}

export class RateLimiter {
  constructor(private readonly db: Db, private readonly clock: Clock) {}

  /** Counts this request; `count` above `max` means refuse. `resetMs`: until the window ends. */
  async hit(bucket: string, budget: Budget): Promise<{ count: number; resetMs: number }> {
    const now = this.clock.now().getTime();
    const windowStart = now - (now % budget.windowMs);
    const count = await countHit(this.db, bucket, new Date(windowStart));
    return { count, resetMs: windowStart + budget.windowMs - now };
  }

  /** Windows that ended long ago (the longest budget is an hour). */
  async prune(): Promise<void> {
    await pruneHits(this.db, new Date(this.clock.now().getTime() - 2 * 3600_000));
  }
}
