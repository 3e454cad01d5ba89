import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  FIXTURES_DIR,
  launchExtensionFrom,
  startFixtureServer,
  stopServiceWorkers,
  type ExtensionBrowser,
  type FixtureServer,
} from './harness';
import { buildSyncTestExtension, readBundledSnapshot, SYNC_TEST_BUILD } from './sync-test-build';
import type { Snapshot } from '../lib/factbase/schema';
import { generateKeyPair, signManifest } from '../lib/sync/signature';
import { startServer, type RunningServer } from '../server/start';
import { Faults } from '../server/faults';
import { publishFeed } from '../server/publish';
import { nextSnapshot, syntheticSnapshot } from '../server/synthetic-snapshot';
import { DEFAULT_SETTINGS } from '../lib/settings';

/**
 * Feed sync end to end: the REAL server on 127.0.0.1 and a test build of the
 * extension (pinned to a throwaway key) in Chromium. Each fault must leave the
 * previous base whole, annotations working and the error in the sync status.
 */

declare const chrome: {
  runtime: { sendMessage(m: unknown): Promise<unknown> };
  alarms: { get(name: string): Promise<{ periodInMinutes?: number; scheduledTime: number } | undefined> };
  storage: { local: { set(v: object): Promise<void> } };
};
declare const claimcheckSyncTest: { setFault(f: string | null): void; isApplying(): boolean };

let keys: { secretKey: string; publicKey: string };
let feedDir: string;
let server: RunningServer;
const faults = new Faults();
let ext: ExtensionBrowser;
let page: Page;
let fixtures: FixtureServer;
let bundled: Snapshot | undefined;
let v1: Snapshot;
let v2: Snapshot;

async function bg<T = unknown>(type: string, payload: object = {}): Promise<T> {
  const reply = (await page.evaluate(
    ([t, p]) => chrome.runtime.sendMessage({ channel: 'claimcheck', type: t, payload: p }),
    [type, payload] as const,
  )) as { ok: true; data: T } | { ok: false; error: string };
  if (!reply?.ok) throw new Error(`${type}: ${reply ? reply.error : 'no reply'}`);
  return reply.data;
}

type Status = {
  lastAttempt?: number;
  lastSuccess?: number;
  result?: string;
  error?: string;
  nextAttemptAt?: number;
};
type Info = { version: string | null; counts: { facts: number }; sync: Status };

/**
 * The number of facts really stored in the extension's IndexedDB, counted inside the service
 * worker: facts are stored grouped per model (factGroups), so this merges each model's rows.
 */
async function factRows(): Promise<number> {
  const w = await ext.worker();
  return w.evaluate(
    () =>
      new Promise<number>((ok, fail) => {
        const req = indexedDB.open('claimcheck');
        req.onerror = () => fail(req.error);
        req.onsuccess = () => {
          const db = req.result;
          const all = db.transaction('factGroups').objectStore('factGroups').getAll();
          all.onsuccess = () => {
            // Per model: part 0 (full load) minus ids part 1 (deltas) removes or replaces, plus part 1.
            type Row = { modelId: string; part: number; facts: { id: string }[]; removed?: string[] };
            const ids = new Map<string, Set<string>>();
            const rows = (all.result as Row[]).sort((a, b) => a.part - b.part);
            for (const r of rows) {
              const set = ids.get(r.modelId) ?? new Set<string>();
              for (const id of r.removed ?? []) set.delete(id);
              for (const f of r.facts) set.add(f.id);
              ids.set(r.modelId, set);
            }
            ok([...ids.values()].reduce((n, s) => n + s.size, 0));
            db.close();
          };
          all.onerror = () => fail(all.error);
        };
      }),
  );
}

async function setFeedUrl(url: string): Promise<void> {
  await page.evaluate((s) => chrome.storage.local.set({ settings: s }), {
    ...DEFAULT_SETTINGS,
    feedUrl: url,
  });
}
const feedUrl = () => `${server.url}/v1/factbase/manifest.json`;

async function syncNow(): Promise<Status> {
  return bg<Status>('syncNow');
}

/** The invariant after every fault. */
async function expectIntact(error: RegExp): Promise<void> {
  const info = await bg<Info>('getFactbaseInfo');
  expect(info.version).toBe(v1.version);
  expect(await factRows()).toBe(v1.facts.length);
  expect(info.sync.error).toMatch(error); // what the popup shows
  expect(info.sync.lastSuccess).toBeDefined();
  const facts = await bg<{ model: unknown; facts: unknown[] }>('getFactsForModel', {
    modelId: 'synthetic-0',
  });
  expect(facts.facts.length).toBeGreaterThan(0);
  if (bundled) await expectAnnotations();
}

