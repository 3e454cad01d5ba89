import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ClaimcheckDB } from '@/lib/factbase/db';
import { countFacts } from '@/lib/factbase/fact-groups';
import { DICTIONARY_KEY, loadSnapshotIntoDb, readFactbaseMeta } from '@/lib/factbase/load-snapshot-into-db';
import type { Snapshot } from '@/lib/factbase/schema';
import { fixtureSnapshot } from '../verdicts/fixtures';

let n = 0;
const open: ClaimcheckDB[] = [];
function fresh() {
  const db = new ClaimcheckDB(`load-test-${++n}`);
  open.push(db);
  return db;
}
afterEach(async () => {
  vi.restoreAllMocks();
  for (const db of open.splice(0)) await db.delete();
});

const second: Snapshot = {
  ...fixtureSnapshot,
  version: 'fixture-2',
  facts: fixtureSnapshot.facts.slice(0, 10),
  models: fixtureSnapshot.models.slice(0, 5),
};

describe('loadSnapshotIntoDb', () => {
  it('loads models, facts, sources, dictionary and records meta with counts and hash', async () => {
    const db = fresh();
    const meta = await loadSnapshotIntoDb(db, fixtureSnapshot);
    expect(await db.models.count()).toBe(fixtureSnapshot.models.length);
    expect(await countFacts(db)).toBe(fixtureSnapshot.facts.length);
    expect(await db.sources.count()).toBe(fixtureSnapshot.sources.length);
    expect((await db.dictionary.get(DICTIONARY_KEY))?.value.version).toBe('fixture-1');
    expect(meta.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(await readFactbaseMeta(db)).toMatchObject({
      version: 'fixture-1',
      created: fixtureSnapshot.created,
      hash: meta.hash,
      counts: {
        models: fixtureSnapshot.models.length,
        facts: fixtureSnapshot.facts.length,
        sources: fixtureSnapshot.sources.length,
      },
    });
  });

  it('uses the manifest hash when given', async () => {
    const meta = await loadSnapshotIntoDb(fresh(), fixtureSnapshot, { sha256: 'a'.repeat(64) });
    expect(meta.hash).toBe('a'.repeat(64));
  });

  it('replaces the previous base: stale facts and models are gone', async () => {
    const db = fresh();
    await loadSnapshotIntoDb(db, fixtureSnapshot);
    await loadSnapshotIntoDb(db, second);
    expect(await countFacts(db)).toBe(10);
    expect(await db.models.count()).toBe(5);
    expect((await readFactbaseMeta(db))?.version).toBe('fixture-2');
  });

  it('rejects an invalid snapshot and leaves the old base untouched', async () => {
    const db = fresh();
    await loadSnapshotIntoDb(db, fixtureSnapshot);
    const bad = { ...second, facts: [{ ...second.facts[0], metric: 'vibes' }] };
    await expect(loadSnapshotIntoDb(db, bad)).rejects.toThrow();
    expect(await countFacts(db)).toBe(fixtureSnapshot.facts.length);
    expect((await readFactbaseMeta(db))?.version).toBe('fixture-1');
  });

  it('a failure inside the transaction rolls everything back (old base whole)', async () => {
    const db = fresh();
    await loadSnapshotIntoDb(db, fixtureSnapshot);
    // Facts are written after models were cleared and re-put: fail there.
    vi.spyOn(db.factGroups, 'bulkPut').mockImplementation((() =>
      Promise.reject(new Error('disk full'))) as never);
    await expect(loadSnapshotIntoDb(db, second)).rejects.toThrow('disk full');
    vi.restoreAllMocks();
    expect(await db.models.count()).toBe(fixtureSnapshot.models.length);
    expect(await countFacts(db)).toBe(fixtureSnapshot.facts.length);
    expect((await readFactbaseMeta(db))?.version).toBe('fixture-1');
  });
});
