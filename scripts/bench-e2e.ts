/**
 * `npm run bench:e2e` — the content script's budgets, measured in real Chromium
 * with the built extension (issue 4, item 7). Prints figures only; it asserts nothing.
 *
 * How each figure is measured (each page is loaded N times, BENCH_RUNS, default 5; medians):
 * - content-script main-thread CPU time (the budget figure): DevTools
 *   Performance.getMetrics TaskDuration in thread ticks — CPU the page's main
 *   thread really spent — with the extension active minus with it paused
 *   (global pause: the content script stops at once). Robust on a busy machine.
 * - content-script time, CPU profiler: V8's sampling profiler (200 µs); samples
 *   whose stack holds a frame of the content script file. Wall-clock based, so
 *   it grows when the machine is loaded.
 * - busy time, its own marks: the sum of the phase times the content script
 *   reports in its `claimcheck:scan-done` user-timing marks (helper H5's).
 * - document_idle → all marks visible: from the content script's
 *   `performance.mark('claimcheck:start')` (it runs at document_idle;
 *   DOMContentLoaded end when the mark is absent) to the first animation frame
 *   after the last mark was inserted (a MutationObserver in the page).
 * - longest task: PerformanceObserver('longtask') in the page, buffered; after
 *   the content script started, for the whole load, and with the extension paused.
 * - TreeWalker ratio: content-script time ÷ a bare TreeWalker pass over the
 *   same page's text nodes (in the page; 20 passes per sample, timers are coarse).
 * - size: the content script files the manifest loads at start, raw and gzip -9.
 */
import { gzipSync } from 'node:zlib';
import { cpus, loadavg } from 'node:os';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { rm } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import {
  EXTENSION_DIR,
  launchExtensionFrom,
  snapshotExtension,
  stopServiceWorkers,
  type ExtensionBrowser,
} from '../e2e/harness';

/** The private copy of the build the bench runs (a parallel `wxt build` cannot pull files from under it). */
let extDir = EXTENSION_DIR;
import { startBenchPages } from './bench-e2e/bench-pages';
import { DEFAULT_SETTINGS } from '../lib/settings';

interface CpuProfileNode {
  id: number;
  callFrame: { url: string; functionName: string };
  children?: number[];
}
interface CpuProfile {
  nodes: CpuProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

interface RunResult {
  marks: number;
  csMs: number;
  /** Sum of the busy phases the content script reports in its claimcheck:scan-done marks. */
  selfBusyMs: number;
  /** scanPage round trip: the worker's engine and verdicts, while the page's thread is free. */
  scanWaitMs: number;
  longestCsRunMs: number;
  idleToMarksMs: number | null;
  startSource: string;
  longestTaskMs: number;
  longestTaskAfterStartMs: number;
  treeWalkerMs: number;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)]! : NaN;
};
const f = (n: number | null, d = 1) => (n == null || Number.isNaN(n) ? 'n/a' : n.toFixed(d));

/** Milliseconds of samples whose stack includes the content script, and its longest unbroken run. */
function contentScriptTime(
  profile: CpuProfile,
  scriptUrlPart: string,
): { total: number; longestRun: number } {
  const parent = new Map<number, number>();
  const byId = new Map<number, CpuProfileNode>();
  for (const n of profile.nodes) {
    byId.set(n.id, n);
    for (const c of n.children ?? []) parent.set(c, n.id);
  }
  const memo = new Map<number, boolean>();
  const inScript = (id: number): boolean => {
    const known = memo.get(id);
    if (known !== undefined) return known;
    const node = byId.get(id);
    const hit =
      !!node && (node.callFrame.url.includes(scriptUrlPart) || (parent.has(id) && inScript(parent.get(id)!)));
    memo.set(id, hit);
    return hit;
  };
  let total = 0;
  let run = 0;
  let longestRun = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    // timeDeltas[i+1] is the time this sample stood for (µs).
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    if (inScript(profile.samples[i]!)) {
      total += dt;
      run += dt;
      longestRun = Math.max(longestRun, run);
    } else {
      run = 0;
    }
  }
  return { total, longestRun };
}

