// Slows down password guessing, shared by every instance through the database:
// - one account from one address: the first few failures are free, then each further try waits
//   twice as long as the previous one (1 s, 2 s, 4 s … up to 15 minutes);
// - one address: too many failures in the window block it, whatever accounts it tries.
// Nothing blocks an account as such, so a stranger guessing can never lock the real owner out: the
// owner logs in from their own address. The typed e-mail address is kept only as a keyed hash.
import { createHmac } from 'node:crypto';
import type { Db } from '../db/client.js';
import { clientKey } from '../limits/client-key.js';
import {
  addressFailures,
  clearPairFailures,
  deleteLoginFailure,
  insertLoginFailure,
  pairFailures,
  pruneLoginFailures,
} from '../limits/repository.js';

export interface ThrottleOptions {
  windowMs: number;
  /** Failures of one account from one address before the delays start. */
  freeAttempts: number;
  /** The longest delay between two tries of one account from one address. */
  maxDelayMs: number;
  /** Failures from one address (any account) before the address is blocked for the window. */
  maxPerIp: number;
}

export const THROTTLE_DEFAULTS: ThrottleOptions = { windowMs: 15 * 60_000, freeAttempts: 3, maxDelayMs: 15 * 60_000, maxPerIp: 20 };

export class LoginThrottle {
  private readonly options: ThrottleOptions;

  constructor(
    private readonly db: Db,
    private readonly secret: string,
    private readonly now: () => Date,
    options: Partial<ThrottleOptions> = {},
  ) {
    this.options = { ...THROTTLE_DEFAULTS, ...options };
  }

  /** A keyed hash of the typed address: the same for every instance, useless to anyone without the secret. */
  accountKey(email: string): string {
    return createHmac('sha256', this.secret).update(`login:${email}`).digest('hex').slice(0, 32);
  }

  /**
   * Claims a try: it is written first (as a failure, until a good password clears it) and only then
   * counted, so tries that arrive at the same moment all see each other and together get no more
   * than the limits allow. Returns 0 when this try may go ahead, or how long to wait (and then the
   * claim is taken back).
   */
  async claim(email: string, ip: string): Promise<number> {
    const now = this.now().getTime();
    const since = new Date(now - this.options.windowMs);
    const key = this.accountKey(email);
    const client = clientKey(ip);
    const id = await insertLoginFailure(this.db, key, client, new Date(now));
    let until = 0;
    const address = await addressFailures(this.db, client, since, this.options.maxPerIp + 1);
    if (address.count > this.options.maxPerIp && address.oldestOfLimit) until = address.oldestOfLimit.getTime() + this.options.windowMs;
    const pair = await pairFailures(this.db, key, client, since, id);
    // This try is number `pair.count`; those after the free ones wait 1 s, 2 s, 4 s … after the previous.
    const paid = pair.count - 1 - this.options.freeAttempts;
    if (paid >= 0 && pair.previous) {
      const delay = Math.min(this.options.maxDelayMs, 1000 * 2 ** paid);
      until = Math.max(until, pair.previous.getTime() + delay);
    }
    const waitMs = Math.max(0, until - now);
    if (waitMs > 0) await deleteLoginFailure(this.db, id);
    return waitMs;
  }

  /** A good password clears the tries of this account from this address (not the address block). */
  async succeed(email: string, ip: string): Promise<void> {
    await clearPairFailures(this.db, this.accountKey(email), clientKey(ip));
  }

  async prune(): Promise<void> {
    await pruneLoginFailures(this.db, new Date(this.now().getTime() - this.options.windowMs));
  }
}
