import type { ClaimcheckDB } from '../factbase/db';
import { applyFactChanges } from '../factbase/fact-groups';
import {
  DICTIONARY_KEY,
  FACTBASE_META_KEY,
  factbaseTables,
  loadSnapshotIntoDb,
  readFactbaseMeta,
  type FactbaseMeta,
} from '../factbase/load-snapshot-into-db';
import type { Snapshot } from '../factbase/schema';
import type { FeedDelta } from './feed-schema';

/**
 * Work done inside the apply transaction after the rows are written (the sync
 * status row, a test-build fault). Anything it throws aborts the whole apply.
 */
export type InTransaction = () => Promise<void>;

const tables = factbaseTables;

/** Replaces the whole base with a verified snapshot, in one transaction. */
export async function applySnapshot(
  db: ClaimcheckDB,
  snapshot: Snapshot,
  sha256: string,
  extra?: InTransaction,
): Promise<FactbaseMeta> {
  let meta!: FactbaseMeta;
  await db.transaction('rw', tables(db), async () => {
    meta = await loadSnapshotIntoDb(db, snapshot, { sha256, validate: false });
    if (extra) await extra();
  });
  return meta;
}

/**
 * Applies a verified delta in one transaction. The base must be exactly
 * `delta.from` (re-checked inside the transaction, so a concurrent writer
 * can't slip in between); otherwise nothing is written.
 */
export async function applyDelta(
  db: ClaimcheckDB,
  delta: FeedDelta,
  /** `counts` from the signed manifest saves two full-table count() scans (slow in Chromium's IndexedDB). */
  target: { created: string; sha256: string; counts?: FactbaseMeta['counts'] },
  extra?: InTransaction,
): Promise<FactbaseMeta> {
  let meta!: FactbaseMeta;
  await db.transaction('rw', tables(db), async () => {
    const current = await readFactbaseMeta(db);
    if (current?.version !== delta.from)
      throw new Error(`Delta starts at ${delta.from} but the base is ${current?.version ?? 'empty'}`);
    if (delta.models.delete.length) await db.models.bulkDelete(delta.models.delete);
    if (delta.sources.delete.length) await db.sources.bulkDelete(delta.sources.delete);
    if (delta.models.put.length) await db.models.bulkPut(delta.models.put);
    if (delta.sources.put.length) await db.sources.bulkPut(delta.sources.put);
    // Facts live in one row per model: read-modify-write the rows the delta touches, same transaction.
    const factCount = await applyFactChanges(db, delta.facts.put, delta.facts.delete);
    if (delta.dictionary) await db.dictionary.put({ key: DICTIONARY_KEY, value: delta.dictionary });
    let counts = target.counts;
    if (!counts) {
      const [models, sources] = await Promise.all([db.models.count(), db.sources.count()]);
      counts = { models, facts: factCount, sources };
    }
    meta = {
      version: delta.to,
      created: target.created,
      hash: target.sha256,
      counts,
      loadedAt: new Date().toISOString(),
    };
    await db.meta.put({ key: FACTBASE_META_KEY, value: meta });
    if (extra) await extra();
  });
  return meta;
}
