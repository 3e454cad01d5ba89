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
 * The in-memory view of the model tree both stores keep (models are a few thousand rows): enough to
 * plan a page's reads synchronously, so the facts can be fetched in one round.
 */
export interface ModelIndex {
  model(id: string): Model | undefined;
  children(id: string): Model[];
  /** Top-level and variant models whose `family` matches this family key (see familyKey). */
  familyMembers(key: string): Model[];
}

export function indexModels(models: Iterable<Model>): ModelIndex & { all: Map<string, Model> } {
  const all = new Map<string, Model>();
  const kids = new Map<string, Model[]>();
  const fams = new Map<string, Model[]>();
  for (const m of models) {
    all.set(m.id, m);
    if (m.parent) kids.set(m.parent, [...(kids.get(m.parent) ?? []), m]);
    if (m.family) {
      const k = familyKey(m.family);
      fams.set(k, [...(fams.get(k) ?? []), m]);
    }
  }
  return {
    all,
    model: (id) => all.get(id),
    children: (id) => kids.get(id) ?? [],
    familyMembers: (k) => fams.get(k) ?? [],
  };
}

export interface SlicePlan {
  models: Model[];
  /** [modelId, metric] pairs to read through the `[modelId+metric]` index. */
  pairs: [string, Metric][];
}

const MAX_TREE_DEPTH = 6;

/**
 * Which models and which (model, metric) pairs a page of claims needs: each claim's model (or, for a
 * family name such as "Llama 4", its members), its whole variant tree (root and every descendant:
 * variants are judged against each other), the comparison's other models, and the metrics each
 * claim reads (metricsNeeded).
 */
export function planSlice(index: ModelIndex, claims: Claim[]): SlicePlan {
  const models = new Map<string, Model>();
  const metricsByModel = new Map<string, Set<Metric>>();
  const rootOf = (m: Model): Model => {
    let cur = m;
    for (let d = 0; cur.parent && d < MAX_TREE_DEPTH; d++) {
      const p = index.model(cur.parent);
      if (!p) break;
      cur = p;
    }
    return cur;
  };
  const addTree = (root: Model, metrics: Metric[]) => {
    const stack: [Model, number][] = [[root, 0]];
    while (stack.length) {
      const [m, depth] = stack.pop()!;
      models.set(m.id, m);
      const set = metricsByModel.get(m.id) ?? new Set<Metric>();
      metrics.forEach((x) => set.add(x));
      metricsByModel.set(m.id, set);
      if (depth < MAX_TREE_DEPTH) for (const c of index.children(m.id)) stack.push([c, depth + 1]);
    }
  };
  for (const c of claims) {
    const metrics = metricsNeeded(c);
    for (const ref of [c.model, ...(c.comparison?.others ?? [])]) {
      const m = index.model(ref.id);
      if (m) {
        addTree(rootOf(m), metrics);
        continue;
      }
      const keys = new Set([familyKey(ref.id), familyKey(ref.name)]);
      for (const k of keys) for (const member of index.familyMembers(k)) addTree(rootOf(member), metrics);
    }
  }
  const pairs: [string, Metric][] = [];
  for (const [id, ms] of metricsByModel) for (const m of ms) pairs.push([id, m]);
  return { models: [...models.values()], pairs };
}