/** The demo article still gets marked (only meaningful when the real base is bundled). */
async function expectAnnotations(): Promise<void> {
  const tab = await ext.context.newPage();
  await tab.goto(`${fixtures.url}demo/index.html`);
  await tab.waitForFunction(
    () => document.querySelectorAll('[data-claimcheck-verdict]').length >= 3,
    undefined,
    { timeout: 20_000 },
  );
  await tab.close();
}

async function until(check: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check().catch(() => false))) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 100));
  }
}

function republish(snapshot: Snapshot): Promise<unknown> {
  return publishFeed({ snapshot, outDir: feedDir, secretKey: keys.secretKey });
}

/** Re-signs the current manifest after `edit` (so only the intended fault remains). */
async function resign(
  edit: (m: Record<string, unknown>) => Record<string, unknown>,
  key = keys.secretKey,
): Promise<void> {
  const path = join(feedDir, 'manifest.json');
  const { signature: _s, ...rest } = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  writeFileSync(path, JSON.stringify(await signManifest(edit(rest) as never, key)));
}

beforeAll(async () => {
  keys = await generateKeyPair();
  buildSyncTestExtension(keys.publicKey, 2000);

  bundled = readBundledSnapshot();
  const base = bundled?.version ?? '0';
  // Newer than whatever is bundled, and carrying the real base so annotations keep working.
  v1 = syntheticSnapshot({ version: `${base}-e2e1`, facts: 3000, base: bundled });
  v2 = nextSnapshot(v1, `${base}-e2e2`, 200);

  feedDir = mkdtempSync(join(tmpdir(), 'claimcheck-feed-'));
  await republish(v1);
  server = await startServer({ port: 0, feedDir, faults });
  fixtures = await startFixtureServer(FIXTURES_DIR);
  ext = await launchExtensionFrom(SYNC_TEST_BUILD);
  page = await ext.context.newPage();
  await page.goto(`chrome-extension://${ext.extensionId}/popup.html`);
  // The on-install sync went to the default (absent) feed; wait for it to finish, then point at ours.
  await until(async () => (await bg<Info>('getFactbaseInfo')).sync.lastAttempt !== undefined);
  await setFeedUrl(feedUrl());
  const first = await syncNow();
  expect(first.error).toBeUndefined();
  expect(first.result).toBe('updated');
}, 180_000);

afterAll(async () => {
  faults.clear();
  await ext?.close();
  await server?.close();
  await fixtures?.close();
  if (feedDir) rmSync(feedDir, { recursive: true, force: true });
});

