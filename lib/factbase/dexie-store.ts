import type { Claim } from '../claims/types';
import type { ClaimcheckDB, FactGroup } from './db';
import { factsOfModels, mergeParts, partsRange } from './fact-groups';
import { FACTBASE_META_KEY, type FactbaseMeta } from './load-snapshot-into-db';
import type { Metric } from './metrics';
import type { Fact, Model, Source } from './schema';
import {
  indexModels,
  planSlice,
  type FactSlice,
  type FactStore,
  type ModelFamily,
  type ModelIndex,
} from './store';

const present = <T>(x: T | undefined): x is T => x !== undefined;

/** Models and sources are small (a few thousand rows): kept in memory per loaded fact-base hash. */
interface Catalog {
  hash: string | undefined;
  index: ModelIndex;
  sources: Map<string, Source>;
}

/**
 * The fact store over the extension's Dexie tables (the background uses it).
 *
 * `sliceFor` answers a page of claims in ONE read transaction: the model tree is planned from the
 * in-memory catalog, then each needed model's row of facts (facts are stored grouped by model, see
 * fact-groups.ts) is read, all requests issued at once, and filtered by metric in memory; the meta
 * row is read in the same transaction, and if the fact base was replaced meanwhile the catalog is
 * refreshed and the page re-read. The reads go to the IDBDatabase under Dexie (db.backendDB()):
 * Dexie's promise layer costs more than the reads themselves for a few hundred small requests.
 */
export function createDexieStore(db: ClaimcheckDB): FactStore {
  let catalog: Catalog | undefined;

  async function refreshCatalog(): Promise<Catalog> {
    return db.transaction('r', [db.models, db.sources, db.meta], async () => {
      const [meta, models, sources] = await Promise.all([
        db.meta.get(FACTBASE_META_KEY),
        db.models.toArray(),
        db.sources.toArray(),
      ]);
      catalog = {
        hash: (meta?.value as FactbaseMeta | undefined)?.hash,
        index: indexModels(models),
        sources: new Map(sources.map((s) => [s.id, s])),
      };
      return catalog;
    });
  }

  function readSlice(c: Catalog, claims: Claim[]): Promise<{ slice: FactSlice; hash: string | undefined }> {
    const plan = planSlice(c.index, claims);
    return new Promise((resolve, reject) => {
      const tx = db.backendDB().transaction(['meta', 'factGroups'], 'readonly');
      const metaReq = tx.objectStore('meta').get(FACTBASE_META_KEY);
      const groups = tx.objectStore('factGroups');
      const byModel = new Map<string, Set<Metric>>();
      for (const [id, metric] of plan.pairs) byModel.set(id, (byModel.get(id) ?? new Set()).add(metric));
      const parts: Fact[][] = [];
      for (const [id, wanted] of byModel) {
        // Both parts of the model's facts (see fact-groups.ts) in one request.
        const r = groups.getAll(IDBKeyRange.bound(...partsRange(id)));
        r.onsuccess = () => {
          parts.push(mergeParts(r.result as FactGroup[]).filter((f) => wanted.has(f.metric)));
        };
      }
      tx.oncomplete = () => {
        const facts = parts.flat();
        const sources = [...new Set(facts.map((f) => f.sourceId))]
          .map((id) => c.sources.get(id))
          .filter(present);
        resolve({
          slice: { models: plan.models, facts, sources },
          hash: (metaReq.result as { value?: FactbaseMeta } | undefined)?.value?.hash,
        });
      };
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error ?? new Error('fact lookup aborted'));
    });
  }

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
    getFacts: (ids, metric) => factsOfModels(db, ids, metric),
    getSources: async (ids) => (ids.length ? (await db.sources.bulkGet(ids)).filter(present) : []),
    sliceFor: async (claims: Claim[]): Promise<FactSlice> => {
      if (!claims.length) return { models: [], facts: [], sources: [] };
      if (!db.isOpen()) await db.open();
      let c = catalog ?? (await refreshCatalog());
      let r = await readSlice(c, claims);
      if (r.hash !== c.hash) {
        // The base was replaced since the catalog was read: plan again against the new one.
        c = await refreshCatalog();
        r = await readSlice(c, claims);
      }
      return r.slice;
    },
  };
}
