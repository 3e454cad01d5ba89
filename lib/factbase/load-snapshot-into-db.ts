import type { ClaimcheckDB, FactGroup } from './db';
import { FACT_LOCATOR_KEY, FACT_LOCATOR_PATCH_KEY, groupFacts, locatorOf } from './fact-groups';
import { SnapshotSchema, type Snapshot } from './schema';

export interface FactbaseMeta {
  version: string;
  created: string;
  /** sha256 of the snapshot (the manifest's hash when given, else of its JSON text). */
  hash: string;
  counts: { models: number; facts: number; sources: number };
  loadedAt: string;
}

export const FACTBASE_META_KEY = 'factbase';
const WRITE_CHUNK = 2000;
/** Fact rows are whole models (~100 facts each on average): smaller chunks keep bulkPut linear. */
const GROUP_CHUNK = 250;
export const DICTIONARY_KEY = 'current';

async function sha256Hex(text: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Replaces the fact base with `input` (validated with SnapshotSchema first). Models, facts (grouped
 * one row per model, see fact-groups.ts), sources,
 * the dictionary and the meta row are written in ONE read-write transaction: if anything fails the
 * transaction aborts and the previous base stays whole.
 */
export async function loadSnapshotIntoDb(
  db: ClaimcheckDB,
  input: unknown,
  opts: { sha256?: string; validate?: boolean } = {},
): Promise<FactbaseMeta> {
  // Validation can be skipped only by callers that already parsed the same object (bench, tests).
  const snapshot: Snapshot = opts.validate === false ? (input as Snapshot) : SnapshotSchema.parse(input);
  const hash = opts.sha256 ?? (await sha256Hex(JSON.stringify(snapshot)));
  const meta: FactbaseMeta = {
    version: snapshot.version,
    created: snapshot.created,
    hash,
    counts: {
      models: snapshot.models.length,
      facts: snapshot.facts.length,
      sources: snapshot.sources.length,
    },
    loadedAt: new Date().toISOString(),
  };
  const groups: FactGroup[] = [...groupFacts(snapshot.facts)].map(([modelId, facts]) => ({
    modelId,
    part: 0,
    facts,
  }));
  await db.transaction('rw', factbaseTables(db), async () => {
    await Promise.all([db.models.clear(), db.factGroups.clear(), db.sources.clear(), db.dictionary.clear()]);
    // Chunked bulkPut, same transaction: one bulkPut over hundreds of thousands of rows grows
    // superlinearly (measured: ×8 base 5.5 s CPU in one call, 2.4 s in 2,000-row chunks).
    for (let i = 0; i < snapshot.models.length; i += WRITE_CHUNK)
      await db.models.bulkPut(snapshot.models.slice(i, i + WRITE_CHUNK));
    await db.sources.bulkPut(snapshot.sources);
    for (let i = 0; i < groups.length; i += GROUP_CHUNK)
      await db.factGroups.bulkPut(groups.slice(i, i + GROUP_CHUNK));
    await db.meta.put({ key: FACT_LOCATOR_KEY, value: locatorOf(groups) });
    await db.meta.delete(FACT_LOCATOR_PATCH_KEY);
    await db.dictionary.put({ key: DICTIONARY_KEY, value: snapshot.dictionary });
    await db.meta.put({ key: FACTBASE_META_KEY, value: meta });
  });
  return meta;
}

/** The tables a fact-base write touches (one rw transaction over all of them). */
export const factbaseTables = (db: ClaimcheckDB) => [
  db.models,
  db.factGroups,
  db.sources,
  db.dictionary,
  db.meta,
];

/** The meta row written by the last successful load, if any. */
export async function readFactbaseMeta(db: ClaimcheckDB): Promise<FactbaseMeta | undefined> {
  return (await db.meta.get(FACTBASE_META_KEY))?.value as FactbaseMeta | undefined;
}
