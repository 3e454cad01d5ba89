/**
 * Fact-base bench (issue 3 item 9), in Node over fake-indexeddb:
 *  1. look up the facts for a page of 100 claims in Dexie (one `sliceFor`), median — target ≤ 5 ms;
 *  2. load the full snapshot into an empty database — target ≤ 2 s;
 *  3. a synthetic base ≥ 10× larger (≥ 200,000 facts) loads and answers — target ≤ 10× those figures.
 * Prints figures and ratios; never fails on time (speed is reported, not asserted).
 *
 * Run alone: `npx tsx scripts/bench/factbase.ts`; scripts/bench.ts may import `runFactbaseBench`.
 */
import 'fake-indexeddb/auto';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { loadavg } from 'node:os';
import { ClaimcheckDB } from '../../lib/factbase/db';
import { createDexieStore } from '../../lib/factbase/dexie-store';
import { loadSnapshotIntoDb } from '../../lib/factbase/load-snapshot-into-db';
import { SnapshotSchema, type Fact, type Snapshot } from '../../lib/factbase/schema';
import { ClaimSchema, type Claim } from '../../lib/claims/types';
import { judgeClaims } from '../../lib/verdicts';

export interface FactbaseBenchResult {
  snapshot: { source: string; models: number; facts: number; sources: number };
  /** An article-like page: 100 claims about the dozen headline models. */
  lookup100: {
    medianMs: number;
    minMs: number;
    p90Ms: number;
    cpuMedianMs: number;
    judgeMedianMs: number;
    runs: number;
    factsPerSlice: number;
  };
  /** Worst case: 100 claims about ~100 different models drawn from the whole base. */
  lookup100Scattered: { medianMs: number; minMs: number; cpuMedianMs: number; factsPerSlice: number };
  load: { medianMs: number; cpuMs: number; validateMs: number; writeMs: number; runs: number };
  synthetic: {
    factor: number;
    facts: number;
    loadMs: number;
    loadCpuMs: number;
    lookupMedianMs: number;
    lookupCpuMedianMs: number;
    loadRatio: number;
    loadCpuRatio: number;
    lookupRatio: number;
    lookupCpuRatio: number;
  };
  /** os.loadavg() at the end: wall times on a busy machine are not the code's own cost. */
  loadAverage: number[];
  targets: { lookupMs: number; loadMs: number; syntheticFactor: number };
  pass: { lookup: boolean; load: boolean; syntheticLoad: boolean; syntheticLookup: boolean };
}

const ROOT = resolve(import.meta.dirname, '../..');
/** The extension takes the content hash from manifest.json instead of hashing the snapshot again. */
const MANIFEST_HASH = '0'.repeat(64);

async function getSnapshot(): Promise<{ snapshot: Snapshot; source: string }> {
  const loader = resolve(ROOT, 'scripts/lib/load-snapshot.ts');
  if (existsSync(loader)) {
    try {
      const mod = (await import(pathToFileURL(loader).href)) as {
        loadSnapshot?: () => Snapshot | Promise<Snapshot>;
      };
      if (mod.loadSnapshot)
        return { snapshot: await mod.loadSnapshot(), source: 'scripts/lib/load-snapshot.ts' };
    } catch (e) {
      console.warn(`loadSnapshot() failed (${(e as Error).message}); trying public/factbase/snapshot.json`);
    }
  }
  const file = resolve(ROOT, 'public/factbase/snapshot.json');
  if (existsSync(file))
    return {
      snapshot: JSON.parse(readFileSync(file, 'utf8')) as Snapshot,
      source: 'public/factbase/snapshot.json',
    };
  const { fixtureSnapshot } = await import('../../tests/verdicts/fixtures');
  console.warn('No real snapshot found: benchmarking the test fixture (tiny).');
  return { snapshot: fixtureSnapshot, source: 'tests/verdicts/fixtures.ts' };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))];

