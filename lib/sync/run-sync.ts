import type { ClaimcheckDB } from '../factbase/db';
import { readFactbaseMeta } from '../factbase/load-snapshot-into-db';
import { SnapshotSchema } from '../factbase/schema';
import type { SyncStatus } from '../messages';
import { applyDelta, applySnapshot } from './apply';
import { nextAttemptAt, parseRetryAfter } from './backoff';
import { FeedDeltaSchema, FeedManifestSchema, type FeedManifest } from './feed-schema';
import { sha256Hex } from './hash';
import { verifyManifest } from './signature';
import {
  getSyncState,
  getSyncStatus,
  putSyncState,
  putSyncStatus,
  SYNC_STATE_KEY,
  SYNC_STATUS_KEY,
  type SyncState,
} from './status';
import { compareVersions } from './version';

export const MAX_MANIFEST_BYTES = 1024 * 1024;
export const MAX_FILE_BYTES = 256 * 1024 * 1024;
export const DEFAULT_TIMEOUT_MS = 30_000;

export interface SyncDeps {
  db: ClaimcheckDB;
  feedUrl: string;
  /** Pinned Ed25519 public key (hex). */
  publicKey: string;
  fetch?: typeof fetch;
  now?: () => number;
  /** Per request, including reading the body. */
  timeoutMs?: number;
  /** "Sync now": skips our own backoff (never the server's Retry-After). */
  manual?: boolean;
  /** Runs inside the apply transaction, after the rows (test builds inject faults here). */
  inTransaction?: () => Promise<void>;
  /** Called after a new base is committed (drop warm caches). */
  onApplied?: () => void;
}

export type SyncOutcome = SyncStatus & {
  applied?: 'snapshot' | 'delta';
  version?: string;
  /** Milliseconds per phase, for benches and logs (not stored). */
  timings?: { manifest: number; download: number; validate: number; apply: number; total: number };
};

/** A failure worth showing the reader, with the server's Retry-After when it gave one. */
export class SyncError extends Error {
  constructor(
    message: string,
    readonly retryAfterAt?: number,
  ) {
    super(message);
  }
}

async function get(
  deps: SyncDeps,
  url: string,
  headers: Record<string, string>,
  limit: number,
  what: string,
) {
  const f = deps.fetch ?? fetch;
  const timeout = deps.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const now = deps.now ?? Date.now;
  let res: Response;
  try {
    // no-store: our own ETag logic decides; the HTTP cache must not replay an old answer.
    res = await f(url, {
      headers,
      cache: 'no-store',
      signal: AbortSignal.timeout(timeout),
      credentials: 'omit',
      redirect: 'follow',
    });
  } catch (e) {
    throw new SyncError(describeNetworkError(e, what, timeout));
  }
  if (res.status === 304) return { res, bytes: new Uint8Array() };
  if (!res.ok) {
    throw new SyncError(
      `${what}: server answered HTTP ${res.status}`,
      parseRetryAfter(res.headers.get('retry-after'), now()),
    );
  }
  const declared = Number(res.headers.get('content-length') ?? NaN);
  if (declared > limit) throw new SyncError(`${what}: ${declared} bytes is over the ${limit}-byte limit`);
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await res.arrayBuffer());
  } catch (e) {
    throw new SyncError(describeNetworkError(e, what, timeout, true));
  }
  if (bytes.length > limit)
    throw new SyncError(`${what}: ${bytes.length} bytes is over the ${limit}-byte limit`);
  return { res, bytes };
}

function describeNetworkError(e: unknown, what: string, timeout: number, body = false): string {
  const name = (e as { name?: string })?.name;
  if (name === 'TimeoutError' || name === 'AbortError')
    return `${what}: no answer within ${Math.round(timeout / 1000)} s (timed out)`;
  const msg = e instanceof Error ? e.message : String(e);
  return body ? `${what}: download broke off (${msg})` : `${what}: server unreachable (${msg})`;
}

function parseJson(bytes: Uint8Array, what: string): unknown {
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw new SyncError(`${what} is not valid JSON`);
  }
}

function schemaError(what: string, issues: { path: PropertyKey[]; message: string }[]): SyncError {
  const first = issues[0];
  return new SyncError(
    `${what} fails the schema (${first ? `${first.path.map(String).join('.') || '(root)'}: ${first.message}` : 'invalid'})`,
  );
}

