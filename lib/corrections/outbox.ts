import type { ClaimcheckDB } from '../factbase/db';
import { entriesToPrune, nextPoll, type LifecyclePolicy } from './lifecycle';
import type { Correction, OutboxEntry } from './schema';

/**
 * The outbox's state transitions, each one Dexie transaction. The entry id is
 * also the Idempotency-Key, so however often an entry is (re)sent the server
 * keeps one correction.
 *
 *   queued ──claim──▶ sending ──2xx──▶ sent ──poll──▶ accepted | rejected
 *     ▲                  │ network/5xx/429/timeout   │  (4xx refusal ──▶ rejected)
 *     └──── retry ◀──────┘                           └─ no review after pollForMs ──▶ sent + pollStoppedAt
 *
 * `nextAttemptAt` is when the entry next needs work: a send for queued, the
 * lease expiry for sending (a worker that died mid-send), a poll for sent;
 * NEVER for accepted, rejected and stopped entries. The policy (poll gaps,
 * polling window, retention, cap) is lifecycle.ts.
 */
type DB = Pick<ClaimcheckDB, 'outbox' | 'transaction'>;

export const PENDING_STATUSES = ['queued', 'sending'] as const;
/** nextAttemptAt of an entry that needs no more work. */
const NEVER = Number.MAX_SAFE_INTEGER;
const isPolled = (e: OutboxEntry) => e.status === 'sent' && !!e.serverId && e.pollStoppedAt === undefined;

/** Stores a correction (first, before any network). Re-submitting the same id returns the stored entry. */
export async function enqueue(db: DB, correction: Correction, id: string, now: number): Promise<OutboxEntry> {
  return db.transaction('rw', db.outbox, async () => {
    const existing = await db.outbox.get(id);
    if (existing) return existing;
    const entry: OutboxEntry = {
      id,
      correction,
      status: 'queued',
      attempts: 0,
      nextAttemptAt: now,
      createdAt: now,
    };
    await db.outbox.add(entry);
    return entry;
  });
}

/**
 * Takes every entry due for sending and marks it `sending` with a lease, in one
 * transaction, so two drains (alarm + popup, say) never send the same entry at once.
 */
export async function claimDue(db: DB, now: number, leaseMs: number): Promise<OutboxEntry[]> {
  return db.transaction('rw', db.outbox, async () => {
    const due = await db.outbox
      .where('nextAttemptAt')
      .belowOrEqual(now)
      .filter((e) => e.status === 'queued' || e.status === 'sending')
      .toArray();
    const claimed = due.map((e) => ({
      ...e,
      status: 'sending' as const,
      attempts: e.attempts + 1,
      nextAttemptAt: now + leaseMs,
    }));
    await db.outbox.bulkPut(claimed);
    return claimed;
  });
}

/** On a fresh worker nothing is in flight: a `sending` entry was orphaned by a stopped worker. */
export async function releaseOrphans(db: DB, now: number): Promise<number> {
  return db.outbox
    .where('status')
    .equals('sending')
    .modify((e) => {
      e.status = 'queued';
      e.nextAttemptAt = now;
    });
}

export async function markSent(
  db: DB,
  id: string,
  serverId: string,
  review: 'received' | 'accepted' | 'rejected',
  reason: string | undefined,
  nextPollAt: number,
  now: number,
): Promise<void> {
  const final = review !== 'received';
  await db.outbox.update(id, {
    status: final ? review : 'sent',
    serverId,
    reason,
    lastError: undefined,
    nextAttemptAt: final ? NEVER : nextPollAt,
    polls: 0,
    sentAt: now,
    settledAt: final ? now : undefined,
    pollStoppedAt: undefined,
  });
}

export async function markRetry(db: DB, id: string, error: string, nextAttemptAt: number): Promise<void> {
  await db.outbox.update(id, { status: 'queued', lastError: error, nextAttemptAt });
}

/** The endpoint refused the body itself (400/413/422); keep it, with the reason, for the reader. */
export async function markRefused(db: DB, id: string, reason: string, now: number): Promise<void> {
  await db.outbox.update(id, {
    status: 'rejected',
    reason,
    lastError: reason,
    nextAttemptAt: NEVER,
    settledAt: now,
  });
}

export async function dueForPoll(db: DB, now: number): Promise<OutboxEntry[]> {
  return db.outbox.where('nextAttemptAt').belowOrEqual(now).filter(isPolled).toArray();
}

/** Entries still being polled, whether due or not (the reader opened the popup: ask now). */
export async function awaitingReview(db: DB): Promise<OutboxEntry[]> {
  return db.outbox.where('status').equals('sent').filter(isPolled).toArray();
}

/**
 * Records one poll's answer. A review (accepted/rejected) settles the entry; no review or a failed
 * poll schedules the next poll, or stops polling once the entry's window is over (lifecycle.ts).
 */
export async function recordPoll(
  db: DB,
  id: string,
  result: { status: 'received' | 'accepted' | 'rejected'; reason?: string } | { error: string },
  now: number,
  policy: LifecyclePolicy,
  random?: () => number,
): Promise<void> {
  await db.transaction('rw', db.outbox, async () => {
    const e = await db.outbox.get(id);
    if (!e || !isPolled(e)) return;
    const polls = (e.polls ?? 0) + 1;
    if (!('error' in result) && result.status !== 'received') {
      await db.outbox.update(id, {
        polls,
        status: result.status,
        reason: result.reason,
        lastError: undefined,
        nextAttemptAt: NEVER,
        settledAt: now,
      });
      return;
    }
    const lastError = 'error' in result ? result.error : undefined;
    const next = nextPoll(e, now, policy, random);
    await db.outbox.update(
      id,
      next.kind === 'poll'
        ? { polls, lastError, nextAttemptAt: next.at }
        : { polls, lastError, nextAttemptAt: NEVER, pollStoppedAt: now },
    );
  });
}

/** Deletes what the policy lets go (settled entries past retention or over the cap), in one transaction. */
export async function pruneOutbox(db: DB, now: number, policy: LifecyclePolicy): Promise<string[]> {
  return db.transaction('rw', db.outbox, async () => {
    const ids = entriesToPrune(await db.outbox.toArray(), now, policy);
    if (ids.length) await db.outbox.bulkDelete(ids);
    return ids;
  });
}

/** When the outbox next needs the worker, or null when nothing is pending. */
export async function nextWakeAt(db: DB): Promise<number | null> {
  const next = await db.outbox
    .orderBy('nextAttemptAt')
    .filter((e) => e.status === 'queued' || e.status === 'sending' || isPolled(e))
    .first();
  return next ? next.nextAttemptAt : null;
}

/** Newest first; optionally only the corrections about one page. */
export async function listEntries(db: DB, pageUrl?: string): Promise<OutboxEntry[]> {
  const all = await db.outbox.orderBy('createdAt').reverse().toArray();
  return pageUrl ? all.filter((e) => e.correction.pageUrl === pageUrl) : all;
}
