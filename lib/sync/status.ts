import type { ClaimcheckDB } from '../factbase/db';
import { SyncStatusSchema, type SyncStatus } from '../messages';

/** Meta row the popup reads (through getFactbaseInfo): last attempt, last success, error. */
export const SYNC_STATUS_KEY = 'sync';
/** Meta row sync keeps for itself: conditional-fetch tag, failure count, an apply in flight. */
export const SYNC_STATE_KEY = 'sync-state';

export interface SyncState {
  etag?: string;
  /** The base version the ETag was seen with; a different base means fetch unconditionally. */
  etagVersion?: string;
  failures: number;
  /** Server's Retry-After, honoured even by "Sync now". */
  retryAfterUntil?: number;
  /** Set before an apply and cleared inside its transaction: still set at start-up means the worker died mid-apply. */
  inProgress?: { version: string; since: number };
}

export async function getSyncStatus(db: ClaimcheckDB): Promise<SyncStatus> {
  const parsed = SyncStatusSchema.safeParse((await db.meta.get(SYNC_STATUS_KEY))?.value ?? {});
  return parsed.success ? parsed.data : {};
}

export async function putSyncStatus(db: ClaimcheckDB, status: SyncStatus): Promise<void> {
  await db.meta.put({ key: SYNC_STATUS_KEY, value: status });
}

export async function getSyncState(db: ClaimcheckDB): Promise<SyncState> {
  const v = (await db.meta.get(SYNC_STATE_KEY))?.value as Partial<SyncState> | undefined;
  return { failures: 0, ...(v ?? {}) };
}

export async function putSyncState(db: ClaimcheckDB, state: SyncState): Promise<void> {
  await db.meta.put({ key: SYNC_STATE_KEY, value: state });
}
