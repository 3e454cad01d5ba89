import type { ClaimcheckDB } from '../factbase/db';
import { backoffDelay } from './backoff';
import type { OutboxTuning } from './config';
import {
  awaitingReview,
  claimDue,
  dueForPoll,
  markRefused,
  markRetry,
  markSent,
  nextWakeAt,
  pruneOutbox,
  recordPoll,
} from './outbox';
import { fetchReviewStatus, postCorrection } from './send';
import type { OutboxEntry } from './schema';

/**
 * One pass over the outbox: send what is due, poll what was sent, then ask
 * the caller to wake us again when the next entry is due. Pure of browser
 * APIs so it runs in Node tests; the background supplies `schedule`.
 */
export interface ProcessDeps {
  /** A getter, so the background can open Dexie lazily on each worker start. */
  db: () => Pick<ClaimcheckDB, 'outbox' | 'transaction'>;
  endpoint: () => Promise<string>;
  tuning: () => Promise<OutboxTuning>;
  schedule: (at: number | null) => void | Promise<void>;
  fetch?: typeof fetch;
  now?: () => number;
  random?: () => number;
}

export async function sendEntry(
  deps: ProcessDeps,
  entry: OutboxEntry,
  endpoint: string,
  t: OutboxTuning,
): Promise<void> {
  const now = deps.now ?? Date.now;
  const out = await postCorrection(endpoint, entry.id, entry.correction, {
    timeoutMs: t.timeoutMs,
    fetch: deps.fetch,
    now,
  });
  if (out.kind === 'sent') {
    const at = now();
    await markSent(deps.db(), entry.id, out.serverId, out.status, out.reason, at + t.pollBaseMs, at);
  } else if (out.kind === 'refused') {
    await markRefused(deps.db(), entry.id, out.error, now());
  } else {
    const backoff = backoffDelay(entry.attempts, { baseMs: t.baseDelayMs, maxMs: t.maxDelayMs }, deps.random);
    // Honour Retry-After, but never retry sooner than our own backoff.
    await markRetry(deps.db(), entry.id, out.error, now() + Math.max(backoff, out.retryAfterMs ?? 0));
  }
}

export async function pollEntry(
  deps: ProcessDeps,
  entry: OutboxEntry,
  endpoint: string,
  t: OutboxTuning,
): Promise<void> {
  const now = deps.now ?? Date.now;
  if (!entry.serverId) return;
  const out = await fetchReviewStatus(endpoint, entry.serverId, {
    timeoutMs: t.timeoutMs,
    fetch: deps.fetch,
    now,
  });
  // The next poll (growing gaps) or the end of polling is the lifecycle policy's call.
  await recordPoll(
    deps.db(),
    entry.id,
    out.kind === 'status' ? out : { error: out.error },
    now(),
    t,
    deps.random,
  );
}

export async function processOnce(deps: ProcessDeps, opts: { pollAll?: boolean } = {}): Promise<void> {
  const now = deps.now ?? Date.now;
  const t = await deps.tuning();
  const endpoint = await deps.endpoint();
  // Settled entries past retention (or over the cap) go; unsent ones never do (lifecycle.ts).
  await pruneOutbox(deps.db(), now(), t);
  // Keep a wake-up armed for the whole pass (the alarm that started it is spent).
  const pending = await nextWakeAt(deps.db());
  if (pending !== null) await deps.schedule(Math.max(pending, now() + t.timeoutMs + 5_000));
  const claimed = await claimDue(deps.db(), now(), t.timeoutMs + 5_000);
  // Arm the wake-up BEFORE any network: if the worker is stopped mid-send, the
  // alarm at lease expiry restarts it and the entry is sent again (same key).
  if (claimed.length) await deps.schedule(await nextWakeAt(deps.db()));
  await Promise.all(claimed.map((e) => sendEntry(deps, e, endpoint, t)));
  const toPoll = opts.pollAll ? await awaitingReview(deps.db()) : await dueForPoll(deps.db(), now());
  await Promise.all(toPoll.map((e) => pollEntry(deps, e, endpoint, t)));
  await deps.schedule(await nextWakeAt(deps.db()));
}

/**
 * Serialises passes within one context: a request that arrives while a pass
 * runs is folded into one follow-up pass instead of overlapping it.
 */
export function createProcessor(deps: ProcessDeps) {
  let running: Promise<void> | null = null;
  let again = false;
  let againPollAll = false;
  const run = (opts: { pollAll?: boolean } = {}): Promise<void> => {
    if (running) {
      again = true;
      againPollAll ||= !!opts.pollAll;
      return running;
    }
    running = (async () => {
      let pollAll = !!opts.pollAll;
      do {
        again = false;
        try {
          await processOnce(deps, { pollAll });
        } catch (e) {
          // A failed pass (DB closed, settings unreadable) must not wedge the
          // outbox: entries stay stored and the next wake retries.
          console.warn('[claimcheck] corrections pass failed', e);
        }
        pollAll = againPollAll;
        againPollAll = false;
      } while (again);
      running = null;
    })();
    return running;
  };
  return run;
}