describe('feed sync in the real extension', () => {
  it('installed the signed snapshot, and a repeat is a 304', async () => {
    const info = await bg<Info>('getFactbaseInfo');
    expect(info.version).toBe(v1.version);
    expect(await factRows()).toBe(v1.facts.length);
    expect((await syncNow()).result).toBe('not-modified');
    if (bundled) await expectAnnotations();
    // The periodic alarm follows settings.syncIntervalHours (default 6 h).
    const w = await ext.worker();
    const alarm = await w.evaluate(() => chrome.alarms.get('claimcheck-sync'));
    expect(alarm?.periodInMinutes).toBe(DEFAULT_SETTINGS.syncIntervalHours * 60);
  });

  it('server down', async () => {
    const dead = await startServer({ port: 0 });
    const url = `${dead.url}/v1/factbase/manifest.json`;
    await dead.close();
    await setFeedUrl(url);
    expect((await syncNow()).error).toMatch(/unreachable/);
    await setFeedUrl(feedUrl());
    await expectIntact(/unreachable/);
  });

  it('HTTP 500', async () => {
    faults.set('manifest', 'status-500');
    const r = await syncNow();
    expect(r.error).toMatch(/HTTP 500/);
    // Backed off: a one-shot retry alarm at the status's next attempt.
    const retry = await (await ext.worker()).evaluate(() => chrome.alarms.get('claimcheck-sync-retry'));
    expect(retry?.scheduledTime).toBeCloseTo(r.nextAttemptAt!, -3);
    expect(r.nextAttemptAt!).toBeGreaterThan(Date.now() + 30_000);
    faults.clear();
    await expectIntact(/HTTP 500/);
  });

  it('503 with Retry-After: the next "Sync now" waits instead of asking', async () => {
    faults.retryAfter = 3;
    faults.set('manifest', 'status-503-retry-after');
    expect((await syncNow()).error).toMatch(/HTTP 503/);
    faults.clear();
    const asked = faults.hits.manifest;
    const again = await syncNow();
    expect(again.result).toBe('waiting');
    expect(again.nextAttemptAt).toBeGreaterThan(Date.now());
    expect(faults.hits.manifest).toBe(asked); // honoured: no request was made
    await expectIntact(/HTTP 503/);
    await new Promise((r) => setTimeout(r, 3_100));
  });

  it('hung response (timeout)', async () => {
    faults.set('manifest', 'hang');
    expect((await syncNow()).error).toMatch(/timed out/);
    faults.clear();
    await expectIntact(/timed out/);
  });

  it('truncated body', async () => {
    await republish(v2);
    faults.set('delta', 'truncate');
    faults.set('snapshot', 'truncate');
    expect((await syncNow()).error).toMatch(/Delta/);
    faults.clear();
    await expectIntact(/Delta/);
  });

  it('invalid JSON', async () => {
    faults.set('manifest', 'invalid-json');
    expect((await syncNow()).error).toMatch(/not valid JSON/);
    faults.clear();
    await expectIntact(/not valid JSON/);
  });

  it('JSON that fails the schema', async () => {
    const path = join(feedDir, 'manifest.json');
    const good = readFileSync(path);
    const m = JSON.parse(good.toString()) as Record<string, unknown>;
    writeFileSync(path, JSON.stringify({ ...m, snapshot: { url: 'x.json', sha256: 'nothex', size: -1 } }));
    expect((await syncNow()).error).toMatch(/fails the schema/);
    writeFileSync(path, good);
    await expectIntact(/fails the schema/);
  });

  it('bad signature', async () => {
    const path = join(feedDir, 'manifest.json');
    const good = readFileSync(path);
    await resign((m) => m, (await generateKeyPair()).secretKey);
    expect((await syncNow()).error).toMatch(/signature is invalid/);
    writeFileSync(path, good);
    await expectIntact(/signature is invalid/);
  });

  it('tampered snapshot (hash mismatch)', async () => {
    const path = join(feedDir, 'manifest.json');
    const good = readFileSync(path);
    const m = JSON.parse(good.toString()) as { snapshot: { url: string } };
    await resign((x) => ({ ...x, deltas: [] })); // no delta: the snapshot path
    const file = join(feedDir, m.snapshot.url);
    const original = readFileSync(file);
    writeFileSync(file, original.toString().replace('"percent"', '"pErcent"')); // same size, other bytes
    expect((await syncNow()).error).toMatch(/sha256 does not match/);
    writeFileSync(file, original);
    writeFileSync(path, good);
    await expectIntact(/sha256 does not match/);
  });

  it('downgrade (an older, validly signed feed replayed)', async () => {
    const old = mkdtempSync(join(tmpdir(), 'claimcheck-old-'));
    const path = join(feedDir, 'manifest.json');
    const good = readFileSync(path);
    const older = { ...v1, version: `${bundled?.version ?? '0'}-e2e0` };
    await publishFeed({ snapshot: older, outDir: old, secretKey: keys.secretKey });
    writeFileSync(
      join(feedDir, `snapshot-${older.version}.json`),
      readFileSync(join(old, `snapshot-${older.version}.json`)),
    );
    writeFileSync(path, readFileSync(join(old, 'manifest.json')));
    expect((await syncNow()).error).toMatch(/Refused feed version .*not newer than the installed/);
    writeFileSync(path, good);
    rmSync(old, { recursive: true, force: true });
    await expectIntact(/not newer than the installed/);
  });

  it('storage quota exceeded during the apply', async () => {
    const w = await ext.worker();
    await w.evaluate(() => claimcheckSyncTest.setFault('quota'));
    expect((await syncNow()).error).toMatch(/storage quota exceeded/);
    await w.evaluate(() => claimcheckSyncTest.setFault(null));
    await expectIntact(/storage quota exceeded/);
  });

  it('service worker stopped mid-apply', async () => {
    const w = await ext.worker();
    await w.evaluate(() => claimcheckSyncTest.setFault('stall'));
    // Don't await: the worker will die before it can answer.
    void page
      .evaluate(() => chrome.runtime.sendMessage({ channel: 'claimcheck', type: 'syncNow', payload: {} }))
      .catch(() => undefined);
    await expect
      .poll(() => w.evaluate(() => claimcheckSyncTest.isApplying()), { timeout: 20_000 })
      .toBe(true);
    await stopServiceWorkers(ext.context);
    await page.reload(); // a fresh extension page; its first message wakes a new worker
    await expect
      .poll(async () => (await bg<Info>('getFactbaseInfo')).sync.error ?? '', { timeout: 20_000 })
      .toMatch(/interrupted/);
    await expectIntact(/interrupted/);
  });

  it('recovers: the next sync takes the delta to the newer version', async () => {
    const r = await syncNow();
    expect(r.error).toBeUndefined();
    expect(r.result).toBe('updated');
    const info = await bg<Info>('getFactbaseInfo');
    expect(info.version).toBe(v2.version);
    expect(await factRows()).toBe(v2.facts.length);
    expect(faults.hits.delta ?? 0).toBeGreaterThan(0);
    if (bundled) await expectAnnotations();
  });
});
