/**
 * Per-client token bucket. In memory on purpose: one process serves loopback
 * or a small deployment; the map is pruned so a flood of addresses can't grow it without bound.
 */
export interface RateLimitOptions {
  /** Requests a client may burst. */
  capacity: number;
  /** Tokens regained per second. */
  refillPerSecond: number;
  maxClients?: number;
}

export const DEFAULT_RATE_LIMIT: RateLimitOptions = { capacity: 20, refillPerSecond: 0.5 };

export class RateLimiter {
  private buckets = new Map<string, { tokens: number; at: number }>();
  constructor(
    private opts: RateLimitOptions = DEFAULT_RATE_LIMIT,
    private now: () => number = () => Date.now(),
  ) {}

  /** `{ok: true}` and a token spent, or the whole seconds to wait. */
  take(client: string): { ok: true } | { ok: false; retryAfter: number } {
    const t = this.now();
    const b = this.buckets.get(client) ?? { tokens: this.opts.capacity, at: t };
    b.tokens = Math.min(this.opts.capacity, b.tokens + ((t - b.at) / 1000) * this.opts.refillPerSecond);
    b.at = t;
    this.buckets.delete(client);
    this.buckets.set(client, b); // re-insert: Map order doubles as LRU order
    if (this.buckets.size > (this.opts.maxClients ?? 10_000)) {
      const oldest = this.buckets.keys().next().value;
      if (oldest !== undefined) this.buckets.delete(oldest);
    }
    if (b.tokens >= 1) {
      b.tokens -= 1;
      return { ok: true };
    }
    return { ok: false, retryAfter: Math.max(1, Math.ceil((1 - b.tokens) / this.opts.refillPerSecond)) };
  }
}
