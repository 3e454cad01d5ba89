import type { IndexableType } from 'dexie';
import type { Claim } from '../claims/types';
import type { ClaimcheckDB } from './db';
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

interface Queryable<T> {
  where(index: string): { equals(key: IndexableType): { toArray(): Promise<T[]> } };
}
/**
 * `where(index).anyOf(keys)` walks one cursor with key jumps, which fake-indexeddb (the Node bench
 * and tests) runs in O(n) per jump; one `equals` (an index getAll) per key is fast everywhere.
 */
async function equalsEach<T>(table: Queryable<T>, index: string, keys: IndexableType[]): Promise<T[]> {
  const lists = await Promise.all(keys.map((k) => table.where(index).equals(k).toArray()));
  return lists.flat();
}

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
 * in-memory catalog, then each model's facts are read with one index getAll over a key range of
 * the compound `[modelId+metric]` index, all requests issued at once; the meta row is read in the same
 * transaction, and if the fact base was replaced meanwhile the catalog is refreshed and the page
 * re-read. The reads go to the IDBDatabase under Dexie (db.backendDB()): Dexie's promise layer
 * costs more than the reads themselves for a few hundred small requests.
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
      const tx = db.backendDB().transaction(['meta', 'facts'], 'readonly');
      const metaReq = tx.objectStore('meta').get(FACTBASE_META_KEY);
      const index = tx.objectStore('facts').index('[modelId+metric]');
      // One request per model: a key range over [id, first metric] … [id, last metric] of the
      // compound index (metrics in between that no claim needs are dropped below). Fewer requests
      // matter more than fewer rows: each request is a separate task for the IndexedDB backend.
      const byModel = new Map<string, Metric[]>();
      for (const [id, metric] of plan.pairs) byModel.set(id, [...(byModel.get(id) ?? []), metric]);
      const parts: Fact[][] = [];
      for (const [id, metrics] of byModel) {
        const sorted = [...metrics].sort();
        const range =
          sorted.length === 1
            ? IDBKeyRange.only([id, sorted[0]])
            : IDBKeyRange.bound([id, sorted[0]], [id, sorted[sorted.length - 1]]);
        const wanted = new Set(metrics);
        const r = index.getAll(range);
        r.onsuccess = () => {
          parts.push(
            sorted.length === 1
              ? (r.result as Fact[])
              : (r.result as Fact[]).filter((f) => wanted.has(f.metric)),
          );
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
    getFacts: async (ids, metric) => {
      if (!ids.length) return [];
      if (metric)
        return equalsEach<Fact>(
          db.facts,
          '[modelId+metric]',
          ids.map((id) => [id, metric]),
        );
      return equalsEach<Fact>(db.facts, 'modelId', ids);
    },
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
