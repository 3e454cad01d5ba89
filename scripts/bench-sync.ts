/**
 * `npm run bench:sync` — how fast the REAL extension (a test build pinned to a
 * throwaway key) installs a synthetic 200,000-fact snapshot and a 1,000-fact delta
 * from the real server on loopback, in Debian's Chromium. Prints figures, asserts nothing.
 * Targets (issue 6): full apply ≤ 5 s, delta ≤ 300 ms.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchExtensionFrom } from '../e2e/harness';
import { buildSyncTestExtension, readBundledSnapshot } from '../e2e/sync-test-build';
import type { Snapshot } from '../lib/factbase/schema';
import { DEFAULT_SETTINGS } from '../lib/settings';
import { generateKeyPair } from '../lib/sync/signature';
import { publishFeed } from '../server/publish';
import { startServer } from '../server/start';
import { nextSnapshot, syntheticSnapshot } from '../server/synthetic-snapshot';

declare const chrome: {
  runtime: { sendMessage(m: unknown): Promise<unknown> };
  storage: { local: { set(v: object): Promise<void> } };
};
declare const claimcheckSyncTest: { lastOutcome(): unknown };

const FACTS = Number(process.env.BENCH_FACTS ?? 200_000);
const DELTA = Number(process.env.BENCH_DELTA ?? 1_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);

type Timings = { manifest: number; download: number; validate: number; apply: number; total: number };
type Outcome = { result?: string; error?: string; applied?: string; timings?: Timings };

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const fmt = (ms: number) => `${ms.toFixed(0)} ms`;

async function main(): Promise<void> {
  const keys = await generateKeyPair();
  console.log('building the test extension (pinned to a throwaway key)…');
  const testBuild = buildSyncTestExtension(keys.publicKey, 120_000);

  const bundled = readBundledSnapshot();
  const prefix = `${bundled?.version ?? '0'}-bench`;
  const feedDir = mkdtempSync(join(tmpdir(), 'claimcheck-bench-feed-'));
  const server = await startServer({ port: 0, feedDir });
  const ext = await launchExtensionFrom(testBuild);
  try {
    const page = await ext.context.newPage();
    await page.goto(`chrome-extension://${ext.extensionId}/popup.html`);
    await page.evaluate((s) => chrome.storage.local.set({ settings: s }), {
      ...DEFAULT_SETTINGS,
      feedUrl: `${server.url}/v1/factbase/manifest.json`,
    });
    const syncNow = async (): Promise<Outcome> => {
      await page.evaluate(() =>
        chrome.runtime.sendMessage({ channel: 'claimcheck', type: 'syncNow', payload: {} }),
      );
      const w = await ext.worker();
      return (await w.evaluate(() => claimcheckSyncTest.lastOutcome())) as Outcome;
    };

    let n = 0;
    let current: Snapshot | undefined;
    const full: Timings[] = [];
    for (let i = 0; i < RUNS; i++) {
      current = syntheticSnapshot({ version: `${prefix}${++n}`, facts: FACTS, seed: i });
      const r = await publishFeed({ snapshot: current, outDir: feedDir, secretKey: keys.secretKey, keep: 0 });
      if (i === 0) console.log(`snapshot: ${FACTS} facts, ${(r.manifest.snapshot.size / 1e6).toFixed(1)} MB`);
      const o = await syncNow();
      if (o.error || o.applied !== 'snapshot' || !o.timings)
        throw new Error(`full sync failed: ${JSON.stringify(o)}`);
      full.push(o.timings);
      console.log(`  full run ${i + 1}: apply ${fmt(o.timings.apply)}, whole sync ${fmt(o.timings.total)}`);
    }
    const deltas: Timings[] = [];
    for (let i = 0; i < RUNS; i++) {
      const next = nextSnapshot(current!, `${prefix}${++n}`, DELTA);
      const r = await publishFeed({ snapshot: next, outDir: feedDir, secretKey: keys.secretKey, keep: 1 });
      if (i === 0)
        console.log(
          `delta: ${DELTA} facts changed, ${((r.manifest.deltas[0]?.size ?? 0) / 1e3).toFixed(0)} kB`,
        );
      const o = await syncNow();
      if (o.error || o.applied !== 'delta' || !o.timings)
        throw new Error(`delta sync failed: ${JSON.stringify(o)}`);
      deltas.push(o.timings);
      current = next;
      console.log(`  delta run ${i + 1}: apply ${fmt(o.timings.apply)}, whole sync ${fmt(o.timings.total)}`);
    }
    if (process.env.BENCH_RAW_IDB === '1') await rawIndexedDb(ext);
    const show = (label: string, ts: Timings[], target: string) =>
      console.log(
        `${label}: median apply ${fmt(median(ts.map((t) => t.apply)))} (target ${target}); whole sync ${fmt(median(ts.map((t) => t.total)))} ` +
          `= manifest ${fmt(median(ts.map((t) => t.manifest)))} + download/hash ${fmt(median(ts.map((t) => t.download)))} + parse/validate ${fmt(median(ts.map((t) => t.validate)))} + apply`,
      );
    console.log('');
    show(`full ${FACTS}-fact snapshot`, full, '≤ 5 s');
    show(`${DELTA}-fact delta`, deltas, '≤ 300 ms');
  } finally {
    await ext.close();
    await server.close();
    rmSync(feedDir, { recursive: true, force: true });
  }
}

/**
 * Why the full apply is slow: raw IndexedDB in the same worker, the same number
 * of facts written one row per fact (with and without the facts table's four
 * indexes) versus grouped 100 facts per row. Per-row cost dominates.
 */
