import type { Claim } from '../claims/types';
import type { Metric } from './metrics';
import type { Fact, Snapshot, Source } from './schema';
import { indexModels, planSlice, type FactSlice, type FactStore, type ModelFamily } from './store';

/** The fact store over a snapshot held in memory: the CLI (`npm run scan`, `npm run facts`) and tests use it. */
export function createMemoryStore(snapshot: Pick<Snapshot, 'models' | 'facts' | 'sources'>): FactStore {
  const index = indexModels(snapshot.models);
  const facts = new Map<string, Fact[]>();
  for (const f of snapshot.facts) {
    const k = `${f.modelId}\u0000${f.metric}`;
    const list = facts.get(k);
    if (list) list.push(f);
    else facts.set(k, [f]);
  }
  const factsOf = (modelId: string, metric: Metric) => facts.get(`${modelId}\u0000${metric}`) ?? [];
  const sources = new Map(snapshot.sources.map((s) => [s.id, s]));
  const sourcesOf = (ids: string[]) => ids.map((id) => sources.get(id)).filter((s): s is Source => !!s);
  const metricsPresent = [...new Set(snapshot.facts.map((f) => f.metric))];

  return {
    getModel: async (id) => index.model(id),
    getFamily: async (id): Promise<ModelFamily | undefined> => {
      const model = index.model(id);
      if (!model) return undefined;
      const parent = model.parent ? index.model(model.parent) : undefined;
      const siblings = model.parent ? index.children(model.parent).filter((m) => m.id !== id) : [];
      return { model, parent, siblings, children: index.children(id) };
    },
    getFacts: async (ids, metric) =>
      ids.flatMap((id) => (metric ? [metric] : metricsPresent).flatMap((m) => factsOf(id, m))),
    getSources: async (ids) => sourcesOf(ids),
    sliceFor: async (claims: Claim[]): Promise<FactSlice> => {
      const plan = planSlice(index, claims);
      const fs = plan.pairs.flatMap(([id, m]) => factsOf(id, m));
      return { models: plan.models, facts: fs, sources: sourcesOf([...new Set(fs.map((f) => f.sourceId))]) };
    },
  };
}