/** Deterministic PRNG so every run benchmarks the same page. */
function rng(seed: number) {
  return () => {
    seed = (seed * 1664525 + 1013904223) >>> 0;
    return seed / 2 ** 32;
  };
}

/** The models an article about the Llama 4 launch talks about. */
export const HEADLINE_MODELS = [
  'llama-4-scout',
  'llama-4-maverick',
  'llama-4-maverick-03-26-experimental',
  'llama-4-behemoth',
  'gpt-4o',
  'gpt-4o-2024-08-06',
  'gpt-4.5',
  'gemini-2.0-flash',
  'claude-3.7-sonnet',
  'deepseek-v3',
  'deepseek-v3-0324',
  'mistral-small-3.1',
];

/**
 * A page of 100 claims: numbers taken from real facts, every tenth claim a comparison. With
 * `modelIds` the claims are about those models only (an article); without, about any model.
 */
export function pageOfClaims(
  snapshot: Pick<Snapshot, 'facts' | 'models'>,
  n = 100,
  seed = 7,
  modelIds?: string[],
): Claim[] {
  const rand = rng(seed);
  const names = new Map(snapshot.models.map((m) => [m.id, m.name]));
  const only = modelIds ? new Set(modelIds) : undefined;
  let usable = snapshot.facts.filter(
    (f) => f.value !== undefined && f.metric !== 'comparison' && (!only || only.has(f.modelId)),
  );
  if (!usable.length)
    usable = snapshot.facts.filter((f) => f.value !== undefined && f.metric !== 'comparison');
  const claims: Claim[] = [];
  for (let i = 0; i < n; i++) {
    const f: Fact = usable[Math.floor(rand() * usable.length)];
    const other = usable[Math.floor(rand() * usable.length)];
    const quote = `claim ${i} ${f.value}`;
    const base = { id: `${i}:${i + 1}:${f.metric}`, quote, start: i, end: i + 1, context: 'prose' as const };
    claims.push(
      ClaimSchema.parse(
        i % 10 === 9
          ? {
              ...base,
              model: { id: f.modelId, name: names.get(f.modelId) ?? f.modelId },
              metric: 'comparison',
              value: null,
              comparison: {
                direction: 'beats',
                others: [{ id: other.modelId, name: names.get(other.modelId) ?? other.modelId }],
              },
            }
          : {
              ...base,
              model: { id: f.modelId, name: names.get(f.modelId) ?? f.modelId },
              metric: f.metric,
              benchmark: f.benchmark,
              value: f.value,
              unit: f.unit,
            },
      ),
    );
  }
  return claims;
}

/** The base repeated `factor` times under new model/fact ids (same shape, same per-model density). */
export function syntheticSnapshot(s: Snapshot, factor: number): Snapshot {
  const models = [];
  const facts = [];
  for (let k = 0; k < factor; k++) {
    const sfx = k === 0 ? '' : `-syn${k}`;
    for (const m of s.models)
      models.push({ ...m, id: m.id + sfx, parent: m.parent ? m.parent + sfx : undefined });
    for (const f of s.facts)
      facts.push({
        ...f,
        id: f.id + sfx,
        modelId: f.modelId + sfx,
        disagreesWith: f.disagreesWith?.map((d) => d + sfx),
      });
  }
  return { ...s, version: `${s.version}-x${factor}`, models, facts };
}

let dbCounter = 0;
const freshDb = () => new ClaimcheckDB(`bench-factbase-${process.pid}-${++dbCounter}`);

/** CPU time (user + system) of this process in ms: less disturbed than wall time on a busy machine. */
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

async function timeLookups(db: ClaimcheckDB, claims: Claim[], runs: number) {
  const store = createDexieStore(db);
  let factsPerSlice = 0;
  for (let i = 0; i < 5; i++) factsPerSlice = (await store.sliceFor(claims)).facts.length; // warm-up
  const slice: number[] = [];
  const sliceCpu: number[] = [];
  const judge: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c0 = cpuMs();
    const t0 = performance.now();
    await store.sliceFor(claims);
    slice.push(performance.now() - t0);
    sliceCpu.push(cpuMs() - c0);
  }
  for (let i = 0; i < Math.max(5, runs / 4); i++) {
    const t1 = performance.now();
    await judgeClaims(claims, store, {});
    judge.push(performance.now() - t1);
  }
  return { slice, sliceCpu, judge, factsPerSlice };
}