/** Runs in the page before its own scripts: long-task and mark-count observers. */
function pageProbes(): void {
  const w = window as unknown as {
    __bench: { longtasks: { start: number; dur: number }[]; marksAt: number[] };
  };
  w.__bench = { longtasks: [], marksAt: [] };
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__bench.longtasks.push({ start: e.startTime, dur: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    /* longtask unsupported */
  }
  let last = 0;
  new MutationObserver(() => {
    const n = document.querySelectorAll('[data-claimcheck-verdict]:not([data-claimcheck-part])').length;
    if (n !== last) {
      last = n;
      const seen = performance.now();
      requestAnimationFrame(() => {
        w.__bench.marksAt[n] = Math.max(seen, performance.now());
      });
    }
  }).observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['data-claimcheck-verdict'],
  });
}

async function settleMarks(page: Page, timeoutMs: number): Promise<number> {
  const end = Date.now() + timeoutMs;
  let last = -1;
  let since = Date.now();
  while (Date.now() < end) {
    const n = await page.evaluate(
      () => document.querySelectorAll('[data-claimcheck-verdict]:not([data-claimcheck-part])').length,
    );
    if (n !== last) {
      last = n;
      since = Date.now();
    } else if (n > 0 && Date.now() - since > 1000) break;
    await page.waitForTimeout(100);
  }
  return Math.max(last, 0);
}

/**
 * One page load. With `profile`, V8's sampler runs (for content-script CPU time);
 * without it, nothing slows the page (for latency and long tasks).
 */
async function measure(
  ext: ExtensionBrowser,
  origin: string,
  path: string,
  csUrlPart: string,
  expectMarks: number,
  profile: boolean,
): Promise<RunResult> {
  const page = await ext.context.newPage();
  await page.addInitScript(pageProbes);
  // Load a same-site page first so the profiler attaches to the renderer the article will use.
  await page.goto(`${origin}/bench/blank.html`);
  const cdp = await ext.context.newCDPSession(page);
  if (profile) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
  }
  await page.goto(`${origin}${path}`);
  const marks = await settleMarks(page, 30_000);
  const cpu = profile
    ? ((await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile }).profile
    : null;
  await cdp.detach();

  const probe = await page.evaluate((want) => {
    const b = (
      window as unknown as { __bench: { longtasks: { start: number; dur: number }[]; marksAt: number[] } }
    ).__bench;
    const start = performance.getEntriesByName('claimcheck:start')[0]?.startTime;
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    const t0 = start ?? nav?.domContentLoadedEventEnd ?? 0;
    const reached = b.marksAt.findIndex((t, n) => t !== undefined && n >= want);
    const lastAt =
      reached >= 0 ? b.marksAt[reached]! : Math.max(0, ...b.marksAt.filter((x) => x !== undefined));
    // A bare pass over the same text nodes, for the ratio. Timers are coarse
    // (100 µs), so each sample times 20 passes and divides.
    const runs: number[] = [];
    let chars = 0;
    for (let i = 0; i < 5; i++) {
      const s = performance.now();
      for (let k = 0; k < 20; k++) {
        const tw = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        while (tw.nextNode()) chars += (tw.currentNode as Text).data.length;
      }
      runs.push((performance.now() - s) / 20);
    }
    runs.sort((a, c) => a - c);
    // The content script's own phase times (user-timing marks it emits after each scan).
    let selfBusy = 0;
    let scanWait = 0;
    for (const e of performance.getEntriesByName('claimcheck:scan-done')) {
      const d = (e as PerformanceMark).detail as {
        busyMs?: Record<string, number>;
        waitMs?: Record<string, number>;
      } | null;
      for (const v of Object.values(d?.busyMs ?? {})) selfBusy += v;
      scanWait += d?.waitMs?.scan ?? 0;
    }
    return {
      startSource:
        start !== undefined ? 'claimcheck:start mark' : 'DOMContentLoaded end (no claimcheck:start mark)',
      idleToMarks: lastAt > 0 ? lastAt - t0 : null,
      longest: Math.max(0, ...b.longtasks.map((t) => t.dur)),
      longestAfter: Math.max(0, ...b.longtasks.filter((t) => t.start >= t0).map((t) => t.dur)),
      treeWalker: runs[2]!,
      chars,
      selfBusy,
      scanWait,
    };
  }, expectMarks);
  await page.close();
  const cs = cpu ? contentScriptTime(cpu, csUrlPart) : { total: NaN, longestRun: NaN };
  return {
    marks,
    csMs: cs.total,
    selfBusyMs: probe.selfBusy,
    scanWaitMs: probe.scanWait,
    longestCsRunMs: cs.longestRun,
    idleToMarksMs: probe.idleToMarks,
    startSource: probe.startSource,
    longestTaskMs: probe.longest,
    longestTaskAfterStartMs: probe.longestAfter,
    treeWalkerMs: probe.treeWalker,
  };
}

