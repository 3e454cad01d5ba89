export const MIN_BACKOFF_MS = 60_000;
export const MAX_BACKOFF_MS = 6 * 60 * 60_000;

/** Seconds or an HTTP date, as Retry-After allows; undefined when absent or nonsense. */
export function parseRetryAfter(header: string | null | undefined, now: number): number | undefined {
  if (!header) return undefined;
  const h = header.trim();
  if (/^\d{1,9}$/.test(h)) return now + Number(h) * 1000;
  const t = Date.parse(h);
  return Number.isFinite(t) ? Math.max(now, t) : undefined;
}

/**
 * When to try again after `failures` consecutive failures: exponential from a
 * minute to six hours with ±20 % jitter, never earlier than the server's Retry-After.
 */
export function nextAttemptAt(
  failures: number,
  now: number,
  retryAfterAt?: number,
  random = Math.random,
): number {
  const base = Math.min(MAX_BACKOFF_MS, MIN_BACKOFF_MS * 2 ** Math.max(0, failures - 1));
  const jittered = base * (0.8 + 0.4 * random());
  return Math.max(now + jittered, retryAfterAt ?? 0);
}