async function verifiedManifest(deps: SyncDeps, bytes: Uint8Array): Promise<FeedManifest> {
  const parsed = FeedManifestSchema.safeParse(parseJson(bytes, 'Manifest'));
  if (!parsed.success) throw schemaError('Manifest', parsed.error.issues);
  if (!(await verifyManifest(parsed.data, deps.publicKey))) {
    throw new SyncError(
      'Manifest signature is invalid (not signed by the pinned feed key); nothing was applied',
    );
  }
  return parsed.data;
}

async function fetchBound(
  deps: SyncDeps,
  url: string,
  sha256: string,
  size: number | undefined,
  what: string,
): Promise<unknown> {
  const { bytes } = await get(deps, url, {}, MAX_FILE_BYTES, what);
  if (size !== undefined && bytes.length !== size)
    throw new SyncError(`${what}: ${bytes.length} bytes, the signed manifest says ${size}`);
  const actual = await sha256Hex(bytes);
  if (actual !== sha256)
    throw new SyncError(`${what}: sha256 does not match the signed manifest (tampered or corrupt)`);
  return parseJson(bytes, what);
}

/**
 * One sync attempt: conditional manifest fetch → signature → version order →
 * delta or snapshot (hash-bound, schema-validated) → one-transaction apply.
 * Never throws; the outcome is also stored for the popup.
 */
export async function runSync(deps: SyncDeps): Promise<SyncOutcome> {
  const { db } = deps;
  const now = deps.now ?? Date.now;
  const started = now();
  const previous = await getSyncStatus(db);
  const state = await getSyncState(db);

  if (state.retryAfterUntil && state.retryAfterUntil > started) {
    return { ...previous, result: 'waiting', nextAttemptAt: state.retryAfterUntil };
  }
  if (!deps.manual && previous.nextAttemptAt && previous.nextAttemptAt > started) return previous;

  const base = await readFactbaseMeta(db);
  const current = base?.version ?? null;
  const t0 = performance.now();
  try {
    const headers: Record<string, string> = {};
    if (state.etag && state.etagVersion === current) headers['If-None-Match'] = state.etag;
    const m = await get(deps, deps.feedUrl, headers, MAX_MANIFEST_BYTES, 'Manifest');
    if (m.res.status === 304) return await succeed(deps, started, state, 'not-modified', current);
    const manifest = await verifiedManifest(deps, m.bytes);
    const etag = m.res.headers.get('etag') ?? undefined;

    if (current !== null && manifest.version === current) {
      return await succeed(deps, started, { ...state, etag, etagVersion: current }, 'up-to-date', current);
    }
    if (current !== null && compareVersions(manifest.version, current) <= 0) {
      throw new SyncError(
        `Refused feed version ${manifest.version}: not newer than the installed ${current} (downgrade or replay)`,
      );
    }

    const lead =
      current === null
        ? undefined
        : manifest.deltas.find((d) => d.from === current && d.to === manifest.version);
    const finish = async (newState: SyncState, status: SyncStatus) => {
      // Inside the apply transaction: status, state and base commit together.
      await db.meta.put({ key: SYNC_STATUS_KEY, value: status });
      await db.meta.put({ key: SYNC_STATE_KEY, value: newState });
      if (deps.inTransaction) await deps.inTransaction();
    };
    const okState: SyncState = { failures: 0, etag, etagVersion: manifest.version };
    const okStatus: SyncStatus = { lastAttempt: started, lastSuccess: now(), result: 'updated' };

    const t = { manifest: performance.now() - t0, download: 0, validate: 0, apply: 0, total: 0 };
    let mark = performance.now();
    const lap = (k: 'download' | 'validate' | 'apply') => {
      const n = performance.now();
      t[k] = n - mark;
      mark = n;
    };
    if (lead) {
      const raw = await fetchBound(
        deps,
        new URL(lead.url, deps.feedUrl).href,
        lead.sha256,
        lead.size,
        'Delta',
      );
      lap('download');
      const delta = FeedDeltaSchema.safeParse(raw);
      if (!delta.success) throw schemaError('Delta', delta.error.issues);
      if (delta.data.from !== lead.from || delta.data.to !== lead.to)
        throw new SyncError('Delta versions differ from the signed manifest');
      lap('validate');
      await putSyncState(db, { ...state, inProgress: { version: manifest.version, since: now() } });
      await applyDelta(
        db,
        delta.data,
        { created: delta.data.created, sha256: manifest.snapshot.sha256, counts: manifest.counts },
        () => finish(okState, okStatus),
      );
      lap('apply');
      deps.onApplied?.();
      return {
        ...okStatus,
        applied: 'delta',
        version: manifest.version,
        timings: { ...t, total: performance.now() - t0 },
      };
    }

    const raw = await fetchBound(
      deps,
      new URL(manifest.snapshot.url, deps.feedUrl).href,
      manifest.snapshot.sha256,
      manifest.snapshot.size,
      'Snapshot',
    );
    lap('download');
    const snap = SnapshotSchema.safeParse(raw);
    if (!snap.success) throw schemaError('Snapshot', snap.error.issues);
    if (snap.data.version !== manifest.version)
      throw new SyncError(
        `Snapshot is version ${snap.data.version}, the signed manifest says ${manifest.version}`,
      );
    lap('validate');
    await putSyncState(db, { ...state, inProgress: { version: manifest.version, since: now() } });
    await applySnapshot(db, snap.data, manifest.snapshot.sha256, () => finish(okState, okStatus));
    lap('apply');
    deps.onApplied?.();
    return {
      ...okStatus,
      applied: 'snapshot',
      version: manifest.version,
      timings: { ...t, total: performance.now() - t0 },
    };
  } catch (e) {
    return fail(deps, started, previous, state, e);
  }
}