declare const chrome: { storage: { local: { set(v: object): Promise<void> } } };

/** Sets the global pause through extension storage, as the popup's switch does. */
async function pauser(ext: ExtensionBrowser): Promise<(paused: boolean) => Promise<void>> {
  const page = await ext.context.newPage();
  await page.goto(`chrome-extension://${ext.extensionId}/popup.html`);
  return async (paused) => {
    await page.evaluate((settings) => chrome.storage.local.set({ settings }), {
      ...DEFAULT_SETTINGS,
      paused,
    });
  };
}

/**
 * Main-thread CPU time of one page load, in thread ticks (DevTools
 * Performance.getMetrics TaskDuration with timeDomain threadTicks): CPU the
 * renderer's main thread actually spent, so other processes on a busy machine
 * do not inflate it. Run once with the extension paused and once active, the
 * difference is what the content script costs (its JS, the layout its marks
 * cause, decoding the background's answers).
 */
async function measureCpu(
  ext: ExtensionBrowser,
  origin: string,
  path: string,
  active: boolean,
): Promise<{ cpuMs: number; longestTaskMs: number; parts: Record<string, number> }> {
  const page = await ext.context.newPage();
  // Long tasks only (no mark observer here: it would add its own CPU time).
  await page.addInitScript(() => {
    const w = window as unknown as { __lt: number };
    w.__lt = 0;
    new PerformanceObserver((l) => {
      for (const e of l.getEntries()) w.__lt = Math.max(w.__lt, e.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(`${origin}/bench/blank.html`);
  const cdp = await ext.context.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' } as never);
  const metrics = async () =>
    new Map(
      (
        (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] }
      ).metrics.map((m) => [m.name, m.value]),
    );
  const m0 = await metrics();
  const before = m0.get('TaskDuration') ?? NaN;
  await page.goto(`${origin}${path}`);
  if (active) await settleMarks(page, 30_000);
  // Same quiet tail in both modes, so idle work (paint, GC) is counted alike.
  await page.waitForTimeout(1000);
  const m1 = await metrics();
  const after = m1.get('TaskDuration') ?? NaN;
  // Where it went: script, style recalculation and layout (the rest is parsing, paint, GC, IPC).
  const parts: Record<string, number> = {};
  for (const k of ['ScriptDuration', 'RecalcStyleDuration', 'LayoutDuration'])
    parts[k] = ((m1.get(k) ?? NaN) - (m0.get(k) ?? NaN)) * 1000;
  const longestTaskMs = await page.evaluate(() => (window as unknown as { __lt: number }).__lt);
  await cdp.detach();
  await page.close();
  return { cpuMs: (after - before) * 1000, longestTaskMs, parts };
}

/** The install-time load this fresh profile just did, as the background recorded it in its meta row. */
async function reportFirstRunLoad(ext: ExtensionBrowser): Promise<void> {
  const manifest = JSON.parse(readFileSync(join(extDir, 'factbase', 'manifest.json'), 'utf8')) as {
    version: string;
    size: number;
    counts: Record<string, number>;
  };
  const page = await ext.context.newPage();
  await page.goto(`chrome-extension://${ext.extensionId}/popup.html`);
  const meta = await page.evaluate(async () => {
    for (let i = 0; i < 100; i++) {
      const v = await new Promise<Record<string, number> | undefined>((resolve) => {
        const open = indexedDB.open('claimcheck');
        open.onerror = () => resolve(undefined);
        open.onsuccess = () => {
          try {
            const get = open.result.transaction('meta').objectStore('meta').get('factbase');
            get.onsuccess = () => resolve(get.result?.value);
            get.onerror = () => resolve(undefined);
          } catch {
            resolve(undefined);
          }
        };
      });
      if (v?.loadMs) return v;
      await new Promise((r) => setTimeout(r, 100));
    }
    return undefined;
  });
  await page.close();
  const c = manifest.counts;
  console.log(
    `\nBundled snapshot ${manifest.version}: ${(manifest.size / 1e6).toFixed(2)} MB ` +
      `(${(gzipSync(readFileSync(join(extDir, 'factbase', 'snapshot.json'))).length / 1e6).toFixed(2)} MB gzipped), ` +
      `${c.models} models, ${c.facts} facts, ${c.sources} sources`,
  );
  console.log(
    meta
      ? `First-run load on install (no network): ${f(meta.loadMs!, 0)} ms = fetch ${f(meta.fetchMs!, 0)} + sha256/parse/validate ${f(meta.verifyParseMs!, 0)} + Dexie write ${f(meta.writeMs!, 0)}`
      : 'First-run load: not recorded (no loadMs in the meta row)',
  );
}

function contentScriptFiles(): string[] {
  const manifest = JSON.parse(readFileSync(join(extDir, 'manifest.json'), 'utf8')) as {
    content_scripts?: { js?: string[] }[];
  };
  return (manifest.content_scripts ?? []).flatMap((c) => c.js ?? []);
}

async function main(): Promise<void> {
  // BENCH_EXT_DIR: bench another build (e.g. an experiment) instead of a copy of .output/chrome-mv3.
  if (process.env.BENCH_EXT_DIR) extDir = process.env.BENCH_EXT_DIR;
  else {
    if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) throw new Error('Build first: npm run build');
    extDir = await snapshotExtension();
  }
  // Figures are only as quiet as the machine: say how busy it was.
  console.log(
    `Machine: ${cpus().length} cores, load average ${loadavg()
      .map((x) => x.toFixed(1))
      .join(' / ')} (1/5/15 min)\n`,
  );
  const csFiles = contentScriptFiles();
  console.log('Content script size (loaded at start):');
  for (const file of csFiles) {
    const buf = readFileSync(join(extDir, file));
    console.log(
      `  ${file}: ${(buf.length / 1024).toFixed(1)} KB raw, ${(gzipSync(buf, { level: 9 }).length / 1024).toFixed(1)} KB gzipped`,
    );
  }
  const lazy = existsSync(join(extDir, 'chunks'))
    ? readdirSync(join(extDir, 'chunks')).filter((x) => x.endsWith('.js'))
    : [];
  if (lazy.length) console.log(`  (lazy chunks in the package, not loaded at start: ${lazy.join(', ')})`);
  const csUrlPart = csFiles[0] ?? 'content-scripts/content.js';

  const server = await startBenchPages();
  const ext = await launchExtensionFrom(extDir);
  try {
    await reportFirstRunLoad(ext);
    // Warm the background (worker awake, Dexie open, dictionary cached) and learn the mark counts.
    const warm10 = await measure(ext, server.origin, '/bench/10k.html', csUrlPart, 1e9, false);
    const warm100 = await measure(ext, server.origin, '/bench/100k.html', csUrlPart, 1e9, false);
    console.log(
      `\nWarm-up: ${warm10.marks} marks on the 10k-word page, ${warm100.marks} on the 100k-word page.`,
    );

    const N = Number(process.env.BENCH_RUNS ?? 5);
    const series = async (path: string, want: number, profile: boolean) => {
      const out: RunResult[] = [];
      for (let i = 0; i < N; i++) out.push(await measure(ext, server.origin, path, csUrlPart, want, profile));
      return out;
    };
    // BENCH_ONLY=10k skips the 100k-word page (quick iterations; the report prints both by default).
    const only10k = process.env.BENCH_ONLY === '10k';
    const plain10 = await series('/bench/10k.html', warm10.marks, false);
    const prof10 = await series('/bench/10k.html', warm10.marks, true);
    const plain100 = only10k ? [] : await series('/bench/100k.html', warm100.marks, false);
    const prof100 = only10k ? [] : await series('/bench/100k.html', warm100.marks, true);
    const list = (xs: number[]) => xs.map((x) => f(x)).join(', ');
    const setPaused = await pauser(ext);
    const cpuCost = async (path: string) => {
      const paused: number[] = [];
      const active: number[] = [];
      const pausedLongest: number[] = [];
      const partDiffs: Record<string, number[]> = {};
      for (let i = 0; i < N; i++) {
        await setPaused(true);
        const p = await measureCpu(ext, server.origin, path, false);
        paused.push(p.cpuMs);
        pausedLongest.push(p.longestTaskMs);
        await setPaused(false);
        const a = await measureCpu(ext, server.origin, path, true);
        active.push(a.cpuMs);
        for (const k of Object.keys(a.parts)) (partDiffs[k] ??= []).push(a.parts[k]! - p.parts[k]!);
      }
      const parts = Object.entries(partDiffs)
        .map(([k, xs]) => `${k.replace('Duration', '')} ${f(median(xs))}`)
        .join(', ');
      return { paused, active, pausedLongest, parts, cost: median(active) - median(paused) };
    };
    const cpu10 = await cpuCost('/bench/10k.html');
    const cpu100 = only10k ? null : await cpuCost('/bench/100k.html');

    const report = (
      label: string,
      plain: RunResult[],
      prof: RunResult[],
      cpu: typeof cpu10,
      budgets: boolean,
    ) => {
      const cs = median(prof.map((r) => r.csMs));
      const self = median(plain.map((r) => r.selfBusyMs));
      const tw = median(plain.map((r) => r.treeWalkerMs));
      const lt = plain.map((r) => r.longestTaskAfterStartMs);
      const idle = plain.map((r) => r.idleToMarksMs ?? NaN);
      const rows: [string, string][] = [
        ['marks placed', `${median(plain.map((r) => r.marks))}`],
        [
          'content-script main-thread CPU time',
          `${f(cpu.cost)} ms${budgets ? '   (budget 30 ms)' : ''}   = active ${f(median(cpu.active))} − paused ${f(median(cpu.paused))} ms of main-thread CPU; active [${list(cpu.active)}], paused [${list(cpu.paused)}]`,
        ],
        ['  of which (active − paused, medians)', `${cpu.parts} ms`],
        [
          'content-script time, CPU profiler',
          `${f(cs)} ms   (wall-clock samples in its own frames) [${list(prof.map((r) => r.csMs))}]`,
        ],
        [
          'content-script busy time, its own marks',
          `${f(self)} ms   [${list(plain.map((r) => r.selfBusyMs))}]`,
        ],
        [
          'scanPage round trip (engine + verdicts in the worker)',
          `${f(median(plain.map((r) => r.scanWaitMs)))} ms   (the page's thread is free meanwhile) [${list(plain.map((r) => r.scanWaitMs))}]`,
        ],
        [
          'document_idle → all marks visible',
          `${f(median(idle))} ms${budgets ? '   (budget 150 ms)' : ''}   [${list(idle)}]`,
        ],
        [
          'longest task after content-script start',
          `${f(Math.max(...lt))} ms worst, ${f(median(lt))} ms median${budgets ? '' : '   (budget 50 ms)'}   (0 = none over 50 ms) [${list(lt)}]`,
        ],
        [
          'longest task of the whole load',
          `${f(median(plain.map((r) => r.longestTaskMs)))} ms median (HTML parse and layout included)`,
        ],
        [
          'longest task, extension paused',
          `${f(median(cpu.pausedLongest))} ms median (the page alone, for comparison)`,
        ],
        [
          'longest unbroken run in content-script JS',
          `${f(Math.max(...prof.map((r) => r.longestCsRunMs)))} ms worst (profiler)`,
        ],
        ['bare TreeWalker pass, same page', `${f(tw, 3)} ms`],
        [
          'ratio content script / TreeWalker',
          `${f(cpu.cost / tw, 0)}× (CPU time), ${f(cs / tw, 0)}× (profiler), ${f(self / tw, 0)}× (own marks)`,
        ],
      ];
      console.log(`\n${label}`);
      for (const [k, v] of rows) console.log(`  ${k.padEnd(54)} ${v}`);
    };
    report(
      `10,000-word article, 50 claim sentences (medians of ${N} page loads; warm background):`,
      plain10,
      prof10,
      cpu10,
      true,
    );
    if (cpu100)
      report(
        `100,000-word page, 500 claim sentences (medians of ${N} page loads):`,
        plain100,
        prof100,
        cpu100,
        false,
      );
    // The engine runs in the service worker: after Chrome stops an idle worker, the next page
    // waits for it to restart, reopen Dexie, read the dictionary and build the engine.
    const cold: number[] = [];
    for (let i = 0; i < Math.min(N, 3); i++) {
      await stopServiceWorkers(ext.context);
      const r = await measure(ext, server.origin, '/bench/10k.html', csUrlPart, warm10.marks, false);
      cold.push(r.idleToMarksMs ?? NaN);
    }
    console.log(
      `\n10,000-word article after the service worker was stopped (worker restart, engine built cold):\n` +
        `  ${'document_idle → all marks visible'.padEnd(54)} ${f(median(cold))} ms   [${cold.map((x) => f(x)).join(', ')}]`,
    );
    console.log(
      `\nLoad average at the end: ${loadavg()
        .map((x) => x.toFixed(1))
        .join(' / ')}`,
    );
  } finally {
    await ext.close();
    await server.close();
    if (!process.env.BENCH_EXT_DIR) await rm(dirname(extDir), { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
