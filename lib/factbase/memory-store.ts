import type { Claim } from '../claims/types';
import type { Metric } from './metrics';
import type { Fact, Model, Snapshot, Source } from './schema';
import { buildSlice, familyKey, type FactSlice, type FactStore, type ModelFamily, type StorePrimitives } from './store';

/** The fact store over a snapshot held in memory: the CLI (`npm run scan`, `npm run facts`) and tests use it. */
export function createMemoryStore(snapshot: Pick<Snapshot, 'models' | 'facts' | 'sources'>): FactStore {
  const models = new Map(snapshot.models.map((m) => [m.id, m]));
  const children = new Map<string, Model[]>();
  const byFamily = new Map<string, Model[]>();
  for (const m of snapshot.models) {
    if (m.parent) children.set(m.parent, [...(children.get(m.parent) ?? []), m]);
    if (m.family) {
      const k = familyKey(m.family);
      byFamily.set(k, [...(byFamily.get(k) ?? []), m]);
    }
  }
  const facts = new Map<string, Fact[]>();
  for (const f of snapshot.facts) {
    const k = `${f.modelId}\u0000${f.metric}`;
    const list = facts.get(k);
    if (list) list.push(f);
    else facts.set(k, [f]);
  }
  const factsOf = (modelId: string, metric: Metric) => facts.get(`${modelId}\u0000${metric}`) ?? [];
  const sources = new Map(snapshot.sources.map((s) => [s.id, s]));
  const metricsPresent = [...new Set(snapshot.facts.map((f) => f.metric))];

  const prims: StorePrimitives = {
    modelsByIds: async (ids) => ids.map((id) => models.get(id)).filter((m): m is Model => !!m),
    modelsByParents: async (ids) => ids.flatMap((id) => children.get(id) ?? []),
    modelsByFamilies: async (fams) => [...new Set(fams.map(familyKey))].flatMap((k) => byFamily.get(k) ?? []),
    factsByPairs: async (pairs) => pairs.flatMap(([id, metric]) => factsOf(id, metric)),
    sourcesByIds: async (ids) => ids.map((id) => sources.get(id)).filter((s): s is Source => !!s),
  };

  return {
    getModel: async (id) => models.get(id),
    getFamily: async (id): Promise<ModelFamily | undefined> => {
      const model = models.get(id);
      if (!model) return undefined;
      const parent = model.parent ? models.get(model.parent) : undefined;
      const siblings = model.parent ? (children.get(model.parent) ?? []).filter((m) => m.id !== id) : [];
      return { model, parent, siblings, children: children.get(id) ?? [] };
    },
    getFacts: async (ids, metric) => ids.flatMap((id) => (metric ? [metric] : metricsPresent).flatMap((m) => factsOf(id, m))),
    getSources: prims.sourcesByIds,
    sliceFor: (claims: Claim[]): Promise<FactSlice> => buildSlice(prims, claims),
  };
}
