import type { ClaimcheckDB } from '../factbase/db';
import type { Correction, OutboxEntry } from './schema';

/**
 * The outbox's state transitions, each one Dexie transaction. The entry id is
 * also the Idempotency-Key, so however often an entry is (re)sent the server
 * keeps one correction.
 *
 *   queued ──claim──▶ sending ──2xx──▶ sent ──poll──▶ accepted | rejected
 *     ▲                  │ network/5xx/429/timeout        (4xx refusal ──▶ rejected)
 *     └──── retry ◀──────┘
 *
 * `nextAttemptAt` is when the entry next needs work: a send for queued, the
 * lease expiry for sending (a worker that died mid-send), a poll for sent.
 */
type DB = Pick<ClaimcheckDB, 'outbox' | 'transaction'>;

export const PENDING_STATUSES = ['queued', 'sending'] as const;

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
): Promise<void> {
  await db.outbox.update(id, {
    status: review === 'received' ? 'sent' : review,
    serverId,
    reason,
    lastError: undefined,
    nextAttemptAt: nextPollAt,
    polls: 0,
  });
}

export async function markRetry(db: DB, id: string, error: string, nextAttemptAt: number): Promise<void> {
  await db.outbox.update(id, { status: 'queued', lastError: error, nextAttemptAt });
}

/** The endpoint refused the body itself (400/413/422); keep it, with the reason, for the reader. */
export async function markRefused(db: DB, id: string, reason: string): Promise<void> {
  await db.outbox.update(id, {
    status: 'rejected',
    reason,
    lastError: reason,
    nextAttemptAt: Number.MAX_SAFE_INTEGER,
  });
}

export async function dueForPoll(db: DB, now: number): Promise<OutboxEntry[]> {
  return db.outbox
    .where('nextAttemptAt')
    .belowOrEqual(now)
    .filter((e) => e.status === 'sent' && !!e.serverId)
    .toArray();
}

/** Sent entries whether due or not (the reader opened the popup: ask now). */
export async function awaitingReview(db: DB): Promise<OutboxEntry[]> {
  return db.outbox.where('status').equals('sent').toArray();
}

export async function recordPoll(
  db: DB,
  id: string,
  result: { status: 'received' | 'accepted' | 'rejected'; reason?: string } | { error: string },
  nextPollAt: number,
): Promise<void> {
  await db.transaction('rw', db.outbox, async () => {
    const e = await db.outbox.get(id);
    if (!e || e.status !== 'sent') return;
    const polls = (e.polls ?? 0) + 1;
    if ('error' in result) {
      await db.outbox.update(id, { polls, nextAttemptAt: nextPollAt, lastError: result.error });
    } else if (result.status === 'received') {
      await db.outbox.update(id, { polls, nextAttemptAt: nextPollAt, lastError: undefined });
    } else {
      await db.outbox.update(id, {
        polls,
        status: result.status,
        reason: result.reason,
        lastError: undefined,
        nextAttemptAt: Number.MAX_SAFE_INTEGER,
      });
    }
  });
}

/** When the outbox next needs the worker, or null when nothing is pending. */
export async function nextWakeAt(db: DB): Promise<number | null> {
  const next = await db.outbox
    .orderBy('nextAttemptAt')
    .filter((e) => e.status === 'queued' || e.status === 'sending' || e.status === 'sent')
    .first();
  return next ? next.nextAttemptAt : null;
}

/** Newest first; optionally only the corrections about one page. */
export async function listEntries(db: DB, pageUrl?: string): Promise<OutboxEntry[]> {
  const all = await db.outbox.orderBy('createdAt').reverse().toArray();
  return pageUrl ? all.filter((e) => e.correction.pageUrl === pageUrl) : all;
}