export async function runFactbaseBench(
  opts: { runs?: number; loadRuns?: number; log?: (s: string) => void } = {},
): Promise<FactbaseBenchResult> {
  const log = opts.log ?? console.log;
  const runs = opts.runs ?? 40;
  const loadRuns = opts.loadRuns ?? 3;
  const { snapshot, source } = await getSnapshot();
  const claims = pageOfClaims(snapshot, 100, 7, HEADLINE_MODELS);
  const scattered = pageOfClaims(snapshot, 100, 7);

  // 2. Full load into an empty database (validation + hash + one rw transaction).
  const loads: number[] = [];
  const loadCpu: number[] = [];
  const validates: number[] = [];
  const writes: number[] = [];
  let lastDb: ClaimcheckDB | undefined;
  for (let i = 0; i < loadRuns; i++) {
    const t0 = performance.now();
    SnapshotSchema.parse(snapshot);
    validates.push(performance.now() - t0);
    const db = freshDb();
    const t1 = performance.now();
    await loadSnapshotIntoDb(db, snapshot, { validate: false, sha256: MANIFEST_HASH });
    writes.push(performance.now() - t1);
    // What the background does on install: validate + one transaction (hash from the manifest).
    const db2 = freshDb();
    const c2 = cpuMs();
    const t2 = performance.now();
    await loadSnapshotIntoDb(db2, snapshot, { sha256: MANIFEST_HASH });
    loads.push(performance.now() - t2);
    loadCpu.push(cpuMs() - c2);
    await db.delete();
    if (lastDb) await lastDb.delete();
    lastDb = db2;
  }

  log(`  … loaded ${loadRuns}× (median ${median(loads).toFixed(0)} ms); timing lookups`);
  // 1. Lookup for a page of 100 claims.
  const look = await timeLookups(lastDb!, claims, runs);
  const lookScattered = await timeLookups(lastDb!, scattered, Math.max(10, Math.floor(runs / 2)));
  await lastDb!.delete();

  // 3. Synthetic base: at least 10× and at least 200,000 facts.
  const factor = Math.max(10, Math.ceil(200_000 / Math.max(1, snapshot.facts.length)));
  const big = syntheticSnapshot(snapshot, factor);
  const bigDb = freshDb();
  log(
    `  … lookups done (median ${median(look.slice).toFixed(2)} ms); loading synthetic ×${factor} (${big.facts.length} facts)`,
  );
  const c0 = cpuMs();
  const t0 = performance.now();
  await loadSnapshotIntoDb(bigDb, big, { sha256: MANIFEST_HASH });
  const bigLoad = performance.now() - t0;
  const bigLoadCpu = cpuMs() - c0;
  log(`  … synthetic loaded in ${bigLoad.toFixed(0)} ms; timing lookups`);
  // The same article-like page, over the big base (its models exist there unchanged).
  const bigClaims = claims;
  const bigLook = await timeLookups(bigDb, bigClaims, Math.max(10, Math.floor(runs / 2)));
  await bigDb.delete();

  const result: FactbaseBenchResult = {
    snapshot: {
      source,
      models: snapshot.models.length,
      facts: snapshot.facts.length,
      sources: snapshot.sources.length,
    },
    lookup100: {
      medianMs: median(look.slice),
      minMs: Math.min(...look.slice),
      p90Ms: pct(look.slice, 0.9),
      cpuMedianMs: median(look.sliceCpu),
      judgeMedianMs: median(look.judge),
      runs,
      factsPerSlice: look.factsPerSlice,
    },
    lookup100Scattered: {
      medianMs: median(lookScattered.slice),
      minMs: Math.min(...lookScattered.slice),
      cpuMedianMs: median(lookScattered.sliceCpu),
      factsPerSlice: lookScattered.factsPerSlice,
    },
    load: {
      medianMs: median(loads),
      cpuMs: median(loadCpu),
      validateMs: median(validates),
      writeMs: median(writes),
      runs: loadRuns,
    },
    synthetic: {
      factor,
      facts: big.facts.length,
      loadMs: bigLoad,
      loadCpuMs: bigLoadCpu,
      lookupMedianMs: median(bigLook.slice),
      lookupCpuMedianMs: median(bigLook.sliceCpu),
      loadRatio: bigLoad / median(loads),
      loadCpuRatio: bigLoadCpu / median(loadCpu),
      lookupRatio: median(bigLook.slice) / median(look.slice),
      lookupCpuRatio: median(bigLook.sliceCpu) / median(look.sliceCpu),
    },
    loadAverage: loadavg(),
    targets: { lookupMs: 5, loadMs: 2000, syntheticFactor: 10 },
    pass: { lookup: false, load: false, syntheticLoad: false, syntheticLookup: false },
  };
  result.pass = {
    lookup: result.lookup100.medianMs <= 5,
    load: result.load.medianMs <= 2000,
    syntheticLoad: result.synthetic.loadMs <= 10 * 2000,
    syntheticLookup: result.synthetic.lookupMedianMs <= 10 * 5,
  };

  const f = (x: number) => x.toFixed(x < 10 ? 2 : 0);
  const ok = (b: boolean) => (b ? 'OK  ' : 'OVER');
  const L = result.lookup100;
  const S = result.synthetic;
  log(
    `fact base bench (Node ${process.version}, fake-indexeddb, load average ${result.loadAverage.map((x) => x.toFixed(1)).join(' ')}) — snapshot from ${source}`,
  );
  log(
    `  base: ${result.snapshot.models} models, ${result.snapshot.facts} facts, ${result.snapshot.sources} sources`,
  );
  log(
    `  [${ok(result.pass.lookup)}] lookup, page of 100 claims (Dexie sliceFor, ${L.factsPerSlice} facts): median ${f(L.medianMs)} ms wall (min ${f(L.minMs)}, p90 ${f(L.p90Ms)}), CPU ${f(L.cpuMedianMs)} ms — target ≤ 5 ms`,
  );
  log(`         lookup + judge 100 claims: median ${f(L.judgeMedianMs)} ms wall`);
  log(
    `         scattered page (100 claims over ~100 models, ${result.lookup100Scattered.factsPerSlice} facts): median ${f(result.lookup100Scattered.medianMs)} ms wall (min ${f(result.lookup100Scattered.minMs)}), CPU ${f(result.lookup100Scattered.cpuMedianMs)} ms`,
  );
  log(
    `  [${ok(result.pass.load)}] load full snapshot into an empty DB (validate + one transaction): median ${f(result.load.medianMs)} ms wall, CPU ${f(result.load.cpuMs)} ms (validate ${f(result.load.validateMs)} ms, write only ${f(result.load.writeMs)} ms) — target ≤ 2000 ms`,
  );
  log(`  synthetic base ×${factor}: ${S.facts} facts`);
  log(
    `  [${ok(result.pass.syntheticLoad)}]   load ${f(S.loadMs)} ms wall, CPU ${f(S.loadCpuMs)} ms — ${S.loadRatio.toFixed(1)}× the real load (CPU ${S.loadCpuRatio.toFixed(1)}×; target ≤ 20000 ms)`,
  );
  log(
    `  [${ok(result.pass.syntheticLookup)}]   lookup median ${f(S.lookupMedianMs)} ms wall, CPU ${f(S.lookupCpuMedianMs)} ms — ${S.lookupRatio.toFixed(2)}× the real lookup (CPU ${S.lookupCpuRatio.toFixed(2)}×; target ≤ 50 ms)`,
  );
  return result;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  runFactbaseBench().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
