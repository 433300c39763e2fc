// Slows down password guessing: too many failed logins for one e-mail address or from one
// address in a window answer 429 until the window has passed. Kept in memory per server.

export interface ThrottleOptions {
  windowMs: number;
  maxPerAccount: number;
  maxPerIp: number;
}

const DEFAULTS: ThrottleOptions = { windowMs: 15 * 60_000, maxPerAccount: 5, maxPerIp: 20 };

export class LoginThrottle {
  private readonly failures = new Map<string, number[]>();
  private readonly options: ThrottleOptions;

  constructor(options: Partial<ThrottleOptions> = {}, private readonly now: () => number = Date.now) {
    this.options = { ...DEFAULTS, ...options };
  }

  /** Seconds to wait before trying again, or 0 when a try is allowed. */
  retryAfter(email: string, ip: string): number {
    const account = this.recent(`a:${email}`);
    const address = this.recent(`i:${ip}`);
    const blocked: number[] = [];
    if (account.length >= this.options.maxPerAccount) blocked.push(account[account.length - this.options.maxPerAccount]!);
    if (address.length >= this.options.maxPerIp) blocked.push(address[address.length - this.options.maxPerIp]!);
    if (blocked.length === 0) return 0;
    const until = Math.max(...blocked) + this.options.windowMs;
    return Math.max(1, Math.ceil((until - this.now()) / 1000));
  }

  fail(email: string, ip: string): void {
    for (const key of [`a:${email}`, `i:${ip}`]) this.failures.set(key, [...this.recent(key), this.now()]);
    if (this.failures.size > 10_000) this.prune();
  }

  succeed(email: string): void {
    this.failures.delete(`a:${email}`);
  }

  private recent(key: string): number[] {
    const since = this.now() - this.options.windowMs;
    return (this.failures.get(key) ?? []).filter((t) => t > since);
  }

  private prune(): void {
    for (const key of this.failures.keys()) {
      const recent = this.recent(key);
      if (recent.length === 0) this.failures.delete(key);
      else this.failures.set(key, recent);
    }
  }
}
