import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SnapshotSchema, type Snapshot } from '../lib/factbase/schema';
import { computeDelta } from '../lib/sync/compute-delta';
import {
  FeedManifestSchema,
  FeedVersionSchema,
  type FeedManifest,
  type UnsignedFeedManifest,
} from '../lib/sync/feed-schema';
import { signManifest } from '../lib/sync/signature';
import { compareVersions } from '../lib/sync/version';

export interface PublishOptions {
  snapshot: Snapshot;
  outDir: string;
  secretKey: string;
  /** Overrides snapshot.version (must still be newer than the published one). */
  version?: string;
  /** How many earlier versions get a delta to this one (their snapshots are kept to compute it). */
  keep?: number;
  now?: Date;
}

export interface PublishResult {
  action: 'published' | 'unchanged';
  manifest: FeedManifest;
  files: string[];
}

const sha256 = (b: Buffer | string) => createHash('sha256').update(b).digest('hex');
const snapshotName = (v: string) => `snapshot-${v}.json`;
const deltaName = (from: string, to: string) => `delta-${from}-${to}.json`;

/** Atomic write: a static host never serves half a file or a manifest naming a missing one. */
function writeAtomic(path: string, data: string | Buffer): void {
  writeFileSync(path + '.tmp', data);
  renameSync(path + '.tmp', path);
}

export function readPublishedManifest(outDir: string): FeedManifest | undefined {
  const p = join(outDir, 'manifest.json');
  if (!existsSync(p)) return undefined;
  const parsed = FeedManifestSchema.safeParse(JSON.parse(readFileSync(p, 'utf8')));
  return parsed.success ? parsed.data : undefined;
}

/**
 * The feed version for a build: its own version when that sorts after the
 * published one; otherwise (factbase:build names builds <date>-<content hash>, so
 * two builds on one day sort arbitrarily) the published version with a bumped
 * `.N` suffix, which always sorts after it.
 */
export function feedVersionFor(built: string, published: string | undefined): string {
  if (!published || compareVersions(built, published) > 0) return built;
  const m = /^(.*)\.(\d+)$/.exec(published);
  return m ? `${m[1]}.${Number(m[2]) + 1}` : `${published}.1`;
}

/** Earlier published snapshots in the directory, newest first. */
function previousSnapshots(outDir: string): { version: string; file: string }[] {
  return readdirSync(outDir)
    .filter((f) => /^snapshot-[A-Za-z0-9._-]+\.json$/.test(f))
    .map((f) => ({ version: f.slice('snapshot-'.length, -'.json'.length), file: f }))
    .sort((a, b) => compareVersions(b.version, a.version));
}

/**
 * Writes a static feed: snapshot-<v>.json, delta-<old>-<v>.json for the last
 * `keep` versions, and a signed manifest.json (written last). Any static host
 * or CDN can serve the directory as is.
 */
export async function publishFeed(opts: PublishOptions): Promise<PublishResult> {
  const keep = opts.keep ?? 5;
  const now = opts.now ?? new Date();
  mkdirSync(opts.outDir, { recursive: true });
  const published = readPublishedManifest(opts.outDir);
  if (published && !opts.version && (published.build ?? published.version) === opts.snapshot.version) {
    // Same build as already published: nothing to do (content is named by its version).
    return { action: 'unchanged', manifest: published, files: [] };
  }
  const version = FeedVersionSchema.parse(
    opts.version ?? feedVersionFor(opts.snapshot.version, published?.version),
  );
  if (published && compareVersions(version, published.version) <= 0) {
    throw new Error(`Version ${version} is not newer than the published ${published.version}`);
  }
  // `created` becomes the publish time: readers order bases by it too, and a
  // rebuild from the same data date must still count as newer.
  const snapshot = SnapshotSchema.parse({ ...opts.snapshot, version, created: now.toISOString() });
  const body = Buffer.from(JSON.stringify(snapshot));
  const hash = sha256(body);

  const files: string[] = [];
  const deltas: FeedManifest['deltas'] = [];
  const older = previousSnapshots(opts.outDir).filter((s) => compareVersions(s.version, version) < 0);
  for (const prev of older.slice(0, keep)) {
    const prevSnap = SnapshotSchema.safeParse(JSON.parse(readFileSync(join(opts.outDir, prev.file), 'utf8')));
    if (!prevSnap.success) continue;
    const delta = Buffer.from(JSON.stringify(computeDelta(prevSnap.data, snapshot)));
    const name = deltaName(prev.version, version);
    writeAtomic(join(opts.outDir, name), delta);
    files.push(name);
    deltas.push({ from: prev.version, to: version, url: name, sha256: sha256(delta), size: delta.length });
  }
  writeAtomic(join(opts.outDir, snapshotName(version)), body);
  files.push(snapshotName(version));

  const unsigned: UnsignedFeedManifest = {
    version,
    created: now.toISOString(),
    snapshot: { url: snapshotName(version), sha256: hash, size: body.length },
    deltas,
    counts: {
      models: snapshot.models.length,
      facts: snapshot.facts.length,
      sources: snapshot.sources.length,
    },
    ...(version !== opts.snapshot.version ? { build: opts.snapshot.version } : {}),
  };
  const manifest = await signManifest(unsigned, opts.secretKey);
  writeAtomic(join(opts.outDir, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
  files.push('manifest.json');

  // Prune what no manifest can name any more: snapshots beyond `keep`, deltas to older versions.
  const keepSnaps = new Set([snapshotName(version), ...older.slice(0, keep).map((s) => s.file)]);
  const keepDeltas = new Set(deltas.map((d) => d.url));
  for (const f of readdirSync(opts.outDir)) {
    if ((f.startsWith('snapshot-') && !keepSnaps.has(f)) || (f.startsWith('delta-') && !keepDeltas.has(f)))
      rmSync(join(opts.outDir, f));
  }
  return { action: 'published', manifest, files };
}
