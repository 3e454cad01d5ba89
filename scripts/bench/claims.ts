/**
 * Claim-engine bench (issue 2 item 5), in Node:
 *  - dictionary build (createClaimEngine) with >= 5,000 aliases — target <= 20 ms;
 *  - a 10,000-word and a 100,000-word synthetic article (names from the dictionary, claims sprinkled
 *    in, typographic characters included) — targets <= 10 ms and <= 100 ms median;
 *  - the floor: lower-casing the same text plus one pass of a plain number regex, and the ratio to it.
 * Prints figures; never fails on time.
 *
 * Run alone: `npx tsx scripts/bench/claims.ts`; scripts/bench.ts calls `runClaimsBench`.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { createClaimEngine } from '../../lib/claims/engine';
import { docFromText } from '../../lib/claims/extract-text';
import { scanHtml } from '../../lib/claims/scan-html';
import { ModelDictionarySchema, type ModelDictionary } from '../../lib/claims/types';
import { syntheticArticle as benchPage } from '../bench-e2e/article';
import { seededRandom as rng } from '../lib/seeded-random';

// CLAIMCHECK_ROOT: set for the bundled copy of this bench (its own path is in a temp folder).
const ROOT = process.env.CLAIMCHECK_ROOT ?? resolve(import.meta.dirname, '../..');
/** Set in the bundled child process (see runClaimsBench). */
const BUNDLED = process.env.CLAIMS_BENCH_BUNDLED === '1';

export interface ClaimsBenchResult {
  aliases: number;
  models: number;
  buildMedianMs: number;
  buildCpuMedianMs: number;
  articles: {
    kind: string;
    words: number;
    chars: number;
    claims: number;
    medianMs: number;
    floorMs: number;
    ratio: number;
    runs: number;
  }[];
  /** First findClaims in a fresh process (un-JITted, like a content script on page load). */
  cold?: { page: string; firstMedianMs: number; secondMedianMs: number; processes: number }[];
}

function median(xs: number[]): number {
  return quantile(xs, 0.5);
}

function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(s.length * q))];
}

/** Warm-up passes before timing (see runClaimsBench). */
const WARMUP_10K = 20;
const WARMUP_100K = 4;
/** ...and at least this long: V8 compiles the engine's largest function (scanFigures, the figure pass
 *  of each sentence, since scanSentence was split in three) in the background for 1-2 s, and a deopt
 *  recompiles it, so a bench that starts timing earlier measures partly unoptimised code. A worker
 *  that stays up between pages (where the engine runs) is past this after its first pages. */
const WARMUP_MIN_MS = 2500;
const WARMUP_MAX_RUNS = 400;

export function loadBenchDictionary(minAliases = 5000): ModelDictionary {
  const path = resolve(ROOT, 'data/dictionary.json');
  const base: ModelDictionary = existsSync(path)
    ? ModelDictionarySchema.parse(JSON.parse(readFileSync(path, 'utf8')))
    : { version: 'empty', models: [], families: [], benchmarks: [] };
  const dict: ModelDictionary = { ...base, models: [...base.models] };
  let aliases = dict.models.reduce((n, m) => n + m.aliases.length + 1, 0);
  // Pad with synthetic models so the matcher holds at least `minAliases` names.
  const vendors = ['Nimbus', 'Quartz', 'Helio', 'Vireo', 'Tessel', 'Orca', 'Lumen', 'Kestrel'];
  for (let i = 0; aliases < minAliases; i++) {
    const v = vendors[i % vendors.length];
    const name = `${v}-${Math.floor(i / vendors.length) + 1}.${i % 10} ${['Pro', 'Mini', 'Flash', 'Ultra'][i % 4]}`;
    dict.models.push({
      id: name.toLowerCase().replace(/ /g, '-'),
      name,
      aliases: [
        { text: name.replace(/ /g, '-'), scope: 'global' },
        { text: `${name} ${i % 3 === 0 ? 'Instruct' : 'Preview'}`, scope: 'global' },
      ],
    });
    aliases += 3;
  }
  return dict;
}