async function rawIndexedDb(ext: Awaited<ReturnType<typeof launchExtensionFrom>>): Promise<void> {
  const w = await ext.worker();
  for (const [label, indexes, perRow] of [
    ['one row per fact, no index', [], 1],
    ['one row per fact, 4 indexes', ['modelId', 'mm', 'metric', 'sourceId'], 1],
    ['100 facts per row, no index', [], 100],
  ] as const) {
    const ms = await w.evaluate(
      async ({ n, indexes, perRow, label }) => {
        const name = `bench-raw-${label}`;
        await new Promise((r) => {
          const d = indexedDB.deleteDatabase(name);
          d.onsuccess = d.onerror = r;
        });
        const db: IDBDatabase = await new Promise((ok, fail) => {
          const req = indexedDB.open(name, 1);
          req.onupgradeneeded = () => {
            const st = req.result.createObjectStore('facts', { keyPath: 'id' });
            for (const i of indexes) st.createIndex(i, i === 'mm' ? ['modelId', 'metric'] : i);
          };
          req.onsuccess = () => ok(req.result);
          req.onerror = () => fail(req.error);
        });
        const facts = Array.from({ length: n }, (_, i) => ({
          id: `s:${i}`,
          modelId: `synthetic-${i % 2000}`,
          metric: 'benchmark_score',
          benchmark: `Synthetic-${i % 50}`,
          value: i % 100,
          unit: 'percent',
          asOf: '2026-01-01',
          provenance: 'database',
          sourceId: 'synthetic-source',
        }));
        const rows =
          perRow === 1
            ? facts
            : Array.from({ length: Math.ceil(n / perRow) }, (_, i) => ({
                id: `g${i}`,
                facts: facts.slice(i * perRow, (i + 1) * perRow),
              }));
        const t0 = performance.now();
        await new Promise((ok, fail) => {
          const tx = db.transaction('facts', 'readwrite');
          for (const r of rows) tx.objectStore('facts').put(r);
          tx.oncomplete = ok;
          tx.onerror = () => fail(tx.error);
        });
        const put = performance.now() - t0;
        db.close();
        indexedDB.deleteDatabase(name);
        return put;
      },
      { n: FACTS, indexes: [...indexes], perRow, label },
    );
    console.log(`  raw IndexedDB, ${FACTS} facts, ${label}: ${fmt(ms)}`);
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
