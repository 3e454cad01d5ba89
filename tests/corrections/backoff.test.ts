import { describe, expect, it } from 'vitest';
import { backoffDelay, parseRetryAfter } from '@/lib/corrections/backoff';

describe('backoff', () => {
  const opts = { baseMs: 1000, maxMs: 60_000 };

  it('doubles per attempt within jitter bounds and never exceeds the cap', () => {
    expect(backoffDelay(1, opts, () => 0)).toBe(500);
    expect(backoffDelay(1, opts, () => 1)).toBe(1000);
    expect(backoffDelay(3, opts, () => 0)).toBe(2000);
    expect(backoffDelay(3, opts, () => 1)).toBe(4000);
    for (let a = 1; a < 200; a++) {
      const d = backoffDelay(a, opts);
      expect(d).toBeGreaterThanOrEqual(Math.min(opts.maxMs, 1000 * 2 ** (a - 1)) / 2 - 1);
      expect(d).toBeLessThanOrEqual(opts.maxMs);
    }
  });

  it('spreads retries: jitter gives different delays for different random draws', () => {
    expect(backoffDelay(4, opts, () => 0.1)).not.toBe(backoffDelay(4, opts, () => 0.9));
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(parseRetryAfter('7', now)).toBe(7000);
    expect(parseRetryAfter('Thu, 01 Jan 2026 00:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('garbage', now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });
});