const FILLER =
  'the of and to in that is for it with as was on be by this are from at an or have not but what all were when we there can more which their said one has been some would other about into than them these its only time could new also after two first way even because most over where such'.split(
    ' ',
  );

/** A synthetic article of about `words` words: prose with claims every few sentences. */
export function syntheticArticle(dict: ModelDictionary, words: number, seed = 1): string {
  const r = rng(seed);
  const pick = <T>(xs: T[]): T => xs[Math.floor(r() * xs.length)];
  const names = dict.models.flatMap((m) => [
    m.name,
    ...m.aliases.filter((a) => a.scope === 'global').map((a) => a.text),
  ]);
  const benches = dict.benchmarks.length ? dict.benchmarks.map((b) => b.name) : ['MMLU'];
  const templates = [
    () =>
      `${pick(names)} (${(r() * 900 + 10).toFixed(0)}B total, ${(r() * 90 + 5).toFixed(0)}B active) uses ${Math.floor(r() * 250 + 8)} experts.`,
    () =>
      `${pick(names)} scored ${(r() * 60 + 30).toFixed(1)}% on ${pick(benches)} \u2014 \u201cimpressive\u201d, said one reviewer.`,
    () =>
      `It can handle up to ${Math.floor(r() * 10 + 1)} million tokens, and ${pick(names)} beats ${pick(names)} on ${pick(benches)}.`,
    () =>
      `GPT\u20114o costs $${(r() * 10).toFixed(2)} per million input tokens; a subscription is $20 per month for 400 million users.`,
    () =>
      `${pick(names)} reached a 1${Math.floor(r() * 400 + 100)} Elo on LMArena in ${2020 + Math.floor(r() * 6)}, trailing ${pick(names)}.`,
    () =>
      `Trained on ~${Math.floor(r() * 30 + 5)}T tokens with ${(r() * 8).toFixed(2)}M GPU\u2011hours across 10,000\u201320,000 H100s.`,
  ];
  const paras: string[] = [];
  let count = 0;
  while (count < words) {
    const sentences: string[] = [];
    for (let s = 0; s < 5; s++) {
      if (r() < 0.35) sentences.push(pick(templates)());
      else {
        const n = 8 + Math.floor(r() * 14);
        const w: string[] = [];
        for (let k = 0; k < n; k++) w.push(pick(FILLER));
        w[0] = w[0][0].toUpperCase() + w[0].slice(1);
        if (r() < 0.3) w.splice(3, 0, `version ${Math.floor(r() * 9)}.${Math.floor(r() * 9)}`);
        sentences.push(w.join(' ') + '.');
      }
    }
    const p = sentences.join(' ');
    count += p.split(/\s+/).length;
    paras.push(p);
  }
  return paras.join('\n\n');
}

/**
 * A realistic article of about `words` words: the visible text of the labelled corpus pages (written in
 * the styles real AI news uses: launch posts, news, reviews, forums), one after another, repeated as
 * needed. About one claim per 35 words, against one per 20 in the dense synthetic article above.
 */
export function corpusArticle(words: number): string {
  const dir = resolve(ROOT, 'tests/fixtures/corpus');
  const pages = readdirSync(dir)
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((f) => scanHtml(readFileSync(join(dir, f), 'utf8')).doc.text);
  const out: string[] = [];
  let count = 0;
  for (let i = 0; count < words; i++) {
    const page = pages[i % pages.length];
    out.push(page);
    count += page.split(/\s+/).filter(Boolean).length;
  }
  return out.join('\n\n');
}

/** Bundle `entry` (a repo path) with esbuild into one ESM file for plain `node`, as the extension ships it. */
function bundleForNode(entry: string, outfile: string): void {
  execFileSync(
    resolve(ROOT, 'node_modules/.bin/esbuild'),
    [
      resolve(ROOT, entry),
      '--bundle',
      '--platform=node',
      '--format=esm',
      `--outfile=${outfile}`,
      '--log-level=warning',
    ],
    { stdio: 'inherit' },
  );
}

