import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { SnapshotSchema, type Snapshot } from '../../lib/factbase/schema';
import { buildSnapshot } from './build-snapshot';

const ROOT = resolve(import.meta.dirname, '../..');

/** Newest modification time of any file under `dir` (recursive). */
function newestMtime(dir: string): number {
  let newest = 0;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    const st = statSync(p);
    newest = Math.max(newest, st.isDirectory() ? newestMtime(p) : st.mtimeMs);
  }
  return newest;
}

let cached: Snapshot | undefined;

/**
 * The fact base for Node tools and tests. Reads public/factbase/snapshot.json when it is at least
 * as new as everything in data/; otherwise builds the same snapshot in memory from data/ (no
 * file is written). Cached per process.
 */
export function loadSnapshot(opts: { root?: string; fresh?: boolean } = {}): Snapshot {
  if (cached && !opts.fresh && !opts.root) return cached;
  const root = opts.root ?? ROOT;
  const dataDir = join(root, 'data');
  const file = join(root, 'public', 'factbase', 'snapshot.json');
  let snap: Snapshot;
  if (existsSync(file) && statSync(file).mtimeMs >= newestMtime(dataDir))
    snap = SnapshotSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  else snap = buildSnapshot(dataDir).snapshot;
  if (!opts.root) cached = snap;
  return snap;
}
