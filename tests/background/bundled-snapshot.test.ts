import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { ClaimcheckDB } from '@/lib/factbase/db';
import { countFacts } from '@/lib/factbase/fact-groups';
import { loadSnapshotIntoDb, readFactbaseMeta } from '@/lib/factbase/load-snapshot-into-db';
import { loadBundledSnapshot, shouldLoadBundled } from '@/entrypoints/background/bundled-snapshot';
import { fakePackage, makeSnapshot, PACKAGE_ORIGIN } from './factbase-fixture';

let n = 0;
const dbs: ClaimcheckDB[] = [];
function freshDb(): ClaimcheckDB {
  const db = new ClaimcheckDB(`bundled-test-${n++}`);
  dbs.push(db);
  return db;
}
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

describe('install-time load of the bundled snapshot', () => {
  it('loads the bundled base into an empty database from the package alone', async () => {
    const db = freshDb();
    const pkg = fakePackage(makeSnapshot('v1', '2025-08-20T00:00:00Z'));
    const r = await loadBundledSnapshot(db, pkg.fetch, pkg.urlOf);
    expect(r.action).toBe('loaded');
    expect(pkg.fetched.every((u) => u.startsWith(PACKAGE_ORIGIN))).toBe(true);
    const meta = await readFactbaseMeta(db);
    expect(meta?.version).toBe('v1');
    expect(meta?.counts).toEqual(pkg.manifest.counts);
    expect(await countFacts(db)).toBe(pkg.manifest.counts.facts);
    expect(await db.models.count()).toBe(pkg.manifest.counts.models);
  });

  it('does nothing on a later start with the same version', async () => {
    const db = freshDb();
    const pkg = fakePackage(makeSnapshot('v1', '2025-08-20T00:00:00Z'));
    await loadBundledSnapshot(db, pkg.fetch, pkg.urlOf);
    pkg.fetched.length = 0;
    const r = await loadBundledSnapshot(db, pkg.fetch, pkg.urlOf);
    expect(r.action).toBe('current');
    // Only the small manifest is read; the snapshot itself is not fetched again.
    expect(pkg.fetched).toEqual([`${PACKAGE_ORIGIN}/factbase/manifest.json`]);
  });

  it('never downgrades a newer base installed by sync', async () => {
    const db = freshDb();
    await loadSnapshotIntoDb(db, makeSnapshot('v2-synced', '2025-09-01T00:00:00Z'));
    const pkg = fakePackage(makeSnapshot('v1', '2025-08-20T00:00:00Z'));
    const r = await loadBundledSnapshot(db, pkg.fetch, pkg.urlOf);
    expect(r.action).toBe('kept-newer');
    expect((await readFactbaseMeta(db))?.version).toBe('v2-synced');
  });

  it('replaces an older base when the extension bundles a newer one', async () => {
    const db = freshDb();
    await loadSnapshotIntoDb(db, makeSnapshot('v0', '2025-05-01T00:00:00Z'));
    const pkg = fakePackage(makeSnapshot('v1', '2025-08-20T00:00:00Z'));
    expect((await loadBundledSnapshot(db, pkg.fetch, pkg.urlOf)).action).toBe('loaded');
    expect((await readFactbaseMeta(db))?.version).toBe('v1');
  });

  it('re-checks inside its transaction: a sync that lands mid-load wins', async () => {
    const db = freshDb();
    const pkg = fakePackage(makeSnapshot('v1', '2025-08-20T00:00:00Z'));
    // The feed sync installs a newer base while the bundled snapshot is being fetched.
    const racingFetch: typeof pkg.fetch = async (url) => {
      if (url.endsWith('/snapshot.json'))
        await loadSnapshotIntoDb(db, makeSnapshot('v2-synced', '2025-09-01T00:00:00Z'));
      return pkg.fetch(url);
    };
    const r = await loadBundledSnapshot(db, racingFetch, pkg.urlOf);
    expect(r.action).toBe('kept-newer');
    expect((await readFactbaseMeta(db))?.version).toBe('v2-synced');
    expect(await countFacts(db)).toBe(3);
  });

  it('refuses a snapshot whose sha256 does not match its manifest and keeps the old base', async () => {
    const db = freshDb();
    await loadSnapshotIntoDb(db, makeSnapshot('v0', '2025-05-01T00:00:00Z'));
    const pkg = fakePackage(makeSnapshot('v1', '2025-08-20T00:00:00Z'), { corruptHash: true });
    await expect(loadBundledSnapshot(db, pkg.fetch, pkg.urlOf)).rejects.toThrow(/sha256/);
    expect((await readFactbaseMeta(db))?.version).toBe('v0');
  });

  it('decides from version and creation time', () => {
    const bundled = { version: 'b', created: '2025-08-20T00:00:00Z' };
    expect(shouldLoadBundled(undefined, bundled)).toBe('load');
    expect(shouldLoadBundled({ version: 'b', created: '2025-08-20T00:00:00Z' }, bundled)).toBe('current');
    expect(shouldLoadBundled({ version: 's', created: '2025-08-21T00:00:00Z' }, bundled)).toBe('kept-newer');
    expect(shouldLoadBundled({ version: 'o', created: '2025-08-19T00:00:00Z' }, bundled)).toBe('load');
  });
});