async function succeed(
  deps: SyncDeps,
  started: number,
  state: SyncState,
  result: string,
  version: string | null,
): Promise<SyncOutcome> {
  const status: SyncStatus = { lastAttempt: started, lastSuccess: (deps.now ?? Date.now)(), result };
  await putSyncState(deps.db, { ...state, failures: 0, retryAfterUntil: undefined, inProgress: undefined });
  await putSyncStatus(deps.db, status);
  return { ...status, version: version ?? undefined };
}

async function fail(
  deps: SyncDeps,
  started: number,
  previous: SyncStatus,
  state: SyncState,
  e: unknown,
): Promise<SyncOutcome> {
  const now = (deps.now ?? Date.now)();
  const message =
    e instanceof SyncError
      ? e.message
      : `Apply failed: ${describeApplyError(e)}; the previous fact base was kept`;
  const retryAfterAt = e instanceof SyncError ? e.retryAfterAt : undefined;
  const failures = state.failures + 1;
  const status: SyncStatus = {
    lastAttempt: started,
    lastSuccess: previous.lastSuccess,
    result: 'error',
    error: message,
    nextAttemptAt: nextAttemptAt(failures, now, retryAfterAt),
  };
  try {
    await putSyncState(deps.db, { ...state, failures, retryAfterUntil: retryAfterAt, inProgress: undefined });
    await putSyncStatus(deps.db, status);
  } catch {
    // Storage itself failing (quota): the status can't be stored, but the caller still sees it.
  }
  return status;
}

function describeApplyError(e: unknown): string {
  const name = (e as { name?: string; inner?: { name?: string } })?.name;
  const inner = (e as { inner?: { name?: string } })?.inner?.name;
  if (name === 'QuotaExceededError' || inner === 'QuotaExceededError') return 'storage quota exceeded';
  return e instanceof Error ? `${e.name}: ${e.message}` : String(e);
}

/**
 * At worker start: an apply marked in progress whose version never committed
 * means the worker was stopped mid-apply (IndexedDB rolled it back). Say so.
 */
export async function recoverInterruptedSync(db: ClaimcheckDB, now = Date.now()): Promise<boolean> {
  const state = await getSyncState(db);
  if (!state.inProgress) return false;
  const base = await readFactbaseMeta(db);
  const previous = await getSyncStatus(db);
  const failures = state.failures + 1;
  await putSyncState(db, { ...state, inProgress: undefined, failures });
  if (base?.version === state.inProgress.version) return false;
  await putSyncStatus(db, {
    ...previous,
    result: 'error',
    error:
      `Sync to ${state.inProgress.version} was interrupted (the background stopped mid-apply); the previous fact base ${base?.version ?? ''} was kept`.trim(),
    // Retry after the usual backoff, not at once: the reader sees what happened first.
    nextAttemptAt: nextAttemptAt(failures, now),
  });
  return true;
}
