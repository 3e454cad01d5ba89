import { backoffDelay } from './backoff';
import type { OutboxEntry } from './schema';

/**
 * The outbox lifecycle policy, pure (every function takes `now`), so its ages and backoff are
 * tested with an injected clock. The outbox (outbox.ts) and the processor (process.ts) apply it.
 *
 *   unsent (queued/sending) ── the server stores it ──▶ awaiting review (status `sent`)
 *   awaiting review ── polled with growing gaps (pollBaseMs doubling up to pollMaxMs) ──▶
 *       accepted | rejected           (final: polling stops at once)
 *       stopped checking              (no answer pollForMs after the server took it)
 *   final or stopped ── keepSettledMs later ──▶ pruned
 *
 * A correction is never lost: only entries the server holds (they have a serverId) are ever
 * pruned. Unsent entries and entries the server refused outright (400/413, no serverId) are
 * kept however old, and the cap (maxEntries) is met only by dropping the oldest settled entries,
 * so it is a soft cap that unsent entries may exceed.
 */
export interface LifecyclePolicy {
  /** First status poll after the server took a correction; the gap doubles per poll ... */
  pollBaseMs: number;
  /** ... up to this. */
  pollMaxMs: number;
  /** Stop polling this long after the server took the correction (the reader sees "stopped checking"). */
  pollForMs: number;
  /** Keep an accepted, rejected or stopped entry this long after it settled, then prune it. */
  keepSettledMs: number;
  /** Soft cap on stored entries: past it, the oldest settled entries go first. */
  maxEntries: number;
}

export const DAY_MS = 24 * 3_600_000;

export const DEFAULT_LIFECYCLE: LifecyclePolicy = {
  pollBaseMs: 60_000,
  pollMaxMs: 6 * 3_600_000,
  pollForMs: 30 * DAY_MS,
  keepSettledMs: 90 * DAY_MS,
  maxEntries: 200,
};

/** Where an entry is in its life, as the reader and the pruner see it. */
export type Phase = 'unsent' | 'awaiting-review' | 'stopped-checking' | 'accepted' | 'rejected';

export function phaseOf(e: OutboxEntry): Phase {
  switch (e.status) {
    case 'queued':
    case 'sending':
      return 'unsent';
    case 'sent':
      return e.pollStoppedAt !== undefined ? 'stopped-checking' : 'awaiting-review';
    default:
      return e.status;
  }
}

/** When the server took the entry (entries from before `sentAt` existed: when it was written). */
export const sentAtOf = (e: OutboxEntry): number => e.sentAt ?? e.createdAt;

export type PollDecision = { kind: 'poll'; at: number } | { kind: 'stop' };

/**
 * After a poll that found no review (or failed): when to ask next, or stop. The gap grows with
 * each poll; the last poll falls exactly on the deadline, so a review that lands before it is seen.
 */
export function nextPoll(
  e: Pick<OutboxEntry, 'sentAt' | 'createdAt' | 'polls'>,
  now: number,
  policy: LifecyclePolicy,
  random: () => number = Math.random,
): PollDecision {
  const deadline = (e.sentAt ?? e.createdAt) + policy.pollForMs;
  if (now >= deadline) return { kind: 'stop' };
  const gap = backoffDelay(
    (e.polls ?? 0) + 2,
    { baseMs: policy.pollBaseMs, maxMs: policy.pollMaxMs },
    random,
  );
  return { kind: 'poll', at: Math.min(now + gap, deadline) };
}

/** When an entry stopped needing the network, or undefined while it still does. */
export function settledAtOf(e: OutboxEntry): number | undefined {
  const phase = phaseOf(e);
  if (phase === 'stopped-checking') return e.pollStoppedAt;
  // Entries settled before `settledAt` existed count from when they were written.
  if (phase === 'accepted' || phase === 'rejected') return e.settledAt ?? e.createdAt;
  return undefined;
}

/** Only a settled entry the server holds may go; anything else would lose a correction. */
export function mayPrune(e: OutboxEntry): boolean {
  return !!e.serverId && settledAtOf(e) !== undefined;
}

/** Ids to delete: settled entries past retention, then the oldest settled ones while over the cap. */
export function entriesToPrune(entries: OutboxEntry[], now: number, policy: LifecyclePolicy): string[] {
  const candidates = entries
    .filter(mayPrune)
    .sort((a, b) => settledAtOf(a)! - settledAtOf(b)! || a.createdAt - b.createdAt);
  const out: string[] = [];
  let kept = entries.length;
  for (const e of candidates) {
    const expired = settledAtOf(e)! + policy.keepSettledMs <= now;
    if (!expired && kept <= policy.maxEntries) break;
    out.push(e.id);
    kept--;
  }
  return out;
}
