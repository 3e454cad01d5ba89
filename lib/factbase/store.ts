import type { Claim } from '../claims/types';
import type { Metric } from './metrics';
import type { Fact, Model, Source } from './schema';

/** Everything the verdicts need for a set of claims: the models involved (with their variant trees), their facts and the sources those facts cite. */
export interface FactSlice {
  models: Model[];
  facts: Fact[];
  sources: Source[];
}

/** A model with its place in the family → variant tree. */
export interface ModelFamily {
  model: Model;
  parent?: Model;
  siblings: Model[];
  children: Model[];
}

/**
 * Read access to the fact base. Two implementations: memory-store.ts (Node, CLI, tests) and
 * dexie-store.ts (the extension's background). `sliceFor` answers a whole page of claims in one
 * call so the background does one round of IndexedDB reads per page, not one per claim.
 */
export interface FactStore {
  getModel(id: string): Promise<Model | undefined>;
  getFamily(id: string): Promise<ModelFamily | undefined>;
  /** Facts of these models; all metrics when `metric` is omitted. */
  getFacts(modelIds: string[], metric?: Metric): Promise<Fact[]>;
  getSources(ids: string[]): Promise<Source[]>;
  sliceFor(claims: Claim[]): Promise<FactSlice>;
}

/**
 * Metrics a claim's verdict may read besides its own: comparisons read scores; a context-window
 * claim reads long-context benchmark scores (the independent measurements that can dispute it).
 */
export function metricsNeeded(claim: Claim): Metric[] {
  const out = new Set<Metric>([claim.metric]);
  if (claim.metric === 'comparison' || claim.comparison) {
    out.add('arena_elo');
    out.add('benchmark_score');
  }
  if (claim.metric === 'context_window') out.add('benchmark_score');
  return [...out];
}

/** Same key for a family id and a family name ("llama-4" ≡ "Llama 4"). */
export function familyKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\s_]+/g, '-')
    .trim();
}

/** Model ids a claim mentions: its subject and, for comparisons, the others. */
export function claimModelIds(claim: Claim): string[] {
  const ids = [claim.model.id];
  for (const o of claim.comparison?.others ?? []) ids.push(o.id);
  return ids;
}

/**
 * Batch reads both stores provide. `buildSlice` runs on top of them with a fixed, small number of
 * round trips per page (models → parents → children → facts → sources), whatever the claim count.
 */
export interface StorePrimitives {
  modelsByIds(ids: string[]): Promise<Model[]>;
  modelsByParents(parentIds: string[]): Promise<Model[]>;
  /** Models whose `family` is one of these strings (id or display name as the engine gave it). */
  modelsByFamilies(families: string[]): Promise<Model[]>;
  factsByPairs(pairs: [string, Metric][]): Promise<Fact[]>;
  sourcesByIds(ids: string[]): Promise<Source[]>;
}

const MAX_TREE_DEPTH = 4;

export async function buildSlice(p: StorePrimitives, claims: Claim[]): Promise<FactSlice> {
  const models = new Map<string, Model>();
  const add = (ms: Model[]) => ms.forEach((m) => models.set(m.id, m));

  // Which claim ids are models, which are only family names ("Llama 4").
  const wanted = new Map<string, { name: string; metrics: Set<Metric> }>();
  for (const c of claims) {
    const metrics = metricsNeeded(c);
    const refs = [c.model, ...(c.comparison?.others ?? [])];
    for (const r of refs) {
      const w = wanted.get(r.id) ?? { name: r.name, metrics: new Set<Metric>() };
      metrics.forEach((m) => w.metrics.add(m));
      wanted.set(r.id, w);
    }
  }
  const direct = await p.modelsByIds([...wanted.keys()]);
  add(direct);
  const familyIds = [...wanted.keys()].filter((id) => !models.has(id));
  const familyStrings = familyIds.flatMap((id) => [id, wanted.get(id)!.name]);
  const members = familyStrings.length ? await p.modelsByFamilies(familyStrings) : [];
  add(members);

  // Walk up to the roots, then down to every descendant: variants are judged against each other.
  let frontier = [...models.values()].map((m) => m.parent).filter((x): x is string => !!x && !models.has(x));
  for (let d = 0; frontier.length && d < MAX_TREE_DEPTH; d++) {
    const parents = await p.modelsByIds([...new Set(frontier)]);
    add(parents);
    frontier = parents.map((m) => m.parent).filter((x): x is string => !!x && !models.has(x));
  }
  let down = [...models.keys()];
  for (let d = 0; down.length && d < MAX_TREE_DEPTH; d++) {
    const kids = (await p.modelsByParents(down)).filter((k) => !models.has(k.id));
    add(kids);
    down = kids.map((k) => k.id);
  }

  // Metrics per model: every model of a claim's tree gets the metrics that claim needs.
  const metricsByModel = new Map<string, Set<Metric>>();
  const rootOf = (id: string): string => {
    let cur = models.get(id);
    for (let d = 0; cur?.parent && models.has(cur.parent) && d < MAX_TREE_DEPTH; d++) cur = models.get(cur.parent);
    return cur?.id ?? id;
  };
  const treeKey = (m: Model) => rootOf(m.id);
  const byTree = new Map<string, Model[]>();
  for (const m of models.values()) {
    const k = treeKey(m);
    byTree.set(k, [...(byTree.get(k) ?? []), m]);
  }
  for (const [id, w] of wanted) {
    const roots = models.has(id)
      ? [rootOf(id)]
      : [...new Set(members.filter((m) => familyIdsMatch(m, id, w.name)).map((m) => rootOf(m.id)))];
    for (const r of roots) {
      for (const m of byTree.get(r) ?? []) {
        const set = metricsByModel.get(m.id) ?? new Set<Metric>();
        w.metrics.forEach((x) => set.add(x));
        metricsByModel.set(m.id, set);
      }
    }
  }
  const pairs: [string, Metric][] = [];
  for (const [id, ms] of metricsByModel) for (const m of ms) pairs.push([id, m]);
  const facts = pairs.length ? await p.factsByPairs(pairs) : [];
  const sources = await p.sourcesByIds([...new Set(facts.map((f) => f.sourceId))]);
  return { models: [...models.values()], facts, sources };
}

function familyIdsMatch(m: Model, id: string, name: string): boolean {
  if (!m.family) return false;
  const k = familyKey(m.family);
  return k === familyKey(id) || k === familyKey(name);
}
