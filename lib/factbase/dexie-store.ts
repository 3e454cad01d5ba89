import type { Claim } from '../claims/types';
import type { ClaimcheckDB } from './db';
import type { Model, Source } from './schema';
import { buildSlice, type FactSlice, type FactStore, type ModelFamily, type StorePrimitives } from './store';

const present = <T>(x: T | undefined): x is T => x !== undefined;

/**
 * The fact store over the extension's Dexie tables (the background uses it). Facts are read through
 * the compound `[modelId+metric]` index, one `anyOf` query for a whole page of claims.
 */
export function createDexieStore(db: ClaimcheckDB): FactStore {
  const prims: StorePrimitives = {
    modelsByIds: async (ids) => (ids.length ? (await db.models.bulkGet(ids)).filter(present) : []),
    modelsByParents: async (ids) => (ids.length ? db.models.where('parent').anyOf(ids).toArray() : []),
    modelsByFamilies: async (fams) => {
      if (!fams.length) return [];
      // The family column holds whatever the importer wrote (id or name): ask for both spellings.
      const spellings = new Set<string>();
      for (const f of fams) {
        spellings.add(f);
        spellings.add(f.toLowerCase().replace(/\s+/g, '-'));
      }
      return db.models.where('family').anyOf([...spellings]).toArray();
    },
    factsByPairs: async (pairs) => (pairs.length ? db.facts.where('[modelId+metric]').anyOf(pairs).toArray() : []),
    sourcesByIds: async (ids) => (ids.length ? (await db.sources.bulkGet(ids)).filter(present) : []),
  };

  return {
    getModel: (id) => db.models.get(id),
    getFamily: async (id): Promise<ModelFamily | undefined> => {
      const model = await db.models.get(id);
      if (!model) return undefined;
      const [parent, kids, sibs] = await Promise.all([
        model.parent ? db.models.get(model.parent) : undefined,
        db.models.where('parent').equals(id).toArray(),
        model.parent ? db.models.where('parent').equals(model.parent).toArray() : ([] as Model[]),
      ]);
      return { model, parent, siblings: sibs.filter((m) => m.id !== id), children: kids };
    },
    getFacts: async (ids, metric) => {
      if (!ids.length) return [];
      if (metric) return db.facts.where('[modelId+metric]').anyOf(ids.map((id) => [id, metric])).toArray();
      return db.facts.where('modelId').anyOf(ids).toArray();
    },
    getSources: async (ids): Promise<Source[]> => prims.sourcesByIds(ids),
    sliceFor: (claims: Claim[]): Promise<FactSlice> => db.transaction('r', db.models, db.facts, db.sources, () => buildSlice(prims, claims)),
  };
}
