import { browser } from 'wxt/browser';
import type { BackgroundMessages, Handlers, SyncStatus } from '@/lib/messages';
import { getSettings, watchSettings } from '@/lib/settings-storage';
import type { ClaimcheckDB } from '@/lib/factbase/db';
import { pinnedFeedPublicKey } from '@/lib/sync/pinned-key';
import { recoverInterruptedSync, runSync, DEFAULT_TIMEOUT_MS } from '@/lib/sync/run-sync';
import { getSyncStatus } from '@/lib/sync/status';
import { factbaseDb, invalidateFactbaseCache } from './factbase';
import { installSyncTestHooks, recordOutcome, testFaultInTransaction } from './sync-test-hooks';

/**
 * Background glue for feed sync: on install (first start with no attempt yet),
 * on a periodic alarm (settings.syncIntervalHours), on a retry alarm after a
 * failure (backoff / Retry-After), and on "Sync now". All logic is in lib/sync.
 */
export const SYNC_ALARM = 'claimcheck-sync';
export const RETRY_ALARM = 'claimcheck-sync-retry';

const TIMEOUT_MS = Number(import.meta.env.WXT_SYNC_TIMEOUT_MS) || DEFAULT_TIMEOUT_MS;
const TEST_HOOKS = import.meta.env.WXT_SYNC_TEST_HOOKS === '1';

let inflight: Promise<SyncStatus> | null = null;
let listening = false;

async function attempt(db: ClaimcheckDB, manual: boolean): Promise<SyncStatus> {
  const settings = await getSettings();
  const outcome = await runSync({
    db,
    feedUrl: settings.feedUrl,
    publicKey: pinnedFeedPublicKey(),
    manual,
    timeoutMs: TIMEOUT_MS,
    inTransaction: TEST_HOOKS ? () => testFaultInTransaction(db) : undefined,
    onApplied: invalidateFactbaseCache,
  });
  await scheduleRetry(outcome.nextAttemptAt);
  if (TEST_HOOKS) recordOutcome(outcome);
  const { lastAttempt, lastSuccess, result, error, nextAttemptAt } = outcome;
  return { lastAttempt, lastSuccess, result, error, nextAttemptAt };
}

/** One sync at a time. "Sync now" during an automatic run waits for it, then runs its own. */
export async function syncOnce(manual: boolean): Promise<SyncStatus> {
  if (inflight && !manual) return inflight;
  if (inflight) await inflight.catch(() => undefined);
  const db = await factbaseDb();
  // Chrome stops an MV3 worker after ~30 s without extension events; a large
  // apply started by an alarm can take longer. Any extension API call resets that
  // timer, so tick one while a sync runs (Chrome 110+).
  const keepAlive = setInterval(() => void browser.runtime.getPlatformInfo().catch(() => undefined), 20_000);
  const run = attempt(db, manual).finally(() => {
    clearInterval(keepAlive);
    if (inflight === run) inflight = null;
  });
  inflight = run;
  return run;
}

async function scheduleRetry(at: number | undefined): Promise<void> {
  await browser.alarms.clear(RETRY_ALARM);
  if (at && at > Date.now()) await browser.alarms.create(RETRY_ALARM, { when: at });
}

async function ensureAlarm(hours: number): Promise<void> {
  const minutes = Math.max(15, Math.round(hours * 60));
  const existing = await browser.alarms.get(SYNC_ALARM);
  if (existing?.periodInMinutes === minutes) return;
  await browser.alarms.create(SYNC_ALARM, { periodInMinutes: minutes, delayInMinutes: minutes });
}

export const syncHandlers: Pick<Handlers<BackgroundMessages>, 'syncNow'> = {
  syncNow: () => syncOnce(true),
};

/**
 * Runs on every worker start. Listeners are added here (index.ts calls this
 * after the database opens); because an alarm that woke the worker may fire
 * before they exist, start-up also catches up on any sync that is due.
 */
export async function initSync(): Promise<void> {
  if (!listening) {
    listening = true;
    browser.alarms.onAlarm.addListener((alarm) => {
      if (alarm.name === SYNC_ALARM || alarm.name === RETRY_ALARM) void syncOnce(false);
    });
    watchSettings((s) => void ensureAlarm(s.syncIntervalHours));
    if (TEST_HOOKS) installSyncTestHooks(syncOnce);
  }
  const db = await factbaseDb();
  const settings = await getSettings();
  await ensureAlarm(settings.syncIntervalHours);
  await recoverInterruptedSync(db);
  const status = await getSyncStatus(db);
  const now = Date.now();
  const due =
    !status.lastAttempt || // first start after install
    (status.nextAttemptAt !== undefined && status.nextAttemptAt <= now) ||
    now - status.lastAttempt >= settings.syncIntervalHours * 3_600_000;
  if (due) void syncOnce(false);
  else await scheduleRetry(status.nextAttemptAt);
}
