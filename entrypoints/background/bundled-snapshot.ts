import { SnapshotManifestSchema, SnapshotSchema, type SnapshotManifest } from '@/lib/factbase/schema';
import type { ClaimcheckDB } from '@/lib/factbase/db';
import {
  FACTBASE_META_KEY,
  loadSnapshotIntoDb,
  readFactbaseMeta,
  type FactbaseMeta,
} from '@/lib/factbase/load-snapshot-into-db';

/**
 * Install-time load of the snapshot bundled in the extension package
 * (public/factbase/ → chrome-extension://<id>/factbase/). It needs no network:
 * the first page after install is checked against this base.
 */
export type FetchLike = (
  url: string,
) => Promise<{ ok: boolean; status: number; arrayBuffer(): Promise<ArrayBuffer> }>;

export interface BundledLoadResult {
  action: 'loaded' | 'current' | 'kept-newer';
  version: string | null;
  ms: number;
}

export async function sha256Hex(bytes: ArrayBuffer): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

async function fetchBytes(fetchFn: FetchLike, url: string): Promise<ArrayBuffer> {
  const res = await fetchFn(url);
  if (!res.ok) throw new Error(`Bundled fact base missing: ${url} answered ${res.status}`);
  return res.arrayBuffer();
}

/**
 * Whether the base in the database should be replaced by the bundled one.
 * Same version → nothing to do. A base created after the bundled one can only
 * have come from sync: it is kept, so an extension start never downgrades it.
 * An extension update that bundles a newer base than the synced one loads it.
 */
export function shouldLoadBundled(
  current: Pick<FactbaseMeta, 'version' | 'created'> | undefined,
  bundled: Pick<SnapshotManifest, 'version' | 'created'>,
): 'load' | 'current' | 'kept-newer' {
  if (!current) return 'load';
  if (current.version === bundled.version) return 'current';
  if (Date.parse(current.created) > Date.parse(bundled.created)) return 'kept-newer';
  return 'load';
}

/**
 * Checks the bundled manifest against the database and loads the snapshot when
 * needed: fetched and hashed outside the transaction (IndexedDB transactions
 * cannot wait on fetch), then the decision is re-checked inside the one write
 * transaction so a concurrent sync cannot be overwritten.
 */
export async function loadBundledSnapshot(
  db: ClaimcheckDB,
  fetchFn: FetchLike,
  urlOf: (path: string) => string,
): Promise<BundledLoadResult> {
  const t0 = performance.now();
  const manifestBytes = await fetchBytes(fetchFn, urlOf('/factbase/manifest.json'));
  const manifest = SnapshotManifestSchema.parse(JSON.parse(new TextDecoder().decode(manifestBytes)));

  const first = shouldLoadBundled(await readFactbaseMeta(db), manifest);
  if (first !== 'load')
    return {
      action: first,
      version: (await readFactbaseMeta(db))?.version ?? null,
      ms: performance.now() - t0,
    };

  const bytes = await fetchBytes(fetchFn, urlOf(`/factbase/${manifest.file}`));
  const tFetched = performance.now();
  const hash = await sha256Hex(bytes);
  if (hash !== manifest.sha256)
    throw new Error(`Bundled fact base is corrupt: sha256 ${hash} ≠ manifest ${manifest.sha256}`);
  const snapshot = SnapshotSchema.parse(JSON.parse(new TextDecoder().decode(bytes)));
  if (snapshot.version !== manifest.version) {
    throw new Error(`Bundled snapshot version ${snapshot.version} ≠ manifest ${manifest.version}`);
  }
  const tParsed = performance.now();

  let action: BundledLoadResult['action'] = 'loaded';
  await db.transaction('rw', [db.models, db.factGroups, db.sources, db.meta, db.dictionary], async () => {
    const again = shouldLoadBundled(await readFactbaseMeta(db), manifest);
    if (again !== 'load') {
      action = again;
      return;
    }
    // loadSnapshotIntoDb's own transaction nests inside this one (same tables).
    const meta = await loadSnapshotIntoDb(db, snapshot, { sha256: manifest.sha256, validate: false });
    // Kept beside the loader's fields: where the base came from and how long the first-run load took.
    const timings = {
      loadMs: performance.now() - t0,
      fetchMs: tFetched - t0,
      verifyParseMs: tParsed - tFetched,
      writeMs: performance.now() - tParsed,
    };
    await db.meta.put({ key: FACTBASE_META_KEY, value: { ...meta, origin: 'bundled', ...timings } });
  });
  return { action, version: manifest.version, ms: performance.now() - t0 };
}
