import type { ClaimcheckDB } from '@/lib/factbase/db';
import type { SyncStatus } from '@/lib/messages';
import type { SyncOutcome } from '@/lib/sync/run-sync';

/**
 * Test builds only (WXT_SYNC_TEST_HOOKS=1): faults the e2e suite injects
 * inside the apply transaction, where a real failure would strike.
 * - `quota`: throws QuotaExceededError, as IndexedDB does when storage is full.
 * - `stall`: keeps the transaction busy (so the test can stop the worker mid-apply).
 */
export type TestFault = 'quota' | 'stall' | null;
let fault: TestFault = null;
let applying = false;
let last: SyncOutcome | null = null;

/** Keeps the last outcome (with phase timings) for the bench. */
export function recordOutcome(o: SyncOutcome): void {
  last = o;
}

export async function testFaultInTransaction(db: ClaimcheckDB): Promise<void> {
  applying = true;
  if (fault === 'quota') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  if (fault === 'stall') {
    // Chained requests keep an IndexedDB transaction alive (a timer would let it commit).
    const end = Date.now() + 30_000;
    while (Date.now() < end) await db.meta.get('sync');
  }
}

export function installSyncTestHooks(syncOnce: (manual: boolean) => Promise<SyncStatus>): void {
  (globalThis as Record<string, unknown>).claimcheckSyncTest = {
    setFault: (f: TestFault) => {
      fault = f;
      applying = false;
    },
    isApplying: () => applying,
    lastOutcome: () => last,
    syncNow: () => syncOnce(true),
  };
}
