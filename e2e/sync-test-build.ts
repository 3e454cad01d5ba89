import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './harness';
import { SnapshotSchema, type Snapshot } from '../lib/factbase/schema';

/**
 * The sync test build of the extension, shared by e2e/sync.test.ts and
 * scripts/bench-sync.ts: `wxt build -m e2esync` pinned to a throwaway feed key,
 * with the sync test hooks on, so a test can sign feeds the extension accepts.
 */
export const SYNC_TEST_BUILD = join(ROOT, '.output', 'chrome-mv3-e2esync');

/** The snapshot the normal build bundles, if one was built (`npm run factbase:build`). */
export const BUNDLED_SNAPSHOT = join(ROOT, 'public', 'factbase', 'snapshot.json');

/** Builds SYNC_TEST_BUILD trusting `publicKey`; a sync gives up after `syncTimeoutMs`. */
export function buildSyncTestExtension(publicKey: string, syncTimeoutMs: number): string {
  const build = spawnSync('npx', ['wxt', 'build', '-m', 'e2esync'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: {
      ...process.env,
      WXT_FEED_PUBLIC_KEY: publicKey,
      WXT_SYNC_TEST_HOOKS: '1',
      WXT_SYNC_TIMEOUT_MS: String(syncTimeoutMs),
    },
  });
  if (build.status !== 0) throw new Error(`test build failed: ${build.stderr}${build.stdout}`);
  return SYNC_TEST_BUILD;
}

/** The bundled snapshot, validated, or undefined when none was built. */
export function readBundledSnapshot(): Snapshot | undefined {
  return existsSync(BUNDLED_SNAPSHOT)
    ? SnapshotSchema.parse(JSON.parse(readFileSync(BUNDLED_SNAPSHOT, 'utf8')))
    : undefined;
}