function floor(text: string): number {
  const lower = text.toLowerCase();
  const re = /\d+(?:[.,]\d+)*/g;
  let n = 0;
  while (re.exec(lower)) n++;
  return n;
}

export async function runClaimsBench(
  opts: { runs?: number; log?: (s: string) => void; cold?: boolean } = {},
): Promise<ClaimsBenchResult> {
  const log = opts.log ?? console.log;
  const runs = Math.max(20, opts.runs ?? 40);
  // The engine as it ships: bundled by esbuild (as WXT bundles it for the background, and as a
  // packaged CLI would be), run by plain `node`. Under tsx, the dev loader wraps every function
  // it creates (keep-names helpers), which costs the engine's many small closures ~15–25%; that
  // figure follows, labelled, for comparison.
  if (!BUNDLED) {
    const dir = mkdtempSync(join(tmpdir(), 'claims-bench-'));
    try {
      const bundle = join(dir, 'claims-bench.mjs');
      bundleForNode('scripts/bench/claims.ts', bundle);
      log('claims: the engine as bundled (esbuild, plain node), the shipped form:');
      const out = execFileSync(process.execPath, [bundle], {
        encoding: 'utf8',
        env: { ...process.env, CLAIMS_BENCH_BUNDLED: '1', CLAIMCHECK_ROOT: ROOT },
      });
      for (const line of out.trimEnd().split('\n')) log(`  ${line}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    log('claims: the same engine under tsx (dev loader), for comparison:');
  }
  const dict = loadBenchDictionary();
  const aliases = dict.models.reduce((n, m) => n + m.aliases.length + 1, 0);
  // Wall time and this process's CPU time (user + system): on a shared, busy machine the CPU
  // figure shows the engine's own cost when other processes steal the cores.
  const cpuMs = () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  const builds: number[] = [];
  const buildCpu: number[] = [];
  let engine = createClaimEngine(dict);
  for (let i = 0; i < runs; i++) {
    const c = cpuMs();
    const t = performance.now();
    engine = createClaimEngine(dict);
    builds.push(performance.now() - t);
    buildCpu.push(cpuMs() - c);
  }
  const result: ClaimsBenchResult = {
    aliases,
    models: dict.models.length,
    buildMedianMs: median(builds),
    buildCpuMedianMs: median(buildCpu),
    articles: [],
  };
  log(
    `claims: load average ${loadavg()[0].toFixed(1)} on ${cpus().length} cores (a busy machine inflates wall times)`,
  );
  log(
    `claims: dictionary ${dict.models.length} models, ${aliases} names; build median ${result.buildMedianMs.toFixed(2)} ms wall, ${result.buildCpuMedianMs.toFixed(2)} ms CPU (target <= 20 ms)`,
  );
  const kinds = [
    { kind: 'dense synthetic', make: (w: number) => syntheticArticle(dict, w, w) },
    { kind: 'corpus-style', make: corpusArticle },
  ];
  for (const { kind, make } of kinds)
    for (const words of [10_000, 100_000]) {
      const text = make(words);
      const doc = docFromText(text);
      let claims = 0;
      // Warm-up: V8 needs ~15 passes over the 10k article (a few over the 100k one, which is 10x the
      // work per pass) before the engine's code is optimised; a median over runs still warming up
      // measures the JIT, not the engine. The first pass is printed too (the cold cost is below).
      const warmups = words === 10_000 ? WARMUP_10K : WARMUP_100K;
      let t = performance.now();
      claims = engine.findClaims(doc).length;
      const firstMs = performance.now() - t;
      const warmStart = performance.now();
      let warmRuns = 1;
      for (
        ;
        warmRuns < warmups || (performance.now() - warmStart < WARMUP_MIN_MS && warmRuns < WARMUP_MAX_RUNS);
        warmRuns++
      )
        engine.findClaims(doc);
      const warmS = (performance.now() - warmStart) / 1000;
      const times: number[] = [];
      const cpu: number[] = [];
      const floors: number[] = [];
      for (let i = 0; i < runs; i++) {
        const c = cpuMs();
        t = performance.now();
        engine.findClaims(doc);
        times.push(performance.now() - t);
        cpu.push(cpuMs() - c);
        t = performance.now();
        floor(text);
        floors.push(performance.now() - t);
      }
      const a = {
        kind,
        words,
        chars: text.length,
        claims,
        medianMs: median(times),
        cpuMedianMs: median(cpu),
        floorMs: median(floors),
        ratio: median(times) / median(floors),
        runs,
      };
      result.articles.push(a);
      const target = words === 10_000 ? 10 : 100;
      log(
        `claims: ${words.toLocaleString('en-US')}-word ${kind} article (${text.length.toLocaleString('en-US')} chars, ${claims} claims): median ${a.medianMs.toFixed(2)} ms wall, ${a.cpuMedianMs.toFixed(2)} ms CPU over ${runs} runs (target <= ${target} ms); floor ${a.floorMs.toFixed(2)} ms; ratio ${a.ratio.toFixed(1)}x`,
      );
      log(
        `claims:   spread p10 ${quantile(times, 0.1).toFixed(2)} / p90 ${quantile(times, 0.9).toFixed(2)} ms, min ${Math.min(...times).toFixed(2)} ms; after ${warmRuns} warm-up runs over ${warmS.toFixed(1)} s (the first took ${firstMs.toFixed(1)} ms)`,
      );
    }
  // the cold runs are bundled processes already: once is enough
  if (opts.cold !== false && BUNDLED) result.cold = measureColdRuns({ log });
  return result;
}

/**
 * Cold cost: the engine's FIRST findClaims in a fresh `node` process (nothing JIT-compiled, no regex
 * compiled yet), as on every page load in the browser. The runner is bundled with esbuild so process
 * start stays cheap; the median over `processes` runs is printed (print only, no target).
 */
export function measureColdRuns(
  opts: { processes?: number; log?: (s: string) => void } = {},
): NonNullable<ClaimsBenchResult['cold']> {
  const log = opts.log ?? console.log;
  const n = opts.processes ?? 15;
  const dictPath = resolve(ROOT, 'data/dictionary.json');
  if (!existsSync(dictPath)) {
    log('claims: cold run skipped (data/dictionary.json missing)');
    return [];
  }
  const dir = mkdtempSync(join(tmpdir(), 'claims-cold-'));
  try {
    const bundle = join(dir, 'cold.mjs');
    bundleForNode('scripts/bench/tools/claims-cold-run.ts', bundle);
    const page10k = join(dir, '10k.html');
    writeFileSync(page10k, benchPage(10_000, 50, 'Ten thousand words on Llama 4'));
    const pages: [string, string][] = [
      ['10,000-word bench page (bench:e2e article)', page10k],
      [
        'corpus launch post (llama-4-herd-launch)',
        resolve(ROOT, 'tests/fixtures/corpus/llama-4-herd-launch.html'),
      ],
    ];
    const out: NonNullable<ClaimsBenchResult['cold']> = [];
    for (const [name, path] of pages) {
      if (!existsSync(path)) continue;
      const build: number[] = [];
      const first: number[] = [];
      const second: number[] = [];
      let claims = 0;
      for (let i = 0; i < n; i++) {
        const r = JSON.parse(
          execFileSync(process.execPath, [bundle, dictPath, path], { encoding: 'utf8' }),
        ) as {
          build: number;
          first: number;
          second: number;
          claims: number;
        };
        build.push(r.build);
        first.push(r.first);
        second.push(r.second);
        claims = r.claims;
      }
      const c = { page: name, firstMedianMs: median(first), secondMedianMs: median(second), processes: n };
      out.push(c);
      log(
        `claims: cold ${name}, ${claims} claims (a restarted worker): build over the whole dictionary median ${median(build).toFixed(1)} ms, first findClaims ${c.firstMedianMs.toFixed(1)} ms, second ${c.secondMedianMs.toFixed(1)} ms (fresh node process each, ${n} processes)`,
      );
    }
    return out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  void runClaimsBench();
}
