import 'fake-indexeddb/auto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { factbaseDb, initFactbase, resetFactbaseForTests } from '@/entrypoints/background/factbase';
import { initSync, syncHandlers, SYNC_ALARM } from '@/entrypoints/background/sync';
import { readFactbaseMeta } from '@/lib/factbase/load-snapshot-into-db';
import { updateSettings } from '@/lib/settings-storage';
import { getSyncStatus } from '@/lib/sync/status';
import { generateKeyPair } from '@/lib/sync/signature';
import { publishFeed } from '@/server/publish';
import { startServer, type RunningServer } from '@/server/start';
import { nextSnapshot, syntheticSnapshot } from '@/server/synthetic-snapshot';

// The background glue with WXT's fake browser (alarms, storage) against the real server.
let server: RunningServer;
let feedDir: string;
let keys: { secretKey: string; publicKey: string };
const v1 = syntheticSnapshot({ version: '1', facts: 20 });

async function until<T>(read: () => Promise<T>, ok: (v: T) => boolean): Promise<T> {
  const end = Date.now() + 10_000;
  for (;;) {
    const v = await read();
    if (ok(v)) return v;
    if (Date.now() > end) throw new Error(`timed out; last value ${JSON.stringify(v)}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}
const version = async () => (await readFactbaseMeta(await factbaseDb()))?.version;

beforeAll(async () => {
  fakeBrowser.reset();
  keys = await generateKeyPair();
  vi.stubEnv('WXT_FEED_PUBLIC_KEY', keys.publicKey); // read at call time by pinnedFeedPublicKey()
  feedDir = mkdtempSync(join(tmpdir(), 'bg-sync-'));
  await publishFeed({ snapshot: v1, outDir: feedDir, secretKey: keys.secretKey });
  server = await startServer({ port: 0, feedDir });
  await updateSettings({ feedUrl: `${server.url}/v1/factbase/manifest.json` });
  // No bundled package in Node: the base starts empty, as if the package were broken.
  await initFactbase({
    dbName: 'bg-sync-test',
    fetch: async () => ({ ok: false, status: 404, arrayBuffer: async () => new ArrayBuffer(0) }),
    urlOf: (p) => p,
  });
});
afterAll(async () => {
  vi.unstubAllEnvs();
  resetFactbaseForTests();
  await server.close();
  rmSync(feedDir, { recursive: true, force: true });
});

describe('background sync glue', () => {
  it('syncs on the first start after install and sets the periodic alarm', async () => {
    await initSync();
    expect(await until(version, (v) => v === '1')).toBe('1');
    const status = await getSyncStatus(await factbaseDb());
    expect(status.lastSuccess).toBeDefined();
    expect((await fakeBrowser.alarms.get(SYNC_ALARM))?.periodInMinutes).toBe(6 * 60);
  });

  it('follows settings.syncIntervalHours', async () => {
    await updateSettings({ syncIntervalHours: 1 });
    await until(
      async () => (await fakeBrowser.alarms.get(SYNC_ALARM))?.periodInMinutes,
      (p) => p === 60,
    );
  });

  it('syncs when the alarm fires, and on "Sync now"', async () => {
    const v2 = nextSnapshot(v1, '2', 5);
    await publishFeed({ snapshot: v2, outDir: feedDir, secretKey: keys.secretKey });
    await fakeBrowser.alarms.onAlarm.trigger({ name: SYNC_ALARM, scheduledTime: Date.now() } as never);
    expect(await until(version, (v) => v === '2')).toBe('2');
    await publishFeed({ snapshot: nextSnapshot(v2, '3', 5), outDir: feedDir, secretKey: keys.secretKey });
    const status = await syncHandlers.syncNow({}, {});
    expect(status.result).toBe('updated');
    expect(await version()).toBe('3');
  });

  it('does not start a second sync on a worker restart when none is due', async () => {
    const before = (await getSyncStatus(await factbaseDb())).lastAttempt;
    await initSync();
    await new Promise((r) => setTimeout(r, 200));
    expect((await getSyncStatus(await factbaseDb())).lastAttempt).toBe(before);
  });
});
