/**
 * `npx tsx scripts/bench-e2e/profile.ts [10k|100k] [runs]` — where the content
 * script's time goes: loads the bench page with V8's sampling profiler on
 * (100 µs) and prints the functions with the most self time (samples whose
 * stack includes the content script), summed over the runs. A diagnostic for
 * `npm run bench:e2e`; it asserts nothing.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { rm } from 'node:fs/promises';
import { launchExtensionFrom, snapshotExtension } from '../../e2e/harness';
import { startBenchPages } from './bench-pages';

interface Node {
  id: number;
  callFrame: { url: string; functionName: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface Profile {
  nodes: Node[];
  samples: number[];
  timeDeltas: number[];
}

async function main(): Promise<void> {
  const which = process.argv[2] ?? '10k';
  const runs = Number(process.argv[3] ?? 3);
  // PROFILE_EXT_DIR: an unminified build (readable function names), else a copy of the normal build.
  const extDir = process.env.PROFILE_EXT_DIR ?? (await snapshotExtension());
  const manifest = JSON.parse(readFileSync(join(extDir, 'manifest.json'), 'utf8')) as {
    content_scripts: { js: string[] }[];
  };
  const csPart = manifest.content_scripts[0]!.js[0]!;
  const server = await startBenchPages();
  // Module of each line, from the bundler's `// path` comments (readable in an unminified build).
  const csLines = readFileSync(join(extDir, csPart), 'utf8').split('\n');
  const moduleAt: string[] = [];
  let current = '(runtime)';
  csLines.forEach((line, i) => {
    const m = /^\t\/\/ ((?:lib|entrypoints|components|node_modules)\/\S+)$/.exec(line);
    if (m) current = m[1]!;
    moduleAt[i] = current;
  });
  const byModule = new Map<string, number>();
  const ext = await launchExtensionFrom(extDir);
  const self = new Map<string, number>();
  let total = 0;
  try {
    for (let r = 0; r <= runs; r++) {
      const page = await ext.context.newPage();
      // Long animation frames (script vs style/layout split) and long tasks, in the page.
      await page.addInitScript(() => {
        const w = window as unknown as { __loaf: unknown[] };
        w.__loaf = [];
        try {
          new PerformanceObserver((l) => {
            for (const e of l.getEntries() as unknown as {
              startTime: number;
              duration: number;
              blockingDuration: number;
              renderStart: number;
              styleAndLayoutStart: number;
              scripts: {
                invoker: string;
                sourceFunctionName: string;
                duration: number;
                forcedStyleAndLayoutDuration: number;
              }[];
            }[])
              if (e.duration > 50)
                w.__loaf.push({
                  start: Math.round(e.startTime),
                  dur: Math.round(e.duration),
                  blocking: Math.round(e.blockingDuration),
                  render: e.renderStart ? Math.round(e.startTime + e.duration - e.renderStart) : 0,
                  styleLayout: e.styleAndLayoutStart
                    ? Math.round(e.startTime + e.duration - e.styleAndLayoutStart)
                    : 0,
                  scripts: e.scripts.map(
                    (x) =>
                      `${x.invoker}/${x.sourceFunctionName}:${Math.round(x.duration)}ms forced=${Math.round(x.forcedStyleAndLayoutDuration)}`,
                  ),
                });
          }).observe({ type: 'long-animation-frame', buffered: true });
        } catch {
          /* unsupported */
        }
      });
      await page.goto(`${server.origin}/bench/blank.html`);
      const cdp = await ext.context.newCDPSession(page);
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      await cdp.send('Profiler.start');
      await page.goto(`${server.origin}/bench/${which}.html`);
      await page.waitForFunction(
        () => performance.getEntriesByName('claimcheck:scan-done').length > 0,
        undefined,
        { timeout: 30_000 },
      );
      await page.waitForTimeout(500);
      const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
      const detail = await page.evaluate(() =>
        performance.getEntriesByName('claimcheck:scan-done').map((e) => (e as PerformanceMark).detail),
      );
      const dict = await page.evaluate(() =>
        performance.getEntriesByName('claimcheck:dictionary').map((e) => (e as PerformanceMark).detail),
      );
      const loaf = await page.evaluate(() => {
        const marks = performance
          .getEntriesByType('mark')
          .filter((m) => m.name.startsWith('claimcheck'))
          .map((m) => `${m.name}@${Math.round(m.startTime)}`);
        return { loaf: (window as unknown as { __loaf: unknown[] }).__loaf, marks };
      });
      await page.close();
      if (r === 0) continue; // warm-up
      console.log(JSON.stringify(loaf));
      console.log(JSON.stringify({ scans: detail, dictionary: dict }));
      const byId = new Map(profile.nodes.map((n) => [n.id, n]));
      const parent = new Map<number, number>();
      for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
      const inCs = new Map<number, boolean>();
      const hit = (id: number): boolean => {
        const k = inCs.get(id);
        if (k !== undefined) return k;
        const n = byId.get(id)!;
        const v = n.callFrame.url.includes(csPart) || (parent.has(id) && hit(parent.get(id)!));
        inCs.set(id, v);
        return v;
      };
      // The longest unbroken run of content-script samples (a long task in the making), by top-level frame.
      let run: Map<string, number> = new Map();
      let runMs = 0;
      let longest = { ms: 0, by: new Map<string, number>() };
      const stackOf = (id: number) => {
        const names: string[] = [];
        for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
          const fr = byId.get(cur)!.callFrame;
          if (fr.url.includes(csPart)) names.push(fr.functionName || '(anon)');
        }
        return names.reverse().slice(0, 4).join(' > ');
      };
      for (let i = 0; i < profile.samples.length; i++) {
        const id = profile.samples[i]!;
        const dtRun = (profile.timeDeltas[i + 1] ?? 0) / 1000;
        if (hit(id)) {
          runMs += dtRun;
          const k = stackOf(id);
          run.set(k, (run.get(k) ?? 0) + dtRun);
          if (runMs > longest.ms) longest = { ms: runMs, by: run };
        } else {
          run = new Map();
          runMs = 0;
        }
      }
      console.log(`longest unbroken content-script run: ${longest.ms.toFixed(1)} ms`);
      for (const [k, v] of [...longest.by.entries()].sort((a, b) => b[1] - a[1]).slice(0, 6))
        console.log(`    ${v.toFixed(1).padStart(6)} ms  ${k}`);
      for (let i = 0; i < profile.samples.length; i++) {
        const id = profile.samples[i]!;
        if (!hit(id)) continue;
        const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
        const n = byId.get(id)!;
        const f = n.callFrame;
        // Native frames are named with their caller (which of our functions paid for them).
        const caller = f.url
          ? ''
          : ` ← ${byId.get(parent.get(id) ?? -1)?.callFrame.functionName || '(anon)'}`;
        const key = `${f.functionName || '(anon)'} ${f.url.includes(csPart) ? 'cs' : f.url ? 'other' : 'native'}:${f.lineNumber}:${f.columnNumber}${caller}`;
        self.set(key, (self.get(key) ?? 0) + dt);
        // Native frames count for the module of their nearest caller in the content script.
        let at = id;
        while (!byId.get(at)!.callFrame.url.includes(csPart) && parent.has(at)) at = parent.get(at)!;
        const mod = moduleAt[byId.get(at)!.callFrame.lineNumber] ?? '?';
        byModule.set(mod, (byModule.get(mod) ?? 0) + dt);
        total += dt;
      }
    }
  } finally {
    await ext.close();
    await server.close();
    if (!process.env.PROFILE_EXT_DIR) await rm(dirname(extDir), { recursive: true, force: true });
  }
  console.log(`\ncontent-script samples: ${(total / runs).toFixed(1)} ms per load (${runs} loads)`);
  console.log('by module:');
  for (const [k, v] of [...byModule.entries()].sort((a, b) => b[1] - a[1]))
    console.log(`  ${(v / runs).toFixed(2).padStart(7)} ms  ${k}`);
  console.log('by function:');
  for (const [k, v] of [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 40))
    console.log(`  ${(v / runs).toFixed(2).padStart(7)} ms  ${k}`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
