import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { ClaimcheckDB } from '@/lib/factbase/db';
import { readFactbaseMeta } from '@/lib/factbase/load-snapshot-into-db';
import { shouldLoadBundled } from '@/entrypoints/background/bundled-snapshot';

// v2 drops indexes nobody queries; v3 stores facts one row per model (factGroups) and drops the
// per-fact table. A database written by v1/v2 must open, keep its models and other rows, and clear
// the fact-base meta row so the background reloads the base (facts are not converted).
const name = 'db-upgrade-test';
afterEach(async () => {
  await Dexie.delete(name);
});

const V1 = {
  models: 'id, family, parent',
  facts: 'id, modelId, [modelId+metric], metric, sourceId',
  sources: 'id',
  meta: 'key',
  dictionary: 'key',
  outbox: 'id, status, nextAttemptAt, createdAt',
};

describe('ClaimcheckDB schema upgrade', () => {
  for (const from of [1, 2] as const) {
    it(`upgrades a v${from} database: facts table dropped, base marked for reload, other rows kept`, async () => {
      const old = new Dexie(name);
      old.version(1).stores(V1);
      if (from === 2) old.version(2).stores({ models: 'id, parent', facts: 'id, modelId, [modelId+metric]' });
      await old.open();
      await old.table('models').bulkPut([
        { id: 'gpt-4o', name: 'GPT-4o', status: 'released', aliases: [] },
        {
          id: 'gpt-4o-2024-08-06',
          name: 'GPT-4o (2024-08-06)',
          parent: 'gpt-4o',
          status: 'released',
          aliases: [],
        },
      ]);
      await old.table('facts').bulkPut([
        { id: 'f1', modelId: 'gpt-4o', metric: 'benchmark_score', value: 88.7, sourceId: 's' },
        { id: 'f2', modelId: 'gpt-4o', metric: 'context_window', value: 128000, sourceId: 's' },
      ]);
      await old.table('meta').bulkPut([
        { key: 'factbase', value: { version: 'v1' } },
        { key: 'sync', value: { lastSuccess: 'x' } },
      ]);
      await old.table('outbox').put({ id: 'o1', status: 'pending', nextAttemptAt: 0, createdAt: 'x' });
      old.close();

      const db = new ClaimcheckDB(name);
      await db.open();
      expect(db.verno).toBe(3);
      expect(db.tables.map((t) => t.name)).not.toContain('facts');
      expect(await db.factGroups.count()).toBe(0);
      // No fact-base meta → loadBundledSnapshot loads the bundled base again on next start.
      expect(await readFactbaseMeta(db)).toBeUndefined();
      expect(shouldLoadBundled(await readFactbaseMeta(db), { version: 'v1', created: '2026-01-01' })).toBe(
        'load',
      );
      expect((await db.meta.get('sync'))?.value).toEqual({ lastSuccess: 'x' });
      expect(await db.outbox.count()).toBe(1);
      expect(await db.models.where('parent').equals('gpt-4o').primaryKeys()).toEqual(['gpt-4o-2024-08-06']);
      expect(db.models.schema.indexes.map((i) => i.name)).toEqual(['parent']);
      db.close();
    });
  }
});
