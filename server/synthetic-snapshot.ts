import type { Fact, Snapshot } from '../lib/factbase/schema';

/**
 * Synthetic fact bases for tests and benches: `base` (the real bundled snapshot
 * or a tiny empty one) plus `facts` generated rows on synthetic models, so the
 * real models — and the page annotations — stay exactly as they were.
 */
export const EMPTY_DICTIONARY = { version: 'dict-test', models: [], families: [], benchmarks: [] };

export function syntheticSnapshot(opts: {
  version: string;
  created?: string;
  facts: number;
  base?: Snapshot;
  seed?: number;
}): Snapshot {
  const base = opts.base;
  const seed = opts.seed ?? 0;
  const modelCount = Math.max(1, Math.ceil(opts.facts / 100));
  const models = Array.from({ length: modelCount }, (_, i) => ({
    id: `synthetic-${i}`,
    name: `Synthetic ${i}`,
    status: 'released' as const,
    aliases: [],
  }));
  const facts: Fact[] = Array.from({ length: opts.facts }, (_, i) => ({
    id: `synthetic:${i}`,
    modelId: `synthetic-${i % modelCount}`,
    metric: 'benchmark_score',
    benchmark: `Synthetic-${i % 50}`,
    value: ((i * 7919 + seed * 104729) % 10000) / 100,
    unit: 'percent',
    asOf: '2026-01-01',
    provenance: 'database',
    sourceId: 'synthetic-source',
  }));
  return {
    version: opts.version,
    created: opts.created ?? new Date().toISOString(),
    models: [...(base?.models ?? []), ...models],
    facts: [...(base?.facts ?? []), ...facts],
    sources: [
      ...(base?.sources ?? []),
      {
        id: 'synthetic-source',
        title: 'Synthetic test data',
        publisher: 'Claimcheck tests',
        date: '2026-01-01',
        licence: 'CC0',
      },
    ],
    dictionary: base?.dictionary ?? EMPTY_DICTIONARY,
  };
}

/** The next version of `snap` with `changed` facts different: half edited in place, half added. */
export function nextSnapshot(snap: Snapshot, version: string, changed: number): Snapshot {
  const edits = Math.floor(changed / 2);
  const facts = snap.facts.map((f, i) =>
    i < edits ? { ...f, value: (f.value ?? 0) + 1, asOf: '2026-02-01' } : f,
  );
  for (let i = 0; i < changed - edits; i++) {
    facts.push({
      id: `synthetic-next:${version}:${i}`,
      modelId: snap.models[i % snap.models.length]!.id,
      metric: 'benchmark_score',
      benchmark: 'Synthetic-next',
      value: i % 100,
      unit: 'percent',
      asOf: '2026-02-01',
      provenance: 'database',
      sourceId: snap.sources[0]!.id,
    });
  }
  return { ...snap, version, created: new Date(Date.parse(snap.created) + 1000).toISOString(), facts };
}
